package ledger

// Open items: receipts held in suspense (暂收款) until their records agree
// (第三章 申报缴费: 第十七、十八条).

import (
	"sort"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/money"
)

// OpenItem is a receipt held in suspense (暂收款) until its records agree.
type OpenItem struct {
	// PostingID is the posting that holds it; a clearing names it (Clears).
	PostingID    string         `json:"posting_id"`
	Date         calendar.Date  `json:"date"`
	FeePeriod    calendar.Month `json:"fee_period,omitzero"`
	Counterparty Counterparty   `json:"counterparty"`
	// Receipt is the treasury receipt the item holds (the holding
	// posting's Origin.Ref), when a reconciliation held it; empty for an
	// item the host's own posting holds.
	Receipt string `json:"receipt,omitempty"`
	// Basis and Source are the holding posting's: what it books, as data
	// (RuleReceiptHeld), or in the host's words. Explain renders them.
	Basis  Basis  `json:"basis,omitzero"`
	Source string `json:"source,omitempty"`
	// Reason is why the records do not agree, when Reconcile lists it.
	Reason string `json:"reason,omitempty"`
	// BookIn is the accounting period a clearing of the item into income is
	// booked in, as the books stood when the item was listed: the month of
	// Date, the day the money entered the treasury, when that period is
	// open (第十八条), else the first open period after it; never before the
	// period the receipt itself is booked in. ClearHeld uses it.
	BookIn calendar.Month `json:"book_in,omitzero"`
	// Amount is what the item holds (the last field: JSON has always
	// written it last).
	Amount money.Amount `json:"amount"`
}

// OpenItems returns the receipts held in suspense and not yet cleared, by
// date then posting ID. Their total is Total(Suspense).
func (j *Journal) OpenItems() []OpenItem {
	if j == nil {
		return []OpenItem{}
	}
	out := []OpenItem{}
	for id, h := range j.held {
		p := j.at(j.byID[id])
		it := OpenItem{PostingID: id, Date: p.Date, FeePeriod: p.FeePeriod, Counterparty: p.Counterparty, Amount: h, Basis: p.Basis, Source: p.Source,
			BookIn: j.firstOpen(heldFrom(p))}
		if p.Origin.Kind == TreasuryReceipt {
			it.Receipt = p.Origin.Ref
		}
		out = append(out, it)
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].Date != out[b].Date {
			return out[a].Date.Before(out[b].Date)
		}
		return out[a].PostingID < out[b].PostingID
	})
	return out
}

// OpenSince returns the day from which the open item id (a receipt held in
// suspense) can be cleared: its receipt's date, or, when an earlier clearing
// of it was reversed, the reversal's date (a clearing dated before that would
// take the suspense below zero in between). ok is false when id is not open.
func (j *Journal) OpenSince(id string) (since calendar.Date, ok bool) {
	if j == nil {
		return calendar.Date{}, false
	}
	if _, open := j.held[id]; !open {
		return calendar.Date{}, false
	}
	since = j.at(j.byID[id]).Date
	if r, ok := j.reopened[id]; ok && since.Before(r) {
		since = r
	}
	return since, true
}
