// Package benefitskinds registers the golden kinds of packages benefits and
// benefits/casefile (benefits.award, benefits.medical, …) with the runner.
// Import it for its effect: a test that runs benefits' cases links the
// runner, benefits, benefits/casefile and what they depend on (calendar,
// param), nothing else.
package benefitskinds

import (
	"errors"
	"strconv"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/benefits/casefile"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/explain"

	"github.com/zhishang/zhishang/internal/golden"
	"github.com/zhishang/zhishang/internal/golden/calendarkinds"
	"github.com/zhishang/zhishang/internal/golden/paramkinds"
	"github.com/zhishang/zhishang/money"
)

// benefitsCode is the error code of a benefits case: its code (the first it
// carries), with the figure and year of a base missing
// (missing_base:PARAM:YEAR), the name of a parameter missing
// (missing_parameter:NAME) or the year not covered (not_covered:YEAR).
func benefitsCode(err error) string {
	var mb *benefits.MissingBaseError
	if errcode.Of(err) == benefits.ErrMissingBase && errors.As(err, &mb) {
		return benefits.ErrMissingBase.Code() + ":" + string(mb.Param) + ":" + strconv.Itoa(mb.Year)
	}
	if code := paramkinds.Code(err); code != "" {
		return code
	}
	return calendarkinds.Code(err)
}

type itemOut struct {
	Kind        benefits.Kind  `json:"kind"`
	Beneficiary string         `json:"beneficiary,omitempty"`
	Amount      string         `json:"amount"`
	StartMonth  calendar.Month `json:"start_month,omitzero"` // a periodic item's first month
	DueMonth    calendar.Month `json:"due_month,omitzero"`   // the month a one-time item is due
	EndMonth    calendar.Month `json:"end_month,omitzero"`
	Flagged     bool           `json:"flagged,omitempty"`
}

// platformOut is a platform line's kind and amount (a summary of
// benefits.PlatformLine, which also gives the platform, the months and the
// basis).
type platformOut struct {
	Kind   benefits.PlatformKind `json:"kind"`
	Amount string                `json:"amount"`
}

type medicalOut struct {
	ThirdParty string             `json:"third_party,omitempty"`
	Fund       string             `json:"fund,omitempty"`
	Worker     string             `json:"worker,omitempty"`
	Recovery   *benefits.Recovery `json:"recovery,omitempty"`
	Error      string             `json:"error,omitempty"`
}

func medicalOf(s benefits.MedicalSplit) *medicalOut {
	out := &medicalOut{ThirdParty: s.ThirdParty.String(), Fund: s.Fund.String(), Worker: s.Worker.String()}
	out.Recovery = s.Recovery
	return out
}

// claimLineOut is one charge of a medical claim: its verdict, its parts
// (a part that is zero is left out) and every rule applied, in order.
type claimLineOut struct {
	Bill       string               `json:"bill"`
	Line       int                  `json:"line"`
	Verdict    benefits.Verdict     `json:"verdict"`
	Payable    string               `json:"payable,omitempty"`
	NotPayable string               `json:"not_payable,omitempty"`
	Pending    string               `json:"pending,omitempty"`
	Rules      []benefits.ClaimRule `json:"rules"`
}

type claimMaterialOut struct {
	Material benefits.MedicalMaterial `json:"material"`
	Bill     string                   `json:"bill,omitempty"`
}

// payeeOut is the payee's kind (benefits.Payee without its name).
type payeeOut struct {
	Kind    benefits.PayeeKind `json:"kind"`
	Pending bool               `json:"pending,omitempty"`
}

// medicalClaimOut is a medical claim's assessment (第三十二至三十七条,
// 第四十一条): the charges, the materials missing and those obtained by data
// sharing, the payee, the exact totals, the split and the remarks.
type medicalClaimOut struct {
	Lines            []claimLineOut       `json:"lines,omitempty"`
	Missing          []claimMaterialOut   `json:"missing,omitempty"`
	Shared           []claimMaterialOut   `json:"shared,omitempty"`
	Payee            *payeeOut            `json:"payee,omitempty"`
	DirectSettlement bool                 `json:"direct_settlement,omitempty"`
	Total            string               `json:"total,omitempty"`
	Payable          string               `json:"payable,omitempty"`
	NotPayable       string               `json:"not_payable,omitempty"`
	Pending          string               `json:"pending,omitempty"`
	Split            *medicalOut          `json:"split,omitempty"`
	Notes            []benefits.ClaimRule `json:"notes,omitempty"`
	Error            string               `json:"error,omitempty"`
}

func medicalClaimOf(r benefits.ClaimResult) medicalClaimOut {
	nonZero := func(a money.Amount) string {
		if a.IsZero() {
			return ""
		}
		return a.String()
	}
	out := medicalClaimOut{Payee: &payeeOut{Kind: r.Payee.Kind, Pending: r.Payee.Pending}, DirectSettlement: r.DirectSettlement,
		Total: r.Total.String(), Payable: r.Payable.String(), NotPayable: r.NotPayable.String(), Pending: r.Pending.String()}
	for _, l := range r.Lines {
		o := claimLineOut{Bill: l.Bill, Line: l.Line, Verdict: l.Verdict, Payable: nonZero(l.Payable), NotPayable: nonZero(l.NotPayable), Pending: nonZero(l.Pending)}
		for _, f := range l.Findings {
			o.Rules = append(o.Rules, f.Rule)
		}
		out.Lines = append(out.Lines, o)
	}
	for _, m := range r.Materials {
		switch m.State {
		case benefits.MaterialMissing:
			out.Missing = append(out.Missing, claimMaterialOut{Material: m.Material, Bill: m.Bill})
		case benefits.MaterialShared:
			out.Shared = append(out.Shared, claimMaterialOut{Material: m.Material, Bill: m.Bill})
		}
	}
	for _, n := range r.Notes {
		out.Notes = append(out.Notes, n.Rule)
	}
	if r.Split != nil {
		out.Split = medicalOf(*r.Split)
	}
	return out
}

type awardOutput struct {
	// DeathSituation is which of the three death situations the award was
	// computed in (工伤保险条例 第三十九条); absent for a disability award.
	DeathSituation benefits.DeathSituation `json:"death_situation,omitzero"`
	Items          []itemOut               `json:"items,omitempty"`
	OneTimeTotal   string                  `json:"one_time_total,omitempty"`
	MonthlyTotal   string                  `json:"monthly_total,omitempty"`
	Provisional    bool                    `json:"provisional,omitempty"`
	Flagged        bool                    `json:"flagged,omitempty"`
	// Platform are the platform's 第四十六条 lines, apart from the fund's.
	Platform      []platformOut      `json:"platform,omitempty"`
	PlatformTotal string             `json:"platform_total,omitempty"`
	Medical       *medicalOut        `json:"medical,omitempty"`
	Schedule      []benefits.Payment `json:"schedule,omitempty"`
	Error         string             `json:"error,omitempty"`
}

func init() {
	golden.RegisterCodes("benefits", benefits.Codes()...)
	golden.RegisterCodes("benefits/casefile", casefile.Codes()...)
	golden.Names(benefits.Spouse, benefits.Other)
	// Every fixed list's Chinese names, as the types give them.
	golden.Names(benefits.OneTimeDisabilityGrant, benefits.DisabilityAllowance, benefits.OneTimeAllowance, benefits.NursingAllowance, benefits.FuneralGrant, benefits.SurvivorPension, benefits.DeathGrant)
	golden.Names(benefits.LivingAllowance, benefits.TreatmentNursing)
	golden.Names(benefits.MedReceipt, benefits.MedReceiptImage, benefits.MedItemisedList, benefits.MedOutpatientRecord, benefits.MedDischargeSummary, benefits.MedApplicationForm, benefits.MedLiabilityFinding, benefits.MedMediationOrAward, benefits.MedViolenceProof, benefits.MedCompensationProof, benefits.MedCourtDocument, benefits.MedOtherEvidence, benefits.MedAdvancerAccount, benefits.MedAdvanceConfirmation, benefits.MedAdvanceAgreement, benefits.MedAdvancePaymentProof, benefits.MedDeathProof, benefits.MedRecordCopies)
	golden.Names(benefits.AdvanceByPlatform, benefits.AdvanceByServiceAgency, benefits.AdvanceByThird)
	golden.Names(benefits.ClaimRules()...)
	golden.Names(benefits.DeathCause(""), benefits.CauseInjury, benefits.CauseOther) // "" is not stated: read as the injury
	golden.Names(benefits.TimingNotStated, benefits.TimingDuringTreatment, benefits.TimingAfterTreatment)
	golden.Names(benefits.DeviceNone, benefits.DeviceProsthesis, benefits.DeviceOrthosis, benefits.DeviceArtificialEye, benefits.DeviceWheelchair, benefits.DeviceOther, benefits.DeviceDenture)
	golden.Names(benefits.FilingNone, benefits.FilingApproved, benefits.FilingPending, benefits.FilingRefused)
	golden.Names(benefits.LegalTraffic, benefits.LegalRail, benefits.LegalFerry, benefits.LegalTrain, benefits.LegalViolence, benefits.LegalOther)
	golden.Names(benefits.MaterialSubmitted, benefits.MaterialShared, benefits.MaterialMissing)
	golden.Names(benefits.MedicalTopUp, benefits.MedicalOwnShare)
	golden.Names(benefits.NeedMissing, benefits.NeedProvisional)
	golden.Names(benefits.NursingNone, benefits.NursingFull, benefits.NursingMostly, benefits.NursingPartly)
	golden.Names(benefits.PayeeWorker, benefits.PayeeCloseRelative, benefits.PayeePlatform, benefits.PayeeServiceAgency, benefits.PayeeAdvancer)
	golden.Names(benefits.SettingOutpatient, benefits.SettingEmergency, benefits.SettingObservation, benefits.SettingInpatient, benefits.SettingRehabilitation, benefits.SettingDevice)
	golden.Names(benefits.Payable, benefits.NotPayable, benefits.Pending)
	golden.Names(benefits.NoDeathSituation, benefits.DeathFromInjury, benefits.DeathDuringTreatment, benefits.DeathAfterTreatmentGrade1to4)
	golden.Register(map[string]golden.Kind{
		// benefits.award: a casefile.File: the award, its schedule and the medical split.
		"benefits.award": golden.Define(func(in casefile.File) (awardOutput, golden.Explained) {
			if err := in.Case.Validate(); err != nil {
				return awardOutput{Error: benefitsCode(err)}, golden.Refused(err, benefitsCode(err))
			}
			r, err := in.Calculate()
			if err != nil {
				return awardOutput{Error: benefitsCode(err)}, golden.Refused(err, benefitsCode(err))
			}
			out := awardOutput{OneTimeTotal: r.Award.OneTimeTotal.String(), MonthlyTotal: r.Award.MonthlyTotal.String(),
				Provisional: r.Award.Provisional, Flagged: r.Award.Flagged, DeathSituation: r.Award.Situation}
			for _, it := range r.Award.Items {
				o := itemOut{Kind: it.Kind, Beneficiary: it.Beneficiary, Amount: it.Amount.String(), StartMonth: it.StartMonth, EndMonth: it.EndMonth, Flagged: it.Flagged}
				if !it.Periodic {
					o.StartMonth, o.DueMonth = calendar.Month{}, it.StartMonth
				}
				out.Items = append(out.Items, o)
			}
			for _, l := range r.Award.Platform {
				out.Platform = append(out.Platform, platformOut{Kind: l.Kind, Amount: l.Amount.String()})
			}
			if len(r.Award.Platform) > 0 {
				out.PlatformTotal = r.Award.PlatformTotal.String()
			}
			out.Schedule = r.Schedule
			if m := r.Medical; m != nil {
				out.Medical = medicalOf(*m)
			}
			return out, golden.Explained{EN: r.Explanation, ZH: r.Award.Explain(explain.Chinese)}
		}),
		// benefits.medical: 第三十四条.
		"benefits.medical": golden.Define(func(in benefits.Medical) (medicalOut, golden.Explained) {
			s, err := benefits.SplitMedical(in)
			if err != nil {
				return medicalOut{Error: benefitsCode(err)}, golden.Refused(err, benefitsCode(err))
			}
			return *medicalOf(s), golden.Explained{EN: s.Explanation, ZH: benefits.MedicalZH(in, s)}
		}),
		// benefits.medical_claim: 第三十二至三十七条, 第四十一条: a benefits.MedicalClaim
		// (read through its guarded reader) assessed charge by charge by the
		// default rulebook.
		"benefits.medical_claim": golden.Define(func(in benefits.MedicalClaim) (medicalClaimOut, golden.Explained) {
			rb, err := benefits.NewRulebook(benefits.DefaultParams(), benefits.Rules{})
			if err != nil {
				return medicalClaimOut{Error: benefitsCode(err)}, golden.Refused(err, benefitsCode(err))
			}
			r, err := rb.Assess(in)
			if err != nil {
				return medicalClaimOut{Error: benefitsCode(err)}, golden.Refused(err, benefitsCode(err))
			}
			return medicalClaimOf(r), golden.Explained{EN: r.Explain(explain.English), ZH: r.Explain(explain.Chinese)}
		}),
	})
}
