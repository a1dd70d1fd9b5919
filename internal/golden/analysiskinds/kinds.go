// Package analysiskinds registers the golden kinds of package analysis
// (analysis.measure, analysis.running) with the runner. Import it for its
// effect: a test that runs analysis's cases links the runner, analysis and
// what analysis depends on (levy, benefits, claims, ledger, eligibility,
// calendar, param), nothing else.
package analysiskinds

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"

	"github.com/zhishang/zhishang/analysis"
	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/param"

	"github.com/zhishang/zhishang/internal/golden"
	"github.com/zhishang/zhishang/internal/golden/calendarkinds"
	"github.com/zhishang/zhishang/internal/golden/paramkinds"
)

func init() {
	golden.RegisterCodes("analysis", analysis.Codes()...)
	golden.Names(analysis.LessOver5, analysis.LessUpTo5, analysis.Unchanged, analysis.MoreUpTo5, analysis.MoreOver5)
	golden.Names(analysis.ProblemPlatform, analysis.ProblemCase, analysis.ProblemClaim)
	golden.Names(analysis.Current, analysis.Reformed, analysis.Both)
}

// Code names the error of a refused analysis, or of one platform, case or
// claim left out: the first code the error carries (analysis' own, or
// levy's, benefits', claims', param's, calendar's), with the figure and
// year of a base missing (missing_base:PARAM:YEAR), the name of a
// parameter missing (missing_parameter:NAME) or the year not covered.
func Code(err error) string {
	var mb *benefits.MissingBaseError
	if errcode.Of(err) == benefits.ErrMissingBase && errors.As(err, &mb) {
		return benefits.ErrMissingBase.Code() + ":" + string(mb.Param) + ":" + strconv.Itoa(mb.Year)
	}
	if code := paramkinds.Code(err); code != "" {
		return code
	}
	return calendarkinds.Code(err)
}

// ordersIn is a cell of counted orders as a case gives it.
type ordersIn struct {
	Platform string               `json:"platform"`
	Industry eligibility.Industry `json:"industry"`
	Day      calendar.Date        `json:"day"`
	Orders   int64                `json:"orders"`
}

func tallyOf(rows []ordersIn) (*eligibility.Tally, error) {
	t := &eligibility.Tally{}
	for i, r := range rows {
		if err := t.AddN(r.Platform, r.Industry, r.Day, r.Orders); err != nil {
			return nil, fmt.Errorf("orders row %d: %w", i+1, err)
		}
	}
	return t, nil
}

// caseIn is a benefit case as a golden case gives it: as a benefits case
// file holds it, with an ID.
type caseIn struct {
	ID         string         `json:"id"`
	Case       benefits.Case  `json:"case"`
	Parameters []param.Value  `json:"parameters,omitempty"`
	Rules      benefits.Rules `json:"rules"`
}

func casesOf(in []caseIn) []analysis.Case {
	out := make([]analysis.Case, len(in))
	for i, c := range in {
		out[i] = analysis.Case{ID: c.ID, Case: c.Case, Parameters: c.Parameters, Rules: c.Rules}
	}
	return out
}

// nonEmpty is the rows, nil when there are none (absent from the output).
func nonEmpty[T any](rows []T) []T {
	if len(rows) == 0 {
		return nil
	}
	return rows
}

// ratioOut is a ratio under both policies ("" when it has no divisor).
type ratioOut struct {
	Current string `json:"current,omitempty"`
	Reform  string `json:"reform,omitempty"`
}

func ratioText(q analysis.Quotient) string {
	if !q.Known {
		return ""
	}
	return q.String()
}

// problemOut is a part left out, with its error code.
type problemOut struct {
	Kind     analysis.ProblemKind `json:"kind"`
	ID       string               `json:"id"`
	Month    calendar.Month       `json:"month,omitzero"`
	Orders   int64                `json:"orders,omitempty"`
	Scenario analysis.Scenario    `json:"scenario"`
	Error    string               `json:"error"`
}

func problemsOf(ps []analysis.Problem) []problemOut {
	var out []problemOut
	for _, p := range ps {
		out = append(out, problemOut{p.Kind, p.ID, p.Month, p.Orders, p.Scenario, Code(p.Err)})
	}
	return out
}

type measureOutput struct {
	Income             *analysis.Figure       `json:"income,omitempty"`
	IncomeByPlatform   []analysis.Row         `json:"income_by_platform,omitempty"`
	IncomeByIndustry   []analysis.Row         `json:"income_by_industry,omitempty"`
	IncomeByMonth      []analysis.Row         `json:"income_by_month,omitempty"`
	Expenditure        *analysis.Figure       `json:"expenditure,omitempty"`
	ExpenditureByItem  []analysis.Row         `json:"expenditure_by_item,omitempty"`
	ExpenditureByCase  []analysis.Row         `json:"expenditure_by_case,omitempty"`
	ExpenditureByMonth []analysis.Row         `json:"expenditure_by_month,omitempty"`
	Platforms          *analysis.Distribution `json:"platforms,omitempty"`
	Beneficiaries      *analysis.Distribution `json:"beneficiaries,omitempty"`
	PaidToBilled       *ratioOut              `json:"paid_to_billed,omitempty"`
	Problems           []problemOut           `json:"problems,omitempty"`
	Error              string                 `json:"error,omitempty"`
}

type runningOutput struct {
	Orders             int64             `json:"orders"`
	Income             string            `json:"income,omitempty"`
	IncomeByPlatform   []analysis.Amount `json:"income_by_platform,omitempty"`
	IncomeByIndustry   []analysis.Amount `json:"income_by_industry,omitempty"`
	IncomeByMonth      []analysis.Amount `json:"income_by_month,omitempty"`
	Expenditure        string            `json:"expenditure,omitempty"`
	ExpenditureByItem  []analysis.Amount `json:"expenditure_by_item,omitempty"`
	ExpenditureByCase  []analysis.Amount `json:"expenditure_by_case,omitempty"`
	ExpenditureByMonth []analysis.Amount `json:"expenditure_by_month,omitempty"`
	PaidToBilled       string            `json:"paid_to_billed,omitempty"`
	Books              *analysis.Books   `json:"books,omitempty"`
	Claims             *analysis.Claims  `json:"claims,omitempty"`
	Problems           []problemOut      `json:"problems,omitempty"`
	Error              string            `json:"error,omitempty"`
}

// claimIn is a claims case as a golden case gives it.
type claimIn struct {
	ID   string      `json:"id"`
	Case claims.Case `json:"case"`
}

// explained gathers the Whys of a result, in English and Chinese.
func explained(whys ...analysis.Why) golden.Explained {
	var e golden.Explained
	for _, w := range whys {
		e.EN = append(e.EN, w.EN)
		e.ZH = append(e.ZH, w.ZH)
	}
	return e
}

func problemLines(e *golden.Explained, ps []analysis.Problem) {
	for _, p := range ps {
		e.EN = append(e.EN, "left out: "+p.Error())
		e.ZH = append(e.ZH, fmt.Sprintf("未计入：%s %s %s（%s）：%s", p.Kind.Chinese(), p.ID, monthText(p.Month), p.Scenario.Chinese(), golden.RefusalZH(p.Err, Code(p.Err))))
	}
}

func monthText(m calendar.Month) string {
	if m.IsZero() {
		return ""
	}
	return m.String()
}

func init() {
	golden.Register(map[string]golden.Kind{
		// analysis.measure: a reform measured on counted orders and cases
		// (第七十六条第二款).
		"analysis.measure": golden.Define(func(in struct {
			Setup  levy.Setup      `json:"setup"`
			Reform analysis.Reform `json:"reform"`
			Period analysis.Period `json:"period"`
			Orders []ordersIn      `json:"orders,omitempty"`
			Cases  []caseIn        `json:"cases,omitempty"`
		}) (measureOutput, golden.Explained) {
			d := analysis.Data{Cases: casesOf(in.Cases)}
			if len(in.Orders) > 0 {
				t, err := tallyOf(in.Orders)
				if err != nil {
					return measureOutput{Error: "invalid: orders"}, golden.Explained{EN: []string{err.Error()}}
				}
				d.Tally = t
			}
			m, err := analysis.Measure(analysis.Policy{Calendar: calendar.Default(), Levy: in.Setup}, in.Reform, d, in.Period)
			if err != nil {
				return measureOutput{Error: Code(err)}, golden.Refused(err, Code(err))
			}
			inc, ex := m.Income, m.Expenditure
			plat, ben := m.Platforms, m.Beneficiaries
			out := measureOutput{Problems: problemsOf(m.Problems)}
			if len(in.Orders) > 0 {
				out.Income, out.IncomeByPlatform, out.IncomeByIndustry, out.IncomeByMonth = &inc, nonEmpty(m.IncomeByPlatform), nonEmpty(m.IncomeByIndustry), nonEmpty(m.IncomeByMonth)
				out.Platforms = &plat
			}
			if len(in.Cases) > 0 {
				out.Expenditure, out.ExpenditureByItem, out.ExpenditureByCase, out.ExpenditureByMonth = &ex, nonEmpty(m.ExpenditureByItem), nonEmpty(m.ExpenditureByCase), nonEmpty(m.ExpenditureByMonth)
				out.Beneficiaries = &ben
				out.PaidToBilled = &ratioOut{ratioText(m.Risk.PaidToBilled.Current), ratioText(m.Risk.PaidToBilled.Reform)}
			}
			e := explained(m.Income.Why, m.Expenditure.Why, m.Risk.Why)
			for _, r := range m.IncomeCells {
				e.EN, e.ZH = append(e.EN, "    "+r.Why.EN), append(e.ZH, "    "+r.Why.ZH)
			}
			for _, r := range m.ExpenditureByCase {
				e.EN, e.ZH = append(e.EN, "    "+r.Why.EN), append(e.ZH, "    "+r.Why.ZH)
			}
			problemLines(&e, m.Problems)
			return out, e
		}),
		// analysis.running: the running analysis of a period (第七十六条第一款).
		"analysis.running": golden.Define(func(in struct {
			Setup  levy.Setup       `json:"setup"`
			Period analysis.Period  `json:"period"`
			Orders []ordersIn       `json:"orders,omitempty"`
			Cases  []caseIn         `json:"cases,omitempty"`
			Books  *ledger.Snapshot `json:"books,omitempty"`
			Claims []claimIn        `json:"claims,omitempty"`
			AsOf   calendar.Date    `json:"as_of,omitzero"`
		}) (runningOutput, golden.Explained) {
			d := analysis.Data{Cases: casesOf(in.Cases), AsOf: in.AsOf}
			if len(in.Orders) > 0 {
				t, err := tallyOf(in.Orders)
				if err != nil {
					return runningOutput{Error: "invalid: orders"}, golden.Explained{EN: []string{err.Error()}}
				}
				d.Tally = t
			}
			if in.Books != nil {
				j, err := ledger.Load(*in.Books)
				if err != nil {
					return runningOutput{Error: "invalid: books"}, golden.Explained{EN: []string{err.Error()}}
				}
				d.Books = j
			}
			for _, c := range in.Claims {
				d.Claims = append(d.Claims, analysis.Claim{ID: c.ID, Case: c.Case})
			}
			r, err := analysis.Analyze(analysis.Policy{Calendar: calendar.Default(), Levy: in.Setup}, d, in.Period)
			if err != nil {
				return runningOutput{Error: Code(err)}, golden.Refused(err, Code(err))
			}
			var orders int64
			for _, o := range r.OrdersRows {
				orders += o.Orders
			}
			out := runningOutput{Orders: orders, Income: r.Income.Amount.StringFixed(2), IncomeByPlatform: nonEmpty(r.IncomeByPlatform),
				IncomeByIndustry: nonEmpty(r.IncomeByIndustry), IncomeByMonth: nonEmpty(r.IncomeByMonth), Problems: problemsOf(r.Problems)}
			if len(in.Cases) > 0 {
				out.Expenditure, out.ExpenditureByItem, out.ExpenditureByCase, out.ExpenditureByMonth = r.Expenditure.Amount.StringFixed(2), nonEmpty(r.ExpenditureByItem), nonEmpty(r.ExpenditureByCase), nonEmpty(r.ExpenditureByMonth)
				out.PaidToBilled = ratioText(r.PaidToBilled)
			}
			e := explained(r.Income.Why, r.Expenditure.Why)
			if b := r.Books; b != nil {
				out.Books = b
				e.EN, e.ZH = append(e.EN, b.Why.EN), append(e.ZH, b.Why.ZH)
			}
			if c := r.Claims; c != nil {
				out.Claims = c
				e.EN, e.ZH = append(e.EN, c.Why.EN), append(e.ZH, c.Why.ZH)
			}
			problemLines(&e, r.Problems)
			return out, e
		}),
	})
}

// The JSON shapes of analysis' results (which write their own JSON), for
// the dictionary of testdata/golden/README.md; shapes_test.go checks that
// the keys each writes are its shape's.
type (
	figureShape struct {
		Current string `json:"current"`
		Reform  string `json:"reform"`
		Delta   string `json:"delta"`
	}
	rowShape struct {
		Key       string `json:"key"`
		Name      string `json:"name,omitempty"`
		Orders    int64  `json:"orders,omitempty"`
		Current   string `json:"current"`
		Reform    string `json:"reform"`
		Delta     string `json:"delta"`
		ChangePct string `json:"change_pct,omitempty"`
	}
	bandShape struct {
		Band  analysis.BandName `json:"band"`
		Name  string            `json:"name"`
		Count int               `json:"count"`
		Delta string            `json:"delta"`
		Keys  []string          `json:"keys"`
	}
	distributionShape struct {
		Units    int         `json:"units"`
		More     int         `json:"more"`
		Less     int         `json:"less"`
		Same     int         `json:"same"`
		MoreBy   string      `json:"more_by"`
		LessBy   string      `json:"less_by"`
		Bands    []bandShape `json:"bands"`
		Largest  *rowShape   `json:"largest_rise,omitempty"`
		Smallest *rowShape   `json:"largest_fall,omitempty"`
	}
	amountShape struct {
		Key    string `json:"key"`
		Orders int64  `json:"orders,omitempty"`
		Amount string `json:"amount"`
	}
	booksShape struct {
		Balance         string `json:"balance"`
		Collected       string `json:"collected"`
		PaidToCollected string `json:"paid_to_collected,omitempty"`
		MonthsCovered   string `json:"months_covered,omitempty"`
	}
	claimsShape struct {
		Cases     int              `json:"cases"`
		ByState   []analysis.Count `json:"by_state,omitempty"`
		Deadlines int              `json:"deadlines"`
		Met       int              `json:"met"`
		Open      int              `json:"open"`
		Overdue   int              `json:"overdue"`
		Unknown   int              `json:"unknown"`
		OverdueBy []analysis.Count `json:"overdue_by,omitempty"`
	}
)

// shapes are the results' types and their shapes.
var shapes = map[reflect.Type]reflect.Type{
	reflect.TypeFor[analysis.Figure]():       reflect.TypeFor[figureShape](),
	reflect.TypeFor[analysis.Row]():          reflect.TypeFor[rowShape](),
	reflect.TypeFor[analysis.Distribution](): reflect.TypeFor[distributionShape](),
	reflect.TypeFor[analysis.Amount]():       reflect.TypeFor[amountShape](),
	reflect.TypeFor[analysis.Books]():        reflect.TypeFor[booksShape](),
	reflect.TypeFor[analysis.Claims]():       reflect.TypeFor[claimsShape](),
}

func init() {
	for t, s := range shapes {
		golden.RegisterShape(t, s)
	}
}
