package ledger

// Closing periods, and what becomes of money that entered the treasury in
// a year whose books are closed (第十八条 with 第七十七条).

import (
	"fmt"
	"strconv"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
)

// Close closes a period: later postings to it are refused. On a nil
// *Journal it does nothing (there is nothing to post to).
func (j *Journal) Close(period calendar.Month) {
	if j == nil {
		return
	}
	j.init()
	j.closed[period] = true
}

// Closed reports whether period is closed.
func (j *Journal) Closed(period calendar.Month) bool { return j != nil && j.closed[period] }

// Reopen opens a closed period again (反结账): postings to it are accepted
// once more. It is the host's decision, for the books of a year it has to
// correct (RefuseClosedYear waits for it); a summary of a year whose
// periods are reopened and posted to is no longer the one published. On a
// nil *Journal, or for a period that is not closed, it does nothing.
func (j *Journal) Reopen(period calendar.Month) {
	if j == nil {
		return
	}
	delete(j.closed, period)
}

// ClosedYearRule is what the journal does with money that entered the
// treasury in a year whose books are closed by the time it is booked: a
// receipt reported after its entry month's period is closed, or one held in
// suspense (暂收款) whose records come to agree after the year is closed.
type ClosedYearRule uint8

const (
	// BookInOpenYear, the default (the zero value): the closed year's
	// books, and so its yearly summary (第七十七条), are not rewritten. The
	// money is booked in the first open period after its entry month, and
	// when that lies in a later year it is that year's: Summarize counts it
	// there, in its levy income, and lists it (Summary.PriorYear) with the
	// day it entered the treasury, as income of an earlier year booked in
	// this one. This is the reading of an accountant keeping the funds'
	// books: on the cash basis (社会保险基金会计制度, 财会〔2017〕28号, 总说明
	// 第五条: 一般采用收付实现制) of calendar years (会计法 第十一条) an amount
	// is counted in the books it is entered in; a year whose accounts are
	// closed (结账, and for this scheme published: 第七十七条) is not
	// reopened for a late item, which is booked in the current year and
	// shown as one of an earlier year. That 28号 prescribes this
	// presentation in so many words could not be verified against its
	// text (provisional).
	BookInOpenYear ClosedYearRule = iota
	// RefuseClosedYear: such money is not booked until the host reopens
	// its entry month's period (Reopen): Reconcile and Post refuse it with
	// ErrClosedYear, and the receipt stays off the books (or in suspense)
	// meanwhile. For a bureau that corrects a closed year's accounts rather
	// than show an earlier year's income in the open one.
	RefuseClosedYear
)

// String names the rule.
func (r ClosedYearRule) String() string {
	switch r {
	case BookInOpenYear:
		return "book_in_open_year"
	case RefuseClosedYear:
		return "refuse_closed_year"
	}
	return "ClosedYearRule(" + strconv.Itoa(int(r)) + ")"
}

// MarshalText writes the rule's name (String); an unknown rule is
// code bad_closed_year_rule.
func (r ClosedYearRule) MarshalText() ([]byte, error) {
	if r != BookInOpenYear && r != RefuseClosedYear {
		return nil, errzh.With(fmt.Errorf("%w: %d", errBadRule, r), "所填 %d", r)
	}
	return []byte(r.String()), nil
}

// UnmarshalText reads a rule's name: "book_in_open_year" or
// "refuse_closed_year"; anything else is code bad_closed_year_rule (the text is quoted,
// cut to 64 bytes and masked, never echoed whole).
func (r *ClosedYearRule) UnmarshalText(b []byte) error {
	if r == nil {
		return errzh.With(fmt.Errorf("%w: nil *ClosedYearRule", errBadRule), "没有提供规则（*ClosedYearRule 为 nil）")
	}
	switch string(b) {
	case "book_in_open_year":
		*r = BookInOpenYear
	case "refuse_closed_year":
		*r = RefuseClosedYear
	default:
		return errzh.With(fmt.Errorf("%w: %s (want book_in_open_year or refuse_closed_year)", errBadRule, echo(string(b))), "所填 %s", echo(string(b)))
	}
	return nil
}

// ErrClosedYear: under RefuseClosedYear, money that entered the treasury in
// a closed period would be booked in a later year's period. It wraps
// ErrClosed.
var ErrClosedYear = errcode.New("closed_year", errcode.Stop,
	ErrClosed.Error()+": the money entered the treasury in a closed year; reopen its period (Reopen) or book it in the open year (BookInOpenYear)",
	"资金入库的年度已结账，按规则选项拒绝记入以后年度；待重新打开入库期间后再记账").Under(ErrClosed)

// code bad_closed_year_rule: SetClosedYearRule (or UnmarshalText) was given a value that
// is not one of the rules.
var errBadRule = errcode.New("bad_closed_year_rule", errcode.Stop,
	"ledger: unknown closed-year rule",
	"已结账年度的处理规则不在列表中（应为 book_in_open_year 或 refuse_closed_year）")

// SetClosedYearRule chooses what the journal does with money that entered
// the treasury in a closed year (ClosedYearRule; BookInOpenYear unless
// set). It is the host's setting, not part of the books: Snapshot does not
// carry it, set it again after Load. An unknown rule is code bad_closed_year_rule and
// changes nothing.
func (j *Journal) SetClosedYearRule(r ClosedYearRule) error {
	if j == nil {
		return errNilJournal
	}
	if r != BookInOpenYear && r != RefuseClosedYear {
		return errzh.With(fmt.Errorf("%w: %d", errBadRule, r), "所填 %d", r)
	}
	j.closedYear = r
	return nil
}

// firstOpen returns the first period from m on that is not closed. The
// loop passes only closed periods, so it ends within len(j.closed)+1 steps.
func (j *Journal) firstOpen(m calendar.Month) calendar.Month {
	for j.closed[m] {
		next, err := m.AddMonths(1)
		if err != nil {
			return m // the calendar's last month, closed: Post refuses it
		}
		m = next
	}
	return m
}

// bookIn returns the accounting period money that entered the treasury on
// entry and is booked on on goes in: the entry month when it is open (第十八条:
// booked by the entry date), else the first open period after it, not
// after on's month; ok is false when every period from the entry month to
// on's month is closed. A clearing passes the period of the posting that
// holds the receipt as from (never earlier than the entry month's): income
// is not booked in a period before the receipt itself.
func (j *Journal) bookIn(from calendar.Month, entry, on calendar.Date) (m calendar.Month, ok bool) {
	start := calendar.MonthOfDate(entry)
	if from.After(start) {
		start = from
	}
	m = j.firstOpen(start)
	return m, !j.closed[m] && !m.After(calendar.MonthOfDate(on))
}

// heldFrom is the first month a clearing of the receipt held by h may be
// booked in: h's period, or its date's month when that is later.
func heldFrom(h *Posting) calendar.Month {
	if m := calendar.MonthOfDate(h.Date); m.After(h.Period) {
		return m
	}
	return h.Period
}

// closedYearRefused reports the ErrClosedYear of p under RefuseClosedYear:
// p books treasury money (a receipt, or a clearing of one) that entered on
// a day of a closed period, in a later year's period than the first it
// could be booked in (a receipt's entry month; for a clearing, that of the
// posting holding the receipt, heldFrom).
func (j *Journal) closedYearRefused(p *Posting) error {
	if j.closedYear != RefuseClosedYear || p.Reverses != "" {
		return nil
	}
	var from calendar.Month
	var entry calendar.Date
	switch {
	case p.Clears != "":
		if i, ok := j.byID[p.Clears]; ok {
			h := j.at(i)
			from, entry = heldFrom(h), h.Date
		}
	case p.Origin.Kind == TreasuryReceipt:
		from, entry = calendar.MonthOfDate(p.Date), p.Date
	}
	if from.IsZero() || p.Period.Year() <= from.Year() || !j.closed[from] {
		return nil
	}
	for _, l := range p.Lines {
		if l.Credit.Sign() > 0 && (l.Subject == LevyIncome || l.Subject == Suspense) {
			return errzh.With(fmt.Errorf("%w: posting %s books in %s money that entered the treasury on %s", ErrClosedYear, echo(p.ID), p.Period, entry), "凭证 %s 将 %s 入库的资金记入 %s", echo(p.ID), entry, p.Period)
		}
	}
	return nil
}
