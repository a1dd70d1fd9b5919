package levy

import (
	"errors"
	"fmt"
	"strconv"
	"sync"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/param"
)

// Explanations are data (package explain): a rate, a bill, a
// reconciliation and an adjustment are described by steps with named
// figures, and the English and Chinese lines (Explain(lang); String is the
// English) are rendered from the same steps by the two catalogues of
// messages.go. A parameter is described by param's own steps
// (param.Value.Steps); a deadline's working-day count by calendar's
// (Deadline.Explain), set in under its line.

// in is a named input.
func in(name, value string) explain.Value { return explain.Value{Name: name, Value: value} }

func step(key string, inputs ...explain.Value) explain.Step {
	return explain.Step{Key: key, Inputs: inputs}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// steps are the rate's lines, each an explanation: the base (with its
// parameter), the instant-delivery level, the floating, the provisional
// mark and the per-order rate.
func (r Rate) steps() []explain.Explanation {
	var out []explain.Explanation
	if r.FirstYear {
		s := step("levy.rate.first_year")
		s.Articles = []string{"第十一条第二款"}
		out = append(out, append(explain.Explanation{s}, r.Base.Steps()...))
	} else {
		s := step("levy.rate.base")
		s.Articles = []string{"第十一条"}
		out = append(out, append(explain.Explanation{s}, r.Base.Steps()...))
		if r.Level.Level != "" {
			out = append(out, explain.Explanation{step("levy.rate.level", in("level", string(r.Level.Level)), in("from", r.Level.From.String()), in("source", r.Level.Source))})
		}
	}
	year := strconv.Itoa(r.Day.Year())
	var f explain.Step
	switch {
	case r.FirstYear:
		f = step("levy.rate.no_float_first_year")
		f.Articles = []string{"第十二条第二款"}
	case !r.Floats:
		f = step("levy.rate.no_float", in("year", year), in("prev", strconv.Itoa(r.Day.Year()-1)))
		f.Articles = []string{"第十二条第二款"}
	case r.Floating.Year == 0:
		f = step("levy.rate.float_unset", in("year", year), in("industry", r.Industry.String()))
		f.Articles = []string{"第十二条"}
	case !r.Floating.Factor.IsZero():
		f = step("levy.rate.float_factor", in("year", strconv.Itoa(r.Floating.Year)), in("factor", r.Floating.Factor.String()), in("source", r.Floating.Source))
		f.Articles = []string{"第十二条"}
	default:
		f = step("levy.rate.float_rate", in("year", strconv.Itoa(r.Floating.Year)), in("rate", r.Floating.Rate.String()), in("source", r.Floating.Source))
		f.Articles = []string{"第十二条"}
	}
	out = append(out, explain.Explanation{f})
	if r.Provisional() {
		out = append(out, explain.Explanation{step("levy.rate.provisional")})
	}
	return append(out, explain.Explanation{step("levy.rate.per_order", in("rate", r.PerOrder.String()))})
}

// Explain lists how the rate was reached, citing the articles, in lang
// (explain.Chinese for a clerk to check by hand, explain.English for a
// developer): the same articles, figures and parameters (value, source,
// status) in both; nil for another language.
func (r Rate) Explain(lang explain.Lang) []string {
	if !known(lang) {
		return nil
	}
	return render(lang, r.steps())
}

// known reports whether lang is one of the two languages explained.
func known(lang explain.Lang) bool { return lang == explain.English || lang == explain.Chinese }

// deadlineStep describes a deadline of the bill: known (its date, and
// calendar's count under it) or unknown (the day it cannot be earlier
// than, and why). keyed is "levy.bill.declaration" or "levy.bill.push".
func deadlineStep(key string, d calendar.Deadline, article string) (explain.Step, bool) {
	var s explain.Step
	switch {
	case d.Known():
		s = step(key, in("date", d.Date.String()))
	case d.Err() != nil:
		var nc *calendar.YearNotCoveredError
		if errors.As(d.Err(), &nc) {
			s = step(key+"_unknown_year", in("not_before", d.NotBefore().String()), in("year", strconv.Itoa(nc.Year)), in("error", d.Err().Error()))
		} else {
			s = step(key+"_unknown", in("not_before", d.NotBefore().String()), in("error", d.Err().Error()))
		}
	default:
		return s, false
	}
	s.Articles = []string{article}
	return s, true
}

// lines renders the bill in lang.
func (b Bill) lines(lang explain.Lang) []string {
	c := catalogue(lang)
	r := func(s explain.Step) string { t, _ := c.Render(s); return t }
	out := []string{r(step("levy.bill", in("platform", b.Platform), in("period", b.Period.String())))}
	for _, l := range b.Lines {
		out = append(out, r(step("levy.bill.line", in("industry", l.Industry.String()), in("from", l.From.String()), in("to", l.To.String()),
			in("orders", itoa(l.Orders)), in("per_order", l.PerOrder.String()), in("exact", l.Exact.String()), in("amount", l.Amount.String()))))
		for _, e := range render(lang, l.Rate.steps()) {
			out = append(out, "    "+e)
		}
	}
	if len(b.Lines) == 0 {
		out = append(out, r(step("levy.bill.no_orders")))
	}
	out = append(out, r(step("levy.bill.total", in("total", b.Total.String()))))
	if b.Provisional {
		out = append(out, r(step("levy.bill.provisional")))
	}
	if s, ok := deadlineStep("levy.bill.declaration", b.Declaration, "第十四条"); ok {
		out = append(out, r(s))
		if b.Declaration.Known() {
			sub := b.Declaration.Explain(explain.English)
			if lang == explain.Chinese {
				sub = b.Declaration.Explain(explain.Chinese)
			}
			for _, e := range sub {
				out = append(out, "    "+e)
			}
		}
	}
	if s, ok := deadlineStep("levy.bill.push", b.Push, "第九条"); ok {
		out = append(out, r(s))
	}
	return out
}

// Explain lists the bill for a clerk to check by hand, in lang
// (explain.Chinese or explain.English; nil for another): each line's
// orders, rate and its source, the rounding, the total and the deadlines.
func (b Bill) Explain(lang explain.Lang) []string {
	if !known(lang) {
		return nil
	}
	return b.lines(lang)
}

// steps are the reconciliation's lines.
func (rec Reconciliation) steps() []explain.Explanation {
	head := step("levy.reconcile", in("platform", rec.Platform), in("period", rec.Period.String()))
	head.Articles = []string{"第九条", "第十四条第二款"}
	out := []explain.Explanation{{head}}
	for _, id := range rec.Industries {
		out = append(out, explain.Explanation{step("levy.reconcile.industry", in("industry", id.Industry.String()), in("declared", itoa(id.Declared)),
			in("reported", itoa(id.Reported)), in("diff", fmt.Sprintf("%+d", id.Diff)), in("amount", id.Amount.String()))})
	}
	for _, d := range rec.Days {
		out = append(out, explain.Explanation{step("levy.reconcile.day", in("day", d.Day.String()), in("industry", d.Industry.String()), in("declared", itoa(d.Declared)),
			in("reported", itoa(d.Reported)), in("diff", fmt.Sprintf("%+d", d.Diff)), in("amount", d.Amount.String()))})
	}
	if rec.Consistent {
		out = append(out, explain.Explanation{step("levy.reconcile.consistent")})
	} else {
		s := step("levy.reconcile.differ", in("days", strconv.Itoa(len(rec.Days))))
		s.Articles = []string{"第九条第二款"}
		out = append(out, explain.Explanation{s})
	}
	return out
}

// Explain lists the comparison for a clerk, in lang (explain.Chinese or
// explain.English; nil for another).
func (rec Reconciliation) Explain(lang explain.Lang) []string {
	if !known(lang) {
		return nil
	}
	return render(lang, rec.steps())
}

// step describes the adjustment (第十六条).
func (a Adjustment) step() explain.Step {
	var s explain.Step
	switch a.Kind {
	case Refund:
		s = step("levy.adjustment.refund", in("platform", a.Platform), in("period", a.Period.String()), in("amount", a.Amount.String()))
	case TopUp:
		s = step("levy.adjustment.top_up", in("platform", a.Platform), in("period", a.Period.String()), in("amount", a.Amount.String()))
	default:
		s = step("levy.adjustment.none_due", in("platform", a.Platform), in("period", a.Period.String()))
	}
	s.Articles = []string{"第十六条"}
	return s
}

// String describes the adjustment.
func (a Adjustment) String() string {
	t, _ := catalogue(explain.English).Render(a.step())
	return t
}

// Chinese describes the adjustment in Chinese, with the same figures as
// String.
func (a Adjustment) Chinese() string {
	t, _ := catalogue(explain.Chinese).Render(a.step())
	return t
}

// render renders each line of lines in lang; a fault (a step without its
// message: tests prevent it) shows as a marker in the text.
func render(lang explain.Lang, lines []explain.Explanation) []string {
	return catalogues().Texts(lang, lines)
}

// catalogues are the package's two catalogues (with param's messages),
// built once; a fault (tests prevent it) leaves the zero catalogue, whose
// renderings are markers.
var catalogues = sync.OnceValue(func() explain.Pair {
	return explain.NewPair(append(Messages(explain.English), param.Messages(explain.English)...),
		append(Messages(explain.Chinese), param.Messages(explain.Chinese)...))
})

func catalogue(lang explain.Lang) explain.Catalogue { return catalogues().In(lang) }
