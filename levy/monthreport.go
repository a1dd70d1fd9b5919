package levy

import (
	"errors"
	"fmt"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
)

// ErrNoBatch is returned by NewMonthReport for a nil *eligibility.Batch.
var ErrNoBatch = errors.New("levy: nil *eligibility.Batch")

// MonthReport is one fee month's levy report (职业伤害保障费月度报告): the
// executions counted by platform and industry (第十条), the bill lines of
// the platforms with terms (第十一、十二条) and their declaration deadline
// (第十四条, 申报缴纳期限), and where every row read went: Input = Counted +
// Excluded + Duplicates + len(Invalid) + the sum of InvalidUnlisted. Its JSON is that of
// `examples/monthly-levy -json`; every amount is a string with two decimals.
type MonthReport struct {
	Month   string     `json:"month"`
	Tallies []TallyRow `json:"tallies"`
	Bills   []BillRow  `json:"bills"`
	Input   int64      `json:"input"`
	Counted int64      `json:"counted"`
	// Excluded is the rows not counted (第十条), ExcludedBy the same split by
	// the reason: not_registered_or_out_of_scope (（一）),
	// started_outside_shanghai (（二）), not_ended_or_cancelled (（三）),
	// counts_in_another_month.
	Excluded   int64            `json:"excluded"`
	ExcludedBy map[string]int64 `json:"excluded_by"`
	Duplicates int64            `json:"duplicates"`
	// Conflicts are the (order, worker) pairs whose copies disagree, for the
	// platform to correct (第九条); Invalid the lines that could not be read.
	// Never nil (an empty list in the JSON).
	Conflicts []eligibility.Conflict `json:"conflicts"`
	Invalid   []eligibility.Invalid  `json:"invalid"`
	// InvalidUnlisted counts, by reason, the invalid lines past the ones
	// Invalid lists (eligibility.Batch.MaxInvalid, 1000 by default): the
	// count of a file of junk stays small. Omitted when there are none.
	InvalidUnlisted map[string]int64 `json:"invalid_unlisted,omitempty"`
	// Notes say what is shown without a bill: a platform counted in the
	// month without terms in the Rates.
	Notes []string `json:"notes,omitempty"`
	// PlatformBills are the bills the Bills rows come from, one a platform
	// in the rows' order, for their totals and explanations (not in the
	// JSON).
	PlatformBills []Bill `json:"-"`
}

// TallyRow is one platform and industry's counted orders in the month
// (第十条).
type TallyRow struct {
	Platform string `json:"platform"`
	Industry string `json:"industry"`
	Orders   int64  `json:"orders"`
}

// BillRow is one line of a platform's bill (第十一、十二、十四条): Orders ×
// Rate (元 per order), Amount rounded half up to the fen once a line
// (Rates.Bill); the bill's total is the sum of its lines.
type BillRow struct {
	Platform string `json:"platform"`
	Industry string `json:"industry"`
	Orders   int64  `json:"orders"`
	Rate     string `json:"rate"`
	Amount   string `json:"amount"`
	// DeclarationDeadline is the 第十四条 deadline, empty when it is
	// unknown: then DeclarationUnknown says why (the year whose schedule is
	// not loaded, DeclarationUnknownYear) and DeclarationNotBefore is the
	// day it is not before (as an unknown claims.Item).
	DeclarationDeadline    string        `json:"declaration_deadline,omitempty"`
	DeclarationNotBefore   calendar.Date `json:"declaration_not_before,omitzero"`
	DeclarationUnknown     string        `json:"declaration_unknown,omitempty"`
	DeclarationUnknownYear int           `json:"declaration_unknown_year,omitempty"`
	Provisional            bool          `json:"provisional,omitempty"`
}

// NewMonthReport builds the report of b's month (b.Month): the tallies of
// b.Tally (第十条), and for each platform counted that rates has terms for,
// its bill (Rates.Bill: 第十一、十二条 rates; each line orders × rate rounded
// half up to the fen, the total the sum of the lines) with the 第十四条
// declaration deadline from cal. A platform without terms gets its tally and
// a note, no bill. A deadline in a year cal does not cover is reported as
// unknown on the bill's lines (DeclarationUnknown, DeclarationUnknownYear,
// DeclarationNotBefore); the amounts are still given.
//
// A nil b is ErrNoBatch, a nil rates ErrNoTerms, a nil cal
// calendar.ErrNilCalendar: never a panic. b is read, not changed; whether it
// is balanced (eligibility.Batch.Balanced) is the caller's check.
func NewMonthReport(b *eligibility.Batch, rates *Rates, cal *calendar.Calendar) (MonthReport, error) {
	switch {
	case b == nil:
		return MonthReport{}, ErrNoBatch
	case rates == nil:
		return MonthReport{}, fmt.Errorf("%w: nil *Rates", ErrNoTerms)
	case cal == nil:
		return MonthReport{}, calendar.ErrNilCalendar
	}
	month := b.Month
	out := MonthReport{Month: month.String(), Input: b.Input, Counted: b.Counted, Excluded: b.Excluded, Duplicates: b.Duplicates,
		Conflicts: b.Conflicting, Invalid: b.Invalid, InvalidUnlisted: b.InvalidUnlisted, Tallies: []TallyRow{}, Bills: []BillRow{},
		ExcludedBy: map[string]int64{
			"not_registered_or_out_of_scope": b.ExcludedNotRegistered,
			"started_outside_shanghai":       b.ExcludedOutsideShanghai,
			"not_ended_or_cancelled":         b.ExcludedNotEnded,
			"counts_in_another_month":        b.ExcludedOtherMonth,
		}}
	if out.Invalid == nil {
		out.Invalid = []eligibility.Invalid{}
	}
	if out.Conflicts == nil {
		out.Conflicts = []eligibility.Conflict{}
	}
	for _, r := range b.Tally.Months() {
		out.Tallies = append(out.Tallies, TallyRow{Platform: r.Platform, Industry: r.Industry.String(), Orders: r.Orders})
	}
	for _, p := range b.Tally.Platforms() {
		if _, ok := rates.terms[p]; !ok {
			out.Notes = append(out.Notes, fmt.Sprintf("no terms for %s in -params: its tally is shown but no bill", p))
			continue
		}
		bill, err := rates.Bill(&b.Tally, p, month, cal)
		if err != nil {
			return MonthReport{}, fmt.Errorf("bill of %s: %w", p, err)
		}
		out.PlatformBills = append(out.PlatformBills, bill)
		for _, l := range bill.Lines {
			row := BillRow{Platform: p, Industry: l.Industry.String(), Orders: l.Orders,
				Rate: l.PerOrder.String(), Amount: l.Amount.StringFixed(2), Provisional: l.Rate.Provisional()}
			if bill.Declaration != nil {
				row.DeclarationDeadline = bill.Declaration.Date.String()
			} else if u := bill.unknown(DeclarationDeadlineName); u != nil {
				row.DeclarationNotBefore, row.DeclarationUnknown, row.DeclarationUnknownYear = u.NotBefore, u.Unknown, u.UnknownYear
			}
			out.Bills = append(out.Bills, row)
		}
	}
	return out, nil
}
