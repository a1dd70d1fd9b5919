package analysis_test

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/analysis"
	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/internal/codetest"
	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func day(t testing.TB, s string) calendar.Date {
	t.Helper()
	d, err := calendar.ParseDate(s)
	require.NoError(t, err)
	return d
}

func rowsOf(rows []analysis.Row) map[string][3]string {
	out := map[string][3]string{}
	for _, r := range rows {
		out[r.Key] = [3]string{r.Current.StringFixed(2), r.Reform.StringFixed(2), r.Delta.StringFixed(2)}
	}
	return out
}

// The sample, by hand: platform-a 926 × 0.01 → 0.02; platform-b 903 ×
// 0.25 × 1.1 → × 1.2; platform-c 479 × 0.07 (first year) and 503 × 0.18 →
// 0.15; the spouse's pension 0.4 → 0.45 of 0.6 × 126000 ÷ 12.
func TestSampleFigures(t *testing.T) {
	m3 := month(t, "2026-03")
	got, err := analysis.Measure(samplePolicy(t), sampleReformOf(t), analysis.Data{Tally: sampleTally(t, m3), Cases: sampleCasesOf(t)}, analysis.Period{From: m3, To: m3})
	require.NoError(t, err)
	assert.Equal(t, map[string][3]string{
		"platform-a": {"9.26", "18.52", "9.26"},
		"platform-b": {"248.33", "270.90", "22.57"},
		"platform-c": {"124.07", "108.98", "-15.09"},
	}, rowsOf(got.IncomeByPlatform))
	assert.Equal(t, map[string][3]string{
		"ride_hailing":       {"9.26", "18.52", "9.26"},
		"instant_delivery":   {"281.86", "304.43", "22.57"},
		"intra_city_freight": {"90.54", "75.45", "-15.09"},
	}, rowsOf(got.IncomeByIndustry))
	assert.Equal(t, [3]string{"381.66", "398.40", "16.74"}, [3]string{fixed(got.Income.Current), fixed(got.Income.Reform), fixed(got.Income.Delta)})
	assert.Equal(t, int64(2811), got.Orders)
	assert.Equal(t, map[string][3]string{
		"death-2026-02":             {"1172250.00", "1172565.00", "315.00"},
		"grade-04-injured-2024":     {"7725.00", "7725.00", "0.00"},
		"grade-07-assessed-2026-02": {"81900.00", "81900.00", "0.00"},
	}, rowsOf(got.ExpenditureByCase))
	assert.Equal(t, [3]string{"4410.00", "4725.00", "315.00"}, rowsOf(got.ExpenditureByItem)["survivor_pension"])
	assert.Equal(t, 2, analysis.More(got.Platforms))
	assert.Equal(t, 1, analysis.Less(got.Platforms))
	assert.Equal(t, []string{"platform-a", "platform-b"}, got.Platforms.Bands[4].Keys)
	assert.Equal(t, []string{"platform-c"}, got.Platforms.Bands[0].Keys)
	assert.Equal(t, "platform-b", got.Platforms.Largest.Key)
	assert.Equal(t, "platform-c", got.Platforms.Smallest.Key)
	assert.Equal(t, "31.83", fixed(analysis.MoreBy(got.Platforms)))
	assert.Equal(t, 1, analysis.More(got.Beneficiaries))
	assert.Equal(t, 2, analysis.Same(got.Beneficiaries))
	assert.Equal(t, []string{"death-2026-02"}, got.Beneficiaries.Bands[3].Keys, "315 of 1172250 is under 5%")
	// 1261875.00 ÷ 381.66 and 1262190.00 ÷ 398.40, half up to 4 places.
	assert.Equal(t, "3306.2805", got.Risk.PaidToBilled.Current.String())
	assert.Equal(t, "3168.1476", got.Risk.PaidToBilled.Reform.String())
	for _, w := range []analysis.Why{got.Income.Why, got.Expenditure.Why, got.Risk.Why, got.IncomeCells[0].Why, got.ExpenditureByCase[0].Why} {
		assert.NotEmpty(t, w.Articles)
		assert.NotEmpty(t, w.Inputs)
		assert.NotEmpty(t, w.EN)
		assert.Contains(t, w.ZH, "现行")
	}
	assert.Contains(t, got.Income.Why.Articles, "第七十六条")
	assert.Contains(t, got.IncomeCells[1].Why.Inputs, "reform_line=2026-03-01..2026-03-31 903×0.3=270.9→270.90")
}

func fixed(d decimal.Decimal) string { return d.StringFixed(2) }

// Reform.Setup and CaseParameters lay the reform over the current values
// as param.Set.With does: same name and from replaced, the rest kept, and
// route levy values to the setup, the others to the cases.
func TestReformOverlay(t *testing.T) {
	jan := day(t, "2026-01-01")
	cur := levy.Setup{
		Parameters: []param.Value{
			{Name: levy.ParamRideHailing, Value: dec("0.015"), From: jan, Source: "host", Status: param.Verified},
			{Name: levy.ParamIntraCityFreight, Value: dec("0.2"), From: jan, Source: "host", Status: param.Verified},
		},
		Terms: []levy.Terms{{Platform: "p1", FirstMonth: month(t, "2025-01")}, {Platform: "p2", FirstMonth: month(t, "2025-01")}},
	}
	r := analysis.Reform{
		Parameters: []param.Value{
			{Name: levy.ParamRideHailing, Value: dec("0.02"), From: jan, Source: "reform", Status: param.Provisional},
			{Name: levy.ParamIntraCityFreight, Value: dec("0.1"), From: day(t, "2026-07-01"), Source: "reform", Status: param.Provisional},
			{Name: benefits.ParamPensionSpouse, Value: dec("0.45"), From: jan, Source: "reform", Status: param.Provisional},
			{Name: param.Commencement, Date: day(t, "2025-08-01"), Source: "reform", Status: param.Provisional},
		},
		Terms: []levy.Terms{{Platform: "p2", FirstMonth: month(t, "2024-01")}, {Platform: "p3", FirstMonth: month(t, "2026-01")}},
	}
	got := r.Setup(cur)
	var names []string
	for _, v := range got.Parameters {
		names = append(names, string(v.Name)+"="+v.Text()+"@"+v.From.String()+"/"+v.Source)
	}
	assert.Equal(t, []string{
		"levy.base.intra_city_freight=0.2@2026-01-01/host",
		"levy.base.ride_hailing=0.02@2026-01-01/reform",
		"levy.base.intra_city_freight=0.1@2026-07-01/reform",
		"benefits.implementing_measures.commencement=2025-08-01@/reform",
	}, names, "the ride-hailing value replaced, the freight value added after it, the benefit value not in the levy's setup")
	require.Len(t, got.Terms, 3)
	assert.Equal(t, "2024-01", got.Terms[1].FirstMonth.String(), "p2's terms replaced whole")
	assert.Equal(t, "p3", got.Terms[2].Platform, "a new platform added")
	assert.Equal(t, "2025-01", cur.Terms[1].FirstMonth.String(), "the current setup is not changed")
	assert.Equal(t, "0.015", cur.Parameters[0].Value.String())

	cp := r.CaseParameters([]param.Value{{Name: benefits.ParamPensionSpouse, Value: dec("0.4"), From: jan, Source: "case", Status: param.Verified}})
	names = nil
	for _, v := range cp {
		names = append(names, string(v.Name)+"="+v.Text())
	}
	assert.Equal(t, []string{"benefits.pension_share.spouse=0.45", "benefits.implementing_measures.commencement=2025-08-01"}, names)
	assert.True(t, analysis.Reform{Title: "x"}.IsZero())
	assert.False(t, r.IsZero())
}

func TestParseReform(t *testing.T) {
	r := sampleReformOf(t)
	assert.Len(t, r.Parameters, 3)
	assert.Len(t, r.Terms, 1)
	assert.Contains(t, r.Title, "示例测算方案")

	for _, c := range []struct {
		name, in, field string
		is              error
	}{
		{"not JSON", `{`, "", jsoncode.ErrSyntax},
		{"unknown key", `{"title": "x", "rates": []}`, "", jsoncode.ErrUnknownKey},
		{"no title", `{"parameters": []}`, "title", nil},
		{"blank title", `{"title": "  "}`, "title", nil},
		{"control in title", `{"title": "a\u0007b"}`, "title", nil},
		{"long title", `{"title": "` + strings.Repeat("改", analysis.MaxTitle+1) + `"}`, "title", nil},
		{"unknown parameter", `{"title": "x", "parameters": [{"name": "levy.base.ride", "value": "0.02", "from": "2026-01-01", "source": "s", "status": "verified"}]}`, "parameters[0]", param.ErrUnknownName},
		{"null value", `{"title": "x", "parameters": [{"name": "levy.base.ride_hailing", "value": null, "from": "2026-01-01", "source": "s", "status": "verified"}]}`, "parameters[0]", codetest.Named(param.Codes(), "parameter_no_value")},
		{"out of range", `{"title": "x", "parameters": [{"name": "levy.base.ride_hailing", "value": "0", "from": "2026-01-01", "source": "s", "status": "verified"}]}`, "parameters[0]", codetest.Named(param.Codes(), "parameter_range")},
		{"overlap", `{"title": "x", "parameters": [{"name": "levy.base.ride_hailing", "value": "0.02", "from": "2026-01-01", "source": "s", "status": "verified"}, {"name": "levy.base.ride_hailing", "value": "0.03", "from": "2026-01-01", "source": "s", "status": "verified"}]}`, "parameters", codetest.Named(param.Codes(), "parameter_overlap")},
		{"bad terms", `{"title": "x", "terms": [{"platform": "p"}]}`, "terms[0]", codetest.Named(levy.Codes(), "bad_terms")},
		{"terms twice", `{"title": "x", "terms": [{"platform": "p", "first_month": "2025-01"}, {"platform": "p", "first_month": "2025-02"}]}`, "terms[1]", codetest.Named(levy.Codes(), "bad_terms")},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := analysis.ParseReform([]byte(c.in))
			require.Error(t, err)
			assert.ErrorIs(t, err, analysis.ErrBadReform)
			var re *analysis.ReformError
			require.ErrorAs(t, err, &re)
			assert.Equal(t, c.field, re.Field)
			if c.is != nil {
				assert.ErrorIs(t, err, c.is)
			}
		})
	}
	r, err := analysis.ParseReform([]byte(`{"title": "什么也不改"}`))
	require.NoError(t, err)
	assert.True(t, r.IsZero())
}

func TestRefusals(t *testing.T) {
	m3 := month(t, "2026-03")
	p3 := analysis.Period{From: m3, To: m3}
	d := analysis.Data{Tally: sampleTally(t, m3)}
	p := samplePolicy(t)
	_, err := analysis.Measure(analysis.Policy{Levy: p.Levy}, analysis.Reform{}, d, p3)
	assert.ErrorIs(t, err, analysis.ErrNoCalendar)
	_, err = analysis.Analyze(analysis.Policy{}, d, p3)
	assert.ErrorIs(t, err, analysis.ErrNoCalendar)
	for _, per := range []analysis.Period{{}, {From: m3}, {From: month(t, "2026-04"), To: m3}, {From: month(t, "2016-03"), To: m3}} {
		_, err = analysis.Measure(p, analysis.Reform{}, d, per)
		assert.ErrorIs(t, err, analysis.ErrPeriod, "%v", per)
	}
	_, err = analysis.Measure(p, analysis.Reform{}, analysis.Data{}, p3)
	assert.ErrorIs(t, err, analysis.ErrNoData)
	_, err = analysis.Measure(p, analysis.Reform{}, analysis.Data{Claims: []analysis.Claim{{ID: "c"}}}, p3)
	assert.ErrorIs(t, err, analysis.ErrNoData, "claims are not measured")
	_, err = analysis.Analyze(p, analysis.Data{Claims: []analysis.Claim{{ID: "c"}}}, p3)
	assert.ErrorIs(t, err, analysis.ErrNoAsOf)
	bad := p
	bad.Levy = levy.Setup{Terms: []levy.Terms{{Platform: "p"}}}
	_, err = analysis.Measure(bad, analysis.Reform{}, d, p3)
	assert.ErrorIs(t, err, analysis.ErrPolicy)
	assert.ErrorIs(t, err, codetest.Named(levy.Codes(), "bad_terms"))
	_, err = analysis.Analyze(bad, d, p3)
	assert.ErrorIs(t, err, analysis.ErrPolicy)
	_, err = analysis.Measure(p, analysis.Reform{Terms: []levy.Terms{{Platform: "p"}}}, d, p3)
	assert.ErrorIs(t, err, analysis.ErrBadReform)
	// A reform value that collides with the host's: two values of one
	// name in force on one day once laid over each other.
	host := p
	host.Levy.Parameters = []param.Value{{Name: levy.ParamRideHailing, Value: dec("0.015"), From: day(t, "2026-01-01"), Until: day(t, "2026-12-31"), Source: "host", Status: param.Verified}}
	_, err = analysis.Measure(host, analysis.Reform{Parameters: []param.Value{{Name: levy.ParamRideHailing, Value: dec("0.02"), From: day(t, "2026-03-01"), Source: "r", Status: param.Verified}}}, d, p3)
	var re *analysis.ReformError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, "levy", re.Field)
	assert.ErrorIs(t, err, codetest.Named(param.Codes(), "parameter_overlap"))
}

// Partial answers: a platform without terms, a case that lacks a
// parameter under the reform only, a case with no ID or an ID given twice
// are each a Problem; the rest is computed.
func TestPartialAnswers(t *testing.T) {
	m3 := month(t, "2026-03")
	tally := sampleTally(t, m3)
	require.NoError(t, tally.AddN("platform-z", eligibility.RideHailing, day(t, "2026-03-02"), 7))
	cases := sampleCasesOf(t)
	cases = append(cases, analysis.Case{ID: "", Case: cases[0].Case}, analysis.Case{ID: cases[1].ID, Case: cases[1].Case, Parameters: cases[1].Parameters})
	// A reform that takes the 2026 wage away from the death case: only
	// under the reform does it lack a figure. (An until before the case's
	// own value starts: the case's value from 2026-01-01 is replaced by one
	// that ends on 2026-01-31.)
	r := sampleReformOf(t)
	r.Parameters = append(r.Parameters, param.Value{Name: benefits.ParamWage, Value: dec("126000"), From: day(t, "2026-01-01"), Until: day(t, "2026-01-31"), Source: "r", Status: param.Provisional})
	got, err := analysis.Measure(samplePolicy(t), r, analysis.Data{Tally: tally, Cases: cases}, analysis.Period{From: m3, To: m3})
	require.NoError(t, err)
	var kinds []string
	for _, p := range got.Problems {
		kinds = append(kinds, string(p.Kind)+":"+p.ID+":"+string(p.Scenario))
	}
	assert.ElementsMatch(t, []string{
		"platform:platform-z:both", "case:#4:both", "case:grade-04-injured-2024:both",
		"case:death-2026-02:reform",
	}, kinds, "the grade-7 case's W is looked up on its injury day, 2026-01-08, still in force under the reform")
	for _, p := range got.Problems {
		switch p.Kind {
		case analysis.ProblemPlatform:
			assert.ErrorIs(t, p, levy.ErrNoTerms)
			assert.Equal(t, int64(7), p.Orders)
			assert.Equal(t, m3, p.Month)
		case analysis.ProblemCase:
			if p.Scenario == analysis.Both {
				assert.ErrorIs(t, p, analysis.ErrBadCase)
			} else {
				var mb *benefits.MissingBaseError
				assert.ErrorAs(t, p, &mb)
			}
		}
	}
	assert.Equal(t, "381.66", fixed(got.Income.Current), "platform-z left out")
	assert.Equal(t, int64(2818), got.Orders, "its orders still counted")
	require.Len(t, got.ExpenditureByCase, 2, "the case that lacks the wage under the reform is left out of both columns; the first of a repeated ID is analysed")
	assert.Equal(t, "grade-04-injured-2024", got.ExpenditureByCase[0].Key)
	assert.Len(t, got.ExpenditureByCase, 2)
	assert.Equal(t, "89625.00", fixed(got.Expenditure.Current), "7725.00 + 81900.00")
}

func TestRunning(t *testing.T) {
	data, period := runningData(t)
	got, err := analysis.Analyze(samplePolicy(t), data, period)
	require.NoError(t, err)
	assert.Equal(t, int64(2818), analysis.RunningOrders(got))
	assert.Equal(t, "381.66", fixed(got.Income.Amount))
	assert.Equal(t, int64(2811), got.Income.Orders)
	assert.Len(t, got.IncomeByPlatform, 3)
	assert.Len(t, got.OrdersRows, 5, "platform-z's orders are counted, though not billed")
	assert.Equal(t, "1261875.00", fixed(got.Expenditure.Amount))
	assert.Equal(t, "3306.2805", got.PaidToBilled.String())
	require.NotNil(t, got.Books)
	assert.Equal(t, "2000370.00", fixed(got.Books.Balance))
	assert.Equal(t, "370.00", fixed(got.Books.Collected))
	assert.Equal(t, "1.59", got.Books.MonthsCovered.String(), "2000370 ÷ 1261875")
	require.NotNil(t, got.Claims)
	assert.Equal(t, 2, analysis.ClaimsCases(*got.Claims))
	assert.Equal(t, []analysis.Count{{Key: "reported", N: 2}}, got.Claims.ByState)
	assert.Positive(t, got.Claims.Overdue, "the platform's 30 days from 2026-01-05 have passed")
	assert.NotEmpty(t, got.Claims.OverdueBy)
	var kinds []string
	for _, p := range got.Problems {
		kinds = append(kinds, string(p.Kind)+":"+p.ID)
	}
	assert.ElementsMatch(t, []string{"platform:platform-z", "claim:#3"}, kinds)
	assert.Contains(t, got.Claims.Why.ZH, "逾期")
	assert.Contains(t, got.Books.Why.ZH, "财政专户")
}

func TestQuotientAndBands(t *testing.T) {
	m3 := month(t, "2026-03")
	// Bands: exactly 5% is "up to 5%"; 5.01% is over; a rise from 0 is over.
	tally := &eligibility.Tally{}
	d := day(t, "2026-03-10")
	// ride_hailing 0.01 → 0.0105 (+5% exactly on 1000 orders: 10.00 → 10.50)
	require.NoError(t, tally.AddN("p5", eligibility.RideHailing, d, 1000))
	setup := levy.Setup{Terms: []levy.Terms{{Platform: "p5", FirstMonth: month(t, "2025-01")}}}
	r := analysis.Reform{Parameters: []param.Value{{Name: levy.ParamRideHailing, Value: dec("0.0105"), From: day(t, "2026-01-01"), Source: "r", Status: param.Provisional}}}
	got, err := analysis.Measure(analysis.Policy{Calendar: calendar.Default(), Levy: setup}, r, analysis.Data{Tally: tally}, analysis.Period{From: m3, To: m3})
	require.NoError(t, err)
	assert.Equal(t, []string{"p5"}, got.Platforms.Bands[3].Keys)
	r.Parameters[0].Value = dec("0.010501")
	_, err = analysis.Measure(analysis.Policy{Calendar: calendar.Default(), Levy: setup}, r, analysis.Data{Tally: tally}, analysis.Period{From: m3, To: m3})
	require.Error(t, err, "6 decimal places: param refuses")
	require.NoError(t, tally.AddN("p5", eligibility.RideHailing, d, 1000)) // 2000 orders: 20.00 → 21.01 with 0.0105 → 0.01050? use 0.0106
	r.Parameters[0].Value = dec("0.0106")
	got, err = analysis.Measure(analysis.Policy{Calendar: calendar.Default(), Levy: setup}, r, analysis.Data{Tally: tally}, analysis.Period{From: m3, To: m3})
	require.NoError(t, err)
	assert.Equal(t, []string{"p5"}, got.Platforms.Bands[4].Keys, "+6%")
	assert.Equal(t, "0.0000", got.Risk.PaidToBilled.Current.Value.StringFixed(4))
	assert.True(t, got.Risk.PaidToBilled.Current.Known)
	// No income: no ratio.
	got, err = analysis.Measure(analysis.Policy{Calendar: calendar.Default(), Levy: setup}, r, analysis.Data{Cases: sampleCasesOf(t)}, analysis.Period{From: m3, To: m3})
	require.NoError(t, err)
	assert.False(t, got.Risk.PaidToBilled.Current.Known)
	assert.Equal(t, "—", got.Risk.PaidToBilled.Current.String())
}

// runningData is the running analysis' sample (第七十六条): the sample tally
// with platform-z's unbilled orders, books opened with 2,000,000.00 and one
// receipt of 370.00, and three claims (one late, one fresh, one without ID).
func runningData(t *testing.T) (analysis.Data, analysis.Period) {
	t.Helper()
	m3 := month(t, "2026-03")
	tally := sampleTally(t, m3)
	require.NoError(t, tally.AddN("platform-z", eligibility.RideHailing, day(t, "2026-03-02"), 7))
	j := ledger.NewJournal(0)
	_, err := j.Post(ledger.Posting{ID: "OPEN", Date: day(t, "2026-03-01"), Period: m3, Counterparty: ledger.Counterparty{Kind: ledger.TreasuryParty, ID: "treasury"}, Source: "opening",
		Lines: []ledger.Line{{Subject: ledger.SpecialAccount, Debit: money.MustParse("2000000")}, {Subject: ledger.FundBalance, Credit: money.MustParse("2000000")}}})
	require.NoError(t, err)
	_, err = j.Post(ledger.Posting{ID: "R1", Date: day(t, "2026-03-20"), Period: m3, FeePeriod: month(t, "2026-02"), Counterparty: ledger.Counterparty{Kind: ledger.TreasuryParty, ID: "treasury"}, Source: "receipt",
		Lines: []ledger.Line{{Subject: ledger.SpecialAccount, Debit: money.MustParse("370.00")}, {Subject: ledger.LevyIncome, Credit: money.MustParse("370.00")}}})
	require.NoError(t, err)
	accident := day(t, "2026-01-05")
	cl := []analysis.Claim{
		{ID: "late", Case: claims.Case{Accident: accident, State: claims.StateReported, ReportedOn: accident}},
		{ID: "fresh", Case: claims.Case{Accident: day(t, "2026-03-25"), State: claims.StateReported, ReportedOn: day(t, "2026-03-25")}},
		{ID: "", Case: claims.Case{Accident: accident}},
	}
	return analysis.Data{Tally: tally, Cases: sampleCasesOf(t), Books: j, Claims: cl, AsOf: day(t, "2026-03-31")}, analysis.Period{From: m3, To: m3}
}
