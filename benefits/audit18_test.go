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

// Audit of issue 18: a case's own checks, after the strict JSON layer,
// quoted a platform line's kind and amount, the grade, the nursing level,
// a dependent's relation, the medical rule and the road table's level
// whole: an identity number written there reached the message, and a
// 60 kB kind made a 60 kB error.
func TestAudit18CaseErrorsBoundedAndMasked(t *testing.T) {
	sample := audit18Sample(t)
	check := func(in string) {
		t.Helper()
		f, err := benefits.ParseCaseFile([]byte(in))
		if err == nil {
			_, err = f.Calculate()
		}
		require.Error(t, err, "%.200s", in)
		jsontest.Check(t, err)
	}
	for _, h := range audit18Hostile {
		check(strings.Replace(sample, `"kind": "living_allowance"`, `"kind": "`+h+`"`, 1))
		check(strings.Replace(sample, `"grade": 4,`, `"grade": 4, "nursing": "`+h+`",`, 1))
		check(strings.Replace(sample, `"ratio": "0.6"`, `"ratio": "0.6", "rule": "`+h+`"`, 1))
		check(strings.Replace(sample, `"ratio": "0.6"`, `"road": {"level": "`+h+`", "table": {"main": "0.7"}, "table_source": "s"}`, 1))
		check(`{"case": {"injury": "2024-03-01", "death": {"date": "2024-03-20", "timing": "during_treatment",
			"dependents": [{"name": "n", "relation": "` + h + `"}]}}, "rules": {}}`)
	}
	check(strings.Replace(sample, `"grade": 4,`, `"grade": `+jsontest.ID+`,`, 1))
	check(strings.Replace(strings.Replace(sample, `"kind": "living_allowance"`, `"kind": "x"`, 1), `"amount": "10000.00"`, `"amount": "1101011990030712.34"`, 1))
}

// Audit of issue 18: an award's item or platform line whose name is not
// its kind's was quoted whole.
func TestAudit18AwardErrorsBoundedAndMasked(t *testing.T) {
	f, err := benefits.ParseCaseFile([]byte(audit18Sample(t)))
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
