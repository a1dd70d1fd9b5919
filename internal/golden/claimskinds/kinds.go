// Package claimskinds registers the golden kinds of packages claims and
// claims/casefile (claims.windows, claims.timeline, …) with the runner.
// Import it for its effect: a test that runs claims' cases links the
// runner, claims, claims/casefile and calendar, nothing else.
package claimskinds

import (
	"errors"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/claims/casefile"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/golden"
	"github.com/zhishang/zhishang/internal/golden/calendarkinds"
)

// claimsCode names an error for an "error" field: its code (the first it
// carries), with the event refused (transition:EVENT), the fact unstated
// (unstated:FIELD) or the year not covered (not_covered:YEAR).
func claimsCode(err error) string {
	var fe *errcode.FieldError
	switch c := errcode.Of(err); {
	case c == claims.ErrTransition && errors.As(err, &fe):
		return c.Code() + ":" + fe.Value
	case c == claims.ErrUnstated && errors.As(err, &fe):
		return c.Code() + ":" + fe.Field
	}
	return calendarkinds.Code(err)
}

type windowsOutput struct {
	Platform calendar.Date `json:"platform,omitzero"`
	Worker   calendar.Date `json:"worker,omitzero"`
	CapRaw   calendar.Date `json:"cap_raw,omitzero"`
	Cap      calendar.Date `json:"cap,omitzero"`
	// Unknown lists the windows that fall in an uncovered year, each as
	// "name: error code" (platform, worker, cap).
	Unknown []string `json:"unknown,omitempty"`
	// BeforeInForce: the accident is before 373号 took effect (第八十一条).
	BeforeInForce bool   `json:"before_in_force,omitempty"`
	Error         string `json:"error,omitempty"`
}

type extensionOutput struct {
	Granted  bool          `json:"granted"`
	Deadline calendar.Date `json:"deadline,omitzero"`
	Error    string        `json:"error,omitempty"`
}

type splitOutput struct {
	From     calendar.Date `json:"from,omitzero"`
	To       calendar.Date `json:"to,omitzero"`
	Open     bool          `json:"open,omitempty"`
	Fund     string        `json:"fund,omitempty"`
	Platform string        `json:"platform,omitempty"`
	Error    string        `json:"error,omitempty"`
}

type materialsOutput struct {
	// Required and Extra are compared too: a material dropped from the
	// list of 第二十三、二十四条 would otherwise pass as an extra one.
	Required   []claims.Material `json:"required,omitempty"`
	Extra      []claims.Material `json:"extra,omitempty"`
	Missing    []claims.Material `json:"missing,omitempty"`
	ToFollow   []claims.Material `json:"to_follow,omitempty"`
	MissingKey []claims.Material `json:"missing_key,omitempty"`
	Acceptable bool              `json:"acceptable,omitempty"`
	Complete   bool              `json:"complete,omitempty"`
	Error      string            `json:"error,omitempty"`
}

type attributionOutput struct {
	Outcome    claims.Outcome `json:"outcome,omitempty"`
	Platform   string         `json:"platform,omitempty"`
	OrderID    string         `json:"order_id,omitempty"`
	Candidates []string       `json:"candidates,omitempty"`
	Error      string         `json:"error,omitempty"`
}

type lifecycleOutput struct {
	State     claims.State      `json:"state,omitempty"`
	ToFollow  []claims.Material `json:"to_follow,omitempty"`
	Confirmed bool              `json:"confirmed,omitempty"`
	Clarity   claims.Clarity    `json:"clarity,omitzero"`
	// Deadlines, when the case asks for them (as_of given): each as
	// "articles name: date" or "articles name: unknown (code)", with
	// " met", " overdue" or nothing after.
	Deadlines []string `json:"deadlines,omitempty"`
	Error     string   `json:"error,omitempty"`
}

type coverOutput struct {
	Status claims.CoverStatus `json:"status,omitempty"`
	Due    calendar.Date      `json:"due,omitzero"`
	Error  string             `json:"error,omitempty"`
}

type timelineOutput struct {
	Platform     string `json:"platform"`
	Worker       string `json:"worker"`
	Cap          string `json:"cap"`
	InTime       bool   `json:"in_time"`
	PlatformLate bool   `json:"platform_late"`
	// FilingError, a Cover "error: CODE" and a Fund "error: CODE" are the
	// codes of the parts that could not be computed.
	FilingError  string   `json:"filing_error,omitempty"`
	Cover        string   `json:"cover"`
	Deadlines    []string `json:"deadlines"`
	CostsFrom    string   `json:"costs_from,omitempty"`
	CostsTo      string   `json:"costs_to,omitempty"`
	Fund         string   `json:"fund,omitempty"`
	PlatformPays string   `json:"platform_pays,omitempty"`
	Error        string   `json:"error,omitempty"`
}

func windowText(o calendar.Deadline) string {
	if !o.Known() {
		return "unknown (not before " + o.NotBefore().String() + ")"
	}
	return o.Date.String()
}

func itemsText(items []claims.Item) []string {
	var out []string
	for _, it := range items {
		line := it.Articles + " " + it.Name + ": "
		if !it.Deadline.Known() {
			line += "unknown (" + claimsCode(it.Deadline.Err()) + ")"
		} else {
			line += it.Deadline.Date.String()
		}
		if !it.ExtendedTo.IsZero() {
			line += ", extended to " + it.ExtendedTo.String()
		}
		switch {
		case it.NotNeeded:
			line += " not needed"
		case it.Standing == calendar.StandingMet:
			line += " met"
		case it.Standing == calendar.StandingOverdue:
			line += " overdue"
		}
		if it.BeforeInForce {
			line += " (before 373号 in force)"
		}
		out = append(out, line)
	}
	return out
}

// rulebook is the claims rulebook on the default calendar with the case's
// rules (the defaults when it gives none).
func rulebook(rules *claims.Rules) (*claims.Rulebook, error) {
	var r claims.Rules
	if rules != nil {
		r = *rules
	}
	return claims.NewRulebook(calendar.Default(), r)
}

func init() {
	golden.RegisterCodes("claims", claims.Codes()...)
	golden.RegisterCodes("claims/casefile", casefile.Codes()...)
	golden.Names(claims.StateNew, claims.StateReported, claims.StateApplied, claims.StateAccepted, claims.StateConfirmed,
		claims.StateNotConfirmed, claims.StateDelivered, claims.StateAssessed, claims.StateBenefitApplied, claims.StateBenefitAccepted,
		claims.StateSupplementRequested, claims.StateReviewApproved, claims.StateReviewRefused, claims.StateBenefits, claims.StateWithdrawn)
	golden.Names(claims.SituationOrderAccident, claims.SituationCommute, claims.SituationSuddenDeath, claims.SituationRescue, claims.SituationVeteran)
	// Every fixed list's Chinese names, as the types give them.
	golden.Names(claims.AdvanceNone, claims.AdvancePlatform, claims.AdvanceThird)
	golden.Names(claims.ApplicantPlatform, claims.ApplicantServiceAgency, claims.ApplicantWorker, claims.ApplicantRelative, claims.ApplicantUnion)
	golden.Names(claims.BeforeInForceNote, claims.BeforeInForceRefuse)
	golden.Names(claims.Clarity(""), claims.Clear, claims.NotClear) // "" is unstated
	golden.Names(claims.Covered, claims.CoverPending, claims.NotCovered)
	golden.Names(claims.ClockFromAcceptance, claims.ClockFromFoundClear)
	golden.Names(claims.EventReport, claims.EventExtension, claims.EventApply, claims.EventAccept, claims.EventMaterialsToFollow, claims.EventFactsClear, claims.EventWithdraw, claims.EventDecide, claims.EventDeliver, claims.EventAssess, claims.EventBenefitApply, claims.EventBenefitAccept, claims.EventSupplementRequested, claims.EventSupplemented, claims.EventReview, claims.EventBenefits)
	golden.Names(claims.LateCostFromAccident, claims.LateCostAfterWindow)
	golden.Names(claims.LateCostToAcceptance, claims.LateCostToFiling)
	golden.Names(claims.MatApplicationForm, claims.MatIdentity, claims.MatScene, claims.MatOrderData, claims.MatTrack, claims.MatDiagnosis, claims.MatPaymentAccount, claims.MatAdvanceByPlatform, claims.MatAdvanceByThird, claims.MatConsent, claims.MatPoliceProof, claims.MatCommuteProof, claims.MatRescueDeath, claims.MatPublicInterest, claims.MatVeteranProof)
	golden.Names(claims.Responsible, claims.Investigate)
	golden.Register(map[string]golden.Kind{
		// claims.windows: the application windows of an accident (第二十一、二十二条).
		"claims.windows": golden.Define(func(in struct {
			Accident calendar.Date `json:"accident"`
			Rules    *claims.Rules `json:"rules,omitempty"`
		}) (windowsOutput, golden.Explained) {
			rb, err := rulebook(in.Rules)
			var w claims.Windows
			if err == nil {
				w, err = rb.ApplicationWindows(claims.Case{Accident: in.Accident})
			}
			if err != nil {
				return windowsOutput{Error: claimsCode(err)}, golden.Refused(err, claimsCode(err))
			}
			out := windowsOutput{CapRaw: w.Cap.Raw, BeforeInForce: w.BeforeInForce}
			var expl, zh []string
			for _, x := range []struct {
				name string
				dl   calendar.Deadline
				err  error
				into *calendar.Date
			}{{"platform", w.Platform, w.Platform.Err(), &out.Platform}, {"worker", w.Worker, w.Worker.Err(), &out.Worker}, {"cap", w.Cap, w.Cap.Err(), &out.Cap}} {
				if x.err != nil {
					out.Unknown = append(out.Unknown, x.name+": "+claimsCode(x.err))
					expl = append(expl, x.name+": "+x.err.Error())
					zh = append(zh, windowZH[x.name]+"："+golden.RefusalZH(x.err, claimsCode(x.err)))
					continue
				}
				*x.into = x.dl.Date
				expl = append(expl, x.dl.Explain(explain.English)...)
				zh = append(zh, x.dl.Explain(explain.Chinese)...)
			}
			return out, golden.Explained{EN: expl, ZH: zh}
		}),
		// claims.extension: an extension request (第二十二条第一款), recorded
		// on a case with nothing else and judged by the rulebook.
		"claims.extension": golden.Define(func(in struct {
			Accident  calendar.Date    `json:"accident"`
			Extension claims.Extension `json:"extension"`
			Rules     *claims.Rules    `json:"rules,omitempty"`
		}) (extensionOutput, golden.Explained) {
			x := in.Extension
			rb, err := rulebook(in.Rules)
			c := claims.Case{Accident: in.Accident}
			if err == nil {
				c, err = c.Next(claims.Event{Kind: claims.EventExtension, Date: x.RequestedOn, Applicant: x.Applicant, Reason: x.Reason, Approved: x.Approved, Until: x.Until})
			}
			var w claims.Windows
			if err == nil {
				w, err = rb.ApplicationWindows(c)
			}
			if err != nil {
				return extensionOutput{Error: claimsCode(err)}, golden.Refused(err, claimsCode(err))
			}
			r := w.WorkerExtension
			if x.Applicant.PlatformSide() {
				r = w.PlatformExtension
			}
			if r.Err != nil {
				return extensionOutput{Error: claimsCode(r.Err)}, golden.Refused(r.Err, claimsCode(r.Err))
			}
			return extensionOutput{Granted: r.Granted, Deadline: r.Deadline}, golden.Explained{EN: r.Reasons, ZH: golden.ChineseAlready(r.Reasons)}
		}),
		// claims.late_costs: the late platform's share (第二十二条第二款). The
		// input's applicant says who filed, for the reader: the split does
		// not depend on it (whoever filed, the platform that missed its
		// window bears the costs). The platform's extension is the request
		// the case records (第二十二条第一款), judged by the rulebook.
		"claims.late_costs": golden.Define(func(in struct {
			Accident            calendar.Date     `json:"accident"`
			Applicant           claims.Applicant  `json:"applicant,omitempty"`
			AppliedOn           calendar.Date     `json:"applied_on"`
			AcceptedOn          calendar.Date     `json:"accepted_on,omitzero"`
			IdentityNotVerified bool              `json:"identity_not_verified,omitempty"`
			PlatformExtension   *claims.Extension `json:"platform_extension,omitempty"`
			Costs               []claims.Cost     `json:"costs"`
			Rules               *claims.Rules     `json:"rules,omitempty"`
		}) (splitOutput, golden.Explained) {
			rb, err := rulebook(in.Rules)
			if err == nil {
				var s claims.CostSplit
				c := claims.Case{Accident: in.Accident, Applicant: in.Applicant, AppliedOn: in.AppliedOn, AcceptedOn: in.AcceptedOn, IdentityNotVerified: in.IdentityNotVerified}
				if in.PlatformExtension != nil {
					c.PlatformExtension = *in.PlatformExtension
				}
				if s, err = rb.SplitLateCosts(c, in.Costs); err == nil {
					return splitOutput{From: s.From, To: s.To, Open: s.Open, Fund: s.Fund.String(), Platform: s.Platform.String()}, golden.Explained{EN: s.Reasons, ZH: golden.ChineseAlready(s.Reasons)}
				}
			}
			return splitOutput{Error: claimsCode(err)}, golden.Refused(err, claimsCode(err))
		}),
		// claims.cover: 第四十三条.
		"claims.cover": golden.Define(func(in struct {
			Accident   calendar.Date    `json:"accident"`
			PaidMonths []calendar.Month `json:"paid_months"`
			AsOf       calendar.Date    `json:"as_of"`
		}) (coverOutput, golden.Explained) {
			rb, err := rulebook(nil)
			var r claims.CoverResult
			if err == nil {
				r, err = rb.CheckCover(in.Accident, in.PaidMonths, in.AsOf)
			}
			if err != nil {
				return coverOutput{Error: claimsCode(err)}, golden.Refused(err, claimsCode(err))
			}
			out := coverOutput{Status: r.Status, Due: r.Due.Date}
			return out, golden.Explained{EN: r.Reasons, ZH: golden.ChineseAlready(r.Reasons)}
		}),
		// claims.timeline: a whole case file (examples/claim-timeline's input).
		"claims.timeline": golden.Define(func(in casefile.File) (timelineOutput, golden.Explained) {
			t, err := in.Timeline(calendar.Default())
			if err != nil {
				return timelineOutput{Error: claimsCode(err)}, golden.Refused(err, claimsCode(err))
			}
			out := timelineOutput{Platform: windowText(t.Windows.Platform), Worker: windowText(t.Windows.Worker), Cap: windowText(t.Windows.Cap),
				InTime: t.Filing.InTime, Cover: string(t.Cover.Status), Deadlines: itemsText(t.Deadlines)}
			// PlatformLate is false when it cannot be told (PlatformLateErr).
			out.PlatformLate = t.Filing.PlatformLate && t.Filing.PlatformLateErr == nil
			if t.FilingErr != nil {
				out.FilingError = claimsCode(t.FilingErr)
			}
			if t.CoverErr != nil {
				out.Cover = "error: " + claimsCode(t.CoverErr)
			}
			expl := append(append([]string{}, t.Filing.Reasons...), t.Cover.Reasons...)
			if t.CostsErr != nil {
				out.Fund = "error: " + claimsCode(t.CostsErr)
			}
			if c := t.Costs; c != nil {
				out.CostsFrom, out.Fund, out.PlatformPays = c.From.String(), c.Fund.String(), c.Platform.String()
				if c.Open {
					out.CostsTo = "open"
				} else if !c.To.IsZero() {
					out.CostsTo = c.To.String()
				}
				if c.From.IsZero() {
					out.CostsFrom = ""
				}
				expl = append(expl, c.Reasons...)
			}
			return out, golden.Explained{EN: expl, ZH: golden.ChineseAlready(expl)}
		}),
		// claims.materials: the checklist of 第二十三至二十五条.
		"claims.materials": golden.Define(func(in struct {
			Application claims.Application `json:"application"`
			Rules       *claims.Rules      `json:"rules,omitempty"`
		}) (materialsOutput, golden.Explained) {
			rb, err := rulebook(in.Rules)
			var c claims.Check
			if err == nil {
				c, err = rb.CheckMaterials(in.Application)
			}
			if err != nil {
				return materialsOutput{Error: claimsCode(err)}, golden.Refused(err, claimsCode(err))
			}
			return materialsOutput{Required: c.Required, Extra: c.Extra, Missing: c.Missing, ToFollow: c.ToFollow, MissingKey: c.MissingKey, Acceptable: c.Acceptable, Complete: c.Complete}, golden.Explained{EN: c.Explain(explain.English), ZH: c.Explain(explain.Chinese)}
		}),
		// claims.decision_deadline: 第二十六、二十七条.
		"claims.decision_deadline": golden.Define(func(in struct {
			Accepted calendar.Date  `json:"accepted"`
			Clarity  claims.Clarity `json:"clarity"`
			ClearOn  calendar.Date  `json:"clear_on,omitzero"`
			Rules    *claims.Rules  `json:"rules,omitempty"`
		}) (calendarkinds.DeadlineOutput, []string) {
			c := claims.Case{AcceptedOn: in.Accepted, Clarity: in.Clarity, ClearOn: in.ClearOn}
			if c.Clarity == claims.Clear && c.ClearOn.IsZero() {
				c.ClearOn = in.Accepted
			}
			rb, err := rulebook(in.Rules)
			if err != nil {
				return calendarkinds.DeadlineResult(calendar.Deadline{}, err)
			}
			return calendarkinds.DeadlineResult(rb.DecisionDeadline(c))
		}),
		"claims.delivery_deadline": golden.Define(func(in struct {
			Decided calendar.Date `json:"decided"`
		}) (calendarkinds.DeadlineOutput, []string) {
			rb, err := rulebook(nil)
			if err != nil {
				return calendarkinds.DeadlineResult(calendar.Deadline{}, err)
			}
			return calendarkinds.DeadlineResult(rb.DeliveryDeadline(in.Decided))
		}),
		"claims.review_deadline": golden.Define(func(in struct {
			Accepted calendar.Date `json:"accepted"`
		}) (calendarkinds.DeadlineOutput, []string) {
			rb, err := rulebook(nil)
			if err != nil {
				return calendarkinds.DeadlineResult(calendar.Deadline{}, err)
			}
			return calendarkinds.DeadlineResult(rb.ReviewDeadline(in.Accepted))
		}),
		"claims.supplement_deadline": golden.Define(func(in struct {
			Asked calendar.Date `json:"asked"`
		}) (calendarkinds.DeadlineOutput, []string) {
			rb, err := rulebook(nil)
			if err != nil {
				return calendarkinds.DeadlineResult(calendar.Deadline{}, err)
			}
			return calendarkinds.DeadlineResult(rb.SupplementDeadline(in.Asked))
		}),
		// claims.attribution: 第二十八条.
		"claims.attribution": golden.Define(func(in struct {
			Accident      claims.Accident `json:"accident"`
			Orders        []claims.Order  `json:"orders"`
			OverlapMeters float64         `json:"overlap_meters,omitempty"`
		}) (attributionOutput, golden.Explained) {
			rb, err := rulebook(&claims.Rules{OverlapMeters: in.OverlapMeters})
			var a claims.Attribution
			if err == nil {
				a, err = rb.Attribute(in.Accident, in.Orders)
			}
			if err != nil {
				return attributionOutput{Error: claimsCode(err)}, golden.Refused(err, claimsCode(err))
			}
			out := attributionOutput{Outcome: a.Outcome, Platform: a.Platform, OrderID: a.Order.OrderID}
			for _, c := range a.Candidates {
				out.Candidates = append(out.Candidates, c.Platform+"/"+c.OrderID)
			}
			return out, golden.Explained{EN: a.Reasons, ZH: a.Explain(explain.Chinese)}
		}),
		// claims.lifecycle: a case's events in order; the state after them.
		"claims.lifecycle": golden.Define(func(in struct {
			Accident calendar.Date  `json:"accident"`
			Events   []claims.Event `json:"events"`
			Earlier  []claims.Case  `json:"earlier,omitempty"`
			AsOf     calendar.Date  `json:"as_of,omitzero"`
		}) (lifecycleOutput, golden.Explained) {
			if err := claims.CheckSingleConfirmation(in.Earlier); err != nil {
				return lifecycleOutput{Error: claimsCode(err)}, golden.Refused(err, claimsCode(err))
			}
			c := claims.Case{Accident: in.Accident}
			var expl, zh []string
			for _, ev := range in.Events {
				n, err := c.Next(ev)
				if err != nil {
					code := claimsCode(err)
					return lifecycleOutput{Error: code}, golden.Explained{EN: append(expl, err.Error()), ZH: append(zh, "未能计算："+golden.RefusalZH(err, code))}
				}
				c = n
				expl = append(expl, string(ev.Kind)+" on "+ev.Date.String()+" → "+string(c.State))
				zh = append(zh, ev.Date.String()+" "+golden.NameZH("claims.EventKind", string(ev.Kind))+" → "+golden.NameZH("claims.State", string(c.State)))
			}
			out := lifecycleOutput{State: c.State, ToFollow: c.ToFollow, Confirmed: c.Confirmed, Clarity: c.Clarity}
			if !in.AsOf.IsZero() {
				rb, err := rulebook(nil)
				var items []claims.Item
				if err == nil {
					items, err = rb.Deadlines(c, in.AsOf)
				}
				if err != nil {
					code := claimsCode(err)
					return lifecycleOutput{Error: code}, golden.Explained{EN: append(expl, err.Error()), ZH: append(zh, "未能计算："+golden.RefusalZH(err, code))}
				}
				out.Deadlines = itemsText(items)
			}
			return out, golden.Explained{EN: expl, ZH: zh}
		}),
	})
}

// windowZH names the application windows of claims.windows.
var windowZH = map[string]string{"platform": "平台企业申请期限", "worker": "本人申请期限", "cap": "延期上限"}
