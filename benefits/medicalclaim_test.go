package benefits_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/internal/zhcheck"
	"github.com/zhishang/zhishang/money"
)

// claimT is what the claim helpers need of *testing.T, *testing.B and
// *rapid.T.
type claimT interface {
	Helper()
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
	FailNow()
}

func amt(s string) money.Amount { return money.MustParse(s) }

func amtp(s string) *money.Amount { d := amt(s); return &d }

func ratiop(s string) *decimal.Decimal { d := decimal.RequireFromString(s); return &d }

// outpatient is a complete one-line outpatient bill at a designated
// hospital: payable as it stands.
func outpatient(t claimT, id, date, amount string) benefits.Bill {
	t.Helper()
	return benefits.Bill{ID: id, Date: testdates.Day(t, date), Setting: benefits.SettingOutpatient,
		Provider: benefits.Provider{Name: "市第六人民医院", Designated: benefits.FactYes}, Itemised: true,
		Submitted: []benefits.MedicalMaterial{benefits.MedReceipt, benefits.MedOutpatientRecord},
		Lines:     []benefits.BillLine{{Item: "换药", Amount: amt(amount), Catalogue: benefits.FactYes}}}
}

// claimOf is a claim for an injury on 2026-03-02 with the form in and the
// given bills.
func claimOf(t claimT, bills ...benefits.Bill) benefits.MedicalClaim {
	t.Helper()
	return benefits.MedicalClaim{Injury: testdates.Day(t, "2026-03-02"), Submitted: []benefits.MedicalMaterial{benefits.MedApplicationForm}, Bills: bills}
}

func assess(t claimT, c benefits.MedicalClaim) benefits.ClaimResult {
	t.Helper()
	r, err := defaults.Assess(c)
	require.NoError(t, err)
	checkTotals(t, r)
	return r
}

// checkTotals: every line's parts add up to its amount; the totals are the
// exact sums of the lines and add up to the total.
func checkTotals(t claimT, r benefits.ClaimResult) {
	t.Helper()
	var total, pay, not, pend money.Amount
	for _, l := range r.Lines {
		require.True(t, plus(plus(l.Payable, l.NotPayable), l.Pending) == l.Amount, "line %s/%d: %s + %s + %s ≠ %s", l.Bill, l.Line, l.Payable, l.NotPayable, l.Pending, l.Amount)
		for _, d := range []money.Amount{l.Payable, l.NotPayable, l.Pending} {
			require.False(t, d.Sign() < 0, "negative part in line %s/%d", l.Bill, l.Line)
		}
		switch l.Verdict {
		case benefits.Payable:
			require.True(t, l.Pending.IsZero())
		case benefits.Pending:
			require.True(t, l.Payable.IsZero())
		case benefits.NotPayable:
			require.True(t, l.NotPayable == l.Amount)
		default:
			t.Fatalf("verdict %q", l.Verdict)
		}
		total, pay, not, pend = plus(total, l.Amount), plus(pay, l.Payable), plus(not, l.NotPayable), plus(pend, l.Pending)
	}
	require.True(t, total == r.Total && pay == r.Payable && not == r.NotPayable && pend == r.Pending)
	require.True(t, plus(plus(r.Payable, r.NotPayable), r.Pending) == r.Total, "payable + not payable + pending ≠ total")
}

func rulesOf(l benefits.LineResult) []benefits.ClaimRule {
	out := make([]benefits.ClaimRule, len(l.Findings))
	for i, f := range l.Findings {
		out[i] = f.Rule
	}
	return out
}

func notesOf(r benefits.ClaimResult) []benefits.ClaimRule {
	out := make([]benefits.ClaimRule, len(r.Notes))
	for i, f := range r.Notes {
		out[i] = f.Rule
	}
	return out
}

func missingOf(r benefits.ClaimResult) []string {
	var out []string
	for _, m := range r.Missing() {
		s := string(m.Material)
		if m.Bill != "" {
			s = m.Bill + ":" + s
		}
		out = append(out, s)
	}
	return out
}

// emergencyBill is a complete bill for emergency care at the nearest,
// non-designated hospital.
func emergencyBill(t claimT, id, date, until string, lineDates ...string) benefits.Bill {
	b := benefits.Bill{ID: id, Date: testdates.Day(t, date), Setting: benefits.SettingInpatient,
		Provider: benefits.Provider{Name: "就近的区中心医院", Designated: benefits.FactNo}, NearestEmergency: true, Itemised: true,
		Submitted: []benefits.MedicalMaterial{benefits.MedReceipt, benefits.MedDischargeSummary}}
	if until != "" {
		b.Until = testdates.Day(t, until)
	}
	if len(lineDates) == 0 {
		b.Lines = []benefits.BillLine{{Item: "住院", Amount: amt("1000.00"), Catalogue: benefits.FactYes}}
	}
	for i, d := range lineDates {
		b.Lines = append(b.Lines, benefits.BillLine{Item: fmt.Sprintf("第%d日", i+1), Amount: amt("100.00"), Date: testdates.Day(t, d), Catalogue: benefits.FactYes})
	}
	return b
}

// 第三十二条: emergency care at the nearest hospital is payable up to and
// including the stable day; the day after, it is not (the transfer was due).
func TestClaimStableDayBoundary(t *testing.T) {
	stable := testdates.Day(t, "2026-03-05")
	c := claimOf(t, emergencyBill(t, "E1", "2026-03-02", "2026-03-09", "2026-03-04", "2026-03-05", "2026-03-06"))
	c.Stable = stable
	r := assess(t, c)
	want := []benefits.Verdict{benefits.Payable, benefits.Payable, benefits.NotPayable}
	for i, l := range r.Lines {
		assert.Equal(t, want[i], l.Verdict, "line %d", i+1)
	}
	assert.Equal(t, benefits.RuleEmergency, r.Lines[1].Findings[0].Rule, "the stable day itself")
	assert.Equal(t, stable, r.Lines[1].Findings[0].Date())
	assert.Equal(t, benefits.RuleAfterStable, r.Lines[2].Findings[0].Rule, "the day after")
	assert.Equal(t, "200.00", r.Payable.String())
	assert.Equal(t, "100.00", r.NotPayable.String())

	// A stay without line dates: ending on the stable day, starting after
	// it, or running across it.
	for _, tc := range []struct {
		from, until string
		verdict     benefits.Verdict
		rule        benefits.ClaimRule
	}{
		{"2026-03-02", "2026-03-05", benefits.Payable, benefits.RuleEmergency},
		{"2026-03-06", "2026-03-08", benefits.NotPayable, benefits.RuleAfterStable},
		{"2026-03-04", "2026-03-06", benefits.Pending, benefits.RuleStaySpansStable},
		{"2026-03-05", "2026-03-07", benefits.Pending, benefits.RuleStaySpansStable}, // admitted on the stable day
		{"2026-03-04", "2026-03-05", benefits.Payable, benefits.RuleEmergency},       // discharged on it
		{"2026-03-05", "", benefits.Payable, benefits.RuleEmergency},
		{"2026-03-06", "", benefits.NotPayable, benefits.RuleAfterStable},
	} {
		c := claimOf(t, emergencyBill(t, "E", tc.from, tc.until))
		c.Stable = stable
		r := assess(t, c)
		assert.Equal(t, tc.verdict, r.Lines[0].Verdict, "%s–%s", tc.from, tc.until)
		assert.Equal(t, tc.rule, r.Lines[0].Findings[0].Rule, "%s–%s", tc.from, tc.until)
	}

	// No stable day given: pending, never guessed.
	c = claimOf(t, emergencyBill(t, "E", "2026-03-02", ""))
	r = assess(t, c)
	assert.Equal(t, benefits.Pending, r.Lines[0].Verdict)
	assert.Equal(t, benefits.RuleStableUnknown, r.Lines[0].Findings[0].Rule)

	// Designation unknown, emergency before the stable day: the exception
	// decides, the designation need not be known.
	b0 := emergencyBill(t, "E", "2026-03-04", "")
	b0.Provider.Designated = benefits.FactUnknown
	c0 := claimOf(t, b0)
	c0.Stable = stable
	assert.Equal(t, benefits.RuleEmergency, assess(t, c0).Lines[0].Findings[0].Rule)

	// Not an emergency: a non-designated hospital is not payable, even on
	// the day of the injury.
	b := emergencyBill(t, "E", "2026-03-02", "")
	b.NearestEmergency = false
	c = claimOf(t, b)
	c.Stable = stable
	r = assess(t, c)
	assert.Equal(t, benefits.NotPayable, r.Lines[0].Verdict)
	assert.Equal(t, benefits.RuleNotDesignated, r.Lines[0].Findings[0].Rule)

	// Designation unknown after the stable day: pending on the designation,
	// not refused.
	b = emergencyBill(t, "E", "2026-03-07", "")
	b.Provider.Designated = benefits.FactUnknown
	c = claimOf(t, b)
	c.Stable = stable
	r = assess(t, c)
	assert.Equal(t, benefits.Pending, r.Lines[0].Verdict)
	assert.Equal(t, benefits.RuleDesignationUnknown, r.Lines[0].Findings[0].Rule)
}

// 第三十二条第一款: designated yes, no, unknown.
func TestClaimDesignation(t *testing.T) {
	for fact, want := range map[benefits.Fact]struct {
		v    benefits.Verdict
		rule benefits.ClaimRule
	}{
		benefits.FactYes:     {benefits.Payable, benefits.RuleDesignated},
		benefits.FactNo:      {benefits.NotPayable, benefits.RuleNotDesignated},
		benefits.FactUnknown: {benefits.Pending, benefits.RuleDesignationUnknown},
	} {
		b := outpatient(t, "B", "2026-03-03", "45.50")
		b.Provider.Designated = fact
		r := assess(t, claimOf(t, b))
		assert.Equal(t, want.v, r.Lines[0].Verdict, "fact %d", fact)
		assert.Equal(t, want.rule, r.Lines[0].Findings[0].Rule)
	}
}

// 第三十三条: out of town, by the filing's state; emergency care out of town
// up to the stable day needs no filing.
func TestClaimOutOfTown(t *testing.T) {
	for filing, want := range map[benefits.FilingStatus]struct {
		v    benefits.Verdict
		rule benefits.ClaimRule
	}{
		benefits.FilingApproved: {benefits.Payable, benefits.RuleOutOfTownFiled},
		benefits.FilingPending:  {benefits.Pending, benefits.RuleFilingPending},
		benefits.FilingRefused:  {benefits.NotPayable, benefits.RuleFilingRefused},
		benefits.FilingNone:     {benefits.NotPayable, benefits.RuleNotFiled},
	} {
		b := outpatient(t, "B", "2026-03-03", "45.50")
		b.Provider = benefits.Provider{Name: "老家县医院", OutOfTown: true}
		c := claimOf(t, b)
		c.Filing = filing
		r := assess(t, c)
		assert.Equal(t, want.v, r.Lines[0].Verdict, "filing %q", filing)
		assert.Equal(t, want.rule, r.Lines[0].Findings[0].Rule, "filing %q", filing)
		assert.Equal(t, filing == benefits.FilingApproved, slices.Contains(notesOf(r), benefits.NoteOutOfTownDirect))
	}
	stable := "2026-03-05"
	for day, want := range map[string]benefits.ClaimRule{"2026-03-05": benefits.RuleEmergency, "2026-03-06": benefits.RuleAfterStable} {
		b := emergencyBill(t, "E", day, "")
		b.Provider = benefits.Provider{Name: "外地医院", OutOfTown: true}
		c := claimOf(t, b)
		c.Stable = testdates.Day(t, stable)
		r := assess(t, c)
		assert.Equal(t, want, r.Lines[0].Findings[0].Rule, day)
		// With the filing approved, the day after is payable under 第三十三条.
		c.Filing = benefits.FilingApproved
		r = assess(t, c)
		assert.Equal(t, benefits.Payable, r.Lines[0].Verdict, day)
		// With the filing under review, pending rather than refused.
		if day == "2026-03-06" {
			c.Filing = benefits.FilingPending
			r = assess(t, c)
			assert.Equal(t, benefits.RuleFilingPending, r.Lines[0].Findings[0].Rule)
		}
	}
	// The route note is for out-of-town costs only.
	c0 := claimOf(t, outpatient(t, "B", "2026-03-03", "45.50"))
	c0.Filing = benefits.FilingApproved
	assert.NotContains(t, notesOf(assess(t, c0)), benefits.NoteOutOfTownDirect)
	// An out-of-town electronic receipt is brought as the original
	// (第三十四条（一）: only 本市 e-receipts as an image).
	b := outpatient(t, "B", "2026-03-03", "45.50")
	b.Provider.OutOfTown, b.Electronic = true, true
	c := claimOf(t, b)
	c.Filing = benefits.FilingApproved
	assert.Empty(t, missingOf(assess(t, c)))
	b.Provider.OutOfTown = false
	b.Submitted = []benefits.MedicalMaterial{benefits.MedReceiptImage, benefits.MedOutpatientRecord}
	assert.Empty(t, missingOf(assess(t, claimOf(t, b))))
}

// 第三十二条第二款: the catalogues and the standard price (the host's facts).
func TestClaimCatalogueAndStandardPrice(t *testing.T) {
	for fact, want := range map[benefits.Fact]benefits.Verdict{benefits.FactYes: benefits.Payable, benefits.FactNo: benefits.NotPayable, benefits.FactUnknown: benefits.Pending} {
		b := outpatient(t, "B", "2026-03-03", "45.50")
		b.Lines[0].Catalogue = fact
		assert.Equal(t, want, assess(t, claimOf(t, b)).Lines[0].Verdict, "catalogue %d", fact)
	}
	for _, tc := range []struct{ allowed, payable, not string }{
		{"120.00", "120.00", "0.00"}, // at the standard: nothing above it
		{"119.99", "119.99", "0.01"}, // a fen above
		{"0.00", "0.00", "120.00"},   // all above: not payable
	} {
		b := outpatient(t, "B", "2026-03-03", "120.00")
		b.Lines[0].Allowed = amtp(tc.allowed)
		r := assess(t, claimOf(t, b))
		l := r.Lines[0]
		assert.Equal(t, tc.payable, l.Payable.String(), tc.allowed)
		assert.Equal(t, tc.not, l.NotPayable.String(), tc.allowed)
		assert.Equal(t, tc.not != "0.00", slices.Contains(rulesOf(l), benefits.RuleAboveStandard), tc.allowed)
		if tc.allowed == "0.00" {
			assert.Equal(t, benefits.NotPayable, l.Verdict)
		}
	}
	// Not payable wins over pending, whatever the order of the findings.
	b0 := outpatient(t, "B", "2026-03-03", "45.50")
	b0.Provider.Designated, b0.Lines[0].Catalogue = benefits.FactNo, benefits.FactUnknown
	assert.Equal(t, benefits.NotPayable, assess(t, claimOf(t, b0)).Lines[0].Verdict)
	// A one-day stay written with until = date is a valid bill.
	b0 = outpatient(t, "B", "2026-03-03", "45.50")
	b0.Until = b0.Date
	assert.Equal(t, benefits.Payable, assess(t, claimOf(t, b0)).Lines[0].Verdict)
	// A capped line that is pending keeps its excess not payable.
	b := outpatient(t, "B", "2026-03-03", "120.00")
	b.Lines[0].Allowed = amtp("100.00")
	b.Provider.Designated = benefits.FactUnknown
	l := assess(t, claimOf(t, b)).Lines[0]
	assert.Equal(t, benefits.Pending, l.Verdict)
	assert.Equal(t, "100.00", l.Pending.String())
	assert.Equal(t, "20.00", l.NotPayable.String())
}

// 第三十四条（一）（二）: the receipt or its image, the itemised list, the
// record by setting; a missing one leaves the bill's lines pending.
func TestClaimBillMaterials(t *testing.T) {
	for _, tc := range []struct {
		setting    benefits.Setting
		electronic bool
		itemised   bool
		want       []benefits.MedicalMaterial
	}{
		{benefits.SettingOutpatient, false, true, []benefits.MedicalMaterial{benefits.MedReceipt, benefits.MedOutpatientRecord}},
		{benefits.SettingEmergency, true, true, []benefits.MedicalMaterial{benefits.MedReceiptImage, benefits.MedOutpatientRecord}},
		{benefits.SettingObservation, false, false, []benefits.MedicalMaterial{benefits.MedReceipt, benefits.MedItemisedList, benefits.MedDischargeSummary}},
		{benefits.SettingInpatient, true, false, []benefits.MedicalMaterial{benefits.MedReceiptImage, benefits.MedItemisedList, benefits.MedDischargeSummary}},
		{benefits.SettingRehabilitation, false, true, []benefits.MedicalMaterial{benefits.MedReceipt, benefits.MedDischargeSummary}},
		{benefits.SettingDevice, false, true, []benefits.MedicalMaterial{benefits.MedReceipt}},
	} {
		b := outpatient(t, "B", "2026-03-03", "45.50")
		b.Setting, b.Electronic, b.Itemised, b.Submitted = tc.setting, tc.electronic, tc.itemised, nil
		if tc.setting == benefits.SettingDevice {
			b.Lines[0].Device = benefits.DeviceWheelchair
		}
		r := assess(t, claimOf(t, b))
		var got []benefits.MedicalMaterial
		for _, m := range r.Materials {
			if m.Bill == "B" {
				got = append(got, m.Material)
				assert.Equal(t, benefits.MaterialMissing, m.State)
			}
		}
		assert.Equal(t, tc.want, got, tc.setting)
		l := r.Lines[0]
		assert.Equal(t, benefits.Pending, l.Verdict, tc.setting)
		assert.Contains(t, rulesOf(l), benefits.RuleMaterialsMissing)
		// All in: no longer pending on materials.
		b.Submitted = tc.want
		l = assess(t, claimOf(t, b)).Lines[0]
		assert.NotContains(t, rulesOf(l), benefits.RuleMaterialsMissing, tc.setting)
	}
	// A record the bill does not need is kept as extra, not an error.
	b := outpatient(t, "B", "2026-03-03", "45.50")
	b.Submitted = append(b.Submitted, benefits.MedDischargeSummary)
	r := assess(t, claimOf(t, b))
	assert.Equal(t, []benefits.MaterialNeed{{Material: benefits.MedDischargeSummary, Bill: "B", State: benefits.MaterialSubmitted}}, r.Extra)
	// The form is the claim's.
	c := claimOf(t, outpatient(t, "B", "2026-03-03", "45.50"))
	c.Submitted = nil
	r = assess(t, c)
	assert.Equal(t, []string{"application_form"}, missingOf(r))
	assert.Equal(t, benefits.Payable, r.Lines[0].Verdict, "the form is not a bill's material: its lines are judged")
	assert.False(t, r.Complete())
}

// 第三十四条（三）: the legal documents by case, only with a third party, and
// not asked for when the agency obtains them by data sharing.
func TestClaimLegalDocuments(t *testing.T) {
	for _, tc := range []struct {
		lc    benefits.LegalCase
		court bool
		want  []string
	}{
		{benefits.LegalTraffic, false, []string{"liability_finding", "mediation_or_award"}},
		{benefits.LegalRail, false, []string{"liability_finding", "mediation_or_award"}},
		{benefits.LegalFerry, false, []string{"liability_finding", "mediation_or_award"}},
		{benefits.LegalTrain, false, []string{"liability_finding", "mediation_or_award"}},
		{benefits.LegalTraffic, true, []string{"liability_finding", "court_document"}},
		{benefits.LegalViolence, false, []string{"violence_proof", "compensation_proof"}},
		{benefits.LegalViolence, true, []string{"violence_proof", "court_document"}},
		{benefits.LegalOther, false, []string{"other_evidence"}},
		{benefits.LegalOther, true, []string{"court_document"}},
	} {
		c := claimOf(t, outpatient(t, "B", "2026-03-03", "45.50"))
		c.ThirdParty = &benefits.ClaimThirdParty{Case: tc.lc, Court: tc.court}
		r := assess(t, c)
		assert.Equal(t, tc.want, missingOf(r), "%s court=%v", tc.lc, tc.court)
		assert.Equal(t, benefits.Payable, r.Lines[0].Verdict, "the documents do not hold up the charges' eligibility")
	}
	// Shared: the finding is obtained by data sharing.
	c := claimOf(t, outpatient(t, "B", "2026-03-03", "45.50"))
	c.ThirdParty = &benefits.ClaimThirdParty{Case: benefits.LegalTraffic, Shared: []benefits.MedicalMaterial{benefits.MedLiabilityFinding}}
	r := assess(t, c)
	assert.Equal(t, []string{"mediation_or_award"}, missingOf(r))
	assert.Contains(t, r.Materials, benefits.MaterialNeed{Material: benefits.MedLiabilityFinding, State: benefits.MaterialShared})
	assert.Contains(t, strings.Join(r.Explain(explain.Chinese), "\n"), "通过信息共享获取")
	// Only legal documents this case needs can be shared.
	for _, m := range []benefits.MedicalMaterial{benefits.MedReceipt, benefits.MedViolenceProof, "no_such"} {
		c.ThirdParty.Shared = []benefits.MedicalMaterial{m}
		_, err := defaults.Assess(c)
		assert.ErrorIs(t, err, benefits.ErrBadMedicalClaim, m)
	}
	c.ThirdParty.Shared = []benefits.MedicalMaterial{benefits.MedLiabilityFinding, benefits.MedLiabilityFinding}
	_, err := defaults.Assess(c)
	assert.ErrorIs(t, err, benefits.ErrClaimDuplicateMaterial)
	// No third party: no legal documents.
	assert.Empty(t, missingOf(assess(t, claimOf(t, outpatient(t, "B", "2026-03-03", "45.50")))))
}

// 第三十四条（四）, 第二十三条（七）（八）, 第四十一条: the payee.
func TestClaimPayee(t *testing.T) {
	base := func() benefits.MedicalClaim { return claimOf(t, outpatient(t, "B", "2026-03-03", "45.50")) }
	r := assess(t, base())
	assert.Equal(t, benefits.Payee{Kind: benefits.PayeeWorker}, r.Payee)
	assert.Equal(t, "第二十三条（七）", r.Payee.Article())

	for _, tc := range []struct {
		by    benefits.AdvanceBy
		kind  benefits.PayeeKind
		needs []benefits.MedicalMaterial
	}{
		{benefits.AdvanceByPlatform, benefits.PayeePlatform, []benefits.MedicalMaterial{benefits.MedAdvancerAccount, benefits.MedAdvanceConfirmation}},
		{benefits.AdvanceByServiceAgency, benefits.PayeeServiceAgency, []benefits.MedicalMaterial{benefits.MedAdvancerAccount, benefits.MedAdvanceConfirmation}},
		{benefits.AdvanceByThird, benefits.PayeeAdvancer, []benefits.MedicalMaterial{benefits.MedAdvanceAgreement, benefits.MedAdvancePaymentProof}},
	} {
		c := base()
		c.Advance = &benefits.ClaimAdvance{By: tc.by, Name: "某平台"}
		// Each material alone is not enough: the payee waits.
		for _, m := range tc.needs {
			c.Submitted = []benefits.MedicalMaterial{benefits.MedApplicationForm, m}
			r := assess(t, c)
			assert.Equal(t, benefits.Payee{Kind: tc.kind, Name: "某平台", Pending: true}, r.Payee, "%s with %s only", tc.by, m)
			assert.Contains(t, notesOf(r), benefits.NotePayeeWaits)
		}
		c.Submitted = append([]benefits.MedicalMaterial{benefits.MedApplicationForm}, tc.needs...)
		r := assess(t, c)
		assert.Equal(t, benefits.Payee{Kind: tc.kind, Name: "某平台"}, r.Payee, tc.by)
		assert.NotContains(t, notesOf(r), benefits.NotePayeeWaits)
		assert.True(t, r.Complete())
	}
	c := base()
	c.Death = &benefits.ClaimDeath{Date: testdates.Day(t, "2026-03-20")}
	assert.Equal(t, benefits.PayeeCloseRelative, assess(t, c).Payee.Kind)
	_, err := func() (benefits.ClaimResult, error) {
		c := base()
		c.Advance = &benefits.ClaimAdvance{By: "insurer"}
		return defaults.Assess(c)
	}()
	assert.ErrorIs(t, err, benefits.ErrBadMedicalClaim)
}

// 第四十一条: a death during treatment: its materials, the note, and no
// treatment after the death.
func TestClaimDeath(t *testing.T) {
	b := outpatient(t, "B", "2026-03-20", "45.50")
	c := claimOf(t, b)
	c.Death = &benefits.ClaimDeath{Date: testdates.Day(t, "2026-03-20")}
	r := assess(t, c)
	assert.Equal(t, []string{"death_proof", "medical_record_copies"}, missingOf(r))
	assert.Contains(t, notesOf(r), benefits.NoteDeathOpinion)
	assert.Contains(t, strings.Join(r.Explain(explain.Chinese), "\n"), "2026-03-20 在治疗期内死亡")
	c.Death.Date = testdates.Day(t, "2026-03-19")
	_, err := defaults.Assess(c)
	assert.ErrorIs(t, err, benefits.ErrBadMedicalClaim, "a bill the day after the death")
	c.Death.Date = testdates.Day(t, "2026-03-01")
	_, err = defaults.Assess(c)
	assert.ErrorIs(t, err, benefits.ErrBadMedicalClaim, "a death before the injury")
}

// 第三十五条: direct settlement: available when networked, excluded with a
// third party; a bill settled directly is not paid twice.
func TestClaimDirectSettlement(t *testing.T) {
	c := claimOf(t, outpatient(t, "B", "2026-03-03", "45.50"))
	assert.False(t, assess(t, c).DirectSettlement)
	assert.Contains(t, notesOf(assess(t, c)), benefits.NoteDirectNotNetworked)
	c.Networked = true
	r := assess(t, c)
	assert.True(t, r.DirectSettlement)
	assert.Contains(t, notesOf(r), benefits.NoteDirectAvailable)
	c.ThirdParty = &benefits.ClaimThirdParty{Case: benefits.LegalTraffic}
	r = assess(t, c)
	assert.False(t, r.DirectSettlement, "excluded with a third party")
	assert.Contains(t, notesOf(r), benefits.NoteDirectExcluded)

	settled := outpatient(t, "S", "2026-03-04", "300.00")
	settled.SettledDirectly, settled.Submitted = true, nil
	c = claimOf(t, outpatient(t, "B", "2026-03-03", "45.50"), settled)
	c.Networked = true // a bill settles directly only once networked (audit19_test.go)
	r = assess(t, c)
	assert.Equal(t, benefits.NotPayable, r.Lines[1].Verdict)
	assert.Equal(t, []benefits.ClaimRule{benefits.RuleSettledDirectly}, rulesOf(r.Lines[1]))
	assert.Empty(t, missingOf(r), "a bill settled already needs no materials")
	c.ThirdParty = &benefits.ClaimThirdParty{Case: benefits.LegalTraffic, Shared: []benefits.MedicalMaterial{benefits.MedLiabilityFinding}}
	r = assess(t, c)
	assert.Equal(t, benefits.Pending, r.Lines[1].Verdict)
	assert.Equal(t, []benefits.ClaimRule{benefits.RuleSettledThirdParty}, rulesOf(r.Lines[1]))
}

func rehabBill(t claimT) benefits.Bill {
	return benefits.Bill{ID: "R", Date: testdates.Day(t, "2026-04-01"), Until: testdates.Day(t, "2026-04-30"), Setting: benefits.SettingRehabilitation,
		Provider: benefits.Provider{Name: "市第一康复医院", Designated: benefits.FactYes, RehabDesignated: benefits.FactYes}, Itemised: true,
		Confirmed: benefits.FactYes, Submitted: []benefits.MedicalMaterial{benefits.MedReceipt, benefits.MedDischargeSummary},
		Lines: []benefits.BillLine{{Item: "康复治疗", Amount: amt("8000.00"), Catalogue: benefits.FactYes}}}
}

// 第三十六条: inpatient rehabilitation: confirmed, at a designated
// rehabilitation institution of Shanghai.
func TestClaimRehabilitation(t *testing.T) {
	r := assess(t, claimOf(t, rehabBill(t)))
	assert.Equal(t, benefits.Payable, r.Lines[0].Verdict)
	assert.Equal(t, benefits.RuleRehabConfirmed, r.Lines[0].Findings[0].Rule)
	for _, tc := range []struct {
		edit func(*benefits.Bill)
		v    benefits.Verdict
		rule benefits.ClaimRule
	}{
		{func(b *benefits.Bill) { b.Confirmed = benefits.FactUnknown }, benefits.Pending, benefits.RuleRehabUnconfirmed},
		{func(b *benefits.Bill) { b.Confirmed = benefits.FactNo }, benefits.NotPayable, benefits.RuleRehabRefused},
		{func(b *benefits.Bill) { b.Provider.RehabDesignated = benefits.FactNo }, benefits.NotPayable, benefits.RuleRehabNotDesignated},
		{func(b *benefits.Bill) { b.Provider.RehabDesignated = benefits.FactUnknown }, benefits.Pending, benefits.RuleRehabDesignationUnknown},
		{func(b *benefits.Bill) { b.Provider.OutOfTown = true }, benefits.NotPayable, benefits.RuleRehabNotDesignated},
		// A medical designation is not a rehabilitation designation, and the
		// emergency exception does not reach rehabilitation.
		{func(b *benefits.Bill) { b.Provider.RehabDesignated, b.NearestEmergency = benefits.FactNo, true }, benefits.NotPayable, benefits.RuleRehabNotDesignated},
	} {
		b := rehabBill(t)
		tc.edit(&b)
		c := claimOf(t, b)
		c.Filing, c.Stable = benefits.FilingApproved, testdates.Day(t, "2026-05-01")
		r := assess(t, c)
		assert.Equal(t, tc.v, r.Lines[0].Verdict, tc.rule)
		assert.Equal(t, tc.rule, r.Lines[0].Findings[0].Rule)
	}
}

// 第三十七条: devices: confirmed, at an agreement institution; a denture at
// a designated hospital.
func TestClaimDevices(t *testing.T) {
	bill := func(d benefits.DeviceKind, p benefits.Provider, confirmed benefits.Fact) benefits.Bill {
		return benefits.Bill{ID: "D", Date: testdates.Day(t, "2026-06-01"), Setting: benefits.SettingDevice, Provider: p, Itemised: true, Confirmed: confirmed,
			Submitted: []benefits.MedicalMaterial{benefits.MedReceipt}, Lines: []benefits.BillLine{{Item: "器具", Amount: amt("5600.00"), Catalogue: benefits.FactYes, Device: d}}}
	}
	agreement := benefits.Provider{Name: "假肢中心", DeviceAgreement: benefits.FactYes, Designated: benefits.FactNo}
	hospital := benefits.Provider{Name: "口腔医院", Designated: benefits.FactYes, DeviceAgreement: benefits.FactNo}
	for _, tc := range []struct {
		d    benefits.DeviceKind
		p    benefits.Provider
		conf benefits.Fact
		v    benefits.Verdict
		rule benefits.ClaimRule
	}{
		{benefits.DeviceProsthesis, agreement, benefits.FactYes, benefits.Payable, benefits.RuleDeviceConfirmed},
		{benefits.DeviceOrthosis, agreement, benefits.FactYes, benefits.Payable, benefits.RuleDeviceConfirmed},
		{benefits.DeviceArtificialEye, agreement, benefits.FactYes, benefits.Payable, benefits.RuleDeviceConfirmed},
		{benefits.DeviceWheelchair, agreement, benefits.FactYes, benefits.Payable, benefits.RuleDeviceConfirmed},
		{benefits.DeviceOther, agreement, benefits.FactYes, benefits.Payable, benefits.RuleDeviceConfirmed},
		{benefits.DeviceProsthesis, hospital, benefits.FactYes, benefits.NotPayable, benefits.RuleDeviceWrongProvider},
		{benefits.DeviceDenture, hospital, benefits.FactYes, benefits.Payable, benefits.RuleDeviceConfirmed},
		{benefits.DeviceDenture, agreement, benefits.FactYes, benefits.NotPayable, benefits.RuleDeviceWrongProvider},
		{benefits.DeviceWheelchair, benefits.Provider{Name: "?"}, benefits.FactYes, benefits.Pending, benefits.RuleDeviceProviderUnknown},
		{benefits.DeviceWheelchair, agreement, benefits.FactUnknown, benefits.Pending, benefits.RuleDeviceUnconfirmed},
		{benefits.DeviceWheelchair, agreement, benefits.FactNo, benefits.NotPayable, benefits.RuleDeviceRefused},
		{benefits.DeviceWheelchair, benefits.Provider{Name: "外地", OutOfTown: true, DeviceAgreement: benefits.FactYes}, benefits.FactYes, benefits.NotPayable, benefits.RuleDeviceWrongProvider},
	} {
		r := assess(t, claimOf(t, bill(tc.d, tc.p, tc.conf)))
		assert.Equal(t, tc.v, r.Lines[0].Verdict, "%s at %s", tc.d, tc.p.Name)
		assert.Equal(t, tc.rule, r.Lines[0].Findings[0].Rule, "%s at %s", tc.d, tc.p.Name)
		assert.Equal(t, tc.d, r.Lines[0].Findings[0].Device())
	}
	// A denture on an outpatient bill of a designated hospital: the device
	// rule for its line, the ordinary rule for the others.
	b := outpatient(t, "B", "2026-06-01", "100.00")
	b.Confirmed = benefits.FactYes
	b.Lines = append(b.Lines, benefits.BillLine{Item: "假牙", Amount: amt("900.00"), Catalogue: benefits.FactYes, Device: benefits.DeviceDenture})
	r := assess(t, claimOf(t, b))
	assert.Equal(t, benefits.RuleDesignated, r.Lines[0].Findings[0].Rule)
	assert.Equal(t, benefits.RuleDeviceConfirmed, r.Lines[1].Findings[0].Rule)
	// A device fitting names each line's device.
	b = bill(benefits.DeviceNone, agreement, benefits.FactYes)
	_, err := defaults.Assess(claimOf(t, b))
	assert.ErrorIs(t, err, benefits.ErrBadMedicalClaim)
}

// 第三十四条（三）: the split is made once nothing is pending and the
// documents are in, on the claim's total and eligible cost.
func TestClaimSplit(t *testing.T) {
	b := outpatient(t, "B", "2026-03-03", "1000.00")
	b.Lines = append(b.Lines, benefits.BillLine{Item: "自费药", Amount: amt("250.00"), Catalogue: benefits.FactNo})
	c := claimOf(t, b)
	c.ThirdParty = &benefits.ClaimThirdParty{Case: benefits.LegalTraffic, Ratio: ratiop("0.7")}
	c.Submitted = append(c.Submitted, benefits.MedLiabilityFinding)
	r := assess(t, c)
	assert.Nil(t, r.Split)
	assert.Contains(t, notesOf(r), benefits.NoteSplitWaitsDocuments)

	c.Submitted = append(c.Submitted, benefits.MedMediationOrAward)
	r = assess(t, c)
	require.NotNil(t, r.Split)
	want, err := benefits.SplitMedical(benefits.Medical{Total: amt("1250.00"), Eligible: amt("1000.00"), Ratio: ratiop("0.7")})
	require.NoError(t, err)
	assert.Equal(t, want.Explanation, r.Split.Explanation)
	assert.Equal(t, "875.00", r.Split.ThirdParty.String())
	assert.Equal(t, "125.00", r.Split.Fund.String())
	zhcheck.Check(t, r.Explain(explain.English), r.Explain(explain.Chinese), true)

	// A pending charge holds the split up.
	c.Bills[0].Lines[0].Catalogue = benefits.FactUnknown
	r = assess(t, c)
	assert.Nil(t, r.Split)
	assert.Contains(t, notesOf(r), benefits.NoteSplitWaitsPending)
	// So does a pending charge of 0.00.
	c.Bills[0].Lines[0].Catalogue = benefits.FactYes
	c.Bills[0].Lines = append(c.Bills[0].Lines, benefits.BillLine{Item: "零元项目", Amount: amt("0.00")})
	r = assess(t, c)
	assert.Nil(t, r.Split)
	assert.Contains(t, notesOf(r), benefits.NoteSplitWaitsPending)
	c.Bills[0].Lines = c.Bills[0].Lines[:2]
	// No basis: the note of the article's second paragraph.
	c.Bills[0].Lines[0].Catalogue = benefits.FactYes
	c.ThirdParty.Ratio = nil
	r = assess(t, c)
	assert.Nil(t, r.Split)
	assert.Contains(t, notesOf(r), benefits.NoteSplitNoBasis)
	// A bad basis: SplitMedical's error, also a claim error.
	c.ThirdParty.Ratio = ratiop("1.5")
	_, err = defaults.Assess(c)
	assert.ErrorIs(t, err, benefits.ErrBadMedicalClaim)
	assert.ErrorIs(t, err, benefits.ErrBadMedical)
}

var identityLike = regexp.MustCompile(`[0-9]{17}[0-9Xx]`)

// Bad input: a typed error naming the place, short, never echoing an
// identity number; never a panic.
func TestClaimErrors(t *testing.T) {
	_, err := defaults.Assess(benefits.MedicalClaim{})
	assert.ErrorIs(t, err, benefits.ErrBadMedicalClaim, "the zero claim")
	id := "310101199001011234"
	for name, tc := range map[string]struct {
		edit func(*benefits.MedicalClaim)
		want error
		path string
	}{
		"no bills":           {func(c *benefits.MedicalClaim) { c.Bills = nil }, benefits.ErrBadMedicalClaim, "bills"},
		"stable before":      {func(c *benefits.MedicalClaim) { c.Stable = testdates.Day(t, "2026-03-01") }, benefits.ErrBadMedicalClaim, "stable"},
		"filing":             {func(c *benefits.MedicalClaim) { c.Filing = benefits.FilingStatus(id) }, benefits.ErrBadMedicalClaim, "filing"},
		"bill before injury": {func(c *benefits.MedicalClaim) { c.Bills[0].Date = testdates.Day(t, "2026-03-01") }, benefits.ErrBadMedicalClaim, "bills[0].date"},
		"until before date":  {func(c *benefits.MedicalClaim) { c.Bills[0].Until = testdates.Day(t, "2026-03-02") }, benefits.ErrBadMedicalClaim, "bills[0].until"},
		"no id":              {func(c *benefits.MedicalClaim) { c.Bills[0].ID = "" }, benefits.ErrBadMedicalClaim, "bills[0].id"},
		"long id":            {func(c *benefits.MedicalClaim) { c.Bills[0].ID = strings.Repeat("x", 65) }, benefits.ErrClaimLimit, "bills[0].id"},
		"duplicate bill":     {func(c *benefits.MedicalClaim) { c.Bills[0].ID, c.Bills[1].ID = id, id }, benefits.ErrDuplicateBill, "bills[1].id"},
		"setting":            {func(c *benefits.MedicalClaim) { c.Bills[0].Setting = "spa" }, benefits.ErrBadMedicalClaim, "bills[0].setting"},
		"no lines":           {func(c *benefits.MedicalClaim) { c.Bills[0].Lines = nil }, benefits.ErrBadMedicalClaim, "bills[0].lines"},
		"negative":           {func(c *benefits.MedicalClaim) { c.Bills[0].Lines[0].Amount = amt("-1") }, benefits.ErrBadMedicalClaim, "bills[0].lines[0].amount"},
		"10¹¹ 元":             {func(c *benefits.MedicalClaim) { c.Bills[0].Lines[0].Amount = amt("100000000000") }, benefits.ErrBadMedicalClaim, "bills[0].lines[0].amount"},
		"allowed above":      {func(c *benefits.MedicalClaim) { c.Bills[0].Lines[0].Allowed = amtp("45.51") }, benefits.ErrBadMedicalClaim, "bills[0].lines[0].allowed"},
		"allowed, catalogue?": {func(c *benefits.MedicalClaim) {
			c.Bills[0].Lines[0].Allowed, c.Bills[0].Lines[0].Catalogue = amtp("1"), 0
		}, benefits.ErrBadMedicalClaim, "bills[0].lines[0].allowed"},
		"line date outside":  {func(c *benefits.MedicalClaim) { c.Bills[0].Lines[0].Date = testdates.Day(t, "2026-03-04") }, benefits.ErrBadMedicalClaim, "bills[0].lines[0].date"},
		"device":             {func(c *benefits.MedicalClaim) { c.Bills[0].Lines[0].Device = "jetpack" }, benefits.ErrBadMedicalClaim, "bills[0].lines[0].device"},
		"fact out of range":  {func(c *benefits.MedicalClaim) { c.Bills[0].Lines[0].Catalogue = 7 }, benefits.ErrBadMedicalClaim, "bills[0].lines[0].catalogue"},
		"material unknown":   {func(c *benefits.MedicalClaim) { c.Submitted = []benefits.MedicalMaterial{benefits.MedicalMaterial(id)} }, benefits.ErrBadMedicalClaim, "submitted[0]"},
		"material misplaced": {func(c *benefits.MedicalClaim) { c.Submitted = []benefits.MedicalMaterial{benefits.MedReceipt} }, benefits.ErrBadMedicalClaim, "submitted[0]"},
		"bill's misplaced": {func(c *benefits.MedicalClaim) {
			c.Bills[0].Submitted = []benefits.MedicalMaterial{benefits.MedApplicationForm}
		}, benefits.ErrBadMedicalClaim, "bills[0].submitted[0]"},
		"material twice": {func(c *benefits.MedicalClaim) {
			c.Bills[0].Submitted = []benefits.MedicalMaterial{benefits.MedReceipt, benefits.MedReceipt}
		}, benefits.ErrClaimDuplicateMaterial, "bills[0].submitted[1]"},
		"third party case":   {func(c *benefits.MedicalClaim) { c.ThirdParty = &benefits.ClaimThirdParty{Case: "alien"} }, benefits.ErrBadMedicalClaim, "third_party.case"},
		"death without date": {func(c *benefits.MedicalClaim) { c.Death = &benefits.ClaimDeath{} }, benefits.ErrBadMedicalClaim, "death.date"},
		"too many bills": {func(c *benefits.MedicalClaim) {
			for i := range benefits.MaxClaimBills {
				c.Bills = append(c.Bills, outpatient(t, fmt.Sprint("X", i), "2026-03-03", "1"))
			}
		}, benefits.ErrClaimLimit, "bills"},
	} {
		c := claimOf(t, outpatient(t, "B1", "2026-03-03", "45.50"), outpatient(t, "B2", "2026-03-03", "10.00"))
		tc.edit(&c)
		_, err := defaults.Assess(c)
		require.Error(t, err, name)
		assert.ErrorIs(t, err, benefits.ErrBadMedicalClaim, name)
		assert.ErrorIs(t, err, tc.want, name)
		var ce *benefits.ClaimError
		require.ErrorAs(t, err, &ce, name)
		assert.Equal(t, tc.path, ce.Path(), name)
		assert.NotRegexp(t, identityLike, err.Error(), name)
		assert.Less(t, len(err.Error()), 400, name)
	}
	// Lines over the limit, across bills.
	c := claimOf(t)
	for i := range 11 {
		b := outpatient(t, fmt.Sprint("L", i), "2026-03-03", "1")
		for range 999 {
			b.Lines = append(b.Lines, b.Lines[0])
		}
		c.Bills = append(c.Bills, b)
	}
	_, err = defaults.Assess(c)
	assert.ErrorIs(t, err, benefits.ErrClaimLimit)
}

// The zero values of the exported types do not panic.
func TestClaimZeroValues(t *testing.T) {
	var r benefits.ClaimResult
	assert.NotPanics(t, func() {
		_ = r.Explain(explain.English)
		_ = r.Explain(explain.Chinese)
		_ = r.Missing()
		_ = r.Complete()
		_, _ = json.Marshal(r)
		_ = benefits.Finding{}.String()
		_ = benefits.Finding{}.Chinese()
		_ = benefits.Finding{}.Verdict()
		_ = benefits.LineResult{}.String()
		_ = benefits.Payee{}.String()
		_ = benefits.Payee{}.Chinese()
		_ = benefits.MedicalMaterial("").Article()
		_ = (*benefits.ClaimError)(nil).Error()
		_ = benefits.MedicalClaim{}.Validate()
	})
	_, err := json.Marshal(r)
	assert.NoError(t, err)
	_, err = benefits.Fact(9).MarshalJSON()
	assert.ErrorIs(t, err, benefits.ErrBadMedicalClaim)
	assert.Error(t, (*benefits.Fact)(nil).UnmarshalJSON([]byte("true")))
	assert.ErrorIs(t, (*benefits.MedicalClaim)(nil).UnmarshalJSON([]byte("{}")), benefits.ErrBadMedicalClaim)
	var f benefits.Fact
	for in, want := range map[string]benefits.Fact{"true": benefits.FactYes, "false": benefits.FactNo, "null": benefits.FactUnknown} {
		require.NoError(t, f.UnmarshalJSON([]byte(in)))
		assert.Equal(t, want, f)
		out, err := want.MarshalJSON()
		require.NoError(t, err)
		assert.Equal(t, in, string(out))
	}
	assert.Error(t, f.UnmarshalJSON([]byte(`"true"`)))
}

const sampleClaim = `{
  "injury": "2026-03-02",
  "stable": "2026-03-05",
  "submitted": ["application_form"],
  "bills": [{
    "id": "沪A001", "date": "2026-03-02", "until": "2026-03-09", "setting": "inpatient",
    "provider": {"name": "某区中心医院", "designated": false}, "nearest_emergency": true,
    "electronic": true, "itemised": true, "submitted": ["receipt_image", "discharge_summary"],
    "lines": [{"item": "清创缝合", "amount": "860.00", "date": "2026-03-02", "catalogue": true},
              {"item": "床位费", "amount": "300.00", "date": "2026-03-06", "catalogue": true}]
  }]
}`

// The reader: strict, limits checked before parsing, errors typed, bounded
// and masked.
func TestParseMedicalClaim(t *testing.T) {
	c, err := benefits.ParseMedicalClaim([]byte(sampleClaim))
	require.NoError(t, err)
	assert.Equal(t, benefits.FactNo, c.Bills[0].Provider.Designated)
	assert.Equal(t, benefits.FactUnknown, c.Bills[0].Provider.RehabDesignated)
	assert.Equal(t, "300.00", c.Bills[0].Lines[1].Amount.String())
	// What json.Marshal writes reads back to the same claim.
	data, err := json.Marshal(c)
	require.NoError(t, err)
	back, err := benefits.ParseMedicalClaim(data)
	require.NoError(t, err)
	r1, _ := defaults.Assess(c)
	r2, _ := defaults.Assess(back)
	assert.Equal(t, r1.Explain(explain.English), r2.Explain(explain.English))
	// json.Unmarshal goes through the same guarded reader.
	var viaJSON benefits.MedicalClaim
	require.NoError(t, json.Unmarshal([]byte(sampleClaim), &viaJSON))
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"injury":"2026-03-02","bills":[],"x":`+strings.Repeat("[", 100)+strings.Repeat("]", 100)+`}`), &viaJSON), benefits.ErrClaimLimit)

	id := "310101199001011234"
	for name, tc := range map[string]struct {
		in   string
		want error
	}{
		"too large":         {`{"injury":"` + strings.Repeat(" ", benefits.MaxClaimJSONBytes) + `"}`, benefits.ErrClaimLimit},
		"deep":              {strings.Repeat("[", 9) + strings.Repeat("]", 9), benefits.ErrClaimLimit},
		"very deep":         {strings.Repeat("[", 5_000_000), benefits.ErrClaimLimit},
		"long string":       {`{"injury":"` + strings.Repeat("9", 1023) + `"}`, benefits.ErrClaimLimit},
		"long number":       {`{"bills":[{"lines":[{"amount":` + strings.Repeat("9", 33) + `}]}]}`, benefits.ErrClaimLimit},
		"many items":        {`{"submitted":[` + strings.Repeat(`"a",`, benefits.MaxClaimJSONElements) + `"a"]}`, benefits.ErrClaimLimit},
		"null":              {`{"injury":"2026-03-02","bills":[{"id":"B","date":"2026-03-03","setting":"outpatient","provider":{},"lines":[{"amount":null}]}]}`, benefits.ErrBadMedicalClaim},
		"null fact":         {`{"injury":"2026-03-02","bills":[{"id":"B","date":"2026-03-03","setting":"outpatient","provider":{"designated":null},"lines":[{"amount":"1"}]}]}`, benefits.ErrBadMedicalClaim},
		"missing amount":    {`{"injury":"2026-03-02","bills":[{"id":"B","date":"2026-03-03","setting":"outpatient","provider":{},"lines":[{"item":"x"}]}]}`, benefits.ErrBadMedicalClaim},
		"key case":          {`{"Injury":"2026-03-02"}`, benefits.ErrBadMedicalClaim},
		"key twice":         {`{"injury":"2026-03-02","injury":"2026-03-03"}`, benefits.ErrBadMedicalClaim},
		"unknown key":       {`{"` + id + `":1}`, benefits.ErrBadMedicalClaim},
		"bad date":          {`{"injury":"` + id + `"}`, benefits.ErrBadMedicalClaim},
		"bad amount":        {`{"injury":"2026-03-02","bills":[{"id":"B","date":"2026-03-03","setting":"outpatient","provider":{},"lines":[{"amount":"` + id + `元"}]}]}`, benefits.ErrBadMedicalClaim},
		"exponent":          {`{"injury":"2026-03-02","bills":[{"id":"B","date":"2026-03-03","setting":"outpatient","provider":{},"lines":[{"amount":"1e2000000000"}]}]}`, benefits.ErrBadMedicalClaim},
		"fact as string":    {`{"injury":"2026-03-02","bills":[{"id":"B","date":"2026-03-03","setting":"outpatient","provider":{"designated":"yes"},"lines":[{"amount":"1"}]}]}`, benefits.ErrBadMedicalClaim},
		"trailing":          {`{"injury":"2026-03-02"} {}`, benefits.ErrBadMedicalClaim},
		"not json":          {`{"injury":`, benefits.ErrBadMedicalClaim},
		"wrong type":        {`{"bills":"` + id + `"}`, benefits.ErrBadMedicalClaim},
		"duplicate bill id": {`{"injury":"2026-03-02","bills":[{"id":"` + id + `","date":"2026-03-03","setting":"outpatient","provider":{},"lines":[{"amount":"1"}]},{"id":"` + id + `","date":"2026-03-03","setting":"outpatient","provider":{},"lines":[{"amount":"1"}]}]}`, benefits.ErrDuplicateBill},
	} {
		_, err := benefits.ParseMedicalClaim([]byte(tc.in))
		require.Error(t, err, name)
		assert.ErrorIs(t, err, tc.want, name)
		var ce *benefits.ClaimError
		assert.ErrorAs(t, err, &ce, name)
		assert.NotRegexp(t, identityLike, err.Error(), name)
		assert.Less(t, len(err.Error()), 400, name)
	}
}

// Every golden medical claim explains itself in Chinese, line for line, with
// the same figures; the English has no Chinese-only wording left untranslated.
func TestClaimExplainZH(t *testing.T) {
	n := 0
	for name, in := range goldenInputs(t, "benefits.medical_claim") {
		c, err := benefits.ParseMedicalClaim(in)
		if err != nil {
			continue
		}
		r, err := defaults.Assess(c)
		if err != nil {
			continue
		}
		t.Run(name, func(t *testing.T) {
			zhcheck.Check(t, r.Explain(explain.English), r.Explain(explain.Chinese), true)
			checkTotals(t, r)
		})
		n++
	}
	assert.GreaterOrEqual(t, n, 10)
}

// Every rule has its article and both wordings; the findings and the
// result's JSON carry the rule, the verdict and the article as data.
func TestClaimRulesAreComplete(t *testing.T) {
	all := []benefits.ClaimRule{
		benefits.RuleDesignated, benefits.RuleDesignationUnknown, benefits.RuleNotDesignated, benefits.RuleEmergency, benefits.RuleStableUnknown,
		benefits.RuleAfterStable, benefits.RuleStaySpansStable, benefits.RuleOutOfTownFiled, benefits.RuleFilingPending, benefits.RuleFilingRefused,
		benefits.RuleNotFiled, benefits.RuleRehabConfirmed, benefits.RuleRehabUnconfirmed, benefits.RuleRehabRefused, benefits.RuleRehabNotDesignated,
		benefits.RuleRehabDesignationUnknown, benefits.RuleDeviceConfirmed, benefits.RuleDeviceUnconfirmed, benefits.RuleDeviceRefused,
		benefits.RuleDeviceWrongProvider, benefits.RuleDeviceProviderUnknown, benefits.RuleInCatalogue, benefits.RuleCatalogueUnknown,
		benefits.RuleOutOfCatalogue, benefits.RuleAboveStandard, benefits.RuleMaterialsMissing, benefits.RuleSettledDirectly,
		benefits.RuleSettledThirdParty, benefits.NoteDirectAvailable, benefits.NoteDirectNotNetworked, benefits.NoteDirectExcluded,
		benefits.NoteOutOfTownDirect, benefits.NoteSplitNoBasis, benefits.NoteSplitWaitsPending, benefits.NoteSplitWaitsDocuments,
		benefits.NotePayeeWaits, benefits.NoteDeathOpinion,
	}
	for _, rule := range all {
		f := benefits.NewFinding(rule, benefits.FindingFigures{Date: testdates.Day(t, "2026-03-05"), Amount: amt("12.34"), Device: benefits.DeviceDenture,
			Materials: []benefits.MedicalMaterial{benefits.MedReceipt}})
		assert.Regexp(t, `^第.+条`, rule.Article(), rule)
		en, zh := f.String(), f.Chinese()
		assert.NotContains(t, en, "%!", rule)
		assert.NotContains(t, zh, "%!", rule)
		assert.True(t, zhcheck.HasHan(zh), rule)
		assert.Empty(t, zhcheck.Missing([]string{en}, []string{zh}), rule)
		assert.Equal(t, strings.HasPrefix(string(rule), "direct_") || strings.HasPrefix(string(rule), "out_of_town_direct") || strings.HasPrefix(string(rule), "split_") ||
			rule == benefits.NotePayeeWaits || rule == benefits.NoteDeathOpinion, f.Verdict() == "", rule)
	}
	r := assess(t, claimOf(t, outpatient(t, "B", "2026-03-03", "45.50")))
	data, err := json.Marshal(r)
	require.NoError(t, err)
	var back struct {
		Lines []struct {
			Amount   string `json:"amount"`
			Findings []struct {
				Rule, Verdict, Article string
			} `json:"findings"`
		} `json:"lines"`
		Total string `json:"total"`
	}
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, "45.50", back.Lines[0].Amount)
	assert.Equal(t, "45.50", back.Total)
	assert.Equal(t, "designated", back.Lines[0].Findings[0].Rule)
	assert.Equal(t, "payable", back.Lines[0].Findings[0].Verdict)
	assert.Equal(t, "第三十二条第一款", back.Lines[0].Findings[0].Article)
	checkClaimAmounts(t, data)
}

var fixed2 = regexp.MustCompile(`^[0-9]+\.[0-9]{2}$`)

// checkClaimAmounts: every amount of a result's JSON is a string with
// exactly two decimals.
func checkClaimAmounts(t testing.TB, data []byte) {
	t.Helper()
	var v any
	require.NoError(t, json.Unmarshal(data, &v))
	keys := map[string]bool{"amount": true, "total": true, "payable": true, "not_payable": true, "pending": true,
		"third_party": true, "fund": true, "worker": true, "advanced": true, "fund_pays_now": true, "recover": true}
	var walk func(any)
	walk = func(x any) {
		switch x := x.(type) {
		case map[string]any:
			for k, e := range x {
				if s, ok := e.(string); ok && keys[k] {
					assert.Regexp(t, fixed2, s, k)
				}
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(v)
}

// A fixed calendar date in this file's cases is never the zero date.
var _ = calendar.Date{}

func TestClaimErrorUnwrap(t *testing.T) {
	_, err := benefits.ParseMedicalClaim([]byte(`{"injury":"2026-03-02","bills":[{"id":"B","date":"2026-03-03","setting":"outpatient","provider":{},"lines":[{"amount":"1"}]},{"id":"B","date":"2026-03-03","setting":"outpatient","provider":{},"lines":[{"amount":"1"}]}]}`))
	assert.True(t, errors.Is(err, benefits.ErrDuplicateBill) && errors.Is(err, benefits.ErrBadMedicalClaim))
	assert.False(t, errors.Is(err, benefits.ErrClaimLimit))
}

// Each stated limit holds exactly at its value and refuses one past it.
func TestClaimLimitsAtTheEdge(t *testing.T) {
	isLimit := func(in string) bool {
		_, err := benefits.ParseMedicalClaim([]byte(in))
		return errors.Is(err, benefits.ErrClaimLimit)
	}
	nest := func(n int) string { return `{"x":` + strings.Repeat("[", n-1) + strings.Repeat("]", n-1) + `}` }
	assert.False(t, isLimit(nest(benefits.MaxClaimJSONDepth)), "nested exactly to the limit")
	assert.True(t, isLimit(nest(benefits.MaxClaimJSONDepth+1)))
	str := func(n int) string { return `{"x":"` + strings.Repeat("a", n-2) + `"}` } // n bytes with the quotes
	assert.False(t, isLimit(str(benefits.MaxClaimJSONString)))
	assert.True(t, isLimit(str(benefits.MaxClaimJSONString+1)))
	num := func(n int) string { return `{"x":` + strings.Repeat("1", n) + `}` }
	assert.False(t, isLimit(num(benefits.MaxClaimJSONNumber)))
	assert.True(t, isLimit(num(benefits.MaxClaimJSONNumber+1)))
	items := func(n int) string { return `{"x":[` + strings.Repeat("1,", n-1) + `1]}` }
	assert.False(t, isLimit(items(benefits.MaxClaimJSONElements)))
	assert.True(t, isLimit(items(benefits.MaxClaimJSONElements+1)))
	assert.False(t, isLimit(`{"x":[`+strings.Repeat("1,", benefits.MaxClaimJSONElements-1)+`1],"y":[ ],"z":[]}`), "an empty list has no item")
	size := func(n int) string { return `{"x":"` + strings.Repeat(" ", n-8) + `"}` } // n bytes
	assert.Len(t, size(benefits.MaxClaimJSONBytes), benefits.MaxClaimJSONBytes)
	assert.True(t, isLimit(size(benefits.MaxClaimJSONBytes+1)))

	// The claim's own counts.
	bills := func(n int) benefits.MedicalClaim {
		c := claimOf(t)
		for i := range n {
			c.Bills = append(c.Bills, outpatient(t, fmt.Sprint("B", i), "2026-03-03", "1.00"))
		}
		return c
	}
	_, err := defaults.Assess(bills(benefits.MaxClaimBills))
	assert.NoError(t, err)
	_, err = defaults.Assess(bills(benefits.MaxClaimBills + 1))
	assert.ErrorIs(t, err, benefits.ErrClaimLimit)
	lines := func(n int) benefits.MedicalClaim {
		c := bills(10)
		for i := range c.Bills {
			for len(c.Bills[i].Lines) < n/10 {
				c.Bills[i].Lines = append(c.Bills[i].Lines, c.Bills[i].Lines[0])
			}
		}
		if n%10 != 0 {
			c.Bills[0].Lines = append(c.Bills[0].Lines, c.Bills[0].Lines[0])
		}
		return c
	}
	_, err = defaults.Assess(lines(benefits.MaxClaimLines))
	assert.NoError(t, err)
	_, err = defaults.Assess(lines(benefits.MaxClaimLines + 1))
	assert.ErrorIs(t, err, benefits.ErrClaimLimit)
	c := bills(1)
	c.Bills[0].ID = strings.Repeat("x", benefits.MaxClaimID)
	_, err = defaults.Assess(c)
	assert.NoError(t, err)
	c.Bills[0].Lines[0].Item = strings.Repeat("x", benefits.MaxClaimText+1)
	_, err = defaults.Assess(c)
	assert.ErrorIs(t, err, benefits.ErrClaimLimit)
}

// null is refused where encoding/json would read it as "unknown" or 0.
func TestClaimRefusesNull(t *testing.T) {
	_, err := benefits.ParseMedicalClaim([]byte(`{"injury":"2026-03-02","bills":[{"id":"B","date":"2026-03-03","setting":"outpatient","provider":{"designated":null},"lines":[{"amount":"1"}]}]}`))
	require.ErrorIs(t, err, benefits.ErrBadMedicalClaim)
	assert.Contains(t, err.Error(), "null")
}
