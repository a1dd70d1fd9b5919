package eligibility_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/golden/eligibilitykinds"
)

// The golden runner's list of record codes is the package's, and what the
// docs tell a host instead of IsRecordError holds: every record code has
// action SkipRow but nil_execution (FixCall), and the runner's IsRecord
// answers as IsRecordError did.
func TestRecordCodesAndTheirAction(t *testing.T) {
	var ids []string
	for _, c := range eligibility.RecordCodes() {
		ids = append(ids, c.Code())
		want := errcode.SkipRow
		if c == eligibility.ErrNilExecution {
			want = errcode.FixCall
		}
		assert.Equal(t, want, c.Action(), c.Code())
		assert.True(t, eligibility.IsRecordError(c))
		assert.True(t, eligibilitykinds.IsRecord(c))
	}
	assert.Equal(t, ids, eligibilitykinds.RecordIDs)
	for _, err := range []error{nil, errors.New("other"), eligibility.ErrDuplicate, eligibility.ErrConflict, eligibility.ErrCSVSyntax,
		eligibility.ErrDayOutsideTally, eligibility.CheckID("order_id", "a\u200bb")} {
		assert.Equal(t, eligibility.IsRecordError(err), eligibilitykinds.IsRecord(err), "%v", err)
	}
}
