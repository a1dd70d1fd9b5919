package casefile_test

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
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/codetest"
	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/internal/jsontest"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/jsonerr"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

// audit18Hostile are texts no error may repeat: identity numbers (ASCII,
// full width, 15 digits, with X), one hidden behind a character %q writes
// as hex digits (\u0085), and 60 000 bytes.
var audit18Hostile = []string{
	jsontest.ID, "１１０１０１１９９００３０７１２３４", "110101900307123", "11010119900307123X",
	`\u00851101011990030712`, `\u2000110101900307`, strings.Repeat("x", 60000),
}

func sample(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../testdata/benefits/case-sample.json")
	require.NoError(t, err)
	return string(b)
}

// The sample computes; the award, its schedule and its needs record the
// fingerprint of the file's rulebook (issue 21), which changes with the
// file's parameters and rules.
func TestCalculateRecordsTheRulebook(t *testing.T) {
	f, err := casefile.Parse([]byte(sample(t)))
	require.NoError(t, err)
	set, err := benefits.DefaultParams().With(f.Parameters...)
	require.NoError(t, err)
	rb, err := benefits.NewRulebook(set, f.Rules)
	require.NoError(t, err)
	r, err := f.Calculate()
	require.NoError(t, err)
	assert.Equal(t, rb.Fingerprint(), r.Award.Rulebook)
	assert.NotEmpty(t, r.Schedule)
	assert.NotEmpty(t, r.Award.Explain(explain.Chinese))
	n, err := f.Needs()
	require.NoError(t, err)
	assert.Equal(t, rb.Fingerprint(), n.Rulebook)
	data, err := json.Marshal(r)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"rulebook":"`+rb.Fingerprint()+`"`)
	// The same case with a warning limit: another rulebook.
	f.Rules.WarningLimit, _ = f.Rules.WarningLimit.Add(money.MustParse("1"))
	r2, err := f.Calculate()
	require.NoError(t, err)
	assert.NotEqual(t, r.Award.Rulebook, r2.Award.Rulebook)
}

// A file whose parameters or rules NewRulebook refuses computes nothing:
// its error is the rulebook's.
func TestRefusedFileComputesNothing(t *testing.T) {
	f, err := casefile.Parse([]byte(`{"case":{"injury":"2024-05-10","assessment":"2024-12-20","grade":2},
		"parameters":[{"name":"benefits.transitional.wage_2024_annual","value":"120000","from":"2025-01-01","source":"s","status":"provisional"},
		{"name":"benefits.transitional.wage_2024_annual","value":"130000","from":"2026-01-01","source":"s","status":"provisional"}],"rules":{}}`))
	require.NoError(t, err, "each value is valid on its own")
	_, err = f.Calculate()
	assert.Equal(t, "transitional_conflict", errcode.Of(err).Code())
	_, err = f.Needs()
	assert.Equal(t, "transitional_conflict", errcode.Of(err).Code())
	f.Parameters = nil
	f.Rules.WarningLimit = money.MustParse("-1")
	_, err = f.Calculate()
	assert.Equal(t, "bad_rules", errcode.Of(err).Code())
}

// Unknown keys are refused; the zero File is a bad case.
func TestParseStrict(t *testing.T) {
	_, err := casefile.Parse([]byte(`{"case":{"injury":"2024-01-01","grade":3,"assessment":"2024-06-01"},"rules":{},"oops":1}`))
	assert.Equal(t, "benefit_case_file", errcode.Of(err).Code())
	_, err = casefile.Parse([]byte(`{"case":{"injury":"2024-01-01","grade":3,"assessment":"2024-06-01"},"rules":{},"schedule":{"from":"2024-08","to":"2024-07"}}`))
	assert.Equal(t, "benefit_case_file", errcode.Of(err).Code())
	_, err = (casefile.File{}).Calculate()
	assert.Equal(t, "bad_case", errcode.Of(err).Code())
	_, err = (casefile.File{}).Needs()
	assert.Equal(t, "bad_case", errcode.Of(err).Code())
	assert.NotPanics(t, func() { _ = casefile.Result{}.Award.Explain(explain.Chinese) })
}

// Issue 18: a parameter null or absent in a case file was
// read as 0 (an award of 0.00). It is refused, naming the parameter; so is
// a misspelt name, which would have left the default in force.
func TestParameterNullRefused(t *testing.T) {
	for name, p := range map[string]string{
		"null":     `{"name":"benefits.disability_base_ratio","value":null,"from":"2024-01-01","source":"s","status":"verified"}`,
		"absent":   `{"name":"benefits.disability_base_ratio","from":"2024-01-01","source":"s","status":"verified"}`,
		"misspelt": `{"name":"benefits.disability_base_raito","value":"0.5","from":"2024-01-01","source":"s","status":"verified"}`,
		"old form": `{"name":"benefits.implementing_measures.commencement","value":"1","from":"2025-07-01","source":"s","status":"provisional"}`,
	} {
		_, err := casefile.Parse([]byte(`{"case":{"injury":"2024-04-15","assessment":"2024-09-10","grade":7},"parameters":[` + p + `],"rules":{}}`))
		var ve *param.ValueError
		require.True(t, errors.As(err, &ve), "%s: %T %v", name, err, err)
		assert.True(t, strings.HasPrefix(ve.Name, "benefits.") || strings.HasPrefix(ve.Name, `"benefits.`), "%s: %s", name, ve.Name)
		assert.Equal(t, "benefit_case_file", errcode.Of(err).Code(), name)
	}
	_, err := casefile.Parse([]byte(`{"case":{"injury":"2024-04-15","assessment":"2024-09-10","grade":7},"parameters":[{"name":"benefits.disability_base_ratio","value":null,"from":"2024-01-01","source":"s","status":"verified"}],"rules":{}}`))
	assert.ErrorIs(t, err, codetest.Named(param.Codes(), "parameter_no_value"))
	// In code, the set refuses a value left without its figure.
	_, err = benefits.DefaultParams().With(param.Value{Name: benefits.ParamDisabilityBaseRatio, From: testdates.Day(t, "2024-01-01"), Source: "s", Status: param.Verified})
	assert.ErrorIs(t, err, codetest.Named(param.Codes(), "parameter_range"))
}

// A medical total or eligible amount that is null or absent once read as
// 0.00; both are refused, naming the field, as are an exponent and a
// fraction of a fen. A ratio keeps its decimals.
func TestAmountsThroughTheDoor(t *testing.T) {
	head := `{"case":{"injury":"2024-04-15","assessment":"2024-09-10","grade":9},"rules":{},"medical":`
	for _, tc := range []struct {
		medical, path string
		kind          error
	}{
		{`{"total":null,"eligible":"1.00","ratio":"0.5"}`, "$.medical.total", jsoncode.ErrNull},
		{`{"eligible":"1.00","ratio":"0.5"}`, "$.medical.total", jsoncode.ErrRequired},
		{`{"total":"1.00","ratio":"0.5"}`, "$.medical.eligible", jsoncode.ErrRequired},
		{`{"total":"1e2000000000","eligible":"1.00","ratio":"0.5"}`, "$.medical.total", jsoncode.ErrNumber},
		{`{"total":"1.001","eligible":"1.00","ratio":"0.5"}`, "$.medical.total", jsoncode.ErrDecimals},
		{`{"total":"2.00","eligible":"1.00","ratio":"0.5","determined_medical":"0.001"}`, "$.medical.determined_medical", jsoncode.ErrDecimals},
	} {
		_, err := casefile.Parse([]byte(head + tc.medical + `}`))
		require.Equal(t, "benefit_case_file", errcode.Of(err).Code(), tc.medical)
		require.ErrorIs(t, err, tc.kind, tc.medical)
		var je *jsonerr.Error
		require.ErrorAs(t, err, &je)
		assert.Equal(t, tc.path, je.Path)
		jsontest.Check(t, err)
	}
	_, err := casefile.Parse([]byte(head + `{"total":"2.00","eligible":"1.00","ratio":"0.333333"}}`))
	require.NoError(t, err)
}

// One call lists every parameter the case file lacks, the schedule's years
// included, and nothing it has; then every provisional value the award
// rests on (issue 19: the inferred disability base ratio and the embedded
// commencement were not listed), each marked which.
func TestNeeds(t *testing.T) {
	f, err := casefile.Parse([]byte(`{"case":{"injury":"2024-05-10","assessment":"2024-12-20","grade":2,"nursing":"partly"},
		"rules":{},"schedule":{"from":"2025-06","to":"2026-02"}}`))
	require.NoError(t, err)
	needs, err := f.Needs()
	require.NoError(t, err)
	var got []string
	for _, n := range needs.List {
		got = append(got, string(n.Mark)+" "+string(n.Param)+"@"+n.On.String())
	}
	assert.Equal(t, []string{
		"missing benefits.nursing_base_annual@2024-05-10",
		"missing benefits.nursing_ratio.partly@2024-05-10",
		"missing benefits.prev_year_shanghai_private_annual_wage@2025-01-01",
		"missing benefits.nursing_base_annual@2025-01-01",
		"missing benefits.prev_year_shanghai_private_annual_wage@2026-01-01",
		"missing benefits.nursing_base_annual@2026-01-01",
		"provisional benefits.disability_base_ratio@",
		"provisional benefits.implementing_measures.commencement@",
	}, got)
	assert.True(t, needs.AnyMissing())
	assert.Contains(t, needs.List[6].String(), "[provisional] benefits.disability_base_ratio = 0.6 from 0001-01-01 (inferred: the defining clause was not found")
	assert.Contains(t, needs.List[7].String(), "[provisional] benefits.implementing_measures.commencement = 2025-07-01 (沪人社规〔2025〕17号")
	assert.Contains(t, needs.List[0].String(), "[missing] benefits.nursing_base_annual in force on 2024-05-10")
	_, err = f.Calculate()
	var me *param.MissingError
	assert.ErrorAs(t, err, &me, "Calculate stops at the first")
}

// Audit of issue 18: a case's own checks, after the strict JSON layer,
// quoted a platform line's kind and amount, the grade, the nursing level,
// a dependent's relation, the medical rule and the road table's level
// whole: an identity number written there reached the message, and a
// 60 kB kind made a 60 kB error.
func TestAudit18CaseErrorsBoundedAndMasked(t *testing.T) {
	sample := sample(t)
	check := func(in string) {
		t.Helper()
		f, err := casefile.Parse([]byte(in))
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

func FuzzParse(f *testing.F) {
	data, err := os.ReadFile("../../testdata/benefits/case-sample.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(`{"case":{"injury":"2024-03-01","death":{"date":"2024-03-20","timing":"during_treatment","dependents":[{"name":"a","relation":"spouse"}]}},"rules":{"warning_limit":"1"}}`))
	f.Add([]byte(`{"case":{"injury":"2024-04-15","assessment":"2024-09-10","grade":4},"parameters":[{"name":"benefits.disability_base_ratio","value":null,"from":"2024-01-01","source":"s","status":"verified"},{"name":"benefits.implementing_measures.commencement","value":"2025-10-01","source":"s","status":"verified"}],"rules":{}}`))
	for _, s := range jsontest.Seeds() {
		f.Add(s)
	}
	f.Add([]byte(`{"case":{"injury":"2024-04-15","assessment":"2024-09-10","grade":9},"rules":{},"medical":{"total":"1e2000000000","eligible":null}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		cf, err := casefile.Parse(data)
		if err != nil {
			jsontest.Check(t, err)
			return
		}
		r, err := cf.Calculate()
		if err != nil {
			return
		}
		for _, it := range r.Award.Items {
			if it.Amount.Sign() < 0 {
				t.Fatalf("negative %s", it.Kind)
			}
		}
	})
}
