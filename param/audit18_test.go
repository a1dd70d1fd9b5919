package param_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/internal/jsontest"
	"github.com/zhishang/zhishang/param"
)

// Audit of issue 18: param's own errors, after the strict JSON layer,
// repeated a value out of range whole (an identity number written as a
// wage, or "9e99", a hundred digits) and showed a name or status whole
// when its digits were full width or hidden behind a character %q writes
// as hex digits.
func TestAudit18ErrorsBoundedAndMasked(t *testing.T) {
	value := func(name, v, status string) string {
		return `[{"name":"` + name + `","value":` + v + `,"from":"2025-01-01","until":"2025-12-31","source":"s","status":"` + status + `"}]`
	}
	const wage = "benefits.prev_year_shanghai_private_annual_wage"
	for _, in := range []string{
		value(wage, `"`+jsontest.ID+`"`, "provisional"),
		value(wage, jsontest.ID, "provisional"),
		value(wage, `"110101900307123"`, "provisional"),
		value(wage, `"9e99"`, "provisional"),
		value("１１０１０１１９９００３０７１２３４", `"1"`, "provisional"),
		value(`\u2000110101900307`, `"1"`, "provisional"),
		value(`\u00851101011990030712`, `"1"`, "provisional"),
		value(wage, `"120000"`, "１１０１０１"),
	} {
		_, err := param.Parse([]byte(in))
		require.Error(t, err, in)
		jsontest.Check(t, err)
	}
	_, err := param.Parse([]byte(value(wage, `"`+strings.Repeat("9", 30)+`"`, "provisional")))
	require.Error(t, err)
	jsontest.Check(t, err)
}

// Audit of issue 18: a nil *ValueError or *MissingError prints and
// unwraps without a panic.
func TestAudit18NilErrors(t *testing.T) {
	assert.NotPanics(t, func() {
		for _, e := range []error{(*param.ValueError)(nil), (*param.MissingError)(nil)} {
			_ = e.Error()
			_ = errors.Unwrap(e)
		}
	})
}
