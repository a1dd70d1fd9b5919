// Package monthreport writes one fee month's levy report
// (职业伤害保障费月度报告): the JSON of `examples/monthly-levy -json` and of
// the Beam pipeline. It is a document format over the rule packages and
// holds no rule: the counts, tallies, invalid lines and conflicts are an
// eligibility.Batch's (第十条, 第九条), the bills and the platforms that
// could not be billed are levy.Rulebook.Bills' (第十一、十二、十四条).
package monthreport

import (
	"errors"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/levy"
)

// errNoBatch is returned by New for a nil *eligibility.Batch.
var errNoBatch = errcode.New("no_batch", errcode.FixCall,
	"monthreport: nil *eligibility.Batch",
	"没有提供订单批次（*eligibility.Batch 为 nil）")

// Report is one fee month's levy report: the executions counted by
// platform and industry (第十条), the bill lines of the platforms billed
// (第十一、十二条) and their declaration deadline (第十四条, 申报缴纳期限),
// and where every row read went: Input = Counted + Excluded + Duplicates +
// len(Invalid) + the sum of InvalidUnlisted. Its JSON is that of
// `examples/monthly-levy -json`; every amount is a string with two
// decimals.
type Report struct {
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
	// Unbilled are the platforms counted in the month that the rulebook
	// could not bill, each with why (levy.Unbilled: its error as its code
	// and Chinese text); their tallies are shown.
	Unbilled []levy.Unbilled `json:"unbilled,omitempty"`
	// Rulebook is the levy.Rulebook's Fingerprint: the calendar,
	// parameter set and terms the bills were computed from.
	Rulebook string `json:"rulebook,omitempty"`
	// PlatformBills are the bills the Bills rows come from, one a platform
	// in the rows' order, for their totals and explanations (not in the
	// JSON).
	PlatformBills []levy.Bill `json:"-"`
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
// (levy.Rulebook.Bill); the bill's total is the sum of its lines.
type BillRow struct {
	Platform string `json:"platform"`
	Industry string `json:"industry"`
	Orders   int64  `json:"orders"`
	Rate     string `json:"rate"`
	Amount   string `json:"amount"`
	// DeclarationDeadline is the 第十四条 deadline, empty when it is
	// unknown: then DeclarationUnknown says why (its code and Chinese text,
	// errcode.Wire: the year whose schedule is not loaded,
	// DeclarationUnknownYear) and DeclarationNotBefore is the day it is not
	// before (as an unknown claims.Item).
	DeclarationDeadline    string             `json:"declaration_deadline,omitempty"`
	DeclarationNotBefore   calendar.Date      `json:"declaration_not_before,omitzero"`
	DeclarationUnknown     *errcode.WireError `json:"declaration_unknown,omitempty"`
	DeclarationUnknownYear int                `json:"declaration_unknown_year,omitempty"`
	Provisional            bool               `json:"provisional,omitempty"`
}

// New builds the report of b's month (b.Month): b's counts, tallies,
// invalid lines and conflicts, and rb.Bills of the month: the bill lines
// of each platform billed, with the 第十四条 declaration deadline (a
// deadline in a year the calendar does not cover is reported as unknown
// on the bill's lines, the amounts still given), and each platform that
// could not be billed, with why (Unbilled; its tally is still shown).
//
// A nil b is no_batch, a nil or zero rb levy's no_rulebook: never a
// panic. b is read, not changed.
func New(b *eligibility.Batch, rb *levy.Rulebook) (Report, error) {
	if b == nil {
		return Report{}, errNoBatch
	}
	tally := b.Tally()
	bills, unbilled, err := rb.Bills(tally, b.Month)
	if err != nil {
		return Report{}, err
	}
	c := b.Counts()
	out := Report{Month: b.Month.String(), Input: c.Input, Counted: c.Counted, Excluded: c.Excluded, Duplicates: c.Duplicates,
		Conflicts: b.Conflicting(), Invalid: b.Invalid(), InvalidUnlisted: b.InvalidUnlisted(), Tallies: []TallyRow{}, Bills: []BillRow{},
		ExcludedBy: map[string]int64{
			"not_registered_or_out_of_scope": c.ExcludedNotRegistered,
			"started_outside_shanghai":       c.ExcludedOutsideShanghai,
			"not_ended_or_cancelled":         c.ExcludedNotEnded,
			"counts_in_another_month":        c.ExcludedOtherMonth,
		},
		Rulebook: rb.Fingerprint(), PlatformBills: bills}
	if out.Invalid == nil {
		out.Invalid = []eligibility.Invalid{}
	}
	if out.Conflicts == nil {
		out.Conflicts = []eligibility.Conflict{}
	}
	for _, r := range tally.Months() {
		out.Tallies = append(out.Tallies, TallyRow{Platform: r.Platform, Industry: r.Industry.String(), Orders: r.Orders})
	}
	out.Unbilled = unbilled
	for _, bill := range bills {
		for _, l := range bill.Lines {
			row := BillRow{Platform: bill.Platform, Industry: l.Industry.String(), Orders: l.Orders,
				Rate: l.PerOrder.String(), Amount: l.Amount.String(), Provisional: l.Rate.Provisional()}
			if d := bill.Declaration; d.Known() {
				row.DeclarationDeadline = d.Date.String()
			} else if err := d.Err(); err != nil {
				row.DeclarationNotBefore, row.DeclarationUnknown = d.NotBefore(), errcode.Wire(err)
				var nc *calendar.YearNotCoveredError
				if errors.As(err, &nc) {
					row.DeclarationUnknownYear = nc.Year
				}
			}
			out.Bills = append(out.Bills, row)
		}
	}
	return out, nil
}
