package claims_test

import (
	"errors"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/errcode"
)

// tb is what the helpers need of a *testing.T or a *rapid.T.
type tb interface {
	Helper()
	Fatalf(format string, args ...any)
}

// book is the rulebook of the default calendar with rules (the defaults
// when none are given).
func book(t tb, rules ...claims.Rules) *claims.Rulebook {
	t.Helper()
	return bookOn(t, calendar.Default(), rules...)
}

// bookOn is the rulebook of cal with rules (the defaults when none).
func bookOn(t tb, cal *calendar.Calendar, rules ...claims.Rules) *claims.Rulebook {
	t.Helper()
	var r claims.Rules
	if len(rules) > 0 {
		r = rules[0]
	}
	rb, err := claims.NewRulebook(cal, r)
	if err != nil {
		t.Fatalf("NewRulebook: %v", err)
	}
	return rb
}

// filedCase is a stored case of the accident whose application a filed on
// the given day (accepted on accepted, when not zero), with the given
// extensions recorded on their sides.
func filedCase(accident calendar.Date, a claims.Applicant, filed, accepted calendar.Date, exts ...claims.Extension) claims.Case {
	c := claims.Case{Accident: accident, State: claims.StateApplied, Applicant: a, AppliedOn: filed, AcceptedOn: accepted}
	if !accepted.IsZero() {
		c.State = claims.StateAccepted
	}
	for _, x := range exts {
		if x.Applicant.PlatformSide() {
			c.PlatformExtension = x
		} else {
			c.WorkerExtension = x
		}
	}
	return c
}

// fileOn judges the application a filed on the given day, with the given
// extensions recorded.
func fileOn(rb *claims.Rulebook, accident calendar.Date, a claims.Applicant, filed calendar.Date, exts ...claims.Extension) (claims.Filing, error) {
	return rb.JudgeFiling(filedCase(accident, a, filed, calendar.Date{}, exts...))
}

// judgeExtension records x on a case of the accident with nothing else
// (Case.Next) and returns the rulebook's judgement of it, with its Err as
// the error.
func judgeExtension(rb *claims.Rulebook, accident calendar.Date, x claims.Extension) (claims.ExtensionResult, error) {
	c, err := claims.Case{Accident: accident}.Next(claims.Event{Kind: claims.EventExtension, Date: x.RequestedOn, Applicant: x.Applicant,
		Reason: x.Reason, Approved: x.Approved, Until: x.Until})
	if err != nil {
		return claims.ExtensionResult{}, err
	}
	w, err := rb.ApplicationWindows(c)
	if err != nil {
		return claims.ExtensionResult{}, err
	}
	r := w.WorkerExtension
	if x.Applicant.PlatformSide() {
		r = w.PlatformExtension
	}
	return r, r.Err
}

// costCase is what a cost split test states of its case.
type costCase struct {
	FiledOn, AcceptedOn calendar.Date
	// PlatformExtendedTo: the platform asked on the accident's day, with a
	// reason, and the bureau extended its window to this day.
	PlatformExtendedTo  calendar.Date
	IdentityNotVerified bool
}

// splitCosts splits costs for a case of the accident as cc states it.
func splitCosts(rb *claims.Rulebook, accident calendar.Date, cc costCase, costs []claims.Cost) (claims.CostSplit, error) {
	c := filedCase(accident, claims.ApplicantWorker, cc.FiledOn, cc.AcceptedOn)
	c.IdentityNotVerified = cc.IdentityNotVerified
	if !cc.PlatformExtendedTo.IsZero() {
		c.PlatformExtension = claims.Extension{Applicant: claims.ApplicantPlatform, RequestedOn: accident, Reason: "系统故障", Approved: true, Until: cc.PlatformExtendedTo}
	}
	return rb.SplitLateCosts(c, costs)
}

// fieldOf returns the field (for ErrUnstated: the fact) and value (for
// ErrTransition: the event refused) of the *errcode.FieldError of code in
// err; ok is false when err carries none.
func fieldOf(err error, code errcode.Code) (field, value string, ok bool) {
	var fe *errcode.FieldError
	if !errors.As(err, &fe) || fe.Code != code {
		return "", "", false
	}
	return fe.Field, fe.Value, true
}

// chineseOf is the Chinese of the first error in err's tree that says it.
func chineseOf(err error) string {
	var zh interface{ Chinese() string }
	if !errors.As(err, &zh) {
		return ""
	}
	return zh.Chinese()
}
