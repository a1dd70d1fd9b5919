// Package levykinds registers the golden kinds of package levy (levy.rate,
// levy.bill, …) with the runner. Import it for its effect: a test that runs
// levy's cases links the runner, levy and what levy depends on (calendar,
// eligibility, param), nothing else.
package levykinds

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/levy"

	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/golden"
	"github.com/zhishang/zhishang/internal/golden/calendarkinds"
	"github.com/zhishang/zhishang/internal/golden/eligibilitykinds"
	"github.com/zhishang/zhishang/internal/golden/paramkinds"
)

// levyCode names levy, eligibility and param errors for "error" fields:
// invalid: <field>: <reason> for a record, missing_parameter:<name>, the
// year of a year not covered (not_covered:YEAR), or the first code the
// error carries.
func levyCode(err error) string {
	if err == nil {
		return ""
	}
	if eligibilitykinds.IsRecord(err) {
		text := errcode.Of(err).Error()
		var fe *errcode.FieldError
		if errors.As(err, &fe) {
			text = fe.Error()
		}
		return "invalid: " + strings.TrimPrefix(text, "eligibility: ")
	}
	if code := paramkinds.Code(err); code != "" {
		return code
	}
	return calendarkinds.Code(err)
}

// ordersIn is a platform's counted orders as a case gives them.
type ordersIn struct {
	Industry eligibility.Industry `json:"industry"`
	Day      calendar.Date        `json:"day"`
	Orders   int64                `json:"orders"`
}

func tallyOf(platform string, rows []ordersIn) (*eligibility.Tally, error) {
	t := &eligibility.Tally{}
	for i, r := range rows {
		if !slices.Contains(eligibility.Industries[:], r.Industry) || r.Day.IsZero() || r.Orders < 0 {
			return nil, fmt.Errorf("orders row %d: want an industry, a day and orders ≥ 0", i+1)
		}
		t.AddN(platform, r.Industry, r.Day, r.Orders)
	}
	return t, nil
}

type rateOutput struct {
	Rate      string `json:"rate,omitempty"`
	Base      string `json:"base,omitempty"`
	FirstYear bool   `json:"first_year,omitempty"`
	Floats    bool   `json:"floats,omitempty"`
	Floating  string `json:"floating,omitempty"`
	Error     string `json:"error,omitempty"`
}

type lineOut struct {
	Industry eligibility.Industry `json:"industry"`
	From     calendar.Date        `json:"from"`
	To       calendar.Date        `json:"to"`
	Orders   int64                `json:"orders"`
	Rate     string               `json:"rate"`
	Amount   string               `json:"amount"`
}

type billOutput struct {
	Lines               []lineOut     `json:"lines,omitempty"`
	Total               string        `json:"total,omitempty"`
	DeclarationDeadline calendar.Date `json:"declaration_deadline,omitzero"`
	PushDeadline        calendar.Date `json:"push_deadline,omitzero"`
	// Unknown lists the deadlines that fall in an uncovered year, each as
	// "name: error code, not before date" (declaration_deadline, push_deadline).
	Unknown     []string `json:"unknown,omitempty"`
	Provisional bool     `json:"provisional,omitempty"`
	Error       string   `json:"error,omitempty"`
}

// reconcileOutput lists the differences as the library gives them
// (levy.IndustryDiff, levy.DayDiff marshal themselves).
type reconcileOutput struct {
	Consistent bool                `json:"consistent"`
	Industries []levy.IndustryDiff `json:"industries,omitempty"`
	Days       []levy.DayDiff      `json:"days,omitempty"`
	Error      string              `json:"error,omitempty"`
}

type correctionOutput struct {
	Kind   string `json:"kind,omitempty"`
	Amount string `json:"amount,omitempty"`
	Error  string `json:"error,omitempty"`
}

func fail[T any](set func(*T, string), err error) (T, golden.Explained) {
	var out T
	code := levyCode(err)
	set(&out, code)
	return out, golden.Refused(err, code)
}

func init() {
	golden.RegisterCodes("levy", levy.Codes()...)
	// Every fixed list's Chinese names, as the types give them.
	golden.Names(levy.LevelLower, levy.LevelHigher)
	golden.Names(levy.Refund, levy.TopUp, levy.NoneDue)
	golden.Register(map[string]golden.Kind{
		// levy.rate: the per-order rate of a platform, industry and day (第十一、十二条).
		"levy.rate": golden.Define(func(in struct {
			Setup    levy.Setup           `json:"setup"`
			Platform string               `json:"platform"`
			Industry eligibility.Industry `json:"industry"`
			Day      calendar.Date        `json:"day"`
		}) (rateOutput, golden.Explained) {
			set := func(o *rateOutput, c string) { o.Error = c }
			rb, err := in.Setup.Rulebook(calendar.Default())
			if err != nil {
				return fail(set, err)
			}
			r, err := rb.RateOn(in.Platform, in.Industry, in.Day)
			if err != nil {
				return fail(set, err)
			}
			out := rateOutput{Rate: r.PerOrder.String(), Base: string(r.Base.Name), FirstYear: r.FirstYear, Floats: r.Floats}
			switch {
			case !r.Floating.Factor.IsZero():
				out.Floating = "factor " + r.Floating.Factor.String()
			case !r.Floating.Rate.IsZero():
				out.Floating = "rate " + r.Floating.Rate.String()
			}
			return out, golden.Explained{EN: r.Explain(explain.English), ZH: r.Explain(explain.Chinese)}
		}),
		// levy.bill: a platform's bill for a period (第十四条).
		"levy.bill": golden.Define(func(in struct {
			Setup    levy.Setup     `json:"setup"`
			Platform string         `json:"platform"`
			Period   calendar.Month `json:"period"`
			Orders   []ordersIn     `json:"orders"`
		}) (billOutput, golden.Explained) {
			set := func(o *billOutput, c string) { o.Error = c }
			rb, err := in.Setup.Rulebook(calendar.Default())
			if err != nil {
				return fail(set, err)
			}
			t, err := tallyOf(in.Platform, in.Orders)
			if err != nil {
				return fail(set, err)
			}
			b, err := rb.Bill(t, in.Platform, in.Period)
			if err != nil {
				return fail(set, err)
			}
			out := billOutput{Total: b.Total.String(), Provisional: b.Provisional}
			out.DeclarationDeadline, out.PushDeadline = b.Declaration.Date, b.Push.Date
			// An unknown deadline is shown by the name of its JSON key.
			for _, u := range []struct {
				name string
				dl   calendar.Deadline
			}{{"declaration_deadline", b.Declaration}, {"push_deadline", b.Push}} {
				if !u.dl.Known() {
					out.Unknown = append(out.Unknown, u.name+": "+levyCode(u.dl.Err())+", not before "+u.dl.NotBefore().String())
				}
			}
			for _, l := range b.Lines {
				out.Lines = append(out.Lines, lineOut{Industry: l.Industry, From: l.From, To: l.To, Orders: l.Orders, Rate: l.PerOrder.String(), Amount: l.Amount.String()})
			}
			return out, golden.Explained{EN: b.Explain(explain.English), ZH: b.Explain(explain.Chinese)}
		}),
		// levy.reconcile: declared against reported orders (第九条, 第十四条第二款).
		"levy.reconcile": golden.Define(func(in struct {
			Setup    levy.Setup     `json:"setup"`
			Platform string         `json:"platform"`
			Period   calendar.Month `json:"period"`
			Declared []ordersIn     `json:"declared"`
			Reported []ordersIn     `json:"reported"`
		}) (reconcileOutput, golden.Explained) {
			set := func(o *reconcileOutput, c string) { o.Error = c }
			rb, err := in.Setup.Rulebook(calendar.Default())
			if err != nil {
				return fail(set, err)
			}
			dt, err := tallyOf(in.Platform, in.Declared)
			if err != nil {
				return fail(set, err)
			}
			rt, err := tallyOf(in.Platform, in.Reported)
			if err != nil {
				return fail(set, err)
			}
			rec, err := rb.Reconcile(dt, rt, in.Platform, in.Period)
			if err != nil {
				return fail(set, err)
			}
			out := reconcileOutput{Consistent: rec.Consistent, Industries: rec.Industries, Days: rec.Days}
			return out, golden.Explained{EN: rec.Explain(explain.English), ZH: rec.Explain(explain.Chinese)}
		}),
		// levy.correction: refund or top-up (第十六条).
		"levy.correction": golden.Define(func(in levy.Correction) (correctionOutput, golden.Explained) {
			a, err := levy.Correct(in)
			if err != nil {
				return fail(func(o *correctionOutput, c string) { o.Error = c }, err)
			}
			return correctionOutput{Kind: string(a.Kind), Amount: a.Amount.String()}, golden.Explained{EN: []string{a.String()}, ZH: []string{a.Chinese()}}
		}),
		// levy.registration_deadline: 第十三条, 10 working days after the notice.
		"levy.registration_deadline": golden.Define(func(in struct {
			Received calendar.Date `json:"received"`
		}) (calendarkinds.DeadlineOutput, []string) {
			rb, err := levy.NewRulebook(calendar.Default(), levy.DefaultParams())
			if err != nil {
				return calendarkinds.DeadlineResult(calendar.Deadline{}, err)
			}
			return calendarkinds.DeadlineResult(rb.RegistrationDeadline(in.Received))
		}),
	})
}
