package benefits_test

// Tests that catch the mutants that survived the issue 19 mutation study
// (testdata/mutation/README.md), by class: each sits on an exact edge (a
// month, the cap, a flag, a fen) with a case on it and one either side,
// and asserts the amounts, computed by hand in the comments.

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

// The figures of these tests: a death on 2024-04-20, W × 12 = 111347 (the
// embedded wage for 2024), the default shares; the 《实施办法》 taken to
// commence on 2024-01-01, so that 第四十五条 does not apply. The first
// pension month is 2024-05. The death base is 111347 × 0.6 ÷ 12 = 5567.35
// a month, which is also the cap (0.6 × W ÷ 12); a spouse's pension alone
// is 111347 × 0.6 × 0.4 ÷ 12 = 2226.94, another dependent's 111347 × 0.6 ×
// 0.3 ÷ 12 = 1670.205, 1670.21 half up.
func deathCase(t testing.TB, deps ...benefits.Dependent) benefits.Case {
	t.Helper()
	return benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Death: &benefits.Death{Date: testdates.Day(t, "2024-04-20"), Dependents: deps}}
}

func spouse() benefits.Dependent { return benefits.Dependent{Name: "s", Relation: benefits.Spouse} }
func other(name string) benefits.Dependent {
	return benefits.Dependent{Name: name, Relation: benefits.Other}
}
func child(t testing.TB, name, birth string) benefits.Dependent {
	return benefits.Dependent{Name: name, Relation: benefits.Other, Child: true, Birth: testdates.Day(t, birth)}
}

// pensionItems is "name start–end amount" for each survivor pension item.
func pensionItems(a benefits.Award) []string {
	var out []string
	for _, it := range a.Items {
		if it.Kind == benefits.SurvivorPension {
			out = append(out, it.Beneficiary+" "+it.StartMonth.String()+"–"+it.EndMonth.String()+" "+it.Amount.String())
		}
	}
	return out
}

// pensionPayments is "month name amount" for each survivor pension paid from..to.
func pensionPayments(t testing.TB, a benefits.Award, from, to string) []string {
	t.Helper()
	params := paramsWithCommencement(t, "2024-01-01")
	pays, err := mustRulebook(t, params, benefits.Rules{}).Schedule(a, testdates.Month(t, from), testdates.Month(t, to))
	require.NoError(t, err)
	var out []string
	for _, p := range pays {
		if p.Kind == benefits.SurvivorPension {
			out = append(out, p.Month.String()+" "+p.Beneficiary+" "+p.Amount.String())
		}
	}
	return out
}

// A dependent's entitlement ending (a child's 18th birthday, or an end the
// host gives) in the death's month ends before the first pension month: no
// pension, a note, and the others shared without it. Ending in the first
// pension month: paid that one month. In the month after: two months. The
// pensions left are recomputed from the next month, the cap included.
func TestEntitlementEndingAroundTheFirstPensionMonth(t *testing.T) {
	params := paramsWithCommencement(t, "2024-01-01")
	for name, tc := range map[string]struct {
		dep      benefits.Dependent
		items    []string
		payments []string
		note     bool
	}{
		// 18 on 2024-04-25, in the death's month: no pension. s, a, b share
		// exactly the cap: 556735 fen × 0.4 = 222694; × 0.3 = 167020.5 each,
		// the fen left to the first name by byte order ("a").
		"18 in the death's month": {child(t, "kid", "2006-04-25"),
			[]string{"s 2024-05– 2226.94", "a 2024-05– 1670.21", "b 2024-05– 1670.20"},
			nil, true},
		// 18 on the death's day itself: the same.
		"18 on the death's day": {child(t, "kid", "2006-04-20"),
			[]string{"s 2024-05– 2226.94", "a 2024-05– 1670.21", "b 2024-05– 1670.20"},
			nil, true},
		// 18 on 2024-05-15: paid for 2024-05 only. Four dependents, shares
		// 1.3 of the death base: cut to the cap, 556735 fen in proportion 4 :
		// 3 : 3 : 3 = 171303.08, 128477.31 × 3 → 171303 + 3 × 128477 =
		// 556734, the fen left to "a". From 2024-06 s, a, b at the cap.
		"18 in the first pension month": {child(t, "kid", "2006-05-15"),
			[]string{"s 2024-05– 1713.03", "a 2024-05– 1284.78", "b 2024-05– 1284.77", "kid 2024-05–2024-05 1284.77"},
			[]string{"2024-05 s 1713.03", "2024-05 a 1284.78", "2024-05 b 1284.77", "2024-05 kid 1284.77",
				"2024-06 s 2226.94", "2024-06 a 1670.21", "2024-06 b 1670.20"}, false},
		// 18 on 2024-06-01: paid for 2024-05 and 2024-06.
		"18 in the second pension month": {child(t, "kid", "2006-06-01"),
			[]string{"s 2024-05– 1713.03", "a 2024-05– 1284.78", "b 2024-05– 1284.77", "kid 2024-05–2024-06 1284.77"},
			[]string{"2024-05 s 1713.03", "2024-05 a 1284.78", "2024-05 b 1284.77", "2024-05 kid 1284.77",
				"2024-06 s 1713.03", "2024-06 a 1284.78", "2024-06 b 1284.77", "2024-06 kid 1284.77"}, false},
		// An end the host gives, the day after the death (allowed) but in
		// the death's month: no pension.
		"end the day after the death": {benefits.Dependent{Name: "kid", Relation: benefits.Other, End: testdates.Day(t, "2024-04-21")},
			[]string{"s 2024-05– 2226.94", "a 2024-05– 1670.21", "b 2024-05– 1670.20"},
			nil, true},
		// An end on the first day of the first pension month: paid for it.
		"end on the first pension month's first day": {benefits.Dependent{Name: "kid", Relation: benefits.Other, End: testdates.Day(t, "2024-05-01")},
			[]string{"s 2024-05– 1713.03", "a 2024-05– 1284.78", "b 2024-05– 1284.77", "kid 2024-05–2024-05 1284.77"},
			[]string{"2024-05 s 1713.03", "2024-05 a 1284.78", "2024-05 b 1284.77", "2024-05 kid 1284.77",
				"2024-06 s 2226.94", "2024-06 a 1670.21", "2024-06 b 1670.20"}, false},
		// A child whose host-given end comes before its 18th birthday: the
		// end decides (2024-05), not the birthday (2030).
		"a child's end before 18": {benefits.Dependent{Name: "kid", Relation: benefits.Other, Child: true, Birth: testdates.Day(t, "2012-01-01"), End: testdates.Day(t, "2024-05-31")},
			[]string{"s 2024-05– 1713.03", "a 2024-05– 1284.78", "b 2024-05– 1284.77", "kid 2024-05–2024-05 1284.77"},
			[]string{"2024-05 s 1713.03", "2024-05 a 1284.78", "2024-05 b 1284.77", "2024-05 kid 1284.77",
				"2024-06 s 2226.94", "2024-06 a 1670.21", "2024-06 b 1670.20"}, false},
		// A child's end the host gives after the 18th birthday: the birthday decides.
		"a child's end after 18": {benefits.Dependent{Name: "kid", Relation: benefits.Other, Child: true, Birth: testdates.Day(t, "2006-05-15"), End: testdates.Day(t, "2024-12-31")},
			[]string{"s 2024-05– 1713.03", "a 2024-05– 1284.78", "b 2024-05– 1284.77", "kid 2024-05–2024-05 1284.77"},
			[]string{"2024-05 s 1713.03", "2024-05 a 1284.78", "2024-05 b 1284.77", "2024-05 kid 1284.77",
				"2024-06 s 2226.94", "2024-06 a 1670.21", "2024-06 b 1670.20"}, false},
	} {
		a, err := mustRulebook(t, params, benefits.Rules{}).Compute(deathCase(t, spouse(), other("a"), other("b"), tc.dep))
		require.NoError(t, err, name)
		assert.Equal(t, tc.items, pensionItems(a), name)
		want := tc.payments
		if want == nil {
			// No pension for kid: s, a, b at the cap every month.
			want = []string{"2024-05 s 2226.94", "2024-05 a 1670.21", "2024-05 b 1670.20", "2024-06 s 2226.94", "2024-06 a 1670.21", "2024-06 b 1670.20"}
		}
		assert.Equal(t, want, pensionPayments(t, a, "2024-05", "2024-06"), name)
		notes := strings.Join(a.Notes(), "\n")
		assert.Equal(t, tc.note, strings.Contains(notes, "kid: the entitlement ends (2024-04) before the first pension month (2024-05)"), "%s: %s", name, notes)
		if tc.note {
			assert.Equal(t, "5567.35", a.MonthlyTotal.String(), name)
		}
	}
	// An end on the death's day is refused, as is one before it.
	for _, end := range []string{"2024-04-20", "2024-04-19"} {
		_, err := mustRulebook(t, params, benefits.Rules{}).Compute(deathCase(t, spouse(), benefits.Dependent{Name: "x", Relation: benefits.Other, End: testdates.Day(t, end)}))
		assert.ErrorIs(t, err, benefits.ErrBadCase, end)
	}
	// LastMonth directly: the earlier of the end and the 18th birthday.
	for _, tc := range []struct {
		dep  benefits.Dependent
		want string
	}{
		{child(t, "k", "2006-05-15"), "2024-05"},
		{benefits.Dependent{Child: true, Birth: testdates.Day(t, "2006-05-15"), End: testdates.Day(t, "2024-05-14")}, "2024-05"},
		{benefits.Dependent{Child: true, Birth: testdates.Day(t, "2006-05-15"), End: testdates.Day(t, "2024-04-30")}, "2024-04"},
		{benefits.Dependent{Child: true, Birth: testdates.Day(t, "2006-05-15"), End: testdates.Day(t, "2024-06-01")}, "2024-05"},
		{benefits.Dependent{End: testdates.Day(t, "2030-01-31")}, "2030-01"},
		{benefits.Dependent{}, ""},
	} {
		m, err := tc.dep.LastMonth()
		require.NoError(t, err)
		assert.Equal(t, tc.want, m.String(), "%+v", tc.dep)
	}
}

// 人社厅函〔2025〕79号 第三十九条 at the cap with the default shares: a spouse
// and two others add up to exactly 0.6 W (0.4 + 0.3 + 0.3 of the 0.6 W
// base). The cap's total is shared out so that rounding each up cannot pass
// it (2226.94 + 1670.21 + 1670.20 = 5567.35, not 2226.94 + 2 × 1670.21 =
// 5567.36), and no cap note is written: nothing is cut. Under the cap each
// is its own share; over it, the note gives the shares' sum and the total.
func TestPensionsExactlyAtTheCapAndTheNote(t *testing.T) {
	params := paramsWithCommencement(t, "2024-01-01")
	capNote := "over the cap"
	for name, tc := range map[string]struct {
		deps  []benefits.Dependent
		items []string
		total string
		note  string
	}{
		"under: a spouse and one other (0.42 W)": {[]benefits.Dependent{spouse(), other("a")},
			[]string{"s 2024-05– 2226.94", "a 2024-05– 1670.21"}, "3897.15", ""},
		"at: a spouse and two others (0.6 W)": {[]benefits.Dependent{spouse(), other("b"), other("a")},
			[]string{"s 2024-05– 2226.94", "b 2024-05– 1670.20", "a 2024-05– 1670.21"}, "5567.35", ""},
		"under: a lone spouse and an other (0.5 + 0.3 of the 0.6 W base, 0.48 W)": {
			[]benefits.Dependent{{Name: "s", Relation: benefits.Spouse, Lone: true}, other("a")},
			// 0.5 × 5567.35 = 2783.675 → 2783.68 (111347 × 0.6 × 0.5 ÷ 12)
			[]string{"s 2024-05– 2783.68", "a 2024-05– 1670.21"}, "4453.89", ""},
		// 0.4 + 0.3 × 3 = 1.3 > 1: the note.
		"over: a spouse and three others (0.78 W)": {[]benefits.Dependent{spouse(), other("a"), other("b"), other("c")},
			[]string{"s 2024-05– 1713.03", "a 2024-05– 1284.78", "b 2024-05– 1284.77", "c 2024-05– 1284.77"}, "5567.35",
			"the dependents' shares add up to 1.3 of the death base (1.3 × 0.6 of W), over the cap 0.6 × W (人社厅函〔2025〕79号 第三十九条): each is cut in proportion and the pensions add up to 5567.35 元 a month"},
		// Two lone others and a spouse: 0.4 + 0.4 + 0.4 = 1.2 > 1: each a third of 556735 fen: 185578.33 → the fen left to "a".
		"over: lone others": {[]benefits.Dependent{spouse(), {Name: "a", Relation: benefits.Other, Lone: true}, {Name: "b", Relation: benefits.Other, Lone: true}},
			[]string{"s 2024-05– 1855.78", "a 2024-05– 1855.79", "b 2024-05– 1855.78"}, "5567.35",
			"the dependents' shares add up to 1.2 of the death base"},
	} {
		a, err := mustRulebook(t, params, benefits.Rules{}).Compute(deathCase(t, tc.deps...))
		require.NoError(t, err, name)
		assert.Equal(t, tc.items, pensionItems(a), name)
		assert.Equal(t, tc.total, a.MonthlyTotal.String(), name)
		notes := strings.Join(a.Notes(), "\n")
		if tc.note == "" {
			assert.NotContains(t, notes, capNote, name)
		} else {
			assert.Contains(t, notes, tc.note, name)
		}
		for _, it := range a.Items {
			if it.Kind == benefits.SurvivorPension {
				assert.Equal(t, tc.note != "", strings.Contains(it.Formula(), "cut in proportion to the cap"), "%s: %s", name, it.Formula())
			}
		}
	}
}

// 第三十四条第四款 with 道路交通安全法 第七十六条: a motor vehicle without fault
// bears at most 10% toward a pedestrian or a non-motor vehicle. Each flag
// alone changes nothing; both cap the table's ratio at 0.1; a table ratio
// at or under 0.1 stands. Total 10000.00, eligible 8000.00.
func TestRoadAccidentFlagsEachAlone(t *testing.T) {
	table := map[string]decimal.Decimal{"主要": decimal.RequireFromString("0.7"), "十分之一": decimal.RequireFromString("0.1"), "无责": decimal.RequireFromString("0.05")}
	for name, tc := range map[string]struct {
		level               string
		vulnerable, noFault bool
		rule                benefits.MedicalRule
		third, fund, worker string
		capped              bool
	}{
		"neither":               {"主要", false, false, "", "7000.00", "1000.00", "2000.00", false},
		"no fault alone":        {"主要", false, true, "", "7000.00", "1000.00", "2000.00", false},
		"vulnerable alone":      {"主要", true, false, "", "7000.00", "1000.00", "2000.00", false},
		"both":                  {"主要", true, true, "", "1000.00", "7000.00", "2000.00", true},
		"both, table at 0.1":    {"十分之一", true, true, "", "1000.00", "7000.00", "2000.00", false},
		"both, table under 0.1": {"无责", true, true, "", "500.00", "7500.00", "2000.00", false},
		"both, own share":       {"主要", true, true, benefits.MedicalOwnShare, "1000.00", "7200.00", "1800.00", true},  // 8000 × (1 − 0.1)
		"no fault alone, own":   {"主要", false, true, benefits.MedicalOwnShare, "7000.00", "2400.00", "600.00", false}, // 8000 × 0.3
		"vulnerable alone, own": {"主要", true, false, benefits.MedicalOwnShare, "7000.00", "2400.00", "600.00", false},
	} {
		s, err := benefits.SplitMedical(benefits.Medical{Total: money.MustParse("10000.00"), Eligible: money.MustParse("8000.00"), Rule: tc.rule,
			Road: &benefits.Road{Level: tc.level, Table: table, TableSource: "host table", VulnerableVictim: tc.vulnerable, NoFault: tc.noFault}})
		require.NoError(t, err, name)
		assert.Equal(t, tc.third, s.ThirdParty.String(), name)
		assert.Equal(t, tc.fund, s.Fund.String(), name)
		assert.Equal(t, tc.worker, s.Worker.String(), name)
		assert.Equal(t, tc.capped, strings.Contains(s.Basis, "at most 10%"), "%s: %s", name, s.Basis)
	}
}

// 社会保险法 第四十二条: the fund pays first the third party's unpaid part
// within the eligible cost, never more: what it pays now (its own part and
// the advance) is at most the eligible cost, the advance is never negative
// and never more than what the third party still owes.
func TestFundPaysFirstNeverAboveTheEligibleCost(t *testing.T) {
	ratio := func(s string) *decimal.Decimal { v := decimal.RequireFromString(s); return &v }
	for name, tc := range map[string]struct {
		m                benefits.Medical
		advanced, payNow string
	}{
		// third 7000, fund 8000 − 7000 = 1000; within the eligible cost the
		// third party's part is min(8000 − 1000, 7000) = 7000.
		"top-up, nothing paid": {benefits.Medical{Ratio: ratio("0.7"), FundPaysFirst: &benefits.FundPaysFirst{ThirdParty: "某公司", Paid: money.Amount{}}}, "7000.00", "8000.00"},
		"top-up, 2000 paid":    {benefits.Medical{Ratio: ratio("0.7"), FundPaysFirst: &benefits.FundPaysFirst{ThirdParty: "某公司", Paid: money.MustParse("2000.00")}}, "5000.00", "6000.00"},
		"top-up, all paid":     {benefits.Medical{Ratio: ratio("0.7"), FundPaysFirst: &benefits.FundPaysFirst{ThirdParty: "某公司", Paid: money.MustParse("7000.00")}}, "0.00", "1000.00"},
		// third 9000 > eligible 8000: fund 0; within the eligible cost the
		// third party's part is min(8000, 9000) = 8000.
		"third above the eligible": {benefits.Medical{Ratio: ratio("0.9"), FundPaysFirst: &benefits.FundPaysFirst{ThirdParty: "无法确定第三人", Paid: money.Amount{}}}, "8000.00", "8000.00"},
		// paid 8500 of 9000: within the eligible 8000 nothing is left: 0, not −500.
		"paid beyond the eligible": {benefits.Medical{Ratio: ratio("0.9"), FundPaysFirst: &benefits.FundPaysFirst{ThirdParty: "某公司", Paid: money.MustParse("8500.00")}}, "0.00", "0.00"},
		// own share: fund 8000 × 0.3 = 2400; within the eligible cost
		// min(8000 − 2400, 7000) = 5600.
		"own share": {benefits.Medical{Ratio: ratio("0.7"), Rule: benefits.MedicalOwnShare, FundPaysFirst: &benefits.FundPaysFirst{ThirdParty: "某公司", Paid: money.MustParse("600.00")}}, "5000.00", "7400.00"},
	} {
		m := tc.m
		m.Total, m.Eligible = money.MustParse("10000.00"), money.MustParse("8000.00")
		s, err := benefits.SplitMedical(m)
		require.NoError(t, err, name)
		require.NotNil(t, s.Recovery, name)
		assert.Equal(t, tc.advanced, s.Recovery.Advanced.String(), name)
		assert.Equal(t, tc.advanced, s.Recovery.Recover.String(), name)
		assert.Equal(t, tc.payNow, s.Recovery.FundPaysNow.String(), name)
		assert.Equal(t, m.FundPaysFirst.ThirdParty, s.Recovery.From, name)
	}
	// The third party paid a fen more than its part: refused.
	r := decimal.RequireFromString("0.7")
	_, err := benefits.SplitMedical(benefits.Medical{Total: money.MustParse("10000.00"), Eligible: money.MustParse("8000.00"), Ratio: &r,
		FundPaysFirst: &benefits.FundPaysFirst{ThirdParty: "某公司", Paid: money.MustParse("7000.01")}})
	assert.ErrorIs(t, err, benefits.ErrBadMedical)

	rapid.Check(t, func(rt *rapid.T) {
		total := rapid.Int64Range(0, 1_000_000).Draw(rt, "total fen")
		eligible := rapid.Int64Range(0, total).Draw(rt, "eligible fen")
		pct := rapid.Int64Range(0, 100).Draw(rt, "ratio %")
		ratio := decimal.New(pct, -2)
		m := benefits.Medical{Total: money.Fen(total), Eligible: money.Fen(eligible), Ratio: &ratio,
			Rule: rapid.SampledFrom([]benefits.MedicalRule{benefits.MedicalTopUp, benefits.MedicalOwnShare}).Draw(rt, "rule")}
		// The third party pays at most its part as the split gives it (under
		// own_share not simply total × ratio rounded: 0.02 × 25% is 0 there).
		base, err := benefits.SplitMedical(m)
		if err != nil {
			rt.Fatal(err)
		}
		paid := money.Fen(rapid.Int64Range(0, base.ThirdParty.Fen()).Draw(rt, "paid fen"))
		m.FundPaysFirst = &benefits.FundPaysFirst{ThirdParty: "x", Paid: paid}
		s, err := benefits.SplitMedical(m)
		if err != nil {
			rt.Fatal(err)
		}
		rec := s.Recovery
		switch {
		case rec.FundPaysNow.Cmp(m.Eligible) > 0:
			rt.Fatalf("pays now %s, above the eligible %s", rec.FundPaysNow, m.Eligible)
		case rec.Advanced.Sign() < 0:
			rt.Fatalf("advance %s", rec.Advanced)
		case rec.Advanced.Cmp(minus(s.ThirdParty, paid)) > 0:
			rt.Fatalf("advance %s, more than the third party still owes (%s − %s)", rec.Advanced, s.ThirdParty, paid)
		case rec.FundPaysNow != plus(s.Fund, rec.Advanced):
			rt.Fatalf("pays now %s ≠ fund %s + advance %s", rec.FundPaysNow, s.Fund, rec.Advanced)
		case plus(plus(s.Fund, s.ThirdParty), s.Worker) != m.Total:
			rt.Fatalf("parts %s + %s + %s ≠ total %s", s.Fund, s.ThirdParty, s.Worker, m.Total)
		}
	})
}

// A periodic item is paid from its start month through its end month,
// inclusive, and not the months either side; a one-time item once, in its
// start month.
func TestItemPaidInItsEndMonth(t *testing.T) {
	params := paramsWithCommencement(t, "2024-01-01")
	m := func(s string) calendar.Month { return testdates.Month(t, s) }
	a := benefits.Award{Items: []benefits.Item{
		{Kind: benefits.NursingAllowance, Periodic: true, StartMonth: m("2024-05"), EndMonth: m("2024-07"), Amount: money.MustParse("100.00")},
		{Kind: benefits.DisabilityAllowance, Periodic: true, StartMonth: m("2024-06"), Amount: money.MustParse("200.00")},
		{Kind: benefits.OneTimeDisabilityGrant, StartMonth: m("2024-06"), Amount: money.MustParse("300.00")},
	}}
	pays, err := mustRulebook(t, params, benefits.Rules{}).Schedule(a, m("2024-04"), m("2024-08"))
	require.NoError(t, err)
	var got []string
	for _, p := range pays {
		got = append(got, p.Month.String()+" "+string(p.Kind)+" "+p.Amount.String())
	}
	assert.Equal(t, []string{
		"2024-05 nursing_allowance 100.00",
		"2024-06 nursing_allowance 100.00", "2024-06 disability_allowance 200.00", "2024-06 one_time_disability_grant 300.00",
		"2024-07 nursing_allowance 100.00", "2024-07 disability_allowance 200.00",
		"2024-08 disability_allowance 200.00",
	}, got)
	// One month: start and end the same.
	one := benefits.Award{Items: []benefits.Item{{Kind: benefits.NursingAllowance, Periodic: true, StartMonth: m("2024-05"), EndMonth: m("2024-05"), Amount: money.MustParse("1.00")}}}
	pays, err = mustRulebook(t, params, benefits.Rules{}).Schedule(one, m("2024-04"), m("2024-06"))
	require.NoError(t, err)
	require.Len(t, pays, 1)
	assert.Equal(t, "2024-05", pays[0].Month.String())
	// A range of one month, and one ending before it starts.
	pays, err = mustRulebook(t, params, benefits.Rules{}).Schedule(one, m("2024-05"), m("2024-05"))
	require.NoError(t, err)
	assert.Len(t, pays, 1)
	_, err = mustRulebook(t, params, benefits.Rules{}).Schedule(one, m("2024-05"), m("2024-04"))
	assert.ErrorIs(t, err, benefits.ErrRange)
}

// Which items are paid monthly (第四十五条's 定期待遇): the disability
// allowance, the nursing allowance and the survivor pensions; the others
// are one-time.
func TestKindPeriodic(t *testing.T) {
	for k, periodic := range map[benefits.Kind]bool{
		benefits.DisabilityAllowance: true, benefits.NursingAllowance: true, benefits.SurvivorPension: true,
		benefits.OneTimeDisabilityGrant: false, benefits.OneTimeAllowance: false, benefits.FuneralGrant: false, benefits.DeathGrant: false,
		benefits.Kind("other"): false,
	} {
		assert.Equal(t, periodic, k.Periodic(), k)
	}
}

// A child whose 18th birthday is past 9999-12-31 cannot be dated: an error
// naming it, never a zero month read as "no end".
func TestChildEighteenOutOfRange(t *testing.T) {
	_, err := child(t, "k", "9985-03-01").LastMonth()
	assert.ErrorIs(t, err, benefits.ErrBadCase)
	assert.Contains(t, err.Error(), "k's 18th birthday")
	m, err := child(t, "k", "9981-12-31").LastMonth()
	require.NoError(t, err)
	assert.Equal(t, "9999-12", m.String())
}

// DeathSituation reads the cause and the timing as given, without Validate
// first: an unknown cause, or another cause with an unknown timing, is an
// error naming both, never a situation.
func TestDeathSituationUnknownFacts(t *testing.T) {
	for _, d := range []benefits.Death{
		{Cause: "accident"},
		{Cause: "accident", Timing: benefits.TimingDuringTreatment},
		{Cause: benefits.CauseOther, Timing: "later"},
	} {
		c := benefits.Case{Grade: 2, Death: &d}
		s, err := c.DeathSituation()
		assert.ErrorIs(t, err, benefits.ErrBadCase, "%+v", d)
		assert.Equal(t, benefits.NoDeathSituation, s)
		assert.Contains(t, err.Error(), "death cause", "%+v", d)
	}
	for g, want := range map[int]benefits.DeathSituation{0: benefits.NoDeathSituation, 1: benefits.DeathAfterTreatmentGrade1to4, 4: benefits.DeathAfterTreatmentGrade1to4, 5: benefits.NoDeathSituation} {
		c := benefits.Case{Grade: g, Death: &benefits.Death{Cause: benefits.CauseOther, Timing: benefits.TimingAfterTreatment}}
		s, err := c.DeathSituation()
		assert.Equal(t, want, s, "grade %d", g)
		if want == benefits.NoDeathSituation {
			assert.ErrorIs(t, err, benefits.ErrDeathNotCovered, "grade %d", g)
		} else {
			assert.NoError(t, err, "grade %d", g)
		}
	}
	s, err := benefits.Case{}.DeathSituation()
	assert.NoError(t, err)
	assert.Equal(t, benefits.NoDeathSituation, s)
}

// Validate refuses each fault on its own, naming the dependent by its
// position counted from 1; a posthumous child born 366 days after the
// death is a dependent, one born 367 days after is not.
func TestValidateEachFault(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	base := func() benefits.Case {
		return benefits.Case{Injury: d("2024-04-15"), Death: &benefits.Death{Date: d("2024-04-20"), Dependents: []benefits.Dependent{spouse(), other("a")}}}
	}
	for want, mutate := range map[string]func(*benefits.Case){
		"no injury date":                                              func(c *benefits.Case) { c.Injury = calendar.Date{} },
		"grade 11 (want 1–10, or 0 for none)":                         func(c *benefits.Case) { c.Grade = 11 },
		"grade -1 (want 1–10, or 0 for none)":                         func(c *benefits.Case) { c.Grade = -1 },
		"a grade needs the assessment date":                           func(c *benefits.Case) { c.Grade = 3 },
		"assessment 2024-04-14 before the injury 2024-04-15":          func(c *benefits.Case) { c.Grade, c.Assessment = 3, d("2024-04-14") },
		`nursing "some" (want full, mostly or partly)`:                func(c *benefits.Case) { c.Grade, c.Assessment, c.Nursing = 3, d("2024-05-01"), "some" },
		"a nursing level needs a grade":                               func(c *benefits.Case) { c.Nursing = benefits.NursingFull },
		"neither a grade nor a death: nothing to award":               func(c *benefits.Case) { c.Death = nil },
		"a death without its date":                                    func(c *benefits.Case) { c.Death.Date = calendar.Date{} },
		"death 2024-04-14 before the injury 2024-04-15":               func(c *benefits.Case) { c.Death.Date = d("2024-04-14") },
		`death cause "x" (want occupational_injury or other)`:         func(c *benefits.Case) { c.Death.Cause = "x" },
		`death timing "x" (want during_treatment or after_treatment)`: func(c *benefits.Case) { c.Death.Timing = "x" },
		"a death of another cause needs its timing":                   func(c *benefits.Case) { c.Death.Cause = benefits.CauseOther },
		"dependent #2 needs a name":                                   func(c *benefits.Case) { c.Death.Dependents[1].Name = " " },
		`dependent #2: relation "cousin": want spouse or other`:       func(c *benefits.Case) { c.Death.Dependents[1].Relation = "cousin" },
		"dependent #2: a child's pension needs its birth date":        func(c *benefits.Case) { c.Death.Dependents[1].Child = true },
		"dependent #2: a child's pension needs its birth date, and a birth date is given only for a child": func(c *benefits.Case) {
			c.Death.Dependents[1].Birth = d("2010-01-01")
		},
		"dependent #1: a child's relation is other": func(c *benefits.Case) {
			c.Death.Dependents[0].Child, c.Death.Dependents[0].Birth = true, d("2010-01-01")
		},
		"dependent #2: an end on or before the death":         func(c *benefits.Case) { c.Death.Dependents[1].End = d("2024-04-20") },
		"dependent #2: born more than a year after the death": func(c *benefits.Case) { c.Death.Dependents[1] = child(t, "b", "2025-04-22") },
		"more than one spouse":                                func(c *benefits.Case) { c.Death.Dependents[1].Relation = benefits.Spouse },
		"platform line #1: want kind living_allowance or treatment_nursing": func(c *benefits.Case) {
			c.Platform = []benefits.PlatformLine{{Kind: "x", Amount: money.MustParse("1")}}
		},
	} {
		c := base()
		mutate(&c)
		err := c.Validate()
		assert.ErrorIs(t, err, benefits.ErrBadCase, want)
		if err != nil {
			assert.Contains(t, err.Error(), want)
		}
	}
	ok := base()
	require.NoError(t, ok.Validate())
	// 2024-04-20 + 366 days = 2025-04-21 (2024 is a leap year: 2025-04-20 is 365).
	ok.Death.Dependents[1] = child(t, "b", "2025-04-21")
	assert.NoError(t, ok.Validate(), "born 366 days after the death")
	ok.Death.Dependents[1] = child(t, "b", "2024-04-20")
	assert.NoError(t, ok.Validate(), "born on the death's day")
}

// setWithout is the default parameters, the host's extra values and a
// commencement on 2024-01-01 (replacing the embedded one), without the
// values named.
func setWithout(t *testing.T, extra []param.Value, names ...param.Name) *param.Set {
	t.Helper()
	all := append(append(param.Defaults(), benefits.Defaults()...), extra...)
	var keep []param.Value
	for _, v := range append(all, commencement(testdates.Day(t, "2024-01-01"), "test", param.Provisional)) {
		drop := v.Name == benefits.ParamCommencement && v.Source != "test"
		for _, n := range names {
			drop = drop || v.Name == n
		}
		if !drop {
			keep = append(keep, v)
		}
	}
	s, err := param.NewSet(keep...)
	require.NoError(t, err)
	return s
}

// Every parameter a computation looks up, when missing, stops it with an
// error naming the parameter: never a zero, never a default guessed.
func TestEveryMissingParameterIsNamed(t *testing.T) {
	from := testdates.Day(t, "2024-01-01")
	nursing := []param.Value{
		{Name: benefits.ParamNursingBase, Value: decimal.RequireFromString("60000"), From: from, Source: "t", Status: param.Provisional},
		{Name: benefits.ParamNursingRatio(benefits.NursingFull), Value: decimal.RequireFromString("0.5"), From: from, Source: "t", Status: param.Provisional},
	}
	disability := func(g int) benefits.Case {
		c := benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: g}
		if g <= 4 {
			c.Nursing = benefits.NursingFull
		}
		return c
	}
	death := deathCase(t, spouse(), benefits.Dependent{Name: "o", Relation: benefits.Other, Lone: true})
	for _, tc := range []struct {
		c     benefits.Case
		names []param.Name
	}{
		{disability(2), []param.Name{benefits.ParamWage, benefits.ParamDisabilityBaseRatio, benefits.ParamGrantMonths(2), benefits.ParamAllowanceRatio(2),
			benefits.ParamCommencement, benefits.ParamNursingBase, benefits.ParamNursingRatio(benefits.NursingFull)}},
		{disability(5), []param.Name{benefits.ParamOneTimeAllowanceMonths(5), benefits.ParamGrantMonths(5)}},
		{death, []param.Name{benefits.ParamWage, benefits.ParamDeathBaseRatio, benefits.ParamFuneralMonths, benefits.ParamPensionSpouse, benefits.ParamPensionOther,
			benefits.ParamPensionLoneBonus, benefits.ParamPensionCap, benefits.ParamCommencement, benefits.ParamIncome, benefits.ParamDeathGrantMultiple}},
	} {
		_, err := mustRulebook(t, setWithout(t, nursing), benefits.Rules{}).Compute(tc.c)
		require.NoError(t, err, "grade %d, all given", tc.c.Grade)
		for _, n := range tc.names {
			// The commencement is missing for every case: NewRulebook names it.
			rb, err := benefits.NewRulebook(setWithout(t, nursing, n), benefits.Rules{})
			if err == nil {
				_, err = rb.Compute(tc.c)
			}
			require.Error(t, err, "without %s", n)
			assert.Contains(t, err.Error(), n, "without %s", n)
		}
	}
}

// 第四十五条: an injury before the commencement with its periodic items
// starting after it needs the 2024 wage; without it Compute names it (and
// the year), and Needs lists it for 2025-01-01.
func TestRebasedItemNeedsThe2024Wage(t *testing.T) {
	params := paramsWithCommencement(t, "2025-07-01")
	c := benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2025-08-10"), Grade: 2}
	_, err := mustRulebook(t, params, benefits.Rules{}).Compute(c)
	var mb *benefits.MissingBaseError
	require.ErrorAs(t, err, &mb)
	assert.Equal(t, benefits.ParamWage, mb.Param)
	assert.Equal(t, 2025, mb.Year)
	needs, err := mustRulebook(t, params, benefits.Rules{}).Needs(c)
	require.NoError(t, err)
	require.NotEmpty(t, needs.List)
	assert.Equal(t, benefits.NeedMissing, needs.List[0].Mark)
	assert.Equal(t, benefits.ParamWage, needs.List[0].Param)
	assert.Equal(t, "2025-01-01", needs.List[0].On.String())
	// A set without the commencement: ErrTransitional, naming it, for
	// every case (NewRulebook).
	_, err = benefits.NewRulebook(setWithout(t, nil, benefits.ParamCommencement), benefits.Rules{})
	assert.ErrorIs(t, err, benefits.ErrTransitional)
	assert.Contains(t, err.Error(), benefits.ParamCommencement)
}

// The nursing allowance is provisional when its base or its ratio is, and
// only then.
func TestNursingProvisionalByEitherParameter(t *testing.T) {
	from := testdates.Day(t, "2024-01-01")
	for _, tc := range []struct {
		base, ratio param.Status
		want        bool
	}{
		{param.Verified, param.Verified, false},
		{param.Provisional, param.Verified, true},
		{param.Verified, param.Provisional, true},
		{param.Secondary, param.Secondary, false},
	} {
		s := setWithout(t, []param.Value{
			{Name: benefits.ParamNursingBase, Value: decimal.RequireFromString("60000"), From: from, Source: "t", Status: tc.base},
			{Name: benefits.ParamNursingRatio(benefits.NursingPartly), Value: decimal.RequireFromString("0.3"), From: from, Source: "t", Status: tc.ratio},
		})
		a, err := mustRulebook(t, s, benefits.Rules{}).Compute(benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: 7, Nursing: benefits.NursingPartly})
		require.NoError(t, err)
		it := kinds(a)[benefits.NursingAllowance]
		assert.Equal(t, tc.want, it.Provisional, "base %s, ratio %s", tc.base, tc.ratio)
		assert.Equal(t, "1500.00", it.Amount.String(), "60000 × 0.3 ÷ 12")
	}
}

// The platform's own lines (第四十六条) are listed apart, with their total
// and a note; an award without any has none of the three.
func TestPlatformLinesApart(t *testing.T) {
	params := paramsWithCommencement(t, "2024-01-01")
	c := benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: 9}
	a, err := mustRulebook(t, params, benefits.Rules{}).Compute(c)
	require.NoError(t, err)
	assert.Nil(t, a.Platform)
	assert.True(t, a.PlatformTotal.IsZero())
	assert.Empty(t, a.Notes())
	c.Platform = []benefits.PlatformLine{{Kind: benefits.LivingAllowance, Amount: money.MustParse("1500")}}
	a, err = mustRulebook(t, params, benefits.Rules{}).Compute(c)
	require.NoError(t, err)
	assert.Len(t, a.Platform, 1)
	assert.Equal(t, "1500.00", a.PlatformTotal.String())
	assert.Equal(t, []string{"平台企业支付的项目（第四十六条）不由职业伤害保障基金支付，不计入基金合计"}, a.Notes())
	c.Platform = append(c.Platform, benefits.PlatformLine{Kind: benefits.TreatmentNursing, Amount: money.MustParse("200.5")})
	a, err = mustRulebook(t, params, benefits.Rules{}).Compute(c)
	require.NoError(t, err)
	assert.Equal(t, "1700.50", a.PlatformTotal.String())
	// 9 × 0.6 × 111347 ÷ 12 = 50106.15: the fund's total is apart.
	assert.Equal(t, "50106.15", a.OneTimeTotal.String())
}

// Shares just under the cap whose pensions, each rounded half up, add up
// to exactly the cap are each their own share: nothing is cut or moved.
// W × 12 = 74258.95; shares: the spouse 0.847628663, another 0.015795053,
// a lone other 0.015795053 + 0.120780084 = 0.136575137 (sum 0.999998853,
// under 1). Cap: 74258.95 × 0.6 ÷ 12 = 3712.9475 → 3712.95. Each: 3147.20,
// 58.65, 507.10 (sum 3712.95, the cap); shared out in proportion they
// would be 3147.21, 58.64, 507.10.
func TestPensionsAddingUpToTheCapExactly(t *testing.T) {
	from := testdates.Day(t, "2024-01-01")
	v := func(name param.Name, x string) param.Value {
		return param.Value{Name: name, Value: decimal.RequireFromString(x), From: from, Source: "t", Status: param.Provisional}
	}
	s, err := setWithout(t, nil, benefits.ParamPensionSpouse, benefits.ParamPensionOther, benefits.ParamPensionLoneBonus).With(
		param.Value{Name: benefits.ParamWage, Value: decimal.RequireFromString("74258.95"), From: from, Until: testdates.Day(t, "2024-12-31"), Source: "t", Status: param.Provisional},
		v(benefits.ParamPensionSpouse, "0.847628663"), v(benefits.ParamPensionOther, "0.015795053"), v(benefits.ParamPensionLoneBonus, "0.120780084"))
	require.NoError(t, err)
	a, err := mustRulebook(t, s, benefits.Rules{}).Compute(deathCase(t, spouse(), other("a"), benefits.Dependent{Name: "b", Relation: benefits.Other, Lone: true}))
	require.NoError(t, err)
	assert.Equal(t, []string{"s 2024-05– 3147.20", "a 2024-05– 58.65", "b 2024-05– 507.10"}, pensionItems(a))
	assert.Equal(t, "3712.95", a.MonthlyTotal.String())
}

// A dependent whose entitlement ended before the first pension month is
// skipped wherever it is listed: the dependents after it still get theirs.
func TestEndedDependentListedFirst(t *testing.T) {
	params := paramsWithCommencement(t, "2024-01-01")
	a, err := mustRulebook(t, params, benefits.Rules{}).Compute(deathCase(t, child(t, "kid", "2006-04-25"), spouse(), other("a"), other("b")))
	require.NoError(t, err)
	assert.Equal(t, []string{"s 2024-05– 2226.94", "a 2024-05– 1670.21", "b 2024-05– 1670.20"}, pensionItems(a))
}

// The explanations, English and Chinese, say a pension's last month, a
// pension cut to the cap with the shares' sum, an item of a kind the
// package does not name by its code, and the platform's lines apart.
func TestExplanationsOfEndsCapsAndKinds(t *testing.T) {
	params := paramsWithCommencement(t, "2024-01-01")
	a, err := mustRulebook(t, params, benefits.Rules{}).Compute(deathCase(t, spouse(), other("a"), other("b"), child(t, "kid", "2006-05-15")))
	require.NoError(t, err)
	en, zh := strings.Join(a.Explain(explain.English), "\n"), strings.Join(a.Explain(explain.Chinese), "\n")
	assert.Contains(t, en, "供养亲属抚恤金（kid）: 1284.77 元 a month to 2024-05 = ")
	assert.Contains(t, en, ", cut in proportion to the cap 0.6 × W (the shares add up to 1.3 × 0.6 of W)")
	assert.Contains(t, zh, "供养亲属抚恤金（kid）：1284.77 元/月，至 2024-05 止 = ")
	assert.Contains(t, zh, "，按上限 0.6 × W 同比例核减（各份额合计为 W 的 1.3 × 0.6）")
	assert.Contains(t, zh, "供养亲属各份额合计为死亡计发基数的 1.3（1.3 × W 的 0.6），超过上限 0.6 × W（人社厅函〔2025〕79号 第三十九条）：各份额同比例核减，抚恤金合计每月 5567.35 元")
	assert.Contains(t, en, "供养亲属抚恤金（s）: 1713.03 元 a month = ", "no end: no 'to'")
	assert.NotContains(t, zh, "（s）：1713.03 元/月，至")

	custom := benefits.Award{Items: []benefits.Item{{Kind: "custom_item", Amount: money.MustParse("1.00")}},
		Platform: []benefits.PlatformLine{{Kind: benefits.LivingAllowance, Amount: money.MustParse("1500")}}, PlatformTotal: money.MustParse("1500")}
	assert.True(t, strings.HasPrefix(custom.Explain(explain.Chinese)[0], "custom_item：1.00 元 = "), custom.Explain(explain.Chinese)[0])
	assert.True(t, strings.HasPrefix(custom.Explain(explain.English)[0], "custom_item: 1.00 元 = "), custom.Explain(explain.English)[0])
	assert.Contains(t, custom.Explain(explain.Chinese), "平台企业支付（第四十六条，不由基金支付）：1500.00 元")
	custom.Platform = nil
	assert.NotContains(t, strings.Join(custom.Explain(explain.Chinese), "\n"), "平台企业支付")
	assert.NotContains(t, strings.Join(custom.Explain(explain.English), "\n"), "平台企业支付")
}

// MedicalZH gives the same figures as the split, word for word: the ratio
// basis, the road table's cap, the own share, the fund paying first.
func TestMedicalZHWordForWord(t *testing.T) {
	r := decimal.RequireFromString("0.7")
	m := benefits.Medical{Total: money.MustParse("10000"), Eligible: money.MustParse("8000"), Ratio: &r,
		FundPaysFirst: &benefits.FundPaysFirst{ThirdParty: "某公司", Paid: money.MustParse("2000")}}
	s, err := benefits.SplitMedical(m)
	require.NoError(t, err)
	assert.Equal(t, []string{
		"第三人承担：7000.00 元（第三人责任比例 0.7 × 医疗费总额 10000.00 元）",
		"基金支付：合规医疗费 8000.00 − 第三人承担 7000.00，不低于零 = 1000.00 元（第三十四条：不足部分予以补足，不得重复享受）",
		"本人负担：医疗费总额 10000.00 − 7000.00 − 1000.00 = 2000.00 元",
		"基金先行支付（社会保险法 第四十二条）：合规医疗费中应由第三人承担的 7000.00 − 已支付 2000.00 = 先行垫付 5000.00 元；基金现支付 6000.00 元，并向 某公司 追偿 5000.00 元",
		"其他待遇不因民事赔偿而减少（社会保险法 第四十二条）",
	}, benefits.MedicalZH(m, s))
	road := benefits.Medical{Total: money.MustParse("10000"), Eligible: money.MustParse("8000"), Rule: benefits.MedicalOwnShare,
		Road: &benefits.Road{Level: "主要", Table: map[string]decimal.Decimal{"主要": r}, TableSource: "host", VulnerableVictim: true, NoFault: true}}
	s, err = benefits.SplitMedical(road)
	require.NoError(t, err)
	zh := benefits.MedicalZH(road, s)
	assert.Equal(t, "第三人承担：1000.00 元（道路交通事故未确定责任比例：责任等级 \"主要\" → 0.7，依据 host（第三十四条第四款）；机动车无过错的，对行人或非机动车一方承担不超过 10% 的赔偿责任（道路交通安全法 第七十六条）：0.1）", zh[0])
	assert.Equal(t, "基金支付：本人责任范围内的合规医疗费，8000.00 × (1 − 0.1) = 8000.00 − 800.00 = 7200.00 元（第三十四条：报销本人责任范围内医疗费用）", zh[1])
	road.Road.NoFault = false
	s, err = benefits.SplitMedical(road)
	require.NoError(t, err)
	zh = benefits.MedicalZH(road, s)
	assert.NotContains(t, zh[0], "不超过 10%")
	assert.Contains(t, zh[1], "8000.00 × (1 − 0.7) = 8000.00 − 5600.00 = 2400.00 元")
}

// 第三十四条: the third party's part by ratio is the total × the ratio
// rounded half up to the fen: 100.01 × 0.5 = 50.005 → 50.01 (banker's
// rounding would give 50.00, three places 50.005). Under the own-share rule
// the fund's part is rounded half up too, and when both round up from half
// a fen the third party's gives way, saying so.
func TestMedicalRoundsHalfUpToTheFen(t *testing.T) {
	half := decimal.RequireFromString("0.5")
	s, err := benefits.SplitMedical(benefits.Medical{Total: money.MustParse("100.01"), Eligible: money.MustParse("100.01"), Ratio: &half})
	require.NoError(t, err)
	assert.Equal(t, "50.01", s.ThirdParty.String())
	assert.Equal(t, "50.00", s.Fund.String())
	road := benefits.Medical{Total: money.MustParse("100.01"), Eligible: money.MustParse("100.01"),
		Road: &benefits.Road{Level: "同等", Table: map[string]decimal.Decimal{"同等": half}, TableSource: "host"}}
	s, err = benefits.SplitMedical(road)
	require.NoError(t, err)
	assert.Equal(t, "50.01", s.ThirdParty.String())
	// Own share: fund 100.01 × 0.5 = 50.005 → 50.01; third 50.01: together
	// 100.02, a fen over: the third party's gives way to 50.00.
	own := benefits.Medical{Total: money.MustParse("100.01"), Eligible: money.MustParse("100.01"), Ratio: &half, Rule: benefits.MedicalOwnShare}
	s, err = benefits.SplitMedical(own)
	require.NoError(t, err)
	assert.Equal(t, "50.01", s.Fund.String())
	assert.Equal(t, "50.00", s.ThirdParty.String())
	assert.Equal(t, "0.00", s.Worker.String())
	assert.Equal(t, "fund: the worker's own share of the eligible cost, 100.01 × (1 − 0.5) = 50.01 元, rounded half up to the fen (第三十四条: 报销本人责任范围内医疗费用); the third party's part rounded down by 0.01 元 so that the parts add up to the total", s.Explanation[1])
}

// Need.String for each mark: a missing value names the day it must be in
// force on; a provisional one shows the value it rests on; a provisional
// mark without a value falls back to the name.
func TestNeedString(t *testing.T) {
	v := param.Value{Name: benefits.ParamDisabilityBaseRatio, Value: decimal.RequireFromString("0.6"), From: testdates.Day(t, "2024-01-01"), Source: "src", Status: param.Provisional}
	for want, n := range map[string]benefits.Need{
		"[missing] benefits.prev_year_shanghai_private_annual_wage in force on 2025-01-01: why":        {Param: benefits.ParamWage, On: testdates.Day(t, "2025-01-01"), Why: "why"},
		"[missing] benefits.implementing_measures.commencement":                                        {Mark: benefits.NeedMissing, Param: benefits.ParamCommencement},
		"[provisional] benefits.disability_base_ratio = 0.6 from 2024-01-01 (src; provisional): rests": {Mark: benefits.NeedProvisional, Param: v.Name, Value: v, Why: "rests"},
		"[provisional] benefits.disability_base_ratio in force on 2024-01-01":                          {Mark: benefits.NeedProvisional, Param: v.Name, On: testdates.Day(t, "2024-01-01")},
	} {
		assert.Equal(t, want, n.String())
	}
	assert.True(t, benefits.Needs{List: []benefits.Need{{Mark: benefits.NeedProvisional}, {Param: "x"}}}.AnyMissing())
	assert.False(t, benefits.Needs{List: []benefits.Need{{Mark: benefits.NeedProvisional}}}.AnyMissing())
	assert.False(t, benefits.Needs{}.AnyMissing())
}

// ScheduleNeeds passes on a range that ends before it starts, and names
// each missing year with what it is for.
func TestScheduleNeedsErrorsAndWhy(t *testing.T) {
	rb := mustRulebook(t, paramsWithCommencement(t, "2025-07-01"), benefits.Rules{})
	c := benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: 2}
	_, err := rb.Compute(c)
	require.NoError(t, err)
	_, err = rb.ScheduleNeeds(c, testdates.Month(t, "2025-08"), testdates.Month(t, "2025-07"))
	assert.ErrorIs(t, err, benefits.ErrRange)
	needs, err := rb.ScheduleNeeds(c, testdates.Month(t, "2025-06"), testdates.Month(t, "2026-01"))
	require.NoError(t, err)
	var got []string
	for _, n := range needs.List {
		if n.Mark == benefits.NeedMissing {
			got = append(got, n.String())
		}
	}
	assert.Equal(t, []string{
		"[missing] benefits.prev_year_shanghai_private_annual_wage in force on 2025-01-01: W × 12 for injuries or deaths in 2025: the 2024 Shanghai urban private-sector average annual wage; 第四十五条 rebases the periodic items on it",
		"[missing] benefits.prev_year_shanghai_private_annual_wage in force on 2026-01-01: W × 12 for injuries or deaths in 2026: the 2025 Shanghai urban private-sector average annual wage; 第四十五条第二款: the year's standard",
	}, got)
}

// The parameter names of the grade tables and nursing levels: grades 1–10
// (1–4 for the allowance, 5–6 for the one-time allowance) and the three
// levels are constants and cost nothing to name; another grade or level is
// the zero Name, never an index out of range, and a lookup of it is refused
// as an unknown name.
func TestGradeParameterNames(t *testing.T) {
	for g, want := range map[int]param.Name{1: "benefits.disability_grant_months.grade1", 10: "benefits.disability_grant_months.grade10", 0: "", 11: ""} {
		assert.Equal(t, want, benefits.ParamGrantMonths(g))
	}
	for g, want := range map[int]param.Name{1: "benefits.disability_allowance_ratio.grade1", 4: "benefits.disability_allowance_ratio.grade4", 0: "", 5: ""} {
		assert.Equal(t, want, benefits.ParamAllowanceRatio(g))
	}
	for g, want := range map[int]param.Name{5: "benefits.one_time_allowance_months.grade5", 6: "benefits.one_time_allowance_months.grade6", 4: "", 7: ""} {
		assert.Equal(t, want, benefits.ParamOneTimeAllowanceMonths(g))
	}
	for level, want := range map[benefits.Nursing]param.Name{benefits.NursingFull: "benefits.nursing_ratio.full", benefits.NursingMostly: "benefits.nursing_ratio.mostly",
		benefits.NursingPartly: "benefits.nursing_ratio.partly", benefits.NursingNone: "", "some": ""} {
		assert.Equal(t, want, benefits.ParamNursingRatio(level))
	}
	_, err := benefits.DefaultParams().Lookup(benefits.ParamGrantMonths(11), testdates.Day(t, "2026-01-01"))
	assert.ErrorIs(t, err, param.ErrUnknownName)
	assert.Equal(t, 0.0, testing.AllocsPerRun(100, func() {
		_, _, _, _ = benefits.ParamGrantMonths(1), benefits.ParamGrantMonths(10), benefits.ParamAllowanceRatio(1), benefits.ParamAllowanceRatio(4)
	}))
}

// A month's payments of an award whose pensions need no recomputing
// allocate nothing beyond dst (Payroll.Append's promise), and a Payroll
// computes each 第四十五条 level once: the second award alike allocates
// nothing.
func TestPaymentsAllocateNothing(t *testing.T) {
	rb := mustRulebook(t, paramsWithCommencement(t, "2024-01-01"), benefits.Rules{})
	a, err := rb.Compute(deathCase(t, spouse(), other("a"), other("b")))
	require.NoError(t, err)
	m := testdates.Month(t, "2024-06")
	dst := make([]benefits.Payment, 0, 16)
	p, err := rb.Payroll(m)
	require.NoError(t, err)
	assert.Equal(t, 0.0, testing.AllocsPerRun(50, func() { dst, _ = p.Append(dst[:0], a) }))
	require.Len(t, dst, 3)

	ps := rebasedParams(t)
	d, err := mustRulebook(t, ps, benefits.Rules{}).Compute(benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: 2})
	require.NoError(t, err)
	run, err := mustRulebook(t, ps, benefits.Rules{}).Payroll(testdates.Month(t, "2025-08"))
	require.NoError(t, err)
	dst, err = run.Append(dst[:0], d)
	require.NoError(t, err)
	assert.Equal(t, 0.0, testing.AllocsPerRun(50, func() { dst, _ = run.Append(dst[:0], d) }))
	require.Len(t, dst, 1)
	// 120000 × 0.6 × 0.85 ÷ 12 = 5100.00 (the 2024 wage, 第四十五条第一款).
	assert.Equal(t, "5100.00", dst[0].Amount.String())
}

// rebasedParams: the commencement 2025-07-01; W × 12 of 2025 (the 2024
// wage) 120000; the nursing base of 2025 240000.
func rebasedParams(t *testing.T) *param.Set {
	t.Helper()
	ps, err := paramsWithCommencement(t, "2025-07-01").With(
		param.Value{Name: benefits.ParamWage, Value: decimal.RequireFromString("120000"), From: testdates.Day(t, "2025-01-01"), Until: testdates.Day(t, "2025-12-31"), Source: "t", Status: param.Provisional},
		param.Value{Name: benefits.ParamNursingBase, Value: decimal.RequireFromString("240000"), From: testdates.Day(t, "2025-01-01"), Until: testdates.Day(t, "2025-12-31"), Source: "t", Status: param.Provisional})
	require.NoError(t, err)
	return ps
}

// A Payroll's levels are kept by commencement, basis and factors: two
// items alike but for their basis get each its own. Both start at the 2024
// level, 120000 × 0.5 ÷ 12 = 5000.00; the nursing allowance's 2025
// standard, 240000 × 0.5 ÷ 12 = 10000.00, is higher.
func TestPayrollKeepsLevelsByBasis(t *testing.T) {
	ps := rebasedParams(t)
	since, start := testdates.Month(t, "2025-07"), testdates.Month(t, "2025-08")
	half := []decimal.Decimal{decimal.RequireFromString("0.5")}
	a := benefits.Award{Items: []benefits.Item{
		{Kind: benefits.DisabilityAllowance, Periodic: true, StartMonth: start, Amount: money.MustParse("1"), Rebase: &benefits.Rebase{Since: since, Basis: benefits.ParamWage, Factors: half}},
		{Kind: benefits.NursingAllowance, Periodic: true, StartMonth: start, Amount: money.MustParse("1"), Rebase: &benefits.Rebase{Since: since, Basis: benefits.ParamNursingBase, Factors: half}},
	}}
	want := []string{"disability_allowance 5000.00 false", "nursing_allowance 10000.00 true"}
	show := func(ps []benefits.Payment) []string {
		var out []string
		for _, p := range ps {
			out = append(out, fmt.Sprintf("%s %s %v", p.Kind, p.Amount.String(), p.Raised))
		}
		return out
	}
	direct, err := appendPayments(t, a, nil, ps, start)
	require.NoError(t, err)
	assert.Equal(t, want, show(direct))
	run, err := mustRulebook(t, ps, benefits.Rules{}).Payroll(start)
	require.NoError(t, err)
	for i := 0; i < 2; i++ {
		got, err := run.Append(nil, a)
		require.NoError(t, err)
		assert.Equal(t, want, show(got), "round %d", i)
	}
}

// Survivor pensions under 第四十五条 in a year whose W is not given: the
// schedule stops with the year named, never paying on the last figure it
// had. A pension basis that is not a ratio is refused when the pensions
// are recomputed.
func TestRebasedPensionsNeedEachYearsWage(t *testing.T) {
	ps := rebasedParams(t)
	a, err := mustRulebook(t, ps, benefits.Rules{}).Compute(deathCase(t, spouse(), other("a")))
	require.NoError(t, err)
	pays, err := mustRulebook(t, ps, benefits.Rules{}).Schedule(a, testdates.Month(t, "2025-12"), testdates.Month(t, "2025-12"))
	require.NoError(t, err)
	require.Len(t, pays, 2)
	// 120000 × 0.6 × 0.4 ÷ 12 = 2400.00; × 0.3 = 1800.00.
	assert.Equal(t, "2400.00", pays[0].Amount.String())
	assert.Equal(t, "1800.00", pays[1].Amount.String())
	_, err = mustRulebook(t, ps, benefits.Rules{}).Schedule(a, testdates.Month(t, "2025-12"), testdates.Month(t, "2026-01"))
	var mb *benefits.MissingBaseError
	require.ErrorAs(t, err, &mb)
	assert.Equal(t, 2026, mb.Year)
	assert.Equal(t, benefits.ParamWage, mb.Param)

	params := paramsWithCommencement(t, "2024-01-01")
	b, err := mustRulebook(t, params, benefits.Rules{}).Compute(deathCase(t, spouse(), other("a"), child(t, "kid", "2006-05-15")))
	require.NoError(t, err)
	b.PensionBasis().Ratio = decimal.RequireFromString("1.5")
	_, err = mustRulebook(t, params, benefits.Rules{}).Schedule(b, testdates.Month(t, "2024-06"), testdates.Month(t, "2024-06"))
	assert.ErrorIs(t, err, benefits.ErrBadCase, "recomputed on a ratio above 1")
	b.SetPensions(nil)
	_, err = mustRulebook(t, params, benefits.Rules{}).Schedule(b, testdates.Month(t, "2024-06"), testdates.Month(t, "2024-06"))
	assert.ErrorIs(t, err, benefits.ErrBadAward)
}

// The platform's lines (第四十六条) are checked one by one: an amount
// negative or beyond any fund, or a span ending before it starts, is
// refused naming the line. (An amount of three places or an absurd
// exponent is refused where it is read: a money.Amount holds neither.)
func TestPlatformLineChecks(t *testing.T) {
	base := benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: 9}
	m := func(s string) calendar.Month { return testdates.Month(t, s) }
	for name, l := range map[string]benefits.PlatformLine{
		"negative":        {Kind: benefits.LivingAllowance, Amount: money.MustParse("-0.01")},
		"too large":       {Kind: benefits.LivingAllowance, Amount: money.MustParse("1000000000000000")},
		"too large, more": {Kind: benefits.LivingAllowance, Amount: money.MustParse("1000000000000000.01")},
		"the most":        {Kind: benefits.LivingAllowance, Amount: money.Fen(math.MaxInt64)},
		"the least":       {Kind: benefits.LivingAllowance, Amount: money.Fen(math.MinInt64)},
		"span":            {Kind: benefits.TreatmentNursing, Amount: money.MustParse("1"), From: m("2024-06"), To: m("2024-05")},
		"kind":            {Kind: "bonus", Amount: money.MustParse("1")},
	} {
		c := base
		c.Platform = []benefits.PlatformLine{{Kind: benefits.LivingAllowance, Amount: money.MustParse("1")}, l}
		err := c.Validate()
		assert.ErrorIs(t, err, benefits.ErrBadCase, name)
		if err != nil {
			assert.Contains(t, err.Error(), "platform line #2", name)
		}
	}
	for name, l := range map[string]benefits.PlatformLine{
		"one month":  {Kind: benefits.TreatmentNursing, Amount: money.MustParse("999999999999999.99"), From: m("2024-06"), To: m("2024-06")},
		"open start": {Kind: benefits.TreatmentNursing, Amount: money.Amount{}, To: m("2024-06")},
	} {
		c := base
		c.Platform = []benefits.PlatformLine{l}
		assert.NoError(t, c.Validate(), name)
	}
}

// A host's text in an error (a relation) is quoted whole up to 32
// characters without a run of six digits; longer, or with such a run, it
// is shown by its first characters before any digit and its length.
func TestShownRelationText(t *testing.T) {
	relErr := func(rel string) string {
		c := deathCase(t, benefits.Dependent{Name: "x", Relation: benefits.Relation(rel)})
		err := c.Validate()
		require.Error(t, err)
		return err.Error()
	}
	r32 := strings.Repeat("亲", 32)
	assert.Contains(t, relErr(r32), `relation "`+r32+`": want`)
	assert.Contains(t, relErr(r32+"属"), `relation "亲亲亲"…(33 characters): want`)
	assert.Contains(t, relErr("ab12345"), `relation "ab12345": want`)
	assert.Contains(t, relErr("ab123456"), `relation "ab"…(8 characters): want`)
	assert.Contains(t, relErr("123456"), `relation ""…(6 characters): want`)
	assert.Contains(t, relErr("1a2b3c4d5e6f"), `relation "1a2b3c4d5e6f": want`)
}
