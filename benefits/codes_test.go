package benefits_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/codetest"
)

func TestCodes(t *testing.T) { codetest.Check(t, benefits.Codes()) }

func TestErrorsCarryTheirCode(t *testing.T) {
	mb := &benefits.MissingBaseError{Param: benefits.ParamWage, Year: 2025}
	assert.Equal(t, benefits.ErrMissingBase, errcode.Of(mb))
	assert.Contains(t, mb.Chinese(), "2025年")

	// The 2024 wage given twice is transitional, and says so first.
	assert.True(t, errors.Is(benefits.ErrWage2024Conflict, benefits.ErrTransitional))

	// A claim's specific refusal comes before ErrBadMedicalClaim.
	ce := benefits.NewClaimError("bills[1].id", "x", benefits.ErrDuplicateBill)
	assert.Equal(t, benefits.ErrDuplicateBill, errcode.Of(ce))
	assert.True(t, errors.Is(ce, benefits.ErrBadMedicalClaim))
	assert.Equal(t, benefits.ErrBadMedicalClaim, errcode.Of(benefits.NewClaimError("", "x", nil)))

	var nilMB *benefits.MissingBaseError
	assert.NotPanics(t, func() { _ = nilMB.Chinese() })
}

func TestEnumsHaveChineseNames(t *testing.T) {
	for _, s := range []interface{ Chinese() string }{
		benefits.FactUnknown, benefits.FactYes, benefits.FactNo, benefits.MaterialShared, benefits.NeedMissing,
		benefits.Verdict("payable"), benefits.Nursing(""), benefits.DeathCause(""), benefits.DeviceKind(""),
	} {
		assert.NotEmpty(t, s.Chinese(), "%v", s)
	}
	assert.Empty(t, benefits.Fact(9).Chinese())
	assert.Empty(t, benefits.Setting("nowhere").Chinese())
}
