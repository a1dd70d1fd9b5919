package analysis_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/analysis"
	"github.com/zhishang/zhishang/benefits/casefile"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/levy/monthreport"
)

// monthlyLevy is what examples/monthly-levy computes for a setup file:
// the orders read into a Batch, the setup read by levy.ParseSetup, the
// month report's bills (levy/monthreport). It returns each platform's
// total.
func monthlyLevy(t *testing.T, setupJSON []byte, m calendar.Month) map[string]decimal.Decimal {
	t.Helper()
	rb, err := levy.ParseSetup(setupJSON, calendar.Default())
	require.NoError(t, err)
	f, err := os.Open(sampleOrders)
	require.NoError(t, err)
	defer f.Close()
	b := &eligibility.Batch{Month: m}
	require.NoError(t, eligibility.ReadCSV(f, b))
	rep, err := monthreport.New(b, rb)
	require.NoError(t, err)
	out := map[string]decimal.Decimal{}
	for _, bill := range rep.PlatformBills {
		out[bill.Platform] = bill.Total.Decimal()
	}
	return out
}

// benefitCalculator is what examples/benefit-calculator computes for a
// case file (benefits/casefile: Parse, Calculate) with a schedule of the
// period: the sum of its payments.
func benefitCalculator(t *testing.T, f casefile.File, p analysis.Period) decimal.Decimal {
	t.Helper()
	f.Schedule = &struct {
		From calendar.Month `json:"from"`
		To   calendar.Month `json:"to"`
	}{p.From, p.To}
	data, err := json.Marshal(f)
	require.NoError(t, err)
	g, err := casefile.Parse(data) // through the file, as the calculator reads it
	require.NoError(t, err)
	r, err := g.Calculate()
	require.NoError(t, err)
	sum := decimal.Zero
	for _, p := range r.Schedule {
		sum = sum.Add(p.Amount.Decimal())
	}
	return sum
}

// Issue 23's acceptance: the measurement's figures, current and reformed,
// are to the fen what monthly-levy and benefit-calculator give on the
// current files and on the reformed files Reform.Setup and
// Reform.CaseParameters write.
func TestFiguresAgreeWithMonthlyLevyAndBenefitCalculator(t *testing.T) {
	m3 := month(t, "2026-03")
	period := analysis.Period{From: m3, To: m3}
	p, r := samplePolicy(t), sampleReformOf(t)
	names, files := caseFiles(t)
	got, err := analysis.Measure(p, r, analysis.Data{Tally: sampleTally(t, m3), Cases: sampleCasesOf(t)}, period)
	require.NoError(t, err)
	require.Empty(t, got.Problems)

	current, err := os.ReadFile(sampleSetup)
	require.NoError(t, err)
	reformed, err := json.Marshal(r.Setup(p.Levy))
	require.NoError(t, err)
	cur, ref := monthlyLevy(t, current, m3), monthlyLevy(t, reformed, m3)
	require.Len(t, got.IncomeByPlatform, len(cur))
	curSum, refSum := decimal.Zero, decimal.Zero
	for _, row := range got.IncomeByPlatform {
		assert.Equal(t, cur[row.Key].StringFixed(2), row.Current.StringFixed(2), row.Key)
		assert.Equal(t, ref[row.Key].StringFixed(2), row.Reform.StringFixed(2), row.Key)
		curSum, refSum = curSum.Add(cur[row.Key]), refSum.Add(ref[row.Key])
	}
	assert.Equal(t, curSum.StringFixed(2), got.Income.Current.StringFixed(2))
	assert.Equal(t, refSum.StringFixed(2), got.Income.Reform.StringFixed(2))
	assert.Equal(t, "381.66", got.Income.Current.StringFixed(2), "monthly-levy's sample month: 9.26 + 248.33 + 124.07")
	assert.False(t, got.Income.Delta.IsZero(), "the sample reform changes the levy")

	require.Len(t, got.ExpenditureByCase, len(files))
	curSum, refSum = decimal.Zero, decimal.Zero
	for i, f := range files {
		row := got.ExpenditureByCase[i]
		require.Equal(t, names[i], row.Key)
		c := benefitCalculator(t, f, period)
		f.Parameters = r.CaseParameters(f.Parameters)
		rc := benefitCalculator(t, f, period)
		assert.Equal(t, c.StringFixed(2), row.Current.StringFixed(2), row.Key)
		assert.Equal(t, rc.StringFixed(2), row.Reform.StringFixed(2), row.Key)
		curSum, refSum = curSum.Add(c), refSum.Add(rc)
	}
	assert.Equal(t, curSum.StringFixed(2), got.Expenditure.Current.StringFixed(2))
	assert.Equal(t, refSum.StringFixed(2), got.Expenditure.Reform.StringFixed(2))
	assert.False(t, got.Expenditure.Delta.IsZero(), "the sample reform changes a pension")
}
