package eligibility

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
)

// batchMagic opens a Batch's binary form: "ZB" and the format's version.
var batchMagic = [3]byte{'Z', 'B', 1}

// errBatchBinary is wrapped by the errors of Batch.UnmarshalBinary.
var errBatchBinary = errcode.New("bad_binary_batch", errcode.Stop,
	"eligibility: malformed binary batch",
	"二进制的批次数据不合要求")

// MarshalBinary implements encoding.BinaryMarshaler: the batch's
// configuration but Seen (Month, Rules, MaxInvalid) and its results
// (counts, tally, invalid records, unlisted reasons, conflicts), for a
// pipeline to send a partial count between machines or a host to keep it:
//
//	"ZB" 0x01
//	uvarint length and the month ("" or YYYY-MM), one byte of rules
//	  (bit 0: CountCancelledAfterStart), varint MaxInvalid
//	10 uvarint counts, in the order of Counts' fields
//	uvarint length and the tally (Tally.MarshalBinary)
//	uvarint N, then N invalid records, each varint line, uvarint length
//	  and the order ID, one byte (0: no error, 1: an error without a code,
//	  2: an error with its code), uvarint length and the error's text;
//	  after a 2, the error as errcode.Wire writes it: uvarint length and
//	  each of its code, Chinese text, field and value
//	uvarint N, then N unlisted reasons sorted, each uvarint length and the
//	  reason, uvarint count (> 0)
//	uvarint N, then N conflicts, each varint line, uvarint length and the
//	  order ID, uvarint length and the worker ID
//
// An invalid record's error travels as its text and, when it carries a
// code, as its code and Chinese text (errcode.Wire): read back, it says the
// same, matches its code with errors.Is, and a report writes it the same.
// The pairs a Batch remembers for its duplicate rule do not travel.
func (b *Batch) MarshalBinary() ([]byte, error) {
	if b == nil {
		return nil, errNilBatch
	}
	tally, err := b.tally.MarshalBinary()
	if err != nil {
		return nil, wrapZH(errBatchBinary, err)
	}
	out := append([]byte(nil), batchMagic[:]...)
	str := func(s string) {
		out = binary.AppendUvarint(out, uint64(len(s)))
		out = append(out, s...)
	}
	month := ""
	if !b.Month.IsZero() {
		month = b.Month.String()
	}
	str(month)
	var rules byte
	if b.Rules.CountCancelledAfterStart {
		rules = 1
	}
	out = append(out, rules)
	out = binary.AppendVarint(out, int64(b.MaxInvalid))
	for _, n := range b.counts.list() {
		if n < 0 {
			return nil, wrapZH(errBatchBinary, errNegativeCount)
		}
		out = binary.AppendUvarint(out, uint64(n))
	}
	str(string(tally))
	out = binary.AppendUvarint(out, uint64(len(b.invalid)))
	for _, inv := range b.invalid {
		out = binary.AppendVarint(out, inv.Line)
		str(inv.OrderID)
		if inv.Err == nil {
			out = append(out, 0)
			str("")
			continue
		}
		w, coded := wireOf(inv.Err)
		if !coded {
			out = append(out, 1)
			str(inv.Err.Error())
			continue
		}
		out = append(out, 2)
		str(inv.Err.Error())
		str(w.Code)
		str(w.Chinese)
		str(w.Field)
		str(w.Value)
	}
	keys := make([]string, 0, len(b.unlisted))
	for k := range b.unlisted {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out = binary.AppendUvarint(out, uint64(len(keys)))
	for _, k := range keys {
		str(k)
		out = binary.AppendUvarint(out, uint64(b.unlisted[k]))
	}
	out = binary.AppendUvarint(out, uint64(len(b.conflicting)))
	for _, c := range b.conflicting {
		out = binary.AppendVarint(out, c.Line)
		str(c.OrderID)
		str(c.WorkerID)
	}
	return out, nil
}

// UnmarshalBinary implements encoding.BinaryUnmarshaler: it reads what
// MarshalBinary writes and sets b to it (b.Seen is kept: it does not
// travel). It refuses, with an error wrapping bad_binary_batch, anything
// else (another version, a bad month or tally, truncated or overlong
// numbers, trailing bytes) and a batch that is not Balanced, or has more
// than 64 unlisted reasons or a reason counted zero times. On error b is
// unchanged.
//
// The decoded batch holds no pair: with Seen nil, its duplicate rule
// covers only the rows added after. Merge it with batches of other pairs,
// or read its results.
func (b *Batch) UnmarshalBinary(data []byte) error {
	if b == nil {
		return errNilBatch
	}
	// bad is a refusal in English (format) and Chinese (zh), both of args;
	// zh gets the names of what was read in Chinese (binArgsZH).
	bad := func(zh, format string, args ...any) error {
		return errzh.With(fmt.Errorf("%w: %s", errBatchBinary, fmt.Sprintf(format, args...)), zh, binArgsZH(args)...)
	}
	if len(data) < len(batchMagic) || [3]byte(data[:3]) != batchMagic {
		return bad("不是第 1 版的批次数据", "not a version-1 batch")
	}
	d := data[3:]
	uvarint := func(what string) (uint64, error) {
		v, n := binary.Uvarint(d)
		if n <= 0 || n > 1 && d[n-1] == 0 { // a last byte of 0 is an overlong form
			return 0, bad("%s：数字被截断或编码过长", "%s: truncated or overlong number", what)
		}
		d = d[n:]
		return v, nil
	}
	varint := func(what string) (int64, error) {
		v, n := binary.Varint(d)
		if n <= 0 || n > 1 && d[n-1] == 0 {
			return 0, bad("%s：数字被截断或编码过长", "%s: truncated or overlong number", what)
		}
		d = d[n:]
		return v, nil
	}
	count := func(what string) (int64, error) {
		v, err := uvarint(what)
		if err == nil && v > math.MaxInt64 {
			err = bad("%s：超过 2⁶³−1", "%s: past 2⁶³−1", what)
		}
		return int64(v), err
	}
	str := func(what string) (string, error) {
		l, err := uvarint(what)
		if err != nil {
			return "", err
		}
		if l > uint64(len(d)) {
			return "", bad("%s：数据被截断", "%s: truncated", what)
		}
		s := string(d[:l])
		d = d[l:]
		return s, nil
	}
	list := func(what string) (int, error) {
		n, err := uvarint(what)
		if err == nil && n > uint64(len(d)) { // each element takes at least a byte
			err = bad("%[2]s %[1]d 个，只有 %[3]d 个字节", "%d %s in %d bytes", n, what, len(d))
		}
		return int(n), err
	}

	var out Batch
	month, err := str("month")
	if err != nil {
		return err
	}
	if month != "" {
		if out.Month, err = calendar.ParseMonth(month); err != nil || out.Month.String() != month {
			return bad("月份（month）不是 YYYY-MM 格式的月份", "month: not a YYYY-MM month")
		}
	}
	if len(d) < 1 || d[0] > 1 {
		return bad("规则（rules）应为一个字节，0 或 1", "rules: want one byte, 0 or 1")
	}
	out.Rules.CountCancelledAfterStart, d = d[0] == 1, d[1:]
	maxInvalid, err := varint("max_invalid")
	if err != nil {
		return err
	}
	if int64(int(maxInvalid)) != maxInvalid {
		return bad("max_invalid：%d 超出范围", "max_invalid: %d out of range", maxInvalid)
	}
	out.MaxInvalid = int(maxInvalid)
	for i, to := range out.counts.fields() {
		if *to, err = count(countNames[i]); err != nil {
			return err
		}
	}
	tally, err := str("tally")
	if err != nil {
		return err
	}
	if err := out.tally.UnmarshalBinary([]byte(tally)); err != nil {
		return wrapZH(errBatchBinary, err)
	}
	n, err := list("invalid records")
	if err != nil {
		return err
	}
	for i := range n {
		var inv Invalid
		if inv.Line, err = varint("invalid line"); err != nil {
			return err
		}
		if inv.OrderID, err = str("invalid order_id"); err != nil {
			return err
		}
		if len(d) < 1 || d[0] > 2 {
			return bad("第 %d 条无效记录：错误标记应为 0、1 或 2", "invalid record %d: want an error flag, 0, 1 or 2", i+1)
		}
		flag := d[0]
		d = d[1:]
		text, err := str("invalid error")
		if err != nil {
			return err
		}
		switch {
		case flag == 1:
			inv.Err = errors.New(text)
		case flag == 2:
			var w errcode.WireError
			for _, f := range []*string{&w.Code, &w.Chinese, &w.Field, &w.Value} {
				if *f, err = str("invalid error's code"); err != nil {
					return err
				}
			}
			if w.Chinese == "" {
				return bad("第 %d 条无效记录：错误没有中文说明", "invalid record %d: an error without its Chinese text", i+1)
			}
			inv.Err = &readError{text: text, wire: &w}
		case text != "":
			return bad("第 %d 条无效记录：有说明文字但没有错误", "invalid record %d: a text without an error", i+1)
		}
		out.invalid = append(out.invalid, inv)
	}
	if n, err = list("unlisted reasons"); err != nil {
		return err
	}
	if n > maxUnlistedReasons {
		return bad("未列明的原因有 %d 个，最多 %d 个", "%d unlisted reasons, at most %d", n, maxUnlistedReasons)
	}
	prev := ""
	for i := range n {
		k, err := str("unlisted reason")
		if err != nil {
			return err
		}
		if i > 0 && k <= prev {
			return bad("未列明的原因未按顺序排列", "unlisted reasons not sorted")
		}
		prev = k
		c, err := count("unlisted count")
		if err != nil {
			return err
		}
		if c == 0 {
			return bad("第 %d 个未列明的原因计数为零", "unlisted reason %d counted zero times", i+1)
		}
		if out.unlisted == nil {
			out.unlisted = make(map[string]int64, n)
		}
		out.unlisted[k] = c
	}
	if n, err = list("conflicts"); err != nil {
		return err
	}
	for range n {
		var c Conflict
		if c.Line, err = varint("conflict line"); err != nil {
			return err
		}
		if c.OrderID, err = str("conflict order_id"); err != nil {
			return err
		}
		if c.WorkerID, err = str("conflict worker_id"); err != nil {
			return err
		}
		out.conflicting = append(out.conflicting, c)
	}
	if len(d) != 0 {
		return bad("末尾多出 %d 个字节", "%d trailing bytes", len(d))
	}
	if !out.Balanced() {
		return bad("各项计数不平衡：读入 %d 行；计入 %d 单（汇总表 %d 单），排除 %d，重复 %d，无效 %d（列明 %d 条，其余按原因计数）；冲突 %d（列明 %d 条）",
			"the counts do not balance: %d rows read; %d counted (%d tallied), %d excluded, %d duplicates, %d invalid (%d listed, the rest by reason); %d conflicts (%d listed)",
			out.counts.Input, out.counts.Counted, out.tally.total, out.counts.Excluded, out.counts.Duplicates, out.counts.Invalid,
			len(out.invalid), out.counts.Conflicts, len(out.conflicting))
	}
	out.Seen = b.Seen
	*b = out
	return nil
}

// readError is an invalid record's error read from a Batch's binary form:
// its text, and its code and Chinese text (which errors.Is matches against
// the code, and errcode.Wire writes as it was).
type readError struct {
	text string
	wire *errcode.WireError
}

func (e *readError) Error() string { return e.text }
func (e *readError) Unwrap() error { return e.wire }

// wireOf is err as errcode.Wire writes it, and whether it carries a code
// (or was read with one): only such an error travels with it.
func wireOf(err error) (*errcode.WireError, bool) {
	var read *errcode.WireError
	coded := !errcode.Of(err).IsZero() || errors.As(err, &read)
	return errcode.Wire(err), coded
}
