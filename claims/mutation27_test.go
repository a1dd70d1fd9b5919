package claims_test

// Tests for the paths the coverage of claims left unmet (issue 19, session
// 27): each refusal, edge and reason line is reached and its exact outcome
// asserted.

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/internal/testdates"
)

// A value outside an enum's list has no Chinese name (""), never another
// value's; the string-typed names that echo an unknown value echo it
// unchanged.
func TestChineseOfValuesOutsideTheLists(t *testing.T) {
	for _, v := range []string{"", "bogus"} {
		if v != "" { // AdvanceNone is ""
			assert.Empty(t, claims.Advance(v).Chinese(), v)
		}
		assert.Empty(t, claims.BeforeInForce(v).Chinese(), v)
		assert.Empty(t, claims.DecisionClock(v).Chinese(), v)
		assert.Empty(t, claims.EventKind(v).Chinese(), v)
		assert.Empty(t, claims.LateCostFrom(v).Chinese(), v)
		assert.Empty(t, claims.LateCostTo(v).Chinese(), v)
		assert.Empty(t, claims.Material(v).Chinese(), v)
		assert.Empty(t, claims.Outcome(v).Chinese(), v)
	}
	assert.Equal(t, "bogus", claims.CoverStatus("bogus").Chinese())
	assert.Equal(t, "bogus", claims.Material("bogus").Text())
	assert.False(t, claims.Material("bogus").Valid())
	assert.Equal(t, "bogus", claims.Applicant("bogus").Chinese())
	// The known values keep their names (a mutant that sends every value
	// to the default is caught above; one that sends the default to a
	// value, here).
	assert.Equal(t, "无先行支付", claims.AdvanceNone.Chinese())
	assert.Equal(t, "认定为责任平台", claims.Responsible.Chinese())
	assert.Equal(t, "订单数据", claims.MatOrderData.Chinese())
}

// Situations lists the five situations of 第二十四条 in article order, as a
// copy: changing it does not change the next call's answer.
func TestSituationsIsACopyInArticleOrder(t *testing.T) {
	want := []claims.Situation{claims.SituationOrderAccident, claims.SituationCommute, claims.SituationSuddenDeath,
		claims.SituationRescue, claims.SituationVeteran}
	s := claims.Situations()
	require.Equal(t, want, s)
	s[0] = "changed"
	assert.Equal(t, want, claims.Situations())
}

// 第四十三条: a month whose declaration deadline is computed on a host's
// schedule that replaced the official one says so, naming the year, the
// host's source and the notice it replaced.
func TestCoverNamesTheReplacedSchedule(t *testing.T) {
	rb := bookOn(t, hostCalendar(t))
	accident := testdates.Day(t, "2026-03-10")
	r, err := rb.CheckCover(accident, nil, testdates.Day(t, "2026-03-20"))
	require.NoError(t, err)
	assert.Equal(t, claims.CoverPending, r.Status)
	require.Len(t, r.Reasons, 2, "%v", r.Reasons)
	assert.Contains(t, r.Reasons[0], "申报期限为 "+r.Due.Date.String())
	assert.True(t, strings.HasPrefix(r.Reasons[1], "申报期限按调用方载入的 2026 年放假安排（HOST-2026）计算，该安排替换了官方通知（"), r.Reasons[1])
	// Paid: the month is covered and no deadline is consulted, so no note.
	r, err = rb.CheckCover(accident, []calendar.Month{r.Month}, testdates.Day(t, "2026-03-20"))
	require.NoError(t, err)
	assert.Equal(t, claims.Covered, r.Status)
	require.Len(t, r.Reasons, 1)
	// The official calendar: no note either.
	r, err = book(t).CheckCover(accident, nil, testdates.Day(t, "2026-03-20"))
	require.NoError(t, err)
	require.Len(t, r.Reasons, 1, "%v", r.Reasons)
}

// 第二十六条 under ClockFromFoundClear: the 7 working days from the day
// facts were found clear bind only within the 30 from acceptance. Found
// clear on the 25th working day, the 7 would end on the 32nd: the 30 bind.
// Found clear so late that the 7 reach a year the calendar lacks while the
// 30 are known and end before them: the 30 bind, known, without error.
func TestFoundClearLaterThanTheThirtyAllow(t *testing.T) {
	cal := calendar.Default()
	rb := book(t, claims.Rules{DecisionClock: claims.ClockFromFoundClear})
	accepted := testdates.Day(t, "2026-03-02")
	full, err := cal.WithinWorkdays(accepted, 30)
	require.NoError(t, err)
	clearOn, err := cal.AddWorkdays(accepted, 25)
	require.NoError(t, err)
	c := claims.Case{Accident: testdates.Day(t, "2026-02-20"), AppliedOn: accepted, AcceptedOn: accepted,
		State: claims.StateAccepted, Clarity: claims.Clear, ClearOn: clearOn}
	dl, err := rb.DecisionDeadline(c)
	require.NoError(t, err)
	assert.Equal(t, full.Date, dl.Date)
	assert.Equal(t, 30, dl.N)
	// One working day earlier the 7 end on the 31st: still the 30. On the
	// 23rd, the 7 end on the 30th itself: either, the same day.
	for _, k := range []int{23, 24} {
		clearOn, err := cal.AddWorkdays(accepted, k)
		require.NoError(t, err)
		c.ClearOn = clearOn
		dl, err := rb.DecisionDeadline(c)
		require.NoError(t, err)
		assert.Equal(t, full.Date, dl.Date, k)
	}
	// On the 22nd the 7 end on the 29th: the 7 bind.
	clearOn, err = cal.AddWorkdays(accepted, 22)
	require.NoError(t, err)
	c.ClearOn = clearOn
	dl, err = rb.DecisionDeadline(c)
	require.NoError(t, err)
	assert.Equal(t, 7, dl.N)
	want, err := cal.AddWorkdays(accepted, 29)
	require.NoError(t, err)
	assert.Equal(t, want, dl.Date)

	// The 7 in 2027 (not covered), the 30 known in 2026.
	accepted = testdates.Day(t, "2026-11-02")
	full, err = cal.WithinWorkdays(accepted, 30)
	require.NoError(t, err)
	c = claims.Case{Accident: testdates.Day(t, "2026-10-28"), AppliedOn: accepted, AcceptedOn: accepted,
		State: claims.StateAccepted, Clarity: claims.Clear, ClearOn: testdates.Day(t, "2026-12-28")}
	_, err = cal.WithinWorkdays(c.ClearOn, 7)
	require.ErrorIs(t, err, calendar.ErrNotCovered, "the 7 reach 2027")
	dl, err = rb.DecisionDeadline(c)
	require.NoError(t, err)
	assert.True(t, dl.Known())
	assert.Equal(t, full.Date, dl.Date)
	assert.Equal(t, 30, dl.N)
}

// CheckMaterials refuses what Required refuses, with the same error.
func TestCheckMaterialsRefusesWhatRequiredRefuses(t *testing.T) {
	for name, a := range map[string]claims.Application{
		"situation": {Situation: "bogus"},
		"advance":   {Situation: claims.SituationOrderAccident, Advance: "bogus"},
	} {
		_, rerr := claims.Required(a)
		require.Error(t, rerr, name)
		_, err := book(t).CheckMaterials(a)
		assert.Equal(t, rerr, err, name)
	}
	_, err := book(t).CheckMaterials(claims.Application{Situation: "bogus"})
	assert.ErrorIs(t, err, claims.ErrBadSituation)
	_, err = book(t).CheckMaterials(claims.Application{Situation: claims.SituationOrderAccident, Advance: "bogus"})
	assert.ErrorIs(t, err, claims.ErrBadAdvance)
}

// A transition refused on a new case names its state "new", not "".
func TestTransitionFromNewNamesTheState(t *testing.T) {
	_, err := claims.Case{Accident: testdates.Day(t, "2026-03-02")}.Next(claims.Event{Kind: claims.EventAccept, Date: testdates.Day(t, "2026-03-05")})
	assert.ErrorIs(t, err, claims.ErrTransition)
	assert.Contains(t, chineseOf(err), "“"+claims.StateNew.Chinese()+"”状态")
	assert.True(t, strings.HasPrefix(err.Error(), "claims: "+string(claims.EventAccept)+" is not allowed in state new: "), err.Error())
}

// A stored case whose step is recorded without the step it needs is
// refused, naming both; each pair of the chain.
func TestCheckDatesNamesTheMissingStep(t *testing.T) {
	d := testdates.Day(t, "2026-03-10")
	for want, c := range map[string]claims.Case{
		"accepted_on without applied_on":                      {AcceptedOn: d},
		"clear_on without accepted_on":                        {AppliedOn: d, ClearOn: d},
		"decided_on without accepted_on":                      {AppliedOn: d, DecidedOn: d},
		"delivered_on without decided_on":                     {AppliedOn: d, AcceptedOn: d, DeliveredOn: d},
		"benefit_applied_on without decided_on":               {BenefitAppliedOn: d},
		"benefit_accepted_on without benefit_applied_on":      {AppliedOn: d, AcceptedOn: d, DecidedOn: d, BenefitAcceptedOn: d},
		"supplement_requested_on without benefit_accepted_on": {AppliedOn: d, AcceptedOn: d, DecidedOn: d, BenefitAppliedOn: d, SupplementRequestedOn: d},
		"supplemented_on without supplement_requested_on":     {AppliedOn: d, AcceptedOn: d, DecidedOn: d, BenefitAppliedOn: d, BenefitAcceptedOn: d, SupplementedOn: d},
		"reviewed_on without benefit_accepted_on":             {AppliedOn: d, AcceptedOn: d, DecidedOn: d, BenefitAppliedOn: d, ReviewedOn: d},
	} {
		c.Accident = d
		err := c.CheckDates()
		require.ErrorIs(t, err, claims.ErrCaseDates, want)
		assert.True(t, strings.HasSuffix(err.Error(), ": "+want), "%s: %v", want, err)
	}
	full := claims.Case{Accident: d, AppliedOn: d, AcceptedOn: d, ClearOn: d, DecidedOn: d, DeliveredOn: d, BenefitAppliedOn: d,
		BenefitAcceptedOn: d, SupplementRequestedOn: d, SupplementedOn: d, ReviewedOn: d}
	assert.NoError(t, full.CheckDates())
}

// 第二十二条第一款: a worker who asked for an extension without a reason and
// then filed in the 90 days is in time; the reasons say that the extension
// did not stand and why.
func TestFilingSaysTheOwnExtensionDidNotStand(t *testing.T) {
	accident := testdates.Day(t, "2026-03-10")
	x := claims.Extension{Applicant: claims.ApplicantWorker, RequestedOn: testdates.Day(t, "2026-03-20"), Approved: true,
		Until: testdates.Day(t, "2026-09-30")}
	f, err := fileOn(book(t), accident, claims.ApplicantWorker, testdates.Day(t, "2026-04-20"), x)
	require.NoError(t, err)
	assert.True(t, f.InTime)
	want := "新就业形态人员一方的延期申请不成立，申请期限不延长（第二十二条第一款）：" + claims.ErrExtensionNoReason.Chinese()
	assert.Contains(t, f.Reasons, want, "%v", f.Reasons)
	assert.Equal(t, "2026-04-20 由新就业形态人员本人提出申请，未超过期限 "+windows(t, "2026-03-10").Worker.Date.String()+"（第二十一条第三款，90日）", f.Reasons[0])
}

// 第二十二条第二款: a worker filing after the raw last day of the platform's
// 30 days, in a year the calendar lacks, is in time (the 90 days' raw day
// is later), and whether the platform was late cannot yet be told: the
// reason names the earliest day its window can end.
func TestFilingPlatformLatenessUnknownNamesItsEarliestDay(t *testing.T) {
	accident := testdates.Day(t, "2026-12-10")
	w := windows(t, "2026-12-10")
	require.False(t, w.Platform.Known())
	require.Equal(t, "2027-01-09", w.Platform.NotBefore().String())
	f, err := fileOn(book(t), accident, claims.ApplicantWorker, testdates.Day(t, "2027-01-12"))
	require.NoError(t, err)
	assert.True(t, f.InTime)
	require.Error(t, f.PlatformLateErr)
	assert.ErrorIs(t, f.PlatformLateErr, calendar.ErrNotCovered)
	assert.False(t, f.PlatformLate)
	assert.Contains(t, f.Reasons, "平台企业是否逾期尚不能确定：其30日申请期限不早于 2027-01-09，确切日期待放假安排载入后确定（第二十二条第二款）", "%v", f.Reasons)
	// Filed on the raw day itself: the platform's window had not closed.
	f, err = fileOn(book(t), accident, claims.ApplicantWorker, testdates.Day(t, "2027-01-09"))
	require.NoError(t, err)
	assert.NoError(t, f.PlatformLateErr)
	assert.False(t, f.PlatformLate)
}

// The refusals name what they refuse: the cost's position and both dates;
// the days of a case out of order; the first missing key material and how
// many; the rule's field.
func TestRefusalsNameTheirFigures(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	c := filedCase(d("2026-03-10"), claims.ApplicantWorker, d("2026-03-20"), calendar.Date{})
	_, err := book(t).SplitLateCosts(c, []claims.Cost{{Date: d("2026-03-10")}, {Date: d("2026-03-09")}})
	require.ErrorIs(t, err, claims.ErrBadCost)
	assert.True(t, strings.HasSuffix(err.Error(), ": cost #2 is dated 2026-03-09, before the accident 2026-03-10: not a cost of this injury"), err.Error())

	// 第二十六条: facts cannot be found clear before the acceptance.
	_, err = book(t).DecisionDeadline(claims.Case{Accident: d("2026-03-10"), AppliedOn: d("2026-03-12"), AcceptedOn: d("2026-03-13"),
		State: claims.StateAccepted, Clarity: claims.Clear, ClearOn: d("2026-03-12")})
	require.ErrorIs(t, err, claims.ErrCaseDates)
	assert.True(t, strings.HasSuffix(err.Error(), ": facts found clear on 2026-03-12, before the acceptance on 2026-03-13"), err.Error())

	// A stored case with a step before the one it follows.
	err = claims.Case{Accident: d("2026-03-10"), AppliedOn: d("2026-03-12"), AcceptedOn: d("2026-03-11")}.CheckDates()
	require.ErrorIs(t, err, claims.ErrCaseDates)
	assert.True(t, strings.HasSuffix(err.Error(), ": accepted_on 2026-03-11 is before applied_on 2026-03-12"), err.Error())

	// 第二十五条: an acceptance with key materials missing.
	applied, err := claims.Case{Accident: d("2026-03-10")}.Next(claims.Event{Kind: claims.EventApply, Date: d("2026-03-12"), Applicant: claims.ApplicantWorker})
	require.NoError(t, err)
	_, err = applied.Next(claims.Event{Kind: claims.EventAccept, Date: d("2026-03-13"), Clarity: claims.Clear,
		MissingKey: []claims.Material{claims.MatIdentity, claims.MatDiagnosis}})
	require.ErrorIs(t, err, claims.ErrKeyMaterials)
	assert.True(t, strings.HasSuffix(err.Error(), ": 2 key material(s) missing (identity)"), err.Error())

	for field, r := range map[string]claims.Rules{
		"late_cost_to":    {LateCostTo: "bogus"},
		"decision_clock":  {DecisionClock: "bogus"},
		"before_in_force": {BeforeInForce: "bogus"},
	} {
		err := r.Validate()
		require.ErrorIs(t, err, claims.ErrBadRules, field)
		assert.Contains(t, err.Error(), ": "+field+" ", field)
		_, err = claims.NewRulebook(calendar.Default(), r)
		assert.ErrorIs(t, err, claims.ErrBadRules, field)
	}
	err = claims.Rules{KeyMaterials: []claims.Material{claims.MatIdentity, "bogus"}}.Validate()
	require.ErrorIs(t, err, claims.ErrBadRules)
	assert.Contains(t, err.Error(), ": unknown key material ")
}

// 第二十二条: an extension recorded on the wrong side is refused, naming the
// side; one asked after the window closed names both days; one past a cap
// in a year the calendar lacks cannot be judged, naming the until day.
func TestExtensionRefusalsNameTheirDays(t *testing.T) {
	accident := testdates.Day(t, "2026-03-10")
	c := claims.Case{Accident: accident, WorkerExtension: claims.Extension{Applicant: claims.ApplicantPlatform,
		RequestedOn: testdates.Day(t, "2026-03-12"), Reason: "x"}}
	_, err := book(t).ApplicationWindows(c)
	require.ErrorIs(t, err, claims.ErrBadApplicant)
	assert.Contains(t, err.Error(), ": worker_extension requested by ")
	c = claims.Case{Accident: accident, PlatformExtension: claims.Extension{Applicant: claims.ApplicantWorker,
		RequestedOn: testdates.Day(t, "2026-03-12"), Reason: "x"}}
	_, err = book(t).ApplicationWindows(c)
	require.ErrorIs(t, err, claims.ErrBadApplicant)
	assert.Contains(t, err.Error(), ": platform_extension requested by ")

	w := windows(t, "2026-03-10")
	late := day(t, w.Worker.Date, 1)
	_, err = judgeExtension(book(t), accident, claims.Extension{Applicant: claims.ApplicantWorker, RequestedOn: late, Reason: "住院"})
	require.ErrorIs(t, err, claims.ErrExtensionLate)
	assert.True(t, strings.HasSuffix(err.Error(), ": window closed "+w.Worker.Date.String()+", requested "+late.String()), err.Error())

	// The cap of an accident of 2026-03-10 is in 2027 (not covered): an
	// extension past its raw day cannot be judged.
	until := day(t, w.Cap.Raw, 1)
	_, err = judgeExtension(book(t), accident, claims.Extension{Applicant: claims.ApplicantWorker, RequestedOn: accident, Reason: "住院",
		Approved: true, Until: until})
	require.ErrorIs(t, err, calendar.ErrNotCovered)
	assert.True(t, strings.HasPrefix(err.Error(), "claims: cannot judge an extension to "+until.String()+" against the cap: "), err.Error())
}

// A filing whose own window cannot be judged (filed after the raw day of a
// window in a year the calendar lacks) is refused, naming the filing day.
func TestFilingThatCannotBeJudgedNamesItsDay(t *testing.T) {
	accident := testdates.Day(t, "2026-12-10")
	w := windows(t, "2026-12-10")
	filed := day(t, w.Platform.Raw, 1)
	_, err := fileOn(book(t), accident, claims.ApplicantPlatform, filed)
	require.ErrorIs(t, err, calendar.ErrNotCovered)
	assert.True(t, strings.HasPrefix(err.Error(), "claims: cannot judge a filing on "+filed.String()+" against the window: "), err.Error())
}
