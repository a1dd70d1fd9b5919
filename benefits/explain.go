package benefits

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
)

type formulaKind uint8

const (
	fNone formulaKind = iota
	fMonths
	fPeriodic
	fNursing
	fDeathGrant
	fPension
	fText // read from JSON: the text itself
)

// formula holds what an item's formula text needs, so that Compute builds
// no text: the text is made when asked for.
type formula struct {
	kind          formulaKind
	label         string // a nursing level, a relation, or the text of fText
	n             int    // the grade of an allowance
	a, b, c, d, e decimal.Decimal
	start, since  calendar.Month
	lone, capped  bool
	at2024        bool  // 第四十五条: the start amount is on the 2024 wage d
	nanos         int64 // the dependents' shares in 10⁻⁹, for a capped pension
}

func (f formula) String() string {
	var s string
	switch f.kind {
	case fText:
		return f.label
	case fMonths:
		return fmt.Sprintf("%s months × %s × W = %s × %s × %s ÷ 12", f.a, f.b, f.a, f.b, f.c)
	case fPeriodic:
		s = fmt.Sprintf("grade %d allowance %s × %s × W = %s × %s × %s ÷ 12 a month, from %s (the month after the assessment, 第三十八条)", f.n, f.a, f.b, f.a, f.b, f.c, f.start)
		if f.at2024 {
			s = fmt.Sprintf("grade %d allowance %s × %s × W(2024) = %s × %s × %s ÷ 12 a month, from %s (第三十八条; 第四十五条第一款)", f.n, f.a, f.b, f.a, f.b, f.d, f.start)
		}
	case fNursing:
		s = fmt.Sprintf("%s × nursing base %s ÷ 12 a month (%s), from %s", f.a, f.b, f.label, f.start)
		if f.at2024 {
			s = fmt.Sprintf("%s × W(2024) %s ÷ 12 a month (%s), from %s (第四十五条第一款)", f.a, f.d, f.label, f.start)
		}
	case fDeathGrant:
		return fmt.Sprintf("%s × the previous year's national per-capita urban disposable income %s", f.a, f.b)
	case fPension:
		w := f.c
		if f.at2024 {
			w = f.d
		}
		wname := "W"
		if f.at2024 {
			wname = "W(2024)"
		}
		s = fmt.Sprintf("%s share %s × %s × %s = %s × %s × %s ÷ 12 a month from %s", f.label, f.a, f.b, wname, f.a, f.b, w, f.start)
		if f.lone {
			s += " (lone elder or orphan: +10 points)"
		}
		if f.capped {
			s += fmt.Sprintf(", cut in proportion to the cap %s × %s (the shares add up to %s × %s of W)", f.e, wname, decimal.New(f.nanos, -9), f.b)
		}
	default:
		return ""
	}
	if !f.since.IsZero() {
		if f.at2024 {
			s += fmt.Sprintf("; each year at least that year's standard (第四十五条第二款)")
		} else {
			s += fmt.Sprintf("; from %s at the 2024 wage, each year at least that year's standard (第四十五条: injury or death before the 《实施办法》 commenced)", f.since)
		}
	}
	return s
}

type noteKind uint8

const (
	nText noteKind = iota
	nWarning
	nVeteran
	nDeathSituation
	nCapped
	nPlatform
)

// note is one remark of an award, formatted when asked for.
type note struct {
	kind       noteKind
	a, b, c, d decimal.Decimal
	text       string
	// situation and causeNotStated: nDeathSituation's facts.
	situation      DeathSituation
	causeNotStated bool
}

func (n note) String() string {
	switch n.kind {
	case nWarning:
		return fmt.Sprintf("a payment exceeds the warning limit %s 元: extra review (第五十六条)", n.a.StringFixed(2))
	case nVeteran:
		return "veteran's old injury recurring: no one-time disability grant (第四十二条)"
	case nDeathSituation:
		t := "death situation " + n.situation.String()
		switch n.situation {
		case DeathFromInjury, DeathDuringTreatment:
			t += ": funeral grant, survivor pensions and the one-time death grant (工伤保险条例 第三十九条)"
		case DeathAfterTreatmentGrade1to4:
			t += ": funeral grant and survivor pensions only (工伤保险条例 第三十九条第三款, by analogy; provisional reading)"
		}
		if n.causeNotStated {
			t += "; the case does not state the cause: read as caused by the occupational injury"
		}
		return t
	case nCapped:
		return fmt.Sprintf("the dependents' shares add up to %s of the death base (%s × %s of W), over the cap %s × W (人社厅函〔2025〕79号 第三十九条): each is cut in proportion and the pensions add up to %s 元 a month",
			n.a, n.a, n.b, n.c, n.d.StringFixed(2))
	case nPlatform:
		return "平台企业支付的项目（第四十六条）不由职业伤害保障基金支付，不计入基金合计"
	}
	return n.text
}

func (a *Award) note(n note) { a.notes = append(a.notes, n) }

// Notes are the award's remarks: readings applied, warnings.
func (a Award) Notes() []string {
	out := make([]string, len(a.notes))
	for i, n := range a.notes {
		out[i] = n.String()
	}
	return out
}

// Explanation lists the award for a clerk: each item with its Chinese name,
// amount, formula, articles and parameters; the totals; the platform's
// lines apart; the notes.
func (a Award) Explanation() []string {
	var out []string
	for _, it := range a.Items {
		who := ""
		if it.Beneficiary != "" {
			who = "（" + it.Beneficiary + "）"
		}
		per := ""
		if it.Periodic {
			per = " a month"
			if !it.EndMonth.IsZero() {
				per += " to " + it.EndMonth.String()
			}
		}
		name := it.Kind.Chinese()
		if name == "" {
			name = string(it.Kind)
		}
		line := fmt.Sprintf("%s%s: %s 元%s = %s, rounded half up to the fen (%s)", name, who, it.Amount.String(), per, it.Formula(), strings.Join(it.Articles, "; "))
		if it.Provisional {
			line += " [PROVISIONAL]"
		}
		if it.Flagged {
			line += " [ABOVE THE WARNING LIMIT: extra review, 第五十六条]"
		}
		out = append(out, line)
		for _, p := range it.Params {
			out = append(out, "    "+p.String())
		}
	}
	out = append(out, fmt.Sprintf("基金支付 one-time items: %s 元; monthly items: %s 元 a month", a.OneTimeTotal.String(), a.MonthlyTotal.String()))
	for _, l := range a.Platform {
		out = append(out, "    "+l.String())
	}
	if len(a.Platform) > 0 {
		out = append(out, fmt.Sprintf("平台企业支付 (第四十六条, not the fund's): %s 元", a.PlatformTotal.String()))
	}
	out = append(out, a.Notes()...)
	return out
}
