package main

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/analysis"
	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/examples/internal/msg"
	"github.com/zhishang/zhishang/internal/redact"
)

// problemText is why a part was left out, for the text and the page: the
// error in Chinese (msg.Chinese: its code's Chinese and the figures it
// names), or its English message for -lang en; an error may name a file's
// path as the file system spells it, shown without its control characters
// and invalid bytes.
func problemText(p analysis.Problem, english bool) string {
	if english {
		return redact.Printable(errText(p.Err))
	}
	return redact.Printable(msg.Chinese(p.Err))
}

// errText is an error's message ("" for none).
func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// The JSON of -json, and what the text and the page are printed from:
// every amount a string with two decimals.

// industryName is an industry's Chinese name ("" for another key).
func industryName(k string) string {
	var i eligibility.Industry
	if i.UnmarshalText([]byte(k)) != nil {
		return ""
	}
	return i.Chinese()
}

// rowName is the Chinese name of an industry's or an item's row, its key
// for another.
func rowName(r analysis.Row) string {
	if n := industryName(r.Key); n != "" {
		return n
	}
	if n := benefits.Kind(r.Key).Chinese(); n != "" {
		return n
	}
	return r.Key
}

// percent is the change as a percentage of the current figure, as the
// rows' JSON writes it (change_pct); "" when the current figure is 0.
func percent(f analysis.Figure) string {
	if f.Current.IsZero() {
		return ""
	}
	return f.Delta.Mul(decimal.NewFromInt(100)).DivRound(f.Current.Abs(), 2).StringFixed(2)
}

// split is how many of a distribution's units gain, lose or stay, and the
// sums of the rises and of the falls (its JSON's more, less, same,
// more_by, less_by): the bands added up.
func split(d analysis.Distribution) (more, less, same int, moreBy, lessBy decimal.Decimal) {
	moreBy, lessBy = decimal.Zero, decimal.Zero
	for i, b := range d.Bands {
		switch {
		case i < 2:
			less += b.Count
			lessBy = lessBy.Add(b.Delta)
		case i == 2:
			same += b.Count
		default:
			more += b.Count
			moreBy = moreBy.Add(b.Delta)
		}
	}
	return more, less, same, moreBy, lessBy
}

// ratioJSON is a ratio under both policies ("" when it has no divisor).
type ratioJSON struct {
	Current string `json:"current"`
	Reform  string `json:"reform"`
}

func ratioOf(p analysis.Pair) ratioJSON { return ratioJSON{ratio(p.Current), ratio(p.Reform)} }

func ratio(q analysis.Quotient) string {
	if !q.Known {
		return ""
	}
	return q.String()
}

type riskJSON struct {
	// PaidToBilled: benefits paid per yuan of levy billed (with -cases).
	PaidToBilled *ratioJSON `json:"paid_to_billed,omitempty"`
	// Balance is the special account's balance (with -books), and
	// MonthsCovered how many months of the period's average expenditure it
	// pays under each policy (with -cases too).
	Balance       string     `json:"balance,omitempty"`
	MonthsCovered *ratioJSON `json:"months_covered,omitempty"`
}

// readJSON is what was read: with -orders, each month's pass over the
// order file (eligibility.Counts, as monthly-levy counts them: rows read =
// counted + not counted + duplicates + invalid; a row of another month is
// not counted in this one); with -tallies, the orders the tally holds and
// how many of them fall on days outside the period (not measured).
type readJSON struct {
	Orders []monthRead `json:"orders,omitempty"`
	Tally  *tallyRead  `json:"tally,omitempty"`
}

// tallyRead is the orders a tally file holds, and those on days outside
// the period.
type tallyRead struct {
	Orders        int64 `json:"orders"`
	OutsidePeriod int64 `json:"outside_period"`
}

// monthRead is one month's pass over the order file.
type monthRead struct {
	Month calendar.Month `json:"month"`
	eligibility.Counts
}

// readLines says in Chinese what was read, a line each.
func readLines(r readJSON) []string {
	var out []string
	invalid := false
	for _, m := range r.Orders {
		c := m.Counts
		out = append(out, fmt.Sprintf("%s：读入 %d 行 = 计入 %d + 不计入 %d（其中属于其他月份 %d）+ 重复 %d + 无效 %d",
			m.Month, c.Input, c.Counted, c.Excluded, c.ExcludedOtherMonth, c.Duplicates, c.Invalid))
		if c.Conflicts > 0 {
			out = append(out, fmt.Sprintf("%s：%d 组（订单, 人员）的多份记录内容不一致，按执行结束最晚的一份计入（第九条）", m.Month, c.Conflicts))
		}
		invalid = invalid || c.Invalid > 0 || c.Conflicts > 0
	}
	if invalid {
		out = append(out, "无效行与内容不一致的记录逐行原因见 monthly-levy（go run ./examples/monthly-levy -orders 同一文件 -month 该月）")
	}
	switch t := r.Tally; {
	case t == nil:
	case t.OutsidePeriod == 0:
		out = append(out, fmt.Sprintf("汇总文件共 %d 单，均在测算期间内", t.Orders))
	default:
		out = append(out, fmt.Sprintf("汇总文件共 %d 单，其中 %d 单不在测算期间内，未计入", t.Orders, t.OutsidePeriod))
	}
	return out
}

// whyJSON explains a figure.
type whyJSON struct {
	Figure   string   `json:"figure"`
	Articles []string `json:"articles"`
	Inputs   []string `json:"inputs,omitempty"`
	EN       string   `json:"en"`
	ZH       string   `json:"zh"`
}

func why(figure string, w analysis.Why) whyJSON {
	return whyJSON{figure, w.Articles, w.Inputs, w.EN, w.ZH}
}

// document is what what-if prints: the measurement of the reform.
type document struct {
	Title  string          `json:"title"`
	Period analysis.Period `json:"period"`
	// Source is the orders or tallies file (not in the JSON: it depends on
	// the folder the command runs from).
	Source string `json:"-"`
	Orders int64  `json:"orders"`
	// Read is what was read from -orders or -tallies.
	Read readJSON `json:"read"`

	// The figures, rows and distributions are analysis' own JSON.
	Income           analysis.Figure `json:"income"`
	IncomeByPlatform []analysis.Row  `json:"income_by_platform"`
	IncomeByIndustry []analysis.Row  `json:"income_by_industry"`
	IncomeByMonth    []analysis.Row  `json:"income_by_month"`
	IncomeCells      []analysis.Cell `json:"income_cells"`

	Cases              int              `json:"cases,omitempty"`
	Expenditure        *analysis.Figure `json:"expenditure,omitempty"`
	ExpenditureByItem  []analysis.Row   `json:"expenditure_by_item,omitempty"`
	ExpenditureByCase  []analysis.Row   `json:"expenditure_by_case,omitempty"`
	ExpenditureByMonth []analysis.Row   `json:"expenditure_by_month,omitempty"`

	Platforms     analysis.Distribution  `json:"platforms"`
	Beneficiaries *analysis.Distribution `json:"beneficiaries,omitempty"`
	Risk          riskJSON               `json:"risk"`
	// Problems are the parts left out of both columns, and why (each
	// error as its code and Chinese text: analysis.Problem.MarshalJSON).
	Problems     []analysis.Problem `json:"problems"`
	Explanations []whyJSON          `json:"explanations"`
	// Rulebooks are the fingerprints of the levy rulebooks of the two
	// columns.
	Rulebooks map[string]string `json:"rulebooks"`
	// months are the months of the period, for the chart.
	months []calendar.Month
}

func documentOf(m analysis.Measurement, source string, withCases bool) document {
	d := document{Title: m.Title, Period: m.Period, Source: source, Orders: m.Orders,
		Income: m.Income, IncomeByPlatform: orEmpty(m.IncomeByPlatform), IncomeByIndustry: orEmpty(m.IncomeByIndustry),
		IncomeByMonth: orEmpty(m.IncomeByMonth), IncomeCells: orEmpty(m.IncomeCells), Platforms: m.Platforms, Problems: []analysis.Problem{},
		Explanations: []whyJSON{why("income", m.Income.Why)},
		Rulebooks:    map[string]string{"levy_current": m.LevyRulebook, "levy_reform": m.ReformLevyRulebook}}
	d.months, _ = m.Period.Months()
	for _, c := range m.IncomeCells {
		d.Explanations = append(d.Explanations, why("income:"+c.Platform+":"+c.Industry.String()+":"+c.Month.String(), c.Why))
	}
	for _, r := range m.IncomeByPlatform {
		d.Explanations = append(d.Explanations, why("income_by_platform:"+r.Key, r.Why))
	}
	if withCases {
		ex, ben := m.Expenditure, m.Beneficiaries
		d.Cases, d.Expenditure, d.Beneficiaries = len(m.ExpenditureByCase), &ex, &ben
		d.ExpenditureByItem, d.ExpenditureByCase, d.ExpenditureByMonth = orEmpty(m.ExpenditureByItem), orEmpty(m.ExpenditureByCase), orEmpty(m.ExpenditureByMonth)
		d.Risk.PaidToBilled = &ratioJSON{ratio(m.Risk.PaidToBilled.Current), ratio(m.Risk.PaidToBilled.Reform)}
		d.Explanations = append(d.Explanations, why("expenditure", m.Expenditure.Why))
		for _, r := range m.ExpenditureByCase {
			d.Explanations = append(d.Explanations, why("expenditure_by_case:"+r.Key, r.Why))
		}
		d.Explanations = append(d.Explanations, why("risk", m.Risk.Why))
	}
	if m.Risk.HasBooks {
		d.Risk.Balance = m.Risk.Balance.StringFixed(2)
		if withCases {
			d.Risk.MonthsCovered = &ratioJSON{ratio(m.Risk.MonthsCovered.Current), ratio(m.Risk.MonthsCovered.Reform)}
		}
	}
	d.Problems = append(d.Problems, m.Problems...)
	return d
}

// orEmpty is the rows, an empty list rather than none (the JSON writes []).
func orEmpty[T any](rows []T) []T {
	if rows == nil {
		return []T{}
	}
	return rows
}
