package benefits

import (
	"strconv"
	"sync"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
)

// Explanations are data (package explain): an item's formula, an award's
// notes and its lines are steps with named figures, rendered in English
// (Award.Explain, Formula, Notes) and in Chinese (Award.Explain) by the two
// catalogues of messages.go from the same steps. An award written to JSON
// keeps the steps of its formulas and notes, so that one read back renders
// in both languages.

type formulaKind uint8

const (
	fNone formulaKind = iota
	fMonths
	fPeriodic
	fNursing
	fDeathGrant
	fPension
	fSteps // read from JSON: the steps themselves
	fText  // read from JSON written before the steps: the English text itself
)

// formula holds the figures of an item's computation, so that Compute
// builds no text and no steps: they are made when asked for.
type formula struct {
	kind formulaKind
	// label: a nursing level or a dependent's relation (a code); or the
	// text of fText.
	label string
	grade int // the grade of a disability allowance
	// factor is the number of months, the allowance or nursing rate, the
	// death grant's multiple, or a dependent's share.
	factor decimal.Decimal
	ratio  decimal.Decimal // the ratio of W (months, allowance, pension)
	base   decimal.Decimal // the nursing base, or the income of the death grant
	wage   decimal.Decimal // W
	// wage2024 is W(2024) (第四十五条第一款), or a pension's annual wage at
	// the 2024 level.
	wage2024     decimal.Decimal
	capOfW       decimal.Decimal // the cap of the pensions, a ratio of W
	start, since calendar.Month
	lone, capped bool
	at2024       bool  // 第四十五条: the start amount is on the 2024 wage
	nanos        int64 // the dependents' shares in 10⁻⁹, for a capped pension
	steps        explain.Explanation
}

// in is a named input.
func in(name, value string) explain.Value { return explain.Value{Name: name, Value: value} }

func step(key string, inputs ...explain.Value) explain.Step {
	return explain.Step{Key: key, Inputs: inputs}
}

// Steps are the formula's steps: the computation, then the clauses that
// qualify it (a lone dependent's bonus, the cap, 第四十五条).
func (f formula) Steps() explain.Explanation {
	var e explain.Explanation
	switch f.kind {
	case fSteps:
		return f.steps
	case fMonths:
		return explain.Explanation{step("benefits.formula.months", in("months", f.factor.String()), in("ratio", f.ratio.String()), in("wage", f.wage.String()))}
	case fDeathGrant:
		return explain.Explanation{step("benefits.formula.death_grant", in("multiple", f.factor.String()), in("income", f.base.String()))}
	case fPeriodic:
		s := step("benefits.formula.allowance", in("grade", strconv.Itoa(f.grade)), in("rate", f.factor.String()), in("ratio", f.ratio.String()), in("wage", f.wage.String()), in("start", f.start.String()))
		s.Articles = []string{"第三十八条"}
		if f.at2024 {
			s = step("benefits.formula.allowance_2024", in("grade", strconv.Itoa(f.grade)), in("rate", f.factor.String()), in("ratio", f.ratio.String()), in("wage2024", f.wage2024.String()), in("start", f.start.String()))
			s.Articles = []string{"第三十八条", "第四十五条第一款"}
		}
		e = append(e, s)
	case fNursing:
		s := step("benefits.formula.nursing", in("rate", f.factor.String()), in("base", f.base.String()), in("level", f.label), in("start", f.start.String()))
		if f.at2024 {
			s = step("benefits.formula.nursing_2024", in("rate", f.factor.String()), in("wage2024", f.wage2024.String()), in("level", f.label), in("start", f.start.String()))
			s.Articles = []string{"第四十五条第一款"}
		}
		e = append(e, s)
	case fPension:
		key, w, wname := "benefits.formula.pension", "wage", f.wage
		if f.at2024 {
			key, w, wname = "benefits.formula.pension_2024", "wage2024", f.wage2024
		}
		e = append(e, step(key, in("relation", f.label), in("share", f.factor.String()), in("ratio", f.ratio.String()), in(w, wname.String()), in("start", f.start.String())))
		if f.lone {
			e = append(e, step("benefits.formula.lone"))
		}
		if f.capped {
			key := "benefits.formula.capped"
			if f.at2024 {
				key = "benefits.formula.capped_2024"
			}
			e = append(e, step(key, in("cap", f.capOfW.String()), in("shares", decimal.New(f.nanos, -9).String()), in("ratio", f.ratio.String())))
		}
	default:
		return nil
	}
	if !f.since.IsZero() {
		s := step("benefits.formula.rebased", in("since", f.since.String()))
		if f.at2024 {
			s = step("benefits.formula.rebased_2024", in("since", f.since.String()))
			s.Articles = []string{"第四十五条第二款"}
		} else {
			s.Articles = []string{"第四十五条"}
		}
		e = append(e, s)
	}
	return e
}

// render renders the formula in lang; a formula read from JSON written
// before the steps is its English text, whatever lang.
func (f formula) render(lang explain.Lang) string {
	if f.kind == fText {
		return f.label
	}
	t, _ := catalogue(lang).Text(f.Steps()) // a fault shows as a marker
	return t
}

func (f formula) String() string { return f.render(explain.English) }

type noteKind uint8

const (
	nText noteKind = iota
	nWarning
	nVeteran
	nDeathSituation
	nCapped
	nPlatform
	nEntitlementEnds
	nStandardMissing
	nSteps
)

// note is one remark of an award, made into steps when asked for.
type note struct {
	kind noteKind
	// nWarning: limit; nCapped: shares, ratio, capOfW, total.
	limit, shares, ratio, capOfW, total decimal.Decimal
	// nText: the English text read from JSON written before the steps.
	text string
	// situation and causeNotStated: nDeathSituation's facts.
	situation      DeathSituation
	causeNotStated bool
	// nEntitlementEnds: who (a dependent's name), end and first;
	// nStandardMissing: who (an item's Chinese name), year, param, and
	// first (true for the survivor pensions' note).
	who        string
	end, first calendar.Month
	year       int
	param      string
	pension    bool
	steps      explain.Explanation
}

// Steps are the note's steps.
func (n note) Steps() explain.Explanation {
	switch n.kind {
	case nWarning:
		s := step("benefits.note.warning", in("limit", n.limit.StringFixed(2)))
		s.Articles = []string{"第五十六条"}
		return explain.Explanation{s}
	case nVeteran:
		s := step("benefits.note.veteran")
		s.Articles = []string{"第四十二条"}
		return explain.Explanation{s}
	case nDeathSituation:
		e := explain.Explanation{step("benefits.note.death", in("situation", situationCodes[n.situation%DeathSituation(len(situationCodes))]))}
		switch n.situation {
		case DeathFromInjury, DeathDuringTreatment:
			e = append(e, step("benefits.note.death.three_items"))
		case DeathAfterTreatmentGrade1to4:
			e = append(e, step("benefits.note.death.two_items"))
		}
		if n.causeNotStated {
			e = append(e, step("benefits.note.death.cause_not_stated"))
		}
		return e
	case nCapped:
		return explain.Explanation{step("benefits.note.capped", in("shares", n.shares.String()), in("ratio", n.ratio.String()),
			in("cap", n.capOfW.String()), in("total", n.total.StringFixed(2)))}
	case nPlatform:
		s := step("benefits.note.platform")
		s.Articles = []string{"第四十六条"}
		return explain.Explanation{s}
	case nEntitlementEnds:
		return explain.Explanation{step("benefits.note.entitlement_ends", in("name", n.who), in("end", n.end.String()), in("first", n.first.String()))}
	case nStandardMissing:
		key := "benefits.note.standard_missing"
		if n.pension {
			key = "benefits.note.standard_missing_pension"
		}
		s := step(key, in("item", n.who), in("year", strconv.Itoa(n.year)), in("param", n.param))
		s.Articles = []string{"第四十五条第二款"}
		return explain.Explanation{s}
	case nSteps:
		return n.steps
	}
	return nil
}

// render renders the note in lang; a note read from JSON written before the
// steps is its English text, whatever lang.
func (n note) render(lang explain.Lang) string {
	if n.kind == nText {
		return n.text
	}
	t, _ := catalogue(lang).Text(n.Steps())
	return t
}

func (n note) String() string { return n.render(explain.English) }

func (a *Award) note(n note) { a.notes = append(a.notes, n) }

// noteTexts are the award's remarks in English (readings applied,
// warnings), as its JSON keeps them; Explain gives them in either language.
func (a Award) noteTexts() []string {
	out := make([]string, len(a.notes))
	for i, n := range a.notes {
		out[i] = n.String()
	}
	return out
}

// steps is the line of an item: its name, beneficiary, amount and period,
// its formula, the rounding and articles, and its marks.
func (it Item) steps() explain.Explanation {
	name := it.Kind.Chinese()
	if name == "" {
		name = string(it.Kind)
	}
	head := step("benefits.item", in("name", name), in("amount", it.Amount.String()))
	if it.Beneficiary != "" {
		head = step("benefits.item.for", in("name", name), in("beneficiary", it.Beneficiary), in("amount", it.Amount.String()))
	}
	e := explain.Explanation{head}
	if it.Periodic {
		e = append(e, step("benefits.item.monthly"))
		if !it.EndMonth.IsZero() {
			e = append(e, step("benefits.item.until", in("end", it.EndMonth.String())))
		}
	}
	e = append(e, step("benefits.item.equals"))
	e = append(e, it.formula.Steps()...)
	rounded := step("benefits.item.rounded")
	rounded.Articles = it.Articles
	e = append(e, rounded)
	if it.Provisional {
		e = append(e, step("benefits.item.provisional"))
	}
	if it.Flagged {
		e = append(e, step("benefits.item.flagged"))
	}
	return e
}

// line renders an item's line in lang. A formula read from JSON written
// before the steps is set in as its English text.
func (it Item) line(c explain.Catalogue) string {
	if it.formula.kind != fText {
		t, _ := c.Text(it.steps())
		return t
	}
	s := it
	s.formula = formula{kind: fSteps, steps: explain.Explanation{step("benefits.formula.text", in("text", it.formula.label))}}
	t, _ := c.Text(s.steps())
	return t
}

// steps describe the platform's line (第四十六条).
func (l PlatformLine) steps() explain.Explanation {
	e := explain.Explanation{step("benefits.platform.line", in("name", l.Kind.Chinese()), in("amount", l.Amount.String()))}
	from, to := in("from", l.From.String()), in("to", l.To.String())
	switch {
	case !l.From.IsZero() && !l.To.IsZero():
		e = append(e, step("benefits.platform.from_to", from, to))
	case !l.From.IsZero():
		e = append(e, step("benefits.platform.from", from, to))
	case !l.To.IsZero():
		e = append(e, step("benefits.platform.to", from, to))
	}
	paid := step("benefits.platform.paid_by_own")
	if l.Platform != "" {
		paid = step("benefits.platform.paid_by", in("payer", l.Platform))
	}
	paid.Articles = []string{"第四十六条"}
	e = append(e, paid)
	if l.Basis != "" {
		e = append(e, step("benefits.platform.basis", in("basis", l.Basis)))
	}
	return e
}

func (l PlatformLine) render(lang explain.Lang) string {
	t, _ := catalogue(lang).Text(l.steps())
	return t
}

// lines renders the award in lang: each item with its amount, formula,
// articles and parameters; the totals; the platform's lines apart; the
// notes. A parameter's line is param's own (Value.String, Chinese).
func (a Award) lines(lang explain.Lang) []string {
	c := catalogue(lang)
	var out []string
	for _, it := range a.Items {
		out = append(out, it.line(c))
		for _, p := range it.Params {
			if lang == explain.Chinese {
				out = append(out, "    "+p.Chinese())
			} else {
				out = append(out, "    "+p.String())
			}
		}
	}
	t, _ := c.Render(step("benefits.totals", in("one_time", a.OneTimeTotal.String()), in("monthly", a.MonthlyTotal.String())))
	out = append(out, t)
	for _, l := range a.Platform {
		t, _ := c.Text(l.steps())
		out = append(out, "    "+t)
	}
	if len(a.Platform) > 0 {
		s := step("benefits.platform.total", in("total", a.PlatformTotal.String()))
		s.Articles = []string{"第四十六条"}
		t, _ := c.Render(s)
		out = append(out, t)
	}
	for _, n := range a.notes {
		out = append(out, n.render(lang))
	}
	return out
}

// Explain lists the award in lang (explain.Chinese for a clerk,
// explain.English for a developer), both from the same steps: each item
// with its Chinese name, amount, formula, articles and parameters; the
// totals; the platform's lines apart; the notes. Another lang is English.
func (a Award) Explain(lang explain.Lang) []string { return a.lines(lang) }

// catalogues are the package's two catalogues, built once from
// messages.go; a fault (tests prevent it) leaves the zero catalogue, whose
// renderings are visible markers.
var catalogues = sync.OnceValue(func() explain.Pair {
	return explain.NewPair(Messages(explain.English), Messages(explain.Chinese))
})

func catalogue(lang explain.Lang) explain.Catalogue { return catalogues().In(lang) }
