package ledger

// The reconciliation of treasury receipts with the tax bureau's collection
// records and of payments with the order summaries (第三章 申报缴费:
// 第十七、十八条).

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/errzh"
	"github.com/zhishang/zhishang/money"
)

// Receipt is a line of the treasury's receipt report (国库入库报表).
type Receipt struct {
	ID        string         `json:"id"`
	Platform  string         `json:"platform"`
	Period    calendar.Month `json:"period"`
	EntryDate calendar.Date  `json:"entry_date"` // 资金缴纳入库时间
	// Amount is the last field: JSON has always written it last.
	Amount money.Amount `json:"amount" strict:"required"`
}

// Collection is a line of the tax bureau's collection records (社税平台推送的征缴信息).
type Collection struct {
	ID       string         `json:"id"`
	Platform string         `json:"platform"`
	Period   calendar.Month `json:"period"`
	Amount   money.Amount   `json:"amount" strict:"required"`
}

// Due is what a platform owes for a fee period by the national platform's
// order summaries × rate (全国信息平台订单汇总信息, 第十八条): the amount the
// second step of Reconcile checks the payment against. It is the ledger's
// own record of it: a host that computes bills with package levy passes
// each bill's platform, period and total (Due{b.Platform, b.Period,
// b.Total}); the ledger needs nothing else of a bill. Several Due of one
// platform and period are summed (order summaries that come in parts).
//
//	ledger.Due{Platform: "platform-b", Period: march, Amount: money.MustParse("248.30")}
type Due struct {
	Platform string         `json:"platform"`
	Period   calendar.Month `json:"period"`
	Amount   money.Amount   `json:"amount" strict:"required"`
}

// Key is a platform's fee period.
type Key struct {
	Platform string         `json:"platform"`
	Period   calendar.Month `json:"period"`
}

// Outcome of a reconciliation step for one key.
type Outcome string

const (
	Matched         Outcome = "matched"
	MissingTreasury Outcome = "missing_in_treasury"   // collected but not in the receipt report
	MissingTax      Outcome = "missing_in_tax"        // received but not in the collection records
	AmountMismatch  Outcome = "amount_mismatch"       // both, with different amounts
	Consistent      Outcome = "consistent"            // payment = orders × rate
	PaymentMismatch Outcome = "payment_mismatch"      // payment ≠ orders × rate
	MissingBill     Outcome = "missing_order_summary" // no order summary for a payment
	MissingPayment  Outcome = "missing_payment"       // an order summary with no payment
)

// Match is the result for one platform's period.
type Match struct {
	Key Key `json:"key"`
	// Treasury is the first step (第十七条), Orders the second (第十八条).
	Treasury  Outcome       `json:"treasury"`
	Orders    Outcome       `json:"orders,omitempty"`
	EntryDate calendar.Date `json:"entry_date,omitzero"`
	// Booked: the key passed both steps and its receipts are the scheme's
	// income (booked now, before, or cleared out of suspense now).
	Booked bool `json:"booked"`
	// Held: the treasury received money for the key but the records do not
	// agree; its receipts are held in suspense (Suspense) as open items.
	Held   bool   `json:"held,omitempty"`
	Reason string `json:"reason"`
	// Received is the treasury amount, Collected the tax bureau's, Due the
	// order summaries × rate (the last fields: JSON has always written
	// them last).
	Received  money.Amount `json:"received"`
	Collected money.Amount `json:"collected"`
	Due       money.Amount `json:"due"`
}

// Reconciliation is the result of both steps for a set of periods.
type Reconciliation struct {
	Matches []Match `json:"matches"`
	// Postings are what the books still lack, by ID, ready for
	// Journal.Post: each receipt not yet on the books (Origin
	// TreasuryReceipt, ID "treasury-receipt:<receipt ID>", or
	// "treasury-receipt#2:<receipt ID>"… when earlier bookings of it were
	// reversed: income when its key passed both steps, else held in
	// suspense), and the clearing into income of each receipt held in
	// suspense whose key now passes (Origin SuspenseClearing, ID
	// "suspense-clear:<receipt ID>"…). Posting them again changes nothing.
	Postings []Posting `json:"postings"`
	// OpenItems are the receipts that remain in suspense once Postings are
	// posted, each with the reason when this reconciliation saw its key.
	OpenItems []OpenItem `json:"open_items"`
}

// code bad_record is wrapped by Reconcile's input errors.
var errBadRecord = errcode.New("bad_record", errcode.Stop,
	"ledger: invalid reconciliation record",
	"对账记录不合要求")

// ErrDuplicateRecord: a receipt or collection ID appears twice in one
// reconciliation (it would be counted twice), or a receipt already on the
// books is reported again with other content. It wraps code bad_record.
var ErrDuplicateRecord = errcode.New("duplicate_record", errcode.Stop,
	errBadRecord.Error()+": repeated record",
	"对账记录重复").Under(errBadRecord)

// maxRecords bounds the receipts, collection records and due amounts of one
// reconciliation, together: Reconcile indexes them with int32, and more
// is code overflow before any work (about 2.1×10⁹: some hundreds of GB of
// records, more than a host can hold).
const maxRecords = math.MaxInt32

// Reconcile reconciles against an empty journal: every receipt is new, booked
// as income when its key passes both steps and held in suspense otherwise.
// See Journal.Reconcile.
func Reconcile(receipts []Receipt, collections []Collection, due []Due) (Reconciliation, error) {
	var j Journal
	return j.Reconcile(receipts, collections, due, calendar.Date{})
}

// Reconcile runs the reconciliation of 第十七、十八条 against the books:
//
//  1. treasury receipts against the tax bureau's collection records, summed
//     per platform and period: matched, missing on either side, or an amount
//     mismatch (第十七条第二款: 核对国库资金和社税平台推送的征缴信息);
//  2. for the matched keys, the amount paid against the national platform's
//     order summaries × rate, given as due amounts (Due, summed per platform
//     and period; 第十八条: 比对平台企业实缴信息和全国信息平台订单汇总信息):
//     consistent, or the discrepancy. A key with due amounts and no payment
//     known to the tax bureau or the treasury is MissingPayment; a key that
//     passes the first step with no due amount, MissingBill.
//
// Reading: money the treasury received is the fund's whether or not the
// records agree yet, so every receipt goes on the books exactly once, dated
// by its entry date (资金缴纳入库时间, 第十八条) in that month's accounting
// period, with its fee period: as levy income when its platform's period
// passed both steps, otherwise held in suspense (暂收款, Suspense) and
// listed as an open item. When a later reconciliation finds the key
// consistent (a corrected collection record, a top-up that completes the
// amount), the held receipts are cleared into income: the clearing is
// dated on, the reconciliation's date (the day the clearing was done), and
// carries the receipt's entry date (Posting.EntryDate), the accounting date
// of the income (第十八条: 按照…资金缴纳入库时间…记账), so it is booked in the
// entry month's period and the yearly summary counts the income in the
// year the money entered the treasury (第七十七条), not the year of the
// clearing. A refund of a held receipt clears it too (a posting that Clears
// it, debiting Suspense and crediting the special account: ClearHeld). on
// may be zero when nothing needs clearing; a clearing dated before the
// receipt it clears is refused.
//
// Closed periods: a receipt, or a clearing, whose entry month's period is
// closed is booked in the first open period after it, up to on's month
// (none: code bad_record), and its explanation (Posting.Explain) says so. When that period is in a
// later year — the entry year's books are closed — the journal's
// ClosedYearRule decides: by default (BookInOpenYear) it is booked there,
// the closed year's summary is not rewritten, and the later year's summary
// lists it as an item of an earlier year (Summary.PriorYear);
// under RefuseClosedYear the reconciliation is refused (ErrClosedYear)
// until the host reopens the period (Journal.Reopen).
//
// A receipt of 0.00 is matched but not booked (nothing was received).
//
// Refused (code bad_record): a record with a missing field, a negative amount or
// one over 10¹² 元; a receipt, collection or platform ID that validID refuses
// (also code bad_id: empty, over maxIDBytes, or holding a character nobody
// can see, so that two IDs that look alike are never two records); a
// receipt or collection ID given twice, or a receipt on the books reported
// again with another amount, platform, period or entry date
// (ErrDuplicateRecord). Several due amounts of one key are summed, not
// refused. Sums are money.Amount with checked additions
// (code overflow), and more than about 2.1×10⁹ records in one call is
// code overflow too. A receipt on the books is found by the Origin of its
// posting, never by parsing a posting's ID, so a receipt whose ID looks
// like another's posting ID is a receipt like any other. The work is
// O(n log n) in the records: maps, then sorts for a stable order.
func (j *Journal) Reconcile(receipts []Receipt, collections []Collection, due []Due, on calendar.Date) (Reconciliation, error) {
	if j == nil {
		return Reconciliation{}, errNilJournal
	}
	if n := uint64(len(receipts)) + uint64(len(collections)) + uint64(len(due)); n > maxRecords {
		return Reconciliation{}, errzh.With(fmt.Errorf("%w: %d records in one reconciliation, at most %d", errOverflow, n, maxRecords),
			"一次对账有 %d 条记录，最多 %d 条", n, maxRecords)
	}
	// One entry per key, found through one map; everything else is slices.
	type agg struct {
		key        Key
		rf, cf, df money.Amount
		date       calendar.Date
		hasR, hasC bool
		hasD       bool
		match      int32
	}
	idx := make(map[Key]int32, len(receipts))
	aggs := make([]agg, 0, len(receipts))
	at := func(k Key) int32 {
		i, ok := idx[k]
		if !ok {
			i = int32(len(aggs))
			idx[k] = i
			aggs = append(aggs, agg{key: k})
		}
		return i
	}
	// Receipts in the order of their IDs: a repeated ID is then adjacent, and
	// the postings come out in the order of their IDs.
	byID := make([]int32, len(receipts))
	for i := range byID {
		byID[i] = int32(i)
	}
	slices.SortFunc(byID, func(x, y int32) int { return strings.Compare(receipts[x].ID, receipts[y].ID) })
	keyOf := make([]int32, len(receipts)) // receipt → its key's entry
	for n, i := range byID {
		r := &receipts[i]
		if err := recordIDs("receipt", int(i), r.ID, r.Platform); err != nil {
			return Reconciliation{}, err
		}
		switch {
		case r.Period.IsZero():
			return Reconciliation{}, errzh.With(fmt.Errorf("%w: receipt #%d %s: no fee period", errBadRecord, i+1, echo(r.ID)),
				"第 %d 条国库入库记录 %s：没有费款所属期", i+1, echo(r.ID))
		case r.EntryDate.IsZero():
			return Reconciliation{}, errzh.With(fmt.Errorf("%w: receipt #%d %s: no entry date", errBadRecord, i+1, echo(r.ID)),
				"第 %d 条国库入库记录 %s：没有入库日期", i+1, echo(r.ID))
		case !lineOK(r.Amount):
			return Reconciliation{}, errzh.With(fmt.Errorf("%w: receipt #%d %s: the amount is not from 0 to 10¹² 元", errBadRecord, i+1, echo(r.ID)),
				"第 %d 条国库入库记录 %s：金额不在 0 至 10¹² 元之间", i+1, echo(r.ID))
		}
		if n > 0 && receipts[byID[n-1]].ID == r.ID {
			return Reconciliation{}, errzh.With(fmt.Errorf("%w: receipt ID %s appears twice", ErrDuplicateRecord, echo(r.ID)),
				"国库入库记录编号 %s 出现两次", echo(r.ID))
		}
		keyOf[i] = at(Key{r.Platform, r.Period})
		a := &aggs[keyOf[i]]
		var ok bool
		if a.rf, ok = a.rf.Add(r.Amount); !ok {
			return Reconciliation{}, errzh.With(fmt.Errorf("%w: the receipts of %s %s", errOverflow, echo(r.Platform), r.Period),
				"%s %s 的入库合计", echo(r.Platform), r.Period)
		}
		a.hasR = true
		if r.EntryDate.After(a.date) {
			a.date = r.EntryDate
		}
	}
	ids := make(map[string]struct{}, len(collections))
	for i, c := range collections {
		if err := recordIDs("collection", i, c.ID, c.Platform); err != nil {
			return Reconciliation{}, err
		}
		switch {
		case c.Period.IsZero():
			return Reconciliation{}, errzh.With(fmt.Errorf("%w: collection #%d %s: no fee period", errBadRecord, i+1, echo(c.ID)),
				"第 %d 条征收记录 %s：没有费款所属期", i+1, echo(c.ID))
		case !lineOK(c.Amount):
			return Reconciliation{}, errzh.With(fmt.Errorf("%w: collection #%d %s: the amount is not from 0 to 10¹² 元", errBadRecord, i+1, echo(c.ID)),
				"第 %d 条征收记录 %s：金额不在 0 至 10¹² 元之间", i+1, echo(c.ID))
		}
		if _, dup := ids[c.ID]; dup {
			return Reconciliation{}, errzh.With(fmt.Errorf("%w: collection ID %s appears twice", ErrDuplicateRecord, echo(c.ID)),
				"征收记录编号 %s 出现两次", echo(c.ID))
		}
		ids[c.ID] = struct{}{}
		a := &aggs[at(Key{c.Platform, c.Period})]
		var ok bool
		if a.cf, ok = a.cf.Add(c.Amount); !ok {
			return Reconciliation{}, errzh.With(fmt.Errorf("%w: the collections of %s %s", errOverflow, echo(c.Platform), c.Period),
				"%s %s 的征收合计", echo(c.Platform), c.Period)
		}
		a.hasC = true
	}
	ids = nil
	for i, d := range due {
		if err := validID(d.Platform); err != nil {
			return Reconciliation{}, errzh.With(fmt.Errorf("%w: due #%d: platform: %w", errBadRecord, i+1, err),
				"第 %d 条应缴记录：平台企业：%s", i+1, errzh.Of(err))
		}
		if d.Period.IsZero() {
			return Reconciliation{}, errzh.With(fmt.Errorf("%w: due #%d of %s: no fee period", errBadRecord, i+1, echo(d.Platform)),
				"%[2]s 的第 %[1]d 条应缴记录：没有费款所属期", i+1, echo(d.Platform))
		}
		if !lineOK(d.Amount) {
			return Reconciliation{}, errzh.With(fmt.Errorf("%w: due #%d of %s %s: the amount is not from 0 to 10¹² 元", errBadRecord, i+1, echo(d.Platform), d.Period),
				"%[2]s %[3]s 的第 %[1]d 条应缴记录：金额不在 0 至 10¹² 元之间", i+1, echo(d.Platform), d.Period)
		}
		a := &aggs[at(Key{d.Platform, d.Period})]
		var ok bool
		if a.df, ok = a.df.Add(d.Amount); !ok {
			return Reconciliation{}, errzh.With(fmt.Errorf("%w: the due amounts of %s %s", errOverflow, echo(d.Platform), d.Period),
				"%s %s 的应缴合计", echo(d.Platform), d.Period)
		}
		a.hasD = true
	}
	// The keys' receipts already on the books and not in this call count
	// too: a key is judged on everything the treasury received for it.
	var extra []Receipt
	if j.n > 0 && len(aggs) > 0 {
		inCall := make(map[string]struct{}, len(receipts))
		for i := range receipts {
			inCall[receipts[i].ID] = struct{}{}
		}
		for _, c := range j.chunks {
			for i := range c {
				q := &c[i]
				if q.Origin.Kind != TreasuryReceipt {
					continue
				}
				if _, rev := j.reversed[q.ID]; rev {
					continue
				}
				rid := q.Origin.Ref
				ai, ok := idx[Key{q.Counterparty.ID, q.FeePeriod}]
				if _, again := inCall[rid]; !ok || again {
					continue
				}
				got := specialAccountIn(q)
				a := &aggs[ai]
				if a.rf, ok = a.rf.Add(got); !ok {
					return Reconciliation{}, errzh.With(fmt.Errorf("%w: the receipts of %s %s", errOverflow, echo(q.Counterparty.ID), q.FeePeriod),
						"%s %s 的入库合计", echo(q.Counterparty.ID), q.FeePeriod)
				}
				a.hasR = true
				if q.Date.After(a.date) {
					a.date = q.Date
				}
				extra = append(extra, Receipt{ID: rid, Platform: q.Counterparty.ID, Period: q.FeePeriod, Amount: got, EntryDate: q.Date})
			}
		}
	}
	// The matches, in key order: sort the small indices, not the matches.
	order := make([]int32, len(aggs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int { return keyCompare(aggs[x].key, aggs[y].key) })
	out := Reconciliation{Matches: make([]Match, len(aggs))}
	plain := map[string]string{}
	for pos, i := range order {
		a := &aggs[i]
		a.match = int32(pos)
		m := &out.Matches[pos]
		m.Key, m.EntryDate = a.key, a.date
		m.Received, m.Collected, m.Due = a.rf, a.cf, a.df
		switch {
		case !a.hasR && !a.hasC:
			m.Treasury = MissingTreasury
			m.Orders = MissingPayment
		case !a.hasR:
			m.Treasury = MissingTreasury
		case !a.hasC:
			m.Treasury = MissingTax
		case a.rf != a.cf:
			m.Treasury = AmountMismatch
		default:
			m.Treasury = Matched
			switch {
			case !a.hasD:
				m.Orders = MissingBill
			case a.df != a.rf:
				m.Orders = PaymentMismatch
			default:
				m.Orders = Consistent
				m.Booked = true
			}
		}
		// A reason with no figures (a consistent key, a missing bill) is
		// the same text for every key: rendered once a call, so that the
		// common case allocates nothing per key.
		if st := m.reasonStep(); len(st.Inputs) == 0 {
			r, ok := plain[st.Key]
			if !ok {
				r = render(explain.English, explain.Explanation{st})
				plain[st.Key] = r
			}
			m.Reason = r
		} else {
			m.Reason = render(explain.English, explain.Explanation{st})
		}
		m.Held = a.hasR && !m.Booked
	}
	// The books: each receipt once, in the order of its ID (so of its
	// posting's ID); clearings of those held whose key now passes.
	out.Postings = make([]Posting, 0, len(receipts))
	var clearings []Posting
	cleared := map[string]bool{}
	var newHeld []OpenItem
	lines := make([]Line, 0, 2*len(receipts))
	for n := 0; n < len(byID)+len(extra); n++ {
		var r *Receipt
		var m *Match
		if n < len(byID) {
			r = &receipts[byID[n]]
			m = &out.Matches[aggs[keyOf[byID[n]]].match]
		} else {
			r = &extra[n-len(byID)]
			m = &out.Matches[aggs[idx[Key{r.Platform, r.Period}]].match]
		}
		origin, prev := j.booking(TreasuryReceipt, r.ID)
		pid := origin.postingID()
		if prev != nil {
			pid = prev.ID
			got := specialAccountIn(prev) // what the posting put into the special account
			if prev.FeePeriod != r.Period || prev.Counterparty.ID != r.Platform || got != r.Amount || prev.Date != r.EntryDate {
				return Reconciliation{}, errzh.With(fmt.Errorf("%w: receipt %s is on the books as %s 元 for %s %s entered %s, now reported as %s 元 for %s %s entered %s",
					ErrDuplicateRecord, echo(r.ID), got, echo(prev.Counterparty.ID), prev.FeePeriod, prev.Date, r.Amount, echo(r.Platform), r.Period, r.EntryDate),
					"国库入库记录 %s 已记账为 %s %s 的 %s 元，%s 入库；现报为 %s %s 的 %s 元，%s 入库",
					echo(r.ID), echo(prev.Counterparty.ID), prev.FeePeriod, got, prev.Date, echo(r.Platform), r.Period, r.Amount, r.EntryDate)
			}
			if since, open := j.OpenSince(pid); m.Booked && open {
				if on.IsZero() || on.Before(since) {
					return Reconciliation{}, errzh.With(fmt.Errorf("%w: receipt %s held in suspense since %s can be cleared, but the reconciliation's date (%s) is missing or earlier", errBadRecord, echo(r.ID), since, dateText(on)),
						"国库入库记录 %s 自 %s 起挂账暂存，现可冲抵，但对账日期（%s）缺失或早于该日", echo(r.ID), since, dateZH(on))
				}
				per, ok := j.bookIn(heldFrom(prev), prev.Date, on)
				if !ok {
					return Reconciliation{}, errzh.With(fmt.Errorf("%w: receipt %s held in suspense (booked in %s) can be cleared, but no period from %s to the reconciliation's month %s is open", errBadRecord, echo(r.ID), prev.Period, heldFrom(prev), calendar.MonthOfDate(on)),
						"国库入库记录 %s 挂账暂存（记入 %s），现可冲抵，但从 %s 到对账月份 %s 没有未结账的期间", echo(r.ID), prev.Period, heldFrom(prev), calendar.MonthOfDate(on))
				}
				if err := j.closedYearRule(r.ID, prev.Date, heldFrom(prev), per); err != nil {
					return Reconciliation{}, err
				}
				cleared[pid] = true
				co, _ := j.booking(SuspenseClearing, r.ID) // after a reversed clearing: the next number, a new document
				clearings = append(clearings, Posting{
					ID: co.postingID(), Origin: co, Date: on, EntryDate: prev.Date, Period: per, FeePeriod: r.Period,
					Counterparty: Counterparty{Kind: PlatformParty, ID: r.Platform}, Clears: pid,
					Basis: Basis{Rule: RuleReceiptCleared},
					Lines: []Line{{Subject: Suspense, Debit: r.Amount}, {Subject: LevyIncome, Credit: r.Amount}},
				})
			}
			continue
		}
		if r.Amount.IsZero() {
			continue // nothing received, nothing to book
		}
		p := Posting{ID: pid, Origin: origin, Date: r.EntryDate, Period: calendar.MonthOfDate(r.EntryDate), FeePeriod: r.Period,
			Counterparty: Counterparty{Kind: PlatformParty, ID: r.Platform}}
		if j.Closed(p.Period) {
			// the entry month is closed: booked late, in the first open
			// period after it, never left off
			per, ok := j.bookIn(p.Period, r.EntryDate, on)
			if on.IsZero() || on.Before(r.EntryDate) || !ok {
				return Reconciliation{}, errzh.With(fmt.Errorf("%w: receipt %s entered in the closed period %s: it is booked in the first open period after it, up to the month of the reconciliation, whose date (%s) must be on or after %s with such a period", errBadRecord, echo(r.ID), p.Period, dateText(on), r.EntryDate),
					"国库入库记录 %s 在已结账的期间 %s 入库：应记入其后第一个未结账的期间（不晚于对账月份），对账日期（%s）须不早于 %s，且其间有这样的期间", echo(r.ID), p.Period, dateZH(on), r.EntryDate)
			}
			if err := j.closedYearRule(r.ID, r.EntryDate, p.Period, per); err != nil {
				return Reconciliation{}, err
			}
			p.Period = per
		}
		credit := LevyIncome
		p.Basis.Rule = RuleReceipt
		if !m.Booked {
			credit = Suspense
			p.Basis.Rule = RuleReceiptHeld
		}
		n := len(lines)
		lines = append(lines, Line{Subject: SpecialAccount, Debit: r.Amount}, Line{Subject: credit, Credit: r.Amount})
		p.Lines = lines[n : n+2 : n+2]
		if !m.Booked {
			newHeld = append(newHeld, OpenItem{PostingID: pid, Date: r.EntryDate, FeePeriod: r.Period, Counterparty: p.Counterparty,
				Receipt: r.ID, Amount: r.Amount, Basis: p.Basis, Reason: m.Reason, BookIn: p.Period})
		}
		out.Postings = append(out.Postings, p)
	}
	if len(clearings) > 0 { // "suspense-clear:" sorts before "treasury-receipt:"
		out.Postings = append(clearings, out.Postings...)
	}
	if !slices.IsSortedFunc(out.Postings, func(a, b Posting) int { return strings.Compare(a.ID, b.ID) }) {
		slices.SortFunc(out.Postings, func(a, b Posting) int { return strings.Compare(a.ID, b.ID) }) // only an odd "#n" clearing ID
	}
	// Open items once the postings are made: those already held and not
	// cleared now, and the new ones.
	out.OpenItems = []OpenItem{}
	for _, it := range j.OpenItems() {
		if !cleared[it.PostingID] {
			if i, ok := idx[Key{it.Counterparty.ID, it.FeePeriod}]; ok && it.Reason == "" {
				it.Reason = out.Matches[aggs[i].match].Reason
			}
			out.OpenItems = append(out.OpenItems, it)
		}
	}
	out.OpenItems = append(out.OpenItems, newHeld...)
	slices.SortStableFunc(out.OpenItems, func(x, y OpenItem) int {
		if c := x.Date.Compare(y.Date); c != 0 {
			return c
		}
		return strings.Compare(x.PostingID, y.PostingID)
	})
	return out, nil
}

// closedYearRule returns ErrClosedYear when the journal's rule is
// RefuseClosedYear and money of receipt id, entered on entry, would be
// booked in per, a period of a later year than from, the first it could be
// booked in (every period of from's year after it is closed).
func (j *Journal) closedYearRule(id string, entry calendar.Date, from, per calendar.Month) error {
	if j.closedYear == RefuseClosedYear && per.Year() > from.Year() {
		return errzh.With(fmt.Errorf("%w: receipt %s entered the treasury on %s, and every period from %s to %s is closed", ErrClosedYear, echo(id), entry, from, per),
			"国库入库记录 %s 于 %s 入库，而从 %s 到 %s 的各期间均已结账", echo(id), entry, from, per)
	}
	return nil
}

func keyCompare(a, b Key) int {
	if c := a.Period.Compare(b.Period); c != 0 {
		return c
	}
	return strings.Compare(a.Platform, b.Platform)
}

// specialAccountIn is what p puts into the special account (the sum lies
// within p's totals, which Validate bounded).
func specialAccountIn(p *Posting) money.Amount {
	var got money.Amount
	for _, l := range p.Lines {
		if l.Subject == SpecialAccount {
			got, _ = got.Add(net(l))
		}
	}
	return got
}

// recordZH names a record kind of recordIDs in Chinese.
var recordZH = map[string]string{"receipt": "国库入库记录", "collection": "征收记录"}

// recordIDs checks a record's own ID and its platform's (validID).
func recordIDs(what string, i int, id, platform string) error {
	if err := validID(id); err != nil {
		return errzh.With(fmt.Errorf("%w: %s #%d: ID: %w", errBadRecord, what, i+1, err),
			"第 %d 条%s：编号：%s", i+1, recordZH[what], errzh.Of(err))
	}
	if err := validID(platform); err != nil {
		return errzh.With(fmt.Errorf("%w: %s #%d %s: platform: %w", errBadRecord, what, i+1, echo(id), err),
			"第 %d 条%s %s：平台企业：%s", i+1, recordZH[what], echo(id), errzh.Of(err))
	}
	return nil
}

// dateText is d, or "no date" for the zero Date (whose String is empty).
func dateText(d calendar.Date) string {
	if d.IsZero() {
		return "no date"
	}
	return d.String()
}
