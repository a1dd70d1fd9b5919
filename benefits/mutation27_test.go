package benefits_test

// Tests for the survivors of the issue 19 mutation round of seed 13 (30
// mutants on main at 5c470a0), and for the class they stand for: each
// refusal reached at its own site and named by its error and the part of
// its message that tells it from its neighbours, each edge met on it and
// either side. They assert figures, codes and fields, not explanation
// wording.

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/param"
)

// An award without platform lines (第四十六条) writes neither "platform"
// nor "platform_total"; with one line, both, the total its amount.
func TestAwardJSONPlatformTotalOnlyWithLines(t *testing.T) {
	rb := mustRulebook(t, paramsWithCommencement(t, "2024-01-01"), benefits.Rules{})
	c := benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: 10}
	a, err := rb.Compute(c)
	require.NoError(t, err)
	require.Empty(t, a.Platform)
	data, err := json.Marshal(a)
	require.NoError(t, err)
	var keys map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(data, &keys))
	assert.NotContains(t, keys, "platform_total")
	assert.NotContains(t, keys, "platform")

	c.Platform = []benefits.PlatformLine{{Kind: benefits.LivingAllowance, Amount: amt("300.50"),
		From: testdates.Month(t, "2024-05"), To: testdates.Month(t, "2024-05")}}
	a, err = rb.Compute(c)
	require.NoError(t, err)
	data, err = json.Marshal(a)
	require.NoError(t, err)
	keys = nil
	require.NoError(t, json.Unmarshal(data, &keys))
	require.Contains(t, keys, "platform_total")
	assert.JSONEq(t, `"300.50"`, string(keys["platform_total"]))
	assert.Contains(t, keys, "platform")
}

// 第三十四条: the medical amount the documents assign to the third party
// cannot exceed the total medical cost: a fen above is refused as a bad
// medical (naming the determined amount), the total itself is accepted
// (the fund's top-up then zero) and a fen below leaves the fund a fen.
func TestDeterminedMedicalAtTheTotal(t *testing.T) {
	m := benefits.Medical{Total: amt("1000.00"), Eligible: amt("800.00"), DeterminedMedical: amtp("1000.01")}
	_, err := benefits.SplitMedical(m)
	require.ErrorIs(t, err, benefits.ErrBadMedical)
	assert.Contains(t, err.Error(), "determined medical amount 1000.01")

	m.DeterminedMedical = amtp("1000.00")
	s, err := benefits.SplitMedical(m)
	require.NoError(t, err)
	assert.Equal(t, "1000.00", s.ThirdParty.String())
	assert.Equal(t, "0.00", s.Fund.String())

	m.DeterminedMedical = amtp("799.99")
	s, err = benefits.SplitMedical(m)
	require.NoError(t, err)
	assert.Equal(t, "799.99", s.ThirdParty.String())
	assert.Equal(t, "0.01", s.Fund.String())
}

// Fact on its whole domain: Known is true for a yes or a no, false for
// unknown; IsZero the reverse.
func TestFactKnownOnEveryValue(t *testing.T) {
	for f, want := range map[benefits.Fact]bool{benefits.FactUnknown: false, benefits.FactYes: true, benefits.FactNo: true} {
		assert.Equal(t, want, f.Known(), "Known(%d)", f)
		assert.Equal(t, !want, f.IsZero(), "IsZero(%d)", f)
	}
}

// ScheduleNeeds: a bad range on a good rulebook is exactly ErrRange with
// an empty list and the rulebook's fingerprint (nothing computed); a
// missing rulebook is ErrNoRulebook whatever the range; a good range
// computes.
func TestScheduleNeedsBadRangeVersusBadRulebook(t *testing.T) {
	rb := mustRulebook(t, paramsWithCommencement(t, "2024-01-01"), benefits.Rules{})
	c := benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Assessment: testdates.Day(t, "2024-09-10"), Grade: 5}
	from, to := testdates.Month(t, "2024-10"), testdates.Month(t, "2024-12")
	for name, r := range map[string][2]calendar.Month{"zero": {{}, to}, "backwards": {to, from}} {
		n, err := rb.ScheduleNeeds(c, r[0], r[1])
		assert.Equal(t, benefits.ErrRange, err, name)
		assert.Equal(t, []benefits.Need{}, n.List, name)
		assert.Equal(t, rb.Fingerprint(), n.Rulebook, name)
	}
	var none *benefits.Rulebook
	_, err := none.ScheduleNeeds(c, to, from)
	assert.ErrorIs(t, err, benefits.ErrNoRulebook)
	assert.NotErrorIs(t, err, benefits.ErrRange)
	_, err = none.ScheduleNeeds(c, from, to)
	assert.ErrorIs(t, err, benefits.ErrNoRulebook)

	n, err := rb.ScheduleNeeds(c, from, from)
	require.NoError(t, err)
	assert.Equal(t, rb.Fingerprint(), n.Rulebook)
}

// Every refusal of SplitMedical (第三十四条), each at its own site: the
// error and the part of its message that names what is wrong.
func TestSplitMedicalEveryRefusal(t *testing.T) {
	d := decimal.RequireFromString
	ok := func() benefits.Medical {
		return benefits.Medical{Total: amt("1000.00"), Eligible: amt("800.00"), Ratio: ratiop("0.5")}
	}
	road := func(level string, table map[string]decimal.Decimal, source string) *benefits.Road {
		return &benefits.Road{Level: level, Table: table, TableSource: source}
	}
	tiny := decimal.New(1, -40)
	for _, tc := range []struct {
		name string
		edit func(m *benefits.Medical)
		want string
	}{
		{"ratio implausible", func(m *benefits.Medical) { m.Ratio = &tiny }, "exponent"},
		{"road ratio implausible", func(m *benefits.Medical) {
			m.Ratio, m.Road = nil, road("主要", map[string]decimal.Decimal{"主要": tiny}, "host")
		}, "exponent"},
		{"total negative", func(m *benefits.Medical) { m.Total = amt("-0.01") }, "total -0.01"},
		{"eligible negative", func(m *benefits.Medical) { m.Eligible = amt("-0.01") }, "eligible -0.01"},
		{"determined negative", func(m *benefits.Medical) { m.Ratio, m.DeterminedMedical = nil, amtp("-0.01") }, "determined medical amount -0.01"},
		{"paid negative", func(m *benefits.Medical) {
			m.FundPaysFirst = &benefits.FundPaysFirst{ThirdParty: "x", Paid: amt("-0.01")}
		}, "paid -0.01"},
		{"total 10¹⁵", func(m *benefits.Medical) { m.Total = amt("1000000000000000") }, "total 1000000000000000.00"},
		{"eligible above total", func(m *benefits.Medical) { m.Eligible = amt("1000.01") }, "eligible 1000.01 exceeds total 1000.00"},
		{"two bases", func(m *benefits.Medical) { m.DeterminedMedical = amtp("1") }, "not 2"},
		{"three bases", func(m *benefits.Medical) {
			m.DeterminedMedical, m.Road = amtp("1"), road("主要", map[string]decimal.Decimal{"主要": d("0.7")}, "host")
		}, "not 3"},
		{"unknown rule", func(m *benefits.Medical) { m.Rule = "half" }, `rule "half"`},
		{"own share on a determined amount", func(m *benefits.Medical) {
			m.Ratio, m.DeterminedMedical, m.Rule = nil, amtp("1"), benefits.MedicalOwnShare
		}, "own-share"},
		{"paying first without the third party", func(m *benefits.Medical) {
			m.FundPaysFirst = &benefits.FundPaysFirst{ThirdParty: " \t"}
		}, "paying first"},
		{"determined above the total", func(m *benefits.Medical) { m.Ratio, m.DeterminedMedical = nil, amtp("1000.01") }, "determined medical amount 1000.01"},
		{"ratio below 0", func(m *benefits.Medical) { m.Ratio = ratiop("-0.01") }, "ratio -0.01 is not between 0 and 1"},
		{"ratio above 1", func(m *benefits.Medical) { m.Ratio = ratiop("1.01") }, "ratio 1.01 is not between 0 and 1"},
		{"road level not in the table", func(m *benefits.Medical) {
			m.Ratio, m.Road = nil, road("次要", map[string]decimal.Decimal{"主要": d("0.7")}, "host")
		}, "no ratio for the level"},
		{"road table without source", func(m *benefits.Medical) {
			m.Ratio, m.Road = nil, road("主要", map[string]decimal.Decimal{"主要": d("0.7")}, " ")
		}, "needs its source"},
		{"road ratio above 1", func(m *benefits.Medical) {
			m.Ratio, m.Road = nil, road("主要", map[string]decimal.Decimal{"主要": d("1.01")}, "host")
		}, "ratio 1.01 for"},
		{"road ratio below 0", func(m *benefits.Medical) {
			m.Ratio, m.Road = nil, road("主要", map[string]decimal.Decimal{"主要": d("-0.01")}, "host")
		}, "ratio -0.01 for"},
		{"paid above the third party's part", func(m *benefits.Medical) {
			m.FundPaysFirst = &benefits.FundPaysFirst{ThirdParty: "x", Paid: amt("500.01")}
		}, "paid 500.01, more than its part 500.00"},
	} {
		m := ok()
		tc.edit(&m)
		s, err := benefits.SplitMedical(m)
		require.ErrorIs(t, err, benefits.ErrBadMedical, tc.name)
		assert.Contains(t, err.Error(), tc.want, tc.name)
		assert.Equal(t, benefits.MedicalSplit{}, s, tc.name)
	}
	m := ok()
	m.Ratio = nil
	_, err := benefits.SplitMedical(m)
	assert.Equal(t, benefits.ErrNoThirdPartyBasis, err)
}

// SplitMedical on its edges: amounts just under 10¹⁵ 元, eligible equal to
// the total, ratios 0 and 1, the third party having paid exactly its part,
// and the road table's 10% cap toward a vulnerable victim applied only
// above 0.1 and only with both flags.
func TestSplitMedicalEdges(t *testing.T) {
	d := decimal.RequireFromString
	split := func(m benefits.Medical) benefits.MedicalSplit {
		t.Helper()
		s, err := benefits.SplitMedical(m)
		require.NoError(t, err)
		assert.Equal(t, m.Total.String(), plus(plus(s.Fund, s.ThirdParty), s.Worker).String(), "the parts add up")
		return s
	}
	big := amt("999999999999999.99")
	s := split(benefits.Medical{Total: big, Eligible: big, Ratio: ratiop("0")})
	assert.Equal(t, [3]string{"0.00", "999999999999999.99", "0.00"}, [3]string{s.ThirdParty.String(), s.Fund.String(), s.Worker.String()})
	s = split(benefits.Medical{Total: amt("1000"), Eligible: amt("800"), Ratio: ratiop("1")})
	assert.Equal(t, [3]string{"1000.00", "0.00", "0.00"}, [3]string{s.ThirdParty.String(), s.Fund.String(), s.Worker.String()})
	assert.Equal(t, benefits.MedicalTopUp, s.Rule)

	// paid exactly the part: nothing advanced.
	s = split(benefits.Medical{Total: amt("1000"), Eligible: amt("800"), Ratio: ratiop("0.5"),
		FundPaysFirst: &benefits.FundPaysFirst{ThirdParty: "x", Paid: amt("500")}})
	require.NotNil(t, s.Recovery)
	assert.Equal(t, [3]string{"0.00", "300.00", "0.00"}, [3]string{s.Recovery.Advanced.String(), s.Recovery.FundPaysNow.String(), s.Recovery.Recover.String()})
	assert.Equal(t, "x", s.Recovery.From)

	for _, tc := range []struct {
		level         string
		ratio         string
		vulnerable    bool
		noFault       bool
		wantThirdPart string
	}{
		{"无", "0.2", true, true, "100.00"},   // capped at 0.1
		{"无", "0.1", true, true, "100.00"},   // at the cap
		{"无", "0.09", true, true, "90.00"},   // under it
		{"无", "0.2", false, true, "200.00"},  // not a vulnerable victim
		{"无", "0.2", true, false, "200.00"},  // a fault
		{"无", "0.2", false, false, "200.00"}, // neither
	} {
		s := split(benefits.Medical{Total: amt("1000"), Eligible: amt("1000"),
			Road: &benefits.Road{Level: tc.level, Table: map[string]decimal.Decimal{tc.level: d(tc.ratio)}, TableSource: "host", VulnerableVictim: tc.vulnerable, NoFault: tc.noFault}})
		assert.Equal(t, tc.wantThirdPart, s.ThirdParty.String(), "%+v", tc)
		assert.Equal(t, minus(amt("1000"), s.ThirdParty).String(), s.Fund.String(), "%+v", tc)
	}
}

// The fund paying first (社会保险法 第四十二条) advances the third party's
// unpaid part within the eligible cost, never more: what it pays now never
// passes the eligible cost. Top-up with the third party's part below, at
// and above the eligible cost, and the own-share rule.
func TestFundPaysFirstNeverAboveEligible(t *testing.T) {
	for _, tc := range []struct {
		eligible, ratio string
		rule            benefits.MedicalRule
		paid            string
		fund, adv, now  string
	}{
		// top-up, total 1000, third party 500
		{"800.00", "0.5", "", "100", "300.00", "400.00", "700.00"},
		{"500.01", "0.5", "", "0", "0.01", "500.00", "500.01"},
		{"500.00", "0.5", "", "0", "0.00", "500.00", "500.00"},
		{"499.99", "0.5", "", "0", "0.00", "499.99", "499.99"},
		{"400.00", "0.5", "", "100", "0.00", "300.00", "300.00"},
		{"400.00", "0.5", "", "450", "0.00", "0.00", "0.00"},
		// own share: fund 800 × 0.5 = 400, third party 500, within the
		// eligible cost 800 − 400 = 400.
		{"800.00", "0.5", benefits.MedicalOwnShare, "0", "400.00", "400.00", "800.00"},
		{"800.00", "0.5", benefits.MedicalOwnShare, "400", "400.00", "0.00", "400.00"},
		{"800.00", "0.5", benefits.MedicalOwnShare, "450", "400.00", "0.00", "400.00"},
		{"1000.00", "0.25", benefits.MedicalOwnShare, "0", "750.00", "250.00", "1000.00"},
	} {
		s, err := benefits.SplitMedical(benefits.Medical{Total: amt("1000"), Eligible: amt(tc.eligible), Ratio: ratiop(tc.ratio), Rule: tc.rule,
			FundPaysFirst: &benefits.FundPaysFirst{ThirdParty: "x", Paid: amt(tc.paid)}})
		require.NoError(t, err, "%+v", tc)
		require.NotNil(t, s.Recovery)
		assert.Equal(t, [4]string{tc.fund, tc.adv, tc.now, tc.adv},
			[4]string{s.Fund.String(), s.Recovery.Advanced.String(), s.Recovery.FundPaysNow.String(), s.Recovery.Recover.String()}, "%+v", tc)
		assert.LessOrEqual(t, s.Recovery.FundPaysNow.Cmp(amt(tc.eligible)), 0, "%+v", tc)
	}
}

// awardDoc is a death award's JSON (a spouse's pension: an item with a
// share, and the pensions' basis) as a generic document to edit.
func awardDoc(t *testing.T) map[string]any {
	t.Helper()
	rb := mustRulebook(t, paramsWithCommencement(t, "2024-01-01"), benefits.Rules{})
	a, err := rb.Compute(deathCase(t, spouse()))
	require.NoError(t, err)
	data, err := json.Marshal(a)
	require.NoError(t, err)
	var doc map[string]any
	require.NoError(t, json.Unmarshal(data, &doc))
	return doc
}

// pensionItem is the survivor pension's item in an awardDoc.
func pensionItem(t *testing.T, doc map[string]any) map[string]any {
	t.Helper()
	for _, it := range doc["items"].([]any) {
		m := it.(map[string]any)
		if m["kind"] == string(benefits.SurvivorPension) {
			return m
		}
	}
	t.Fatal("no pension item")
	return nil
}

// Every refusal of an award's JSON at its own site (ParseAward and
// json.Unmarshal alike): ErrBadAward and what it names.
func TestAwardJSONEveryRefusal(t *testing.T) {
	hex64 := "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
	for _, tc := range []struct {
		name string
		edit func(doc map[string]any)
		want string // "" for accepted
	}{
		{"as written", func(map[string]any) {}, ""},
		{"share negative", func(d map[string]any) { pensionItem(t, d)["share"] = "-0.4" }, "share: negative"},
		{"share zero", func(d map[string]any) { pensionItem(t, d)["share"] = "0" }, ""},
		{"item renamed", func(d map[string]any) { pensionItem(t, d)["name"] = "x" }, `named "x"`},
		{"rebase factor negative", func(d map[string]any) {
			pensionItem(t, d)["rebase"] = map[string]any{"since": "2024-01", "basis": benefits.ParamWage, "factors": []string{"0.6", "-0.4"}}
		}, "rebase factor #2: negative"},
		{"rebase factors zero", func(d map[string]any) {
			pensionItem(t, d)["rebase"] = map[string]any{"since": "2024-01", "basis": benefits.ParamWage, "factors": []string{"0", "0.4"}}
		}, ""},
		{"basis wage negative", func(d map[string]any) { d["pensions"].(map[string]any)["wage_annual"] = "-1" }, "pensions' basis wage_annual is negative"},
		{"basis ratio negative", func(d map[string]any) { d["pensions"].(map[string]any)["death_base_ratio"] = "-0.6" }, "pensions' basis death_base_ratio is negative"},
		{"basis cap zero", func(d map[string]any) { d["pensions"].(map[string]any)["cap_of_wage"] = "0" }, ""},
		{"rulebook absent (empty)", func(d map[string]any) { delete(d, "rulebook") }, ""},
		{"rulebook 64 digits", func(d map[string]any) { d["rulebook"] = hex64 }, ""},
		{"rulebook 63 digits", func(d map[string]any) { d["rulebook"] = hex64[:63] }, "rulebook"},
		{"rulebook 65 digits", func(d map[string]any) { d["rulebook"] = hex64 + "0" }, "rulebook"},
		{"rulebook upper case", func(d map[string]any) { d["rulebook"] = "A" + hex64[1:] }, "rulebook"},
		{"rulebook g", func(d map[string]any) { d["rulebook"] = hex64[:63] + "g" }, "rulebook"},
		{"rulebook slash", func(d map[string]any) { d["rulebook"] = "/" + hex64[1:] }, "rulebook"},
		{"rulebook colon", func(d map[string]any) { d["rulebook"] = hex64[:63] + ":" }, "rulebook"},
		{"rulebook backquote", func(d map[string]any) { d["rulebook"] = hex64[:63] + "`" }, "rulebook"},
		{"platform line renamed", func(d map[string]any) {
			d["platform"] = []any{map[string]any{"kind": string(benefits.LivingAllowance), "name": "x", "amount": "1.00"}}
			d["platform_total"] = "1.00"
		}, `platform line "living_allowance" named "x"`},
		{"platform line", func(d map[string]any) {
			d["platform"] = []any{map[string]any{"kind": string(benefits.LivingAllowance), "name": benefits.LivingAllowance.Chinese(), "amount": "1.00"}}
			d["platform_total"] = "1.00"
		}, ""},
	} {
		doc := awardDoc(t)
		tc.edit(doc)
		data, err := json.Marshal(doc)
		require.NoError(t, err)
		a, err := benefits.ParseAward(data)
		var b benefits.Award
		err2 := json.Unmarshal(data, &b)
		if tc.want == "" {
			require.NoError(t, err, tc.name)
			require.NoError(t, err2, tc.name)
			assert.True(t, a.Equal(b), tc.name)
			again, err := json.Marshal(a)
			require.NoError(t, err)
			assert.JSONEq(t, string(data), string(again), tc.name)
			continue
		}
		require.ErrorIs(t, err, benefits.ErrBadAward, tc.name)
		assert.Contains(t, err.Error(), tc.want, tc.name)
		require.ErrorIs(t, err2, benefits.ErrBadAward, tc.name)
		assert.Contains(t, err2.Error(), tc.want, tc.name)
	}
}

// Decoding into a nil pointer is ErrBadAward for each JSON type, never a
// panic; Payment and MedicalSplit read what they write, strictly.
func TestJSONDecodersNilAndRoundTrip(t *testing.T) {
	var it *benefits.Item
	assert.ErrorIs(t, it.UnmarshalJSON([]byte(`{}`)), benefits.ErrBadAward)
	var a *benefits.Award
	assert.ErrorIs(t, a.UnmarshalJSON([]byte(`{}`)), benefits.ErrBadAward)
	var p *benefits.Payment
	assert.ErrorIs(t, p.UnmarshalJSON([]byte(`{}`)), benefits.ErrBadAward)
	var s *benefits.MedicalSplit
	assert.ErrorIs(t, s.UnmarshalJSON([]byte(`{}`)), benefits.ErrBadAward)
	var sit *benefits.DeathSituation
	assert.ErrorIs(t, sit.UnmarshalText([]byte(`x`)), benefits.ErrBadAward)

	pay := benefits.Payment{Month: testdates.Month(t, "2024-05"), Kind: benefits.SurvivorPension, Beneficiary: "s", Amount: amt("2226.94"), Raised: true}
	data, err := json.Marshal(pay)
	require.NoError(t, err)
	var got benefits.Payment
	require.NoError(t, json.Unmarshal(data, &got))
	assert.Equal(t, pay, got)
	assert.Error(t, json.Unmarshal([]byte(`{"month":"2024-05","kind":"survivor_pension","amount":"1.00","extra":1}`), &got))
	assert.Equal(t, pay, got, "a refused payment leaves the value as it was")
	assert.Error(t, json.Unmarshal([]byte(`{"month":"2024-05","kind":"survivor_pension","amount":"1.001"}`), &got))

	split, err := benefits.SplitMedical(benefits.Medical{Total: amt("1000"), Eligible: amt("800"), Ratio: ratiop("0.5"),
		FundPaysFirst: &benefits.FundPaysFirst{ThirdParty: "x", Paid: amt("100")}})
	require.NoError(t, err)
	data, err = json.Marshal(split)
	require.NoError(t, err)
	var back benefits.MedicalSplit
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, split, back)
	assert.Error(t, json.Unmarshal([]byte(`{"extra":1}`), &back))
	assert.Equal(t, split, back, "a refused split leaves the value as it was")
}

// Case.DeathSituation (第四十条, 第四十一条; 工伤保险条例 第三十九条) on its
// whole domain: each cause (unstated, the injury, another, unknown) × each
// timing (unstated, during, after, unknown) × the grades on the 1–4 edge.
func TestDeathSituationWholeDomain(t *testing.T) {
	type want struct {
		s   benefits.DeathSituation
		err error
	}
	for _, cause := range []benefits.DeathCause{"", benefits.CauseInjury, benefits.CauseOther, "x"} {
		for _, timing := range []benefits.DeathTiming{benefits.TimingNotStated, benefits.TimingDuringTreatment, benefits.TimingAfterTreatment, "x"} {
			for _, grade := range []int{0, 1, 4, 5, 10} {
				var w want
				switch {
				case cause == "x":
					w = want{benefits.NoDeathSituation, benefits.ErrBadCase}
				case cause != benefits.CauseOther && timing == benefits.TimingDuringTreatment:
					w = want{benefits.DeathDuringTreatment, nil}
				case cause != benefits.CauseOther:
					w = want{benefits.DeathFromInjury, nil}
				case timing == benefits.TimingAfterTreatment && grade >= 1 && grade <= 4:
					w = want{benefits.DeathAfterTreatmentGrade1to4, nil}
				case timing == benefits.TimingAfterTreatment, timing == benefits.TimingDuringTreatment:
					w = want{benefits.NoDeathSituation, benefits.ErrDeathNotCovered}
				default: // another cause, timing unstated or unknown
					w = want{benefits.NoDeathSituation, benefits.ErrBadCase}
				}
				c := benefits.Case{Grade: grade, Death: &benefits.Death{Cause: cause, Timing: timing}}
				s, err := c.DeathSituation()
				assert.Equal(t, w.s, s, "%q %q %d", cause, timing, grade)
				if w.err == nil {
					assert.NoError(t, err, "%q %q %d", cause, timing, grade)
				} else {
					assert.ErrorIs(t, err, w.err, "%q %q %d", cause, timing, grade)
					assert.NotErrorIs(t, err, map[error]error{benefits.ErrBadCase: benefits.ErrDeathNotCovered, benefits.ErrDeathNotCovered: benefits.ErrBadCase}[w.err])
				}
			}
		}
	}
	s, err := benefits.Case{Grade: 3}.DeathSituation()
	assert.NoError(t, err)
	assert.Equal(t, benefits.NoDeathSituation, s)
}

// DeathSituation's text form on its whole domain and one past it.
func TestDeathSituationTextForms(t *testing.T) {
	for s, code := range map[benefits.DeathSituation]string{benefits.NoDeathSituation: "", benefits.DeathFromInjury: "from_injury",
		benefits.DeathDuringTreatment: "during_treatment", benefits.DeathAfterTreatmentGrade1to4: "after_treatment_grade_1_4"} {
		b, err := s.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, code, string(b))
		var back benefits.DeathSituation = 99
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
		assert.NotEmpty(t, s.String())
		assert.NotEmpty(t, s.Chinese())
	}
	past := benefits.DeathAfterTreatmentGrade1to4 + 1
	_, err := past.MarshalText()
	assert.ErrorIs(t, err, benefits.ErrBadAward)
	assert.Equal(t, benefits.NoDeathSituation.String(), past.String())
	assert.Equal(t, benefits.NoDeathSituation.Chinese(), past.Chinese())
	var s benefits.DeathSituation
	assert.ErrorIs(t, s.UnmarshalText([]byte("from")), benefits.ErrBadAward)
	assert.Equal(t, benefits.NoDeathSituation, s)
}

// The parameter names of the grade tables on their whole domain and past
// it: a registered name for grades 1–10 (grant), 1–4 (allowance ratio) and
// 5–6 (one-time allowance), "" for any other grade (a name no set holds),
// never a panic.
func TestGradeParamNamesWholeDomain(t *testing.T) {
	for g := -1; g <= 12; g++ {
		for _, tc := range []struct {
			name   param.Name
			prefix string
			in     bool
		}{
			{benefits.ParamGrantMonths(g), "benefits.disability_grant_months.grade", g >= 1 && g <= 10},
			{benefits.ParamAllowanceRatio(g), "benefits.disability_allowance_ratio.grade", g >= 1 && g <= 4},
			{benefits.ParamOneTimeAllowanceMonths(g), "benefits.one_time_allowance_months.grade", g == 5 || g == 6},
		} {
			if !tc.in {
				assert.Equal(t, param.Name(""), tc.name, "%s%d", tc.prefix, g)
				continue
			}
			assert.Equal(t, param.Name(fmt.Sprintf("%s%d", tc.prefix, g)), tc.name)
			_, ok := tc.name.Spec()
			assert.True(t, ok, "%s is registered", tc.name)
		}
	}
}

// MissingBaseError: its code, its figure and year, and a nil one's text.
func TestMissingBaseErrorForms(t *testing.T) {
	e := &benefits.MissingBaseError{Param: benefits.ParamIncome, Year: 2027}
	assert.ErrorIs(t, e, benefits.ErrMissingBase)
	assert.Contains(t, e.Error(), benefits.ParamIncome)
	assert.Contains(t, e.Error(), "2027")
	assert.Contains(t, e.Chinese(), "2027")
	var none *benefits.MissingBaseError
	assert.Equal(t, benefits.ErrMissingBase.Error(), none.Error())
	assert.Equal(t, benefits.ErrMissingBase.Chinese(), none.Chinese())
}

// Needs.AnyMissing on its domain: nothing, provisional values only, a
// missing one, and a Need without a mark (read as missing).
func TestNeedsAnyMissingDomain(t *testing.T) {
	prov := benefits.Need{Mark: benefits.NeedProvisional, Param: "p"}
	miss := benefits.Need{Mark: benefits.NeedMissing, Param: "m"}
	for _, tc := range []struct {
		list []benefits.Need
		want bool
	}{
		{nil, false},
		{[]benefits.Need{}, false},
		{[]benefits.Need{prov}, false},
		{[]benefits.Need{prov, prov}, false},
		{[]benefits.Need{miss}, true},
		{[]benefits.Need{prov, miss}, true},
		{[]benefits.Need{miss, prov}, true},
		{[]benefits.Need{{Param: "x"}}, true},
	} {
		assert.Equal(t, tc.want, benefits.Needs{List: tc.list}.AnyMissing(), "%v", tc.list)
	}
}

// Need.String in its documented forms: "[missing] NAME in force on DAY:
// WHY" (a Need without a mark is missing; no day, no "in force"; no why,
// no colon) and "[provisional] VALUE: WHY" (the value as param.Value
// writes it; without a value, the name).
func TestNeedStringForms(t *testing.T) {
	day := testdates.Day(t, "2025-01-01")
	assert.Equal(t, "[missing] p in force on 2025-01-01: w", benefits.Need{Mark: benefits.NeedMissing, Param: "p", On: day, Why: "w"}.String())
	assert.Equal(t, "[missing] p in force on 2025-01-01: w", benefits.Need{Param: "p", On: day, Why: "w"}.String())
	assert.Equal(t, "[missing] p", benefits.Need{Param: "p"}.String())
	v := param.Value{Name: benefits.ParamWage2024, Value: decimal.RequireFromString("120000"), From: day, Source: "s", Status: param.Provisional}
	assert.Equal(t, "[provisional] "+v.String()+": w", benefits.Need{Mark: benefits.NeedProvisional, Param: "p", On: day, Why: "w", Value: v}.String())
	assert.Equal(t, "[provisional] p in force on 2025-01-01", benefits.Need{Mark: benefits.NeedProvisional, Param: "p", On: day}.String())
}
