// Package eligibility decides which order executions count for the
// occupational-injury levy, and on which day (第十条 of 沪人社福〔2025〕373号),
// and tallies the counted orders by platform, industry and day.
//
// 第十条: "每日24时前执行结束的订单计入当日应缴费订单范围", provided that
//
//	（一）the worker is registered on the platform and within its insured scope;
//	（二）the worker accepted the order and started executing it in Shanghai;
//	（三）the execution ended: "实际送达、中途转出等" (delivered, transferred midway, …).
//
// Readings the package takes:
//   - Every instant is judged in Beijing time: an order that ends at
//     23:59:59 counts on that day, one that ends at 00:00:00 on the next.
//   - Each order execution is one order ("每单必保"): an order transferred
//     midway counts for the worker who handed it over (the execution that
//     ended by transfer) and again for the worker who completed it.
//   - "In Shanghai" is read from the 6-digit administrative division code
//     (GB/T 2260) of the place execution started: Shanghai's codes begin 31.
//   - 第十条第一款第（三）项's 等 leaves the list open: an execution cancelled
//     after it started is not counted by default; a host that reads 等 to
//     include it sets Rules.CountCancelledAfterStart.
//   - A repeated (order_id, worker_id) counts once whatever the row order:
//     identical copies are duplicates; copies that disagree are conflicts for
//     the platform to correct (第九条), and the copy that ended last counts
//     (Resolve states the whole order).
//   - A record that contradicts itself is invalid, not guessed at: see
//     Validate. Days outside 2020-01-01..2039-12-31 (TallyDays) are refused.
//   - Error text echoes at most MaxEcho bytes of a value and masks anything
//     shaped like an identity number (第七十九条), so it can go to logs.
//
// Decide and Tally.AddDecision allocate nothing; Batch adds the duplicate
// rule and the Counts that prove nothing was lost (counted + excluded +
// duplicates + invalid = rows read). For a pipeline (an Apache Beam job over
// many files), ParseRecord reads one record, Resolve applies the duplicate
// rule to one pair's copies, and Counts, Tally and Batch Merge.
//
// # Speed and memory
//
// CPU time per op, median of 5 runs of go test ./eligibility -run '^$'
// -bench . -benchmem -count 5 on the project machine (2 cores, AMD EPYC in a
// VM, go1.26, shared by several jobs: wall-clock figures drift 2–4×, CPU
// time does not). Each group measures its baseline in the same run:
//
//	BenchmarkClassify/one-field-scan        4.6 ns/order   the baseline: read one field of 1 M in-memory records
//	BenchmarkClassify/classify+tally        9.2 ns/order   108 M orders/s a core, 2.0× the scan, 0 allocs
//	BenchmarkIngest/encoding-csv-nothing    190 ns/row     the baseline: encoding/csv reading the same bytes
//	BenchmarkIngest/deduplicated            166 ns/row     6.0 M rows/s a core, 0.88× encoding/csv: CSV + validate + decide + tally, 0 allocs
//	BenchmarkIngest/duplicate-rule          362 ns/row     the same with the in-memory duplicate rule
//
// (Before issue 11: classify + tally 13.9 ns, 2.9× the scan; ingest 223
// ns/row, 1.2× encoding/csv. The ingest goals, no slower than
// encoding/csv and 5 M rows/s, are met. Classify + tally is at its goals,
// 2× the scan and 100 M orders/s, with no margin: 1.99× in the median
// above, single runs giving 1.9–2.2× as the scan's own speed varies.) Classify + tally validates and decides in one pass (Decide), finds
// the day in a table and the platform by the caller's string; the reader
// splits a line eight bytes at a time and gives its rows' strings one block
// per buffer fill. The duplicate rule costs a cache miss into its table.
//
// Memory is bounded by design, per reader (each bound held by a test on an
// adversarial input: TestReaderMemoryBounded, TestJunkLinesBoundedMemory,
// TestLosingCopiesKeepNothing, TestTallyDecodeBounded; time:
// TestReaderTimeIsLinear):
//
//   - CSVReader keeps no row: its memory is its buffer (64 KiB, grown to
//     MaxCSVLine + 4 KiB for the longest line) and one string copy of it
//     that the rows read share, at most about 2.1 MiB whatever the input
//     (2.0 MiB at its peak over 24 MB of overlong lines, unclosed quotes and
//     CR-only rows).
//     ParseRecord's memory is a few times its record, released on return.
//   - Batch: per distinct (order_id, worker_id) pair, the pair's bytes and
//     about 100 bytes more (its table slot, its entry and its current copy,
//     56 bytes); nothing with Seen set. Per platform of a current copy, its
//     name and about 60 bytes. A copy of a pair that loses keeps nothing
//     (no allocation); one that wins replaces the current copy, and a
//     platform no current copy holds is dropped. Invalid records: the
//     first MaxInvalid (DefaultMaxInvalid, 1000) listed, about 0.2 KB each
//     with the reader's errors (a host's own errors as it gives them), and
//     past them only a count by reason (at most 64 reasons of at most 160
//     bytes): 1 M junk lines leave about 0.2 MB, as 10 000 do. Conflicts:
//     about 100 bytes per conflicting pair.
//   - Tally: at most 920 bytes per platform with a count, and 512 bytes per
//     block of 64 days counted (at most 115 blocks per platform and
//     industry); its decoders allocate at most 256 bytes of counters per
//     byte of input (and 1 MiB), checked before allocating.
//
// examples/monthly-levy on rows made by examples/gen-orders (maximum
// resident memory; figures from before issue 18, whose changes add no
// memory per row):
//
//	rows                               -deduplicated   default (duplicate rule)
//	1 M, no invalid or repeated rows   8.4–12 MB       207–215 MB
//	1 M, 0.5% invalid, 0.5% repeated   10–11 MB        210–214 MB
//	10 M, no invalid or repeated rows  8.6 MB          2.1 GB
//	10 M, 0.5% invalid, 0.5% repeated  44 MB           1.9 GB
//
// So memory does not grow with the number of rows: it grows, unless the
// input is de-duplicated upstream, with the distinct (order, worker) pairs, which an exact, order-independent
// duplicate rule must remember; past one machine, the pipeline groups the
// pairs instead (Resolve).
package eligibility
