package errzh_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
)

var errBad = errcode.New("bad_thing", errcode.Stop, "x: bad thing", "东西不对")

func TestWithKeepsTheEnglishAndTheCode(t *testing.T) {
	err := errzh.With(fmt.Errorf("%w: item %d: %s", errBad, 3, "too big"), "第 %d 项：%s", 3, "过大")
	assert.Equal(t, "x: bad thing: item 3: too big", err.Error())
	assert.ErrorIs(t, err, errBad)
	assert.Equal(t, "bad_thing", errcode.Of(err).Code())
	assert.Equal(t, "东西不对：第 3 项：过大", errzh.Of(err))
	// Wrapped again, the detail is still found first.
	assert.Equal(t, "东西不对：第 3 项：过大", errzh.Of(fmt.Errorf("outer: %w", err)))
	// No code: the detail alone.
	assert.Equal(t, "细节", errzh.Of(errzh.With(errors.New("plain"), "细节")))
	assert.Equal(t, "plain", errzh.Of(errors.New("plain")))
	assert.Equal(t, "", errzh.Of(nil))
	assert.Nil(t, errzh.With(nil, "x"))
	d, ok := errzh.Detail(err)
	assert.True(t, ok)
	assert.Equal(t, "第 3 项：过大", d)
	_, ok = errzh.Detail(fmt.Errorf("outer: %w", err))
	assert.False(t, ok, "only the error itself")
}
