package benefits_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/money"
)

var (
	allSettings  = []benefits.Setting{benefits.SettingOutpatient, benefits.SettingEmergency, benefits.SettingObservation, benefits.SettingInpatient, benefits.SettingRehabilitation, benefits.SettingDevice}
	allDevices   = []benefits.DeviceKind{benefits.DeviceProsthesis, benefits.DeviceOrthosis, benefits.DeviceArtificialEye, benefits.DeviceWheelchair, benefits.DeviceOther, benefits.DeviceDenture}
	allFacts     = []benefits.Fact{benefits.FactUnknown, benefits.FactYes, benefits.FactNo}
	allFilings   = []benefits.FilingStatus{benefits.FilingNone, benefits.FilingApproved, benefits.FilingPending, benefits.FilingRefused}
	allCases     = []benefits.LegalCase{benefits.LegalTraffic, benefits.LegalRail, benefits.LegalFerry, benefits.LegalTrain, benefits.LegalViolence, benefits.LegalOther}
	billMats     = []benefits.MedicalMaterial{benefits.MedReceipt, benefits.MedReceiptImage, benefits.MedItemisedList, benefits.MedOutpatientRecord, benefits.MedDischargeSummary}
	claimMats    = []benefits.MedicalMaterial{benefits.MedApplicationForm, benefits.MedLiabilityFinding, benefits.MedMediationOrAward, benefits.MedViolenceProof, benefits.MedCompensationProof, benefits.MedCourtDocument, benefits.MedOtherEvidence, benefits.MedAdvancerAccount, benefits.MedAdvanceConfirmation, benefits.MedAdvanceAgreement, benefits.MedAdvancePaymentProof, benefits.MedDeathProof, benefits.MedRecordCopies}
	claimInjury  = "2026-03-02"
	claimStables = []string{"2026-03-02", "2026-03-05", "2026-03-10"}
)

func subset[T any](t *rapid.T, all []T, label string) []T {
	var out []T
	for i, v := range all {
		if rapid.Bool().Draw(t, fmt.Sprintf("%s %d", label, i)) {
			out = append(out, v)
		}
	}
	return out
}

// drawClaim draws a valid claim over every rule's inputs, with dates near
// the stable days (where comparison bugs live).
func drawClaim(t *rapid.T) benefits.MedicalClaim {
	injury := testdates.Day(t, claimInjury)
	c := benefits.MedicalClaim{Injury: injury, Networked: rapid.Bool().Draw(t, "networked"),
		Filing: rapid.SampledFrom(allFilings).Draw(t, "filing"), Submitted: subset(t, claimMats, "claim material")}
	var anchors []calendar.Date
	for _, s := range claimStables {
		anchors = append(anchors, testdates.Day(t, s))
	}
	if rapid.Bool().Draw(t, "stable given") {
		c.Stable = rapid.SampledFrom(anchors).Draw(t, "stable")
	}
	if rapid.Bool().Draw(t, "third party") {
		tp := &benefits.ClaimThirdParty{Case: rapid.SampledFrom(allCases).Draw(t, "case"), Court: rapid.Bool().Draw(t, "court")}
		for _, m := range []benefits.MedicalMaterial{benefits.MedLiabilityFinding, benefits.MedMediationOrAward, benefits.MedViolenceProof, benefits.MedCompensationProof, benefits.MedCourtDocument, benefits.MedOtherEvidence} {
			if rapid.Bool().Draw(t, "shared "+string(m)) {
				tp.Shared = append(tp.Shared, m)
			}
		}
		// Keep only what the case needs: the others are refused.
		need := map[benefits.MedicalMaterial]bool{}
		c2 := benefits.MedicalClaim{Injury: injury, ThirdParty: &benefits.ClaimThirdParty{Case: tp.Case, Court: tp.Court}, Bills: []benefits.Bill{outpatient(t, "x", claimInjury, "1")}}
		if r, err := defaults.Assess(c2); err == nil {
			for _, m := range r.Materials {
				need[m.Material] = true
			}
		}
		tp.Shared = slices.DeleteFunc(tp.Shared, func(m benefits.MedicalMaterial) bool { return !need[m] })
		if rapid.Bool().Draw(t, "ratio given") {
			r := decimal.New(int64(rapid.IntRange(0, 100).Draw(t, "ratio %")), -2)
			tp.Ratio = &r
			tp.Rule = rapid.SampledFrom([]benefits.MedicalRule{benefits.MedicalTopUp, benefits.MedicalOwnShare}).Draw(t, "rule")
		}
		c.ThirdParty = tp
	}
	if rapid.Bool().Draw(t, "advance") {
		c.Advance = &benefits.ClaimAdvance{By: rapid.SampledFrom([]benefits.AdvanceBy{benefits.AdvanceByPlatform, benefits.AdvanceByServiceAgency, benefits.AdvanceByThird}).Draw(t, "by"), Name: "垫付方"}
	}
	if rapid.Bool().Draw(t, "death") {
		c.Death = &benefits.ClaimDeath{Date: testdates.Day(t, "2026-12-31")}
	}
	for i := range rapid.IntRange(1, 5).Draw(t, "bills") {
		date := testdates.Near(t, "bill date", 10, anchors...)
		if date.Before(injury) {
			date = injury
		}
		b := benefits.Bill{ID: fmt.Sprint("B", i), Date: date, Setting: rapid.SampledFrom(allSettings).Draw(t, "setting"),
			Provider: benefits.Provider{Name: "机构", OutOfTown: rapid.Bool().Draw(t, "out of town"), Designated: rapid.SampledFrom(allFacts).Draw(t, "designated"),
				RehabDesignated: rapid.SampledFrom(allFacts).Draw(t, "rehab"), DeviceAgreement: rapid.SampledFrom(allFacts).Draw(t, "agreement")},
			NearestEmergency: rapid.Bool().Draw(t, "emergency"), Electronic: rapid.Bool().Draw(t, "electronic"), Itemised: rapid.Bool().Draw(t, "itemised"),
			SettledDirectly: rapid.IntRange(0, 5).Draw(t, "settled") == 0, Confirmed: rapid.SampledFrom(allFacts).Draw(t, "confirmed"),
			Submitted: subset(t, billMats, "bill material")}
		if b.Provider.OutOfTown && c.Filing != benefits.FilingApproved || !b.Provider.OutOfTown && !c.Networked {
			b.SettledDirectly = false // no route to settle it directly (第三十三条, 第三十五条)
		}
		stay := rapid.IntRange(0, 6).Draw(t, "stay")
		if stay > 0 {
			b.Until, _ = date.AddDays(stay)
		}
		for j := range rapid.IntRange(1, 4).Draw(t, "lines") {
			l := benefits.BillLine{Item: fmt.Sprintf("L%d-%d", i, j), Amount: money.Fen(rapid.Int64Range(0, 10_000_000).Draw(t, "fen")),
				Catalogue: rapid.SampledFrom(allFacts).Draw(t, "catalogue")}
			if stay > 0 && rapid.Bool().Draw(t, "line dated") {
				l.Date, _ = date.AddDays(rapid.IntRange(0, stay).Draw(t, "line day"))
			}
			if l.Catalogue == benefits.FactYes && rapid.Bool().Draw(t, "capped") {
				a := money.Fen(rapid.Int64Range(0, l.Amount.Fen()).Draw(t, "allowed fen"))
				l.Allowed = &a
			}
			if b.Setting == benefits.SettingDevice || rapid.IntRange(0, 4).Draw(t, "device line") == 0 {
				l.Device = rapid.SampledFrom(allDevices).Draw(t, "device")
			}
			b.Lines = append(b.Lines, l)
		}
		c.Bills = append(c.Bills, b)
	}
	return c
}

// lineKey identifies a line by its bill and item (unique in drawn claims).
type lineOutcome struct {
	verdict               benefits.Verdict
	payable, not, pending string
	findings              string
}

func outcomes(r benefits.ClaimResult) map[string]lineOutcome {
	out := map[string]lineOutcome{}
	for _, l := range r.Lines {
		var fs []string
		for _, f := range l.Findings {
			fs = append(fs, f.String())
		}
		out[l.Bill+"/"+l.Item] = lineOutcome{l.Verdict, l.Payable.String(), l.NotPayable.String(), l.Pending.String(), strings.Join(fs, "|")}
	}
	return out
}

func materialSet(ms []benefits.MaterialNeed) map[benefits.MaterialNeed]bool {
	out := map[benefits.MaterialNeed]bool{}
	for _, m := range ms {
		out[m] = true
	}
	return out
}

// The order of bills and of the lines in a bill changes nothing: every
// line's verdict and parts, the totals, the materials, the payee, the notes
// and the split are the same; and payable + not payable + pending = total,
// exactly, line by line and in all.
func TestClaimOrderChangesNothing(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := drawClaim(t)
		r, err := defaults.Assess(c)
		if err != nil {
			if errors.Is(err, benefits.ErrBadMedical) {
				return // a ratio basis the split refuses (e.g. own share on a capped total)
			}
			t.Fatalf("%v", err)
		}
		checkTotals(t, r)

		p := c
		p.Bills = slices.Clone(c.Bills)
		perm := rapid.Permutation(p.Bills).Draw(t, "bill order")
		for i := range perm {
			perm[i].Lines = rapid.Permutation(perm[i].Lines).Draw(t, "line order")
		}
		p.Bills = perm
		q, err := defaults.Assess(p)
		if err != nil {
			t.Fatalf("reordered: %v", err)
		}
		checkTotals(t, q)
		if a, b := outcomes(r), outcomes(q); !mapsEqual(a, b) {
			t.Fatalf("a line's outcome changed with the order:\n%v\n%v", a, b)
		}
		for _, pair := range [][2]money.Amount{{r.Total, q.Total}, {r.Payable, q.Payable}, {r.NotPayable, q.NotPayable}, {r.Pending, q.Pending}} {
			if pair[0] != pair[1] {
				t.Fatalf("totals changed with the order: %s / %s", pair[0], pair[1])
			}
		}
		if !mapsEqual(materialSet(r.Materials), materialSet(q.Materials)) || !mapsEqual(materialSet(r.Extra), materialSet(q.Extra)) {
			t.Fatalf("materials changed with the order")
		}
		if r.Payee != q.Payee || r.DirectSettlement != q.DirectSettlement || !slices.Equal(notesOf(r), notesOf(q)) {
			t.Fatalf("payee, settlement or notes changed with the order")
		}
		if (r.Split == nil) != (q.Split == nil) || r.Split != nil && !slices.Equal(r.Split.Explanation, q.Split.Explanation) {
			t.Fatalf("split changed with the order")
		}
		// The JSON writer writes what the reader reads.
		data, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		back, err := benefits.ParseMedicalClaim(data)
		if err != nil {
			t.Fatalf("the reader refuses what json.Marshal wrote: %v\n%s", err, data)
		}
		b, err := defaults.Assess(back)
		if err != nil || !slices.Equal(b.Explain(explain.English), r.Explain(explain.English)) {
			t.Fatalf("round trip changed the result: %v", err)
		}
	})
}

func mapsEqual[K comparable, V comparable](a, b map[K]V) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// The reader never panics, refuses with a bounded, masked *ClaimError, and
// what it accepts assesses without panic into consistent totals.
func FuzzParseMedicalClaim(f *testing.F) {
	f.Add([]byte(sampleClaim))
	f.Add([]byte(`{"injury":"2026-03-02","bills":[{"id":"B","date":"2026-03-03","setting":"device","provider":{"device_agreement":true},"confirmed":true,"lines":[{"amount":"1.00","device":"denture","catalogue":true,"allowed":"0.50"}]}],"third_party":{"case":"violence","court":true,"shared":["violence_proof"],"ratio":"0.3"},"advance":{"by":"third"},"death":{"date":"2026-03-03"}}`))
	f.Add([]byte(strings.Repeat("[", 100000)))
	f.Add([]byte(`{"injury":"2026-03-02","bills":[{"id":"B","date":"2026-03-03","setting":"outpatient","provider":{},"lines":[{"amount":"1e2000000000"}]}]}`))
	f.Add([]byte(`{"injury":"2026-03-02","bills":[{"id":"B","date":"2026-03-03","setting":"outpatient","provider":{},"lines":[{"amount":` + strings.Repeat("9", 31) + `}]}]}`))
	f.Add([]byte(`{"injury":"2026-03-02","injury":"2026-03-02"}`))
	f.Add([]byte(`{"INJURY":"2026-03-02"}`))
	f.Add([]byte(`{"310101199001011234":true}`))
	f.Add([]byte(`{"injury":"2026-03-02","bills":[{"id":"B\u200b","date":"2026-03-03","setting":"outpatient","provider":{},"lines":[{"amount":"1"}]},{"id":"B","date":"2026-03-03","setting":"outpatient","provider":{},"lines":[{"amount":"1"}]}]}`))
	f.Add([]byte(`{"injury":"2026-03-02","bills":[{"id":"B","date":"2026-03-03","setting":"outpatient","provider":{"designated":null},"lines":[{"amount":"1"}]}]}`))
	f.Add([]byte(`{"submitted":[` + strings.Repeat(`"receipt",`, 100) + `"receipt"]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := benefits.ParseMedicalClaim(data)
		if err != nil {
			var ce *benefits.ClaimError
			if !errors.As(err, &ce) || !errors.Is(err, benefits.ErrBadMedicalClaim) {
				t.Fatalf("untyped error %T: %v", err, err)
			}
			if msg := err.Error(); len(msg) > 600 || identityLike.MatchString(msg) {
				t.Fatalf("unbounded or unmasked error (%d bytes): %.200s", len(msg), msg)
			}
			return
		}
		r, err := defaults.Assess(c)
		if err != nil {
			if !errors.Is(err, benefits.ErrBadMedicalClaim) {
				t.Fatalf("untyped error from Assess: %v", err)
			}
			return
		}
		require.True(t, plus(plus(r.Payable, r.NotPayable), r.Pending) == r.Total)
		_ = r.Explain(explain.English)
		_ = r.Explain(explain.Chinese)
		if _, err := json.Marshal(r); err != nil {
			t.Fatalf("the result cannot be written: %v", err)
		}
	})
}

// Benchmarks: go test ./benefits -run '^$' -bench 'Claim' -benchmem
// (figures in the comment of the limits, medicalclaim_json.go).

var sinkClaim benefits.ClaimResult

func benchClaim(b *testing.B) benefits.MedicalClaim {
	var bills []benefits.Bill
	for i := range 10 {
		bill := outpatient(b, fmt.Sprint("B", i), "2026-03-03", "45.50")
		bill.Lines = append(bill.Lines, benefits.BillLine{Item: "自费", Amount: amt("10.00"), Catalogue: benefits.FactNo})
		bills = append(bills, bill)
	}
	return claimOf(b, bills...)
}

// BenchmarkClaimAssess judges a claim of 10 bills, 20 lines; the baseline
// BenchmarkClaimSum only adds the 20 amounts.
func BenchmarkClaimAssess(b *testing.B) {
	c := benchClaim(b)
	b.ReportAllocs()
	for b.Loop() {
		r, err := defaults.Assess(c)
		if err != nil {
			b.Fatal(err)
		}
		sinkClaim = r
	}
}

var sinkDecimal decimal.Decimal

func BenchmarkClaimSum(b *testing.B) {
	c := benchClaim(b)
	b.ReportAllocs()
	for b.Loop() {
		var s decimal.Decimal
		for _, bill := range c.Bills {
			for _, l := range bill.Lines {
				s = s.Add(l.Amount.Decimal())
			}
		}
		sinkDecimal = s
	}
}

var sinkParsed benefits.MedicalClaim

// BenchmarkClaimParse reads the 20-line claim with the guards; the baseline
// BenchmarkClaimParsePlain decodes the same bytes with encoding/json alone
// into the wire-equivalent struct (no guard, no key check, no validation).
func BenchmarkClaimParse(b *testing.B) {
	data, err := json.Marshal(benchClaim(b))
	require.NoError(b, err)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		c, err := benefits.ParseMedicalClaim(data)
		if err != nil {
			b.Fatal(err)
		}
		sinkParsed = c
	}
}

type plainClaim struct {
	Injury    calendar.Date `json:"injury"`
	Submitted []string      `json:"submitted"`
	Bills     []struct {
		ID        string   `json:"id"`
		Date      string   `json:"date"`
		Setting   string   `json:"setting"`
		Itemised  bool     `json:"itemised"`
		Submitted []string `json:"submitted"`
		Provider  struct {
			Name       string `json:"name"`
			Designated *bool  `json:"designated"`
		} `json:"provider"`
		Lines []struct {
			Item      string          `json:"item"`
			Amount    decimal.Decimal `json:"amount"`
			Catalogue *bool           `json:"catalogue"`
		} `json:"lines"`
	} `json:"bills"`
}

var sinkPlain plainClaim

func BenchmarkClaimParsePlain(b *testing.B) {
	data, err := json.Marshal(benchClaim(b))
	require.NoError(b, err)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var c plainClaim
		if err := json.Unmarshal(data, &c); err != nil {
			b.Fatal(err)
		}
		sinkPlain = c
	}
}
