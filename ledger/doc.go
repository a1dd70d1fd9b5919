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
// The journal cannot be fooled into accepting what it must refuse:
//
//   - sums overflow nowhere: a line is at most 10¹² 元, and every total —
//     a posting's debits and credits, each balance (of a period, over all
//     periods, and as of each day for the subjects that may not go below
//     zero), a reconciliation's sums per key, the yearly summary and its
//     counts — is a money.Amount (or an int) with checked additions (and a
//     checked negation); one that would leave the range (about 9.2×10¹⁶
//     元) is ErrOverflow, never a wrapped number. Settle's sums are checked
//     the same way, and its postings pass the same checks when posted;
//   - a reversal mirrors its original exactly (ErrFalseReversal), so no
//     small "reversal" can mark a posting reversed;
//   - a receipt or collection ID given twice is refused (ErrDuplicateRecord);
//   - no ID aliases another: the postings the package builds carry the
//     document they book as fields (Origin: kind, the document's own ID, a
//     booking number), their IDs are derived from those one-to-one and
//     never parsed back, a posting the host writes may not take an ID of
//     that form (ErrReservedID), and a document is booked by one posting
//     at a time (ErrAlreadyBooked); every ID from outside (receipt,
//     collection, platform, posting, counterparty, payment, insurer,
//     worker) is at most MaxIDBytes and refuses characters nobody can see
//     (ErrBadID), so no two IDs differ only by what does not show;
//   - a counterparty's kind and an adjustment's direction are closed lists
//     (CounterpartyKind, Direction): a kind or direction not on the list,
//     or none, is refused where it is read or used (ErrBadCounterparty,
//     ErrBadDirection), never taken as the nearest one;
//   - the special account, the suspense subject and the insurer payable
//     never go below zero on any day, in the order the money moved
//     (ErrNegative; NonNegative says why the others may).
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
// 一般采用收付实现制), with an accrual view by fee period beside it.
//
// # Speed
//
// go test ./ledger -run '^$' -bench . -benchmem -benchtime 1x -count 5 on
// the project machine (2 cores, AMD EPYC in a VM, go1.26.8), shared with
// other work at a load of about 12, so the CPU time per op (cpu-ns/op, user
// + system, the garbage collector included) is quoted, median of five:
//
//	1 M postings with balances (NewJournal sized for them)   0.75 s CPU   0 allocs a posting (4 939 in all: the chunks)
//	reconciling 100 000 receipts, records and due amounts    0.134 s CPU  2 allocs a receipt (its posting's ID and source)
//	reconciling 1 000 000 receipts, records and due amounts  2.35 s CPU
//
// Reconciliation does O(n) hash-map work and two O(n log n) sorts (of
// indices, by key and by receipt ID). From 100 k to 1 M records, n log n
// predicts 12× and linear 10×; the measured ratio is 17.6× (2.35 / 0.134;
// 14–19× over the runs). The excess is memory, not operations: the work per
// record is the same at both sizes, but at 1 M the maps and records (about
// 700 MB allocated) outgrow the CPU caches, so each map probe (about 30% of
// the CPU profile at both sizes) and each sort comparison costs more. The
// wall times on the loaded machine were 2–6× the CPU times. An audit's
// run at a lighter load measured 135–155 ms and 1.77–2.11 s: 12.5×
// (11.4–15.6×), at n log n's 12×.
//
// The ID checks and the Origin of issue 18 (validID on every ID, the
// reserved-ID check, Origin on the postings the package builds and the
// document index), measured against the code before them in the same run,
// the two test binaries alternated, at a load of 15–20 (CPU time, median):
// 1 M postings 2.72 s before, 2.97 s after (6 runs each: +9%, within the
// spread of either); reconciling 100 000 receipts 468 ms before, 491 ms
// after (7 runs each: +5%), with the same allocations and 10% more bytes
// (a Posting is 48 bytes larger). The by-day balance check stays O(1) for a
// posting that adds to a subject (see dayBook).
//
// The entry date of issue 19 (Posting.EntryDate, the closed-year rule in
// Post and Reconcile), against the code before it in the same run, the two
// test binaries alternated, five runs each, at a load of about 20 (CPU
// time, median): 1 M postings 2.36 s before, 2.45 s after (+4%, within the
// spread of either: 2.19–2.64 s and 2.26–2.49 s); reconciling 100 000
// receipts 234 ms before, 223 ms after; the same allocations, and 8 bytes
// more a posting (the date).
package ledger
