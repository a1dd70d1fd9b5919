// Package ledger keeps the work-injury fund's books for the
// occupational-injury scheme under 沪人社福〔2025〕373号 (第四、十六至十八、四十七至五十七、
// 六十四、七十七条): its own income and expenditure subjects, kept apart from
// the ordinary work-injury subjects (第四、四十九、五十条); a balanced,
// idempotent journal; the reconciliation of treasury receipts with the tax
// bureau's collection records and of payments with the national platform's
// order summaries (第十七、十八条); refunds and top-ups (第十六条); the
// insurer's monthly settlement (第五十七条) with the large-payment check
// (第五十六条) and the three-year ban of 第六十四条; and the yearly summary
// (第七十七条).
//
// The ledger stands on its own: it reconciles against its own due amounts
// (Due: platform, period, amount) and books its own adjustments
// (Adjustment), so a host keeping the books needs neither package levy nor
// package eligibility; a host that computes bills with levy passes each
// bill's platform, period and total.
//
// The Journal is an in-memory value: the host persists its postings
// (Snapshot) and rebuilds it (Load). Nothing here reads a clock or a file.
// Every amount is a money.Amount, a whole number of fen, and so is every
// balance and sum: adding up a book never rounds, and nothing is ever
// rounded here (a fraction of a fen cannot even be written: JSON that
// carries one is refused where it is read).
//
// # What the books refuse
//
// The journal cannot be fooled into accepting what it must refuse. Every
// refusal is an error carrying an errcode.Code (errcode.Of); Codes lists
// every code, and the exported ones (ErrConflict, ErrClosed, ErrNegative,
// …) are those a host branches on with errors.Is; the others, named below
// by their identifier, are compared with errcode.Of(err).Code():
//
//   - sums overflow nowhere: a line is at most 10¹² 元, and every total —
//     a posting's debits and credits, each balance (of a period, over all
//     periods, and as of each day for the subjects that may not go below
//     zero), a reconciliation's sums per key, the yearly summary and its
//     counts — is a money.Amount (or an int) with checked additions (and a
//     checked negation); one that would leave the range (about 9.2×10¹⁶
//     元) is code overflow, never a wrapped number. Settle's sums are checked
//     the same way, and its postings pass the same checks when posted;
//   - a reversal mirrors its original exactly (code false_reversal), so no
//     small "reversal" can mark a posting reversed;
//   - a receipt or collection ID given twice is refused (ErrDuplicateRecord);
//   - no ID aliases another: the postings the package builds carry the
//     document they book as fields (Origin: kind, the document's own ID, a
//     booking number), their IDs are derived from those one-to-one and
//     never parsed back, a posting the host writes may not take an ID of
//     that form (code reserved_id), and a document is booked by one posting
//     at a time (ErrAlreadyBooked); every ID from outside (receipt,
//     collection, platform, posting, counterparty, payment, insurer,
//     worker) is at most 256 bytes and refuses characters nobody can see
//     (code bad_id), so no two IDs differ only by what does not show;
//   - a counterparty's kind and an adjustment's direction are closed lists
//     (CounterpartyKind, Direction): a kind or direction not on the list,
//     or none, is refused where it is read or used (code bad_counterparty,
//     code bad_direction), never taken as the nearest one;
//   - the special account, the suspense subject and the insurer payable
//     never go below zero on any day, in the order the money moved
//     (ErrNegative); an income or expense subject may go below zero in a
//     period, where a refund or a reversal corrects an earlier period's.
//
// # Every yuan on the books
//
// Money the treasury received is the fund's whether or not the records
// agree yet (第十八条 books income 核对一致后, but the money is in the
// special account). Journal.Reconcile books every receipt exactly once: as
// income when its platform's period passes both steps, otherwise held in
// the suspense subject (暂收款) and listed as an open item, cleared into
// income when a later reconciliation finds the records in agreement (or
// refunded). Income is booked at the treasury's entry date (第十八条:
// 按照市税务局反馈的资金缴纳入库时间…完成…记账): a clearing keeps the day it
// was done as its Date and carries the entry date (Posting.EntryDate), is
// booked in the entry month's period when that is open, and the yearly
// summary counts the income in the year the money entered the treasury. A
// closed year is not rewritten (ClosedYearRule): money of a year whose
// periods are closed is booked in the open year and listed there as an
// earlier year's (Summary.PriorYear), or, as a named option, refused until
// the host reopens the period. Refunds and top-ups carry their fee period
// (退款所属费款账期) and are booked in the accounting period in which the
// money moves, so a closed period never blocks one. The yearly summary is on a cash basis (the
// funds' accounts are: 社会保险基金会计制度, 财会〔2017〕28号, 总说明 第五条,
// 一般采用收付实现制), with an accrual view by fee period beside it: the
// Summary's basis is "cash".
//
// # What a posting books
//
// A posting the package builds (Reconcile, Refund, ClearHeld, Settle)
// carries what happened as data (Posting.Basis: a stable rule key such as
// treasury_receipt or refund, and the account paid to or the insurer where
// the posting's other fields do not hold it); one the host writes carries
// its own words (Posting.Source). Nothing the package writes in English or
// Chinese is stored: Explain renders a posting from its data in either
// language through the package's catalogues (Steps gives the steps of package
// explain, Messages the entries, for a host joining catalogues), so a later
// wording never changes a posting, and Post compares the data — the same
// document booked again is a duplicate, whatever either version would say
// of it. A journal written before issue 20, whose postings carry English
// sentences in "source", still loads and is given back as it was stored;
// a sentence an earlier version wrote is read as the basis it maps to
// (only when it is, byte for byte, what that version wrote for the
// posting), so the same document booked again by this version is a
// duplicate there too.
//
// # Speed
//
// Posting adds no allocation a posting to a journal sized for it
// (NewJournal), and the by-day balance check is O(1) for a posting that
// adds to a subject; reconciliation does O(n) hash-map work and two
// O(n log n) sorts (of indices, by key and by receipt ID). Figures (1 M
// postings, 100 k and 1 M receipts, and each change measured against the
// code before it): BENCHMARKS.md.
package ledger
