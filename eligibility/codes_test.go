package eligibility_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/codetest"
)

func TestCodes(t *testing.T) {
	codetest.Check(t, eligibility.Codes())
	assert.Len(t, eligibility.Codes(), 48)
}

// The sentinels that were errors.New, *RecordError or a type of their own
// match through wrapping as before, and carry their code.
func TestErrorsCarryTheirCode(t *testing.T) {
	assert.True(t, errors.Is(eligibility.ErrConflict, eligibility.ErrDuplicate), "a conflict is a duplicate")
	assert.Equal(t, "conflicting_copies", errcode.Of(eligibility.ErrConflict).Code())
	assert.Equal(t, errcode.SkipRow, eligibility.ErrConflict.Action())

	// A CSV field: the record error, masked, with the column's code.
	in := eligibility.CSVHeader + "\n" +
		"o1,110101199003071234,p,ride_hailing,110101199003071234,true,2026-03-01T10:00:00+08:00,2026-03-01T10:05:00+08:00,310101,2026-03-01T10:30:00+08:00,delivered\n"
	b := &eligibility.Batch{}
	require.NoError(t, eligibility.ReadCSV(strings.NewReader(in), b))
	require.Len(t, b.Invalid(), 1)
	err := b.Invalid()[0].Err
	var fe *eligibility.FieldError
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, "registered", fe.Field)
	assert.True(t, errors.Is(err, eligibility.ErrNotBool))
	assert.Equal(t, eligibility.ErrNotBool, errcode.Of(err))
	assert.True(t, eligibility.IsRecordError(err))
	assert.NotContains(t, err.Error(), "199003071234")
	assert.NotContains(t, fe.Chinese(), "199003071234")
	assert.Contains(t, err.Error(), `eligibility: registered "******************": want true or false`)
	assert.Equal(t, `只能写 true 或 false（字段 registered，所填 "******************"）`, fe.Chinese())

	// A record code names its field in its message, as *RecordError did.
	assert.Equal(t, "eligibility: ended_at: before started_at", eligibility.ErrEndBeforeStart.Error())
	assert.True(t, eligibility.IsRecordError(eligibility.ErrEndBeforeStart))
	assert.False(t, eligibility.IsRecordError(eligibility.ErrDuplicate))
	assert.False(t, eligibility.IsRecordError(errors.New("other")))

	// An ID refused: the *IDError carries its field's code.
	idErr := eligibility.CheckID("order_id", "o\u200b1")
	assert.Equal(t, eligibility.ErrMalformedOrderID, errcode.Of(idErr))
	assert.True(t, errors.Is(idErr, eligibility.ErrUnclearID))
}
