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
//     Validate. Days outside 2020-01-01..2039-12-31 (the days a Tally holds) are refused.
//   - Error text echoes at most 32 bytes of a value and masks anything
//     shaped like an identity number (第七十九条), so it can go to logs.
//
// Decide and Tally.AddDecision allocate nothing; Batch adds the duplicate
// rule and the Counts that prove nothing was lost (counted + excluded +
// duplicates + invalid = rows read). A Batch's results are read through
// methods that return copies (Counts, Tally, Invalid, InvalidUnlisted,
// Conflicting), so no host can make them disagree. For a pipeline (an
// Apache Beam job over many files), ParseRecord reads one record, Resolve
// applies the duplicate rule to one pair's copies, and Counts, Tally and
// Batch Merge; a Batch crosses the wire in its binary form
// (Batch.MarshalBinary).
//
// # Speed and memory
//
// Reading, validating, deciding and tallying is one pass over the input
// with no allocation per order in classify + tally; the ingest measures no
// slower than encoding/csv reading the same bytes. Figures, with their baselines
// and the program's memory on 1 M and 10 M rows: BENCHMARKS.md.
//
// Classify + tally validates and decides in one pass (Decide), finds the
// day in a table and the platform by the caller's string; the reader
// splits a line eight bytes at a time and gives its rows' strings one block
// per buffer fill. The duplicate rule costs a cache miss into its table.
//
// Memory is bounded by design, per reader (each bound held by a test on an
// adversarial input: TestReaderMemoryBounded, TestJunkLinesBoundedMemory,
// TestLosingCopiesKeepNothing, TestTallyDecodeBounded; time:
// TestReaderTimeIsLinear):
//
//   - CSVReader keeps no row: its memory is its buffer (64 KiB, grown to
//     1 MiB + 4 KiB for the longest line) and one string copy of it
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
// So memory does not grow with the number of rows: it grows, unless the
// input is de-duplicated upstream, with the distinct (order, worker) pairs, which an exact, order-independent
// duplicate rule must remember; past one machine, the pipeline groups the
// pairs instead (Resolve).
package eligibility
