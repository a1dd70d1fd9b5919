package benefits_test

// Tests for the survivors of the first issue 19 mutation study of this
// package (run on the tree before award.go was split:
// /work/wt/notes/benefits-r1.tsv), each asserting what a clerk or a host
// relies on, computed by hand in the comments.

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

// 第三十八条: the periodic disability items start the month after the
// work-ability assessment conclusion, so every grade — the mildest (10) and
// the gravest (1) alike — needs its assessment date; without it the case is
// refused, never computed from a guessed start.
func TestEveryGradeNeedsItsAssessmentDate(t *testing.T) {
	rb := mustRulebook(t, paramsWithCommencement(t, "2025-07-01"), benefits.Rules{})
	for _, g := range []int{1, 4, 5, 10} {
		c := benefits.Case{Injury: testdates.Day(t, "2024-04-15"), Grade: g}
		err := c.Validate()
		require.ErrorIs(t, err, benefits.ErrBadCase, "grade %d without an assessment date", g)
		assert.Contains(t, err.Error(), "assessment date", "grade %d", g)
		_, err = rb.Compute(c)
		assert.ErrorIs(t, err, benefits.ErrBadCase, "grade %d without an assessment date", g)

		c.Assessment = testdates.Day(t, "2024-09-10")
		assert.NoError(t, c.Validate(), "grade %d with its assessment date", g)
	}
}

// Award.MonthlyTotal is what the periodic items pay in the first month any
// is paid (第四十条: the pensions from the month after the death). A death of
// another cause after the treatment period, grade 1–4 (工伤保险条例 第三十九条
// 第三款, by analogy), has no death grant: its items are the funeral grant
// and the pensions. Here the spouse is listed first and a posthumous child
// (遗腹子女), born 2024-07-10, last: the first pension month is 2024-05, the
// spouse's alone, 111347 × 0.6 × 0.4 ÷ 12 = 2226.94; the child's pension,
// 111347 × 0.6 × 0.3 ÷ 12 = 1670.205 → 1670.21, starts in 2024-07 and is
// not in the total (it ends in 2042-07, at 18). The schedule's 2024-05 agrees.
func TestMonthlyTotalIsTheFirstMonthsWhateverTheOrder(t *testing.T) {
	params := paramsWithCommencement(t, "2024-01-01")
	rb := mustRulebook(t, params, benefits.Rules{})
	c := benefits.Case{Injury: testdates.Day(t, "2024-01-10"), Assessment: testdates.Day(t, "2024-03-01"), Grade: 2,
		Death: &benefits.Death{Date: testdates.Day(t, "2024-04-20"), Cause: benefits.CauseOther, Timing: benefits.TimingAfterTreatment,
			Dependents: []benefits.Dependent{spouse(), child(t, "c", "2024-07-10")}}}
	for _, order := range []string{"spouse first", "child first"} {
		if order == "child first" {
			c.Death.Dependents = []benefits.Dependent{c.Death.Dependents[1], c.Death.Dependents[0]}
		}
		a, err := rb.Compute(c)
		require.NoError(t, err, order)
		require.Equal(t, benefits.DeathAfterTreatmentGrade1to4, a.Situation, order)
		assert.ElementsMatch(t, []string{"s 2024-05– 2226.94", "c 2024-07–2042-07 1670.21"}, pensionItems(a), order)
		assert.Equal(t, "2226.94", a.MonthlyTotal.String(), order)

		pays, err := rb.Schedule(a, testdates.Month(t, "2024-05"), testdates.Month(t, "2024-05"))
		require.NoError(t, err, order)
		first := decimal.Zero
		for _, p := range pays {
			for _, it := range a.Items {
				if it.Kind == p.Kind && it.Periodic {
					first = first.Add(p.Amount.Decimal())
					break
				}
			}
		}
		assert.Equal(t, a.MonthlyTotal.String(), first.String(), "%s: the first month's periodic payments", order)
	}
}

// An item resting on a provisional parameter is provisional (the clerk
// re-checks it once the figure is final). The funeral grant (丧葬补助金,
// 第四十条) is W × the death base ratio × 6: a provisional wage or a
// provisional ratio, either one alone, makes it provisional; the shipped
// figures (the 2024 wage secondary, the ratio verified) do not, for a death
// from the injury.
func TestFuneralGrantProvisionalWithEitherFigure(t *testing.T) {
	death := func() benefits.Case {
		return benefits.Case{Injury: testdates.Day(t, "2024-04-15"),
			Death: &benefits.Death{Date: testdates.Day(t, "2024-04-20"), Cause: benefits.CauseInjury}}
	}
	funeral := func(set *param.Set) benefits.Item {
		t.Helper()
		a, err := mustRulebook(t, set, benefits.Rules{}).Compute(death())
		require.NoError(t, err)
		it, ok := kinds(a)[benefits.FuneralGrant]
		require.True(t, ok)
		// 111347 × 0.6 × 6 ÷ 12 = 33404.10
		require.Equal(t, "33404.10", it.Amount.String())
		return it
	}
	shipped := paramsWithCommencement(t, "2025-07-01")
	assert.False(t, funeral(shipped).Provisional, "the shipped wage (secondary) and ratio (verified)")

	assert.True(t, funeral(withWage(t, decimal.NewFromInt(111347))).Provisional, "a provisional wage, the ratio verified")

	ratio, err := shipped.With(param.Value{Name: benefits.ParamDeathBaseRatio, Value: decimal.RequireFromString("0.6"),
		From: testdates.Day(t, "2024-01-01"), Source: "test", Status: param.Provisional})
	require.NoError(t, err)
	assert.True(t, funeral(ratio).Provisional, "the wage secondary, a provisional ratio")
}

// 第四十条 and 人社厅函〔2025〕79号 第三十九条: at or over the cap (0.6 × W), the
// cap's monthly total is shared in proportion to the shares, the fen left
// by largest remainder, ties to the first name; however many dependents
// there are. A spouse and sixteen others (shares 0.4 + 16 × 0.3 = 5.2 of
// the death base, far over the cap): the cap is 111347 × 0.6 ÷ 12 =
// 5567.35 = 556735 fen. The spouse's part 556735 × 0.4 ÷ 5.2 = 556735 ÷ 13 =
// 42825 r 10/13; each other's 556735 × 3 ÷ 52 = 32119 r 17/52; 42825 + 16 ×
// 32119 = 556729, 6 fen left: the spouse's (40/52) first, then the five
// first names among the others (17/52 each). Sixteen dependents is the
// same rule, with 556735 × 0.4 ÷ 4.9 and × 0.3 ÷ 4.9.
func TestPensionsAtTheCapForALargeFamily(t *testing.T) {
	params := paramsWithCommencement(t, "2024-01-01")
	rb := mustRulebook(t, params, benefits.Rules{})
	deps := []benefits.Dependent{spouse()}
	for i := 1; i <= 16; i++ {
		deps = append(deps, other(fmt.Sprintf("o%02d", i)))
	}
	a, err := rb.Compute(deathCase(t, deps...))
	require.NoError(t, err)
	want := []string{"s 2024-05– 428.26"}
	for i := 1; i <= 16; i++ {
		amount := "321.19"
		if i <= 5 {
			amount = "321.20"
		}
		want = append(want, fmt.Sprintf("o%02d 2024-05– %s", i, amount))
	}
	assert.Equal(t, want, pensionItems(a))
	assert.Equal(t, "5567.35", a.MonthlyTotal.String(), "the cap, to the fen")

	// Without the last: 4.9 of the death base. Spouse 556735 × 4 ÷ 49 =
	// 45447 r 37/49; each other 556735 × 3 ÷ 49 = 34085 r 40/49; 45447 +
	// 15 × 34085 = 556722, 13 fen left: the others' remainders (40/49)
	// beat the spouse's (37/49), so the 13 first names get one each.
	a, err = rb.Compute(deathCase(t, deps[:16]...))
	require.NoError(t, err)
	want = []string{"s 2024-05– 454.47"}
	for i := 1; i <= 15; i++ {
		amount := "340.85"
		if i <= 13 {
			amount = "340.86"
		}
		want = append(want, fmt.Sprintf("o%02d 2024-05– %s", i, amount))
	}
	assert.Equal(t, want, pensionItems(a))
	assert.Equal(t, "5567.35", a.MonthlyTotal.String())
}

// MaxClaimJSONElements counts the items of all lists together, an object
// in a list being one item: a host's claim of MaxClaimLines lines (the
// most Assess takes), written with json.Marshal, reads back; and items at
// the limit spread over two lists are accepted, one more refused.
func TestClaimJSONItemsOfAllLists(t *testing.T) {
	c := claimOf(t)
	for i := range 10 {
		b := outpatient(t, fmt.Sprint("B", i), "2026-03-03", "1.00")
		for len(b.Lines) < benefits.MaxClaimLines/10 {
			b.Lines = append(b.Lines, b.Lines[0])
		}
		c.Bills = append(c.Bills, b)
	}
	_, err := defaults.Assess(c)
	require.NoError(t, err, "the most lines a claim may have")
	data, err := json.Marshal(c)
	require.NoError(t, err)
	require.Less(t, len(data), benefits.MaxClaimJSONBytes)
	back, err := benefits.ParseMedicalClaim(data)
	require.NoError(t, err, "the claim Assess takes reads back from its JSON")
	assert.Len(t, back.Bills, 10)

	isLimit := func(in string) bool {
		_, err := benefits.ParseMedicalClaim([]byte(in))
		return errors.Is(err, benefits.ErrClaimLimit)
	}
	two := func(n int) string {
		return `{"x":[` + strings.Repeat("1,", n-2) + `1],"y":[1]}`
	}
	assert.False(t, isLimit(two(benefits.MaxClaimJSONElements)), "the limit, over two lists")
	assert.True(t, isLimit(two(benefits.MaxClaimJSONElements+1)), "one past the limit, over two lists")
	objects := func(n int) string {
		return `{"x":[` + strings.Repeat("{},", n-1) + `{}]}`
	}
	assert.False(t, isLimit(objects(benefits.MaxClaimJSONElements)), "the limit, objects")
	assert.True(t, isLimit(objects(benefits.MaxClaimJSONElements+1)), "one past the limit, objects")
}

// 第四十六条: a platform line's period, when the host gives one end only (a
// living allowance paid from a month on, or up to a month), is shown to the
// clerk, in English and in Chinese (2025-03 起, 至 2025-05: not a blank
// end beside 至); a line with no period shows none.
func TestPlatformLineShowsAnOpenPeriod(t *testing.T) {
	l := benefits.PlatformLine{Kind: benefits.LivingAllowance, Amount: money.MustParse("1500")}
	assert.Equal(t, "生活保障费: 1500.00 元, paid by 所在平台企业 (第四十六条)", l.String())
	assert.Equal(t, "生活保障费：1500.00 元，由 所在平台企业 支付（第四十六条）", l.Chinese())

	from := l
	from.From = testdates.Month(t, "2025-03")
	assert.Equal(t, "生活保障费: 1500.00 元 (2025-03–), paid by 所在平台企业 (第四十六条)", from.String())
	assert.Equal(t, "生活保障费：1500.00 元（2025-03 起），由 所在平台企业 支付（第四十六条）", from.Chinese())

	to := l
	to.To = testdates.Month(t, "2025-05")
	assert.Equal(t, "生活保障费: 1500.00 元 (–2025-05), paid by 所在平台企业 (第四十六条)", to.String())
	assert.Equal(t, "生活保障费：1500.00 元（至 2025-05），由 所在平台企业 支付（第四十六条）", to.Chinese())
}

// 第三十四条: what the third party paid before the fund pays first is in fen:
// a fraction of a fen (0.001, 0.005) is refused where it is read (a
// money.Amount holds none); trailing zeros are not a fraction.
func TestFundPaysFirstPaidInFen(t *testing.T) {
	for _, paid := range []string{"0.001", "0.005", "100.009"} {
		var m benefits.Medical
		err := json.Unmarshal([]byte(`{"total":"10000.00","eligible":"8000.00","ratio":"0.7","fund_pays_first":{"third_party":"某公司","paid":"`+paid+`"}}`), &m)
		assert.ErrorIs(t, err, money.ErrFraction, paid)
	}
	var m benefits.Medical
	require.NoError(t, json.Unmarshal([]byte(`{"total":"10000.00","eligible":"8000.00","ratio":"0.7","fund_pays_first":{"third_party":"某公司","paid":"100.000"}}`), &m))
	_, err := benefits.SplitMedical(m)
	assert.NoError(t, err)
	assert.Equal(t, "100.00", m.FundPaysFirst.Paid.String())
}

// The claim reader counts the items of a list at any depth, a list at the
// top of the document included: past MaxClaimJSONElements it refuses for
// the count, before decoding anything.
func TestClaimReaderCountsTopLevelItems(t *testing.T) {
	items := strings.TrimSuffix(strings.Repeat("1,", benefits.MaxClaimJSONElements+1), ",")
	_, err := benefits.ParseMedicalClaim([]byte("[" + items + "]"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), fmt.Sprintf("more than %d list items", benefits.MaxClaimJSONElements))
}

// 第三十二条: the part above the standard price is said to the fen, in
// English and in Chinese.
func TestAboveStandardSaidToTheFen(t *testing.T) {
	f := benefits.NewFinding(benefits.RuleAboveStandard, benefits.FindingFigures{Amount: money.MustParse("12.5")})
	assert.Contains(t, f.String(), "12.50 元 above the standard price")
	assert.Contains(t, f.Chinese(), "超出支付标准的 12.50 元不予支付")
	assert.NotContains(t, f.Chinese(), "12.500")
}
