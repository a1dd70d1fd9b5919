package param_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/codetest"
	"github.com/zhishang/zhishang/param"
)

func TestCodes(t *testing.T) { codetest.Check(t, param.Codes()) }

func TestErrorsCarryTheirCode(t *testing.T) {
	_, err := param.Parse([]byte(`[{"name":"levy.base.ride_haling","value":"0.01","from":"2025-07-01","source":"x","status":"verified"}]`))
	assert.True(t, errors.Is(err, param.ErrUnknownName))
	assert.Equal(t, "unknown_parameter", errcode.Of(err).Code())
	var ve *param.ValueError
	if assert.True(t, errors.As(err, &ve)) {
		assert.Contains(t, ve.Chinese(), "不认识的参数名称")
	}

	me := &param.MissingError{Name: "levy.base.ride_hailing"}
	assert.Equal(t, param.ErrMissingValue, errcode.Of(me))
	assert.Equal(t, "缺少参数 levy.base.ride_hailing：须由调用方提供", me.Chinese())

	var nilME *param.MissingError
	var nilVE *param.ValueError
	assert.NotPanics(t, func() { _, _ = nilME.Chinese(), nilVE.Chinese() })
}
