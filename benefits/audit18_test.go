package benefits_test

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/benefits/casefile"
	"github.com/zhishang/zhishang/internal/jsontest"
)

// audit18Hostile are texts no error may repeat: identity numbers (ASCII,
// full width, 15 digits, with X), one hidden behind a character %q writes
// as hex digits (\u0085), and 60 000 bytes.
var audit18Hostile = []string{
	jsontest.ID, "１１０１０１１９９００３０７１２３４", "110101900307123", "11010119900307123X",
	`\u00851101011990030712`, `\u2000110101900307`, strings.Repeat("x", 60000),
}

func audit18Sample(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/benefits/case-sample.json")
	require.NoError(t, err)
	return string(b)
}

// Audit of issue 18: an award's item or platform line whose name is not
// its kind's was quoted whole.
func TestAudit18AwardErrorsBoundedAndMasked(t *testing.T) {
	f, err := casefile.Parse([]byte(audit18Sample(t)))
	require.NoError(t, err)
	r, err := f.Calculate()
	require.NoError(t, err)
	b, err := json.Marshal(r.Award.Items[0])
	require.NoError(t, err)
	var item map[string]any
	require.NoError(t, json.Unmarshal(b, &item))
	for _, h := range audit18Hostile {
		var s string
		require.NoError(t, json.Unmarshal([]byte(`"`+h+`"`), &s))
		for _, field := range []string{"name", "kind"} {
			m := map[string]any{}
			for k, v := range item {
				m[k] = v
			}
			m[field] = s
			in, err := json.Marshal(m)
			require.NoError(t, err)
			var it benefits.Item
			err = it.UnmarshalJSON(in)
			require.Error(t, err)
			jsontest.Check(t, err)
		}
	}
}

// Audit of issue 18: the medical claim's echo masked 18 digits (or 17 and
// X) only: a 15-digit first-generation identity number, or digits behind a
// character %q writes as an escape (\u0085 → "\u0085", whose hex digits
// joined the digits after it), reached the message.
func TestAudit18MedicalClaimEcho(t *testing.T) {
	b, err := os.ReadFile("../testdata/benefits/medical-claim-sample.json")
	require.NoError(t, err)
	for _, h := range audit18Hostile {
		in := strings.Replace(string(b), `"application_form"`, `"`+h+`"`, 1)
		_, err := benefits.ParseMedicalClaim([]byte(in))
		require.Error(t, err)
		jsontest.Check(t, err)
	}
}

// Audit of issue 18: a nil *MissingBaseError prints without a panic.
func TestAudit18NilMissingBaseError(t *testing.T) {
	var e *benefits.MissingBaseError
	assert.NotPanics(t, func() { _ = e.Error() })
	assert.False(t, errors.Is(e, errors.ErrUnsupported))
}

// Audit of issue 18: a death situation's UnmarshalText quoted the first 32
// bytes of the text (%.32q): an 18-digit identity number whole.
func TestAudit18DeathSituationText(t *testing.T) {
	for _, h := range audit18Hostile {
		var s benefits.DeathSituation
		err := s.UnmarshalText([]byte(h))
		require.Error(t, err)
		jsontest.Check(t, err)
	}
}
