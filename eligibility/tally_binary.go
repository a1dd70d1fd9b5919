package eligibility

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
)

// tallyMagic opens a Tally's binary form: "ZT" and the format's version.
var tallyMagic = [3]byte{'Z', 'T', 1}

// errTallyBinary is wrapped by the errors of Tally.UnmarshalBinary.
var errTallyBinary = errcode.New("bad_binary_tally", errcode.Stop,
	"eligibility: malformed binary tally",
	"二进制的汇总表数据不合要求")

// MarshalBinary implements encoding.BinaryMarshaler with a compact form that
// has one encoding per tally (equal tallies give equal bytes):
//
//	"ZT" 0x01
//	uvarint P, then P platforms sorted, each uvarint length and bytes
//	uvarint R, then R cells sorted by platform, industry and day, each
//	  uvarint platform index, one byte industry (1..3),
//	  uvarint days since 2020-01-01 (the first day a Tally holds), uvarint orders (> 0)
//
// Every listed platform has a cell, and the orders sum to at most
// math.MaxInt64. It writes only what UnmarshalBinary reads back: a Tally
// that does not hold (its value copied and changed, see Tally) is an error
// wrapping bad_binary_tally. It has a value receiver, so a Tally held by value
// marshals too.
func (t Tally) MarshalBinary() ([]byte, error) { return t.appendBinary(nil) }

// AppendBinary implements encoding.BinaryAppender (see MarshalBinary). On
// error it returns b unchanged.
func (t Tally) appendBinary(b []byte) ([]byte, error) {
	rows := t.Rows()
	if err := checkRows(rows); err != nil {
		return b, wrapZH(errTallyBinary, err)
	}
	b = append(b, tallyMagic[:]...)
	var names []string
	for i, r := range rows {
		if i == 0 || r.Platform != rows[i-1].Platform {
			names = append(names, r.Platform)
		}
	}
	b = binary.AppendUvarint(b, uint64(len(names)))
	for _, n := range names {
		b = binary.AppendUvarint(b, uint64(len(n)))
		b = append(b, n...)
	}
	b = binary.AppendUvarint(b, uint64(len(rows)))
	p := -1
	for i, r := range rows {
		if i == 0 || r.Platform != rows[i-1].Platform {
			p++
		}
		b = binary.AppendUvarint(b, uint64(p))
		b = append(b, byte(r.Industry))
		b = binary.AppendUvarint(b, uint64(r.Day.DaysSince(tallyFirst)))
		b = binary.AppendUvarint(b, uint64(r.Orders))
	}
	return b, nil
}

// UnmarshalBinary implements encoding.BinaryUnmarshaler: it reads exactly
// what MarshalBinary writes and refuses anything else (another version,
// platforms out of order, unused or not clear IDs, cells out of order or
// repeated, a day outside 2020-01-01..2039-12-31, zero orders, orders summing past
// math.MaxInt64 (an *OverflowError), overlong numbers, trailing bytes) with
// an error wrapping bad_binary_tally. It replaces t's counts; on error t is
// unchanged.
func (t *Tally) UnmarshalBinary(data []byte) error {
	if t == nil {
		return errNilTally
	}
	if len(data) < len(tallyMagic) || [3]byte(data[:3]) != tallyMagic {
		return errzh.With(fmt.Errorf("%w: not a version-1 tally", errTallyBinary), "不是第 1 版的汇总表")
	}
	d := data[3:]
	next := func(what string) (uint64, error) {
		v, n := binary.Uvarint(d)
		if n <= 0 || n > 1 && d[n-1] == 0 { // a last byte of 0 is an overlong form: one encoding per tally
			return 0, errzh.With(fmt.Errorf("%w: %s: truncated or overlong number", errTallyBinary, what), "%s（%s）：数字被截断或编码过长", binWhatZH[what], what)
		}
		d = d[n:]
		return v, nil
	}
	np, err := next("platforms")
	if err != nil {
		return err
	}
	if np > uint64(len(d)) { // each platform takes at least a byte
		return errzh.With(fmt.Errorf("%w: %d platforms in %d bytes", errTallyBinary, np, len(d)), "%d 个平台只有 %d 个字节", np, len(d))
	}
	names := make([]string, np)
	for i := range names {
		l, err := next("platform length")
		if err != nil {
			return err
		}
		if l == 0 || l > uint64(len(d)) {
			return errzh.With(fmt.Errorf("%w: platform %d: bad length", errTallyBinary, i+1), "第 %d 个平台：长度不对", i+1)
		}
		names[i], d = string(d[:l]), d[l:]
		if !cleanID(names[i]) {
			return errzh.With(fmt.Errorf("%w: platform %d: %w", errTallyBinary, i+1, idError("platform", names[i])), "第 %d 个平台：%s", i+1, errzh.Of(idError("platform", names[i])))
		}
		if i > 0 && names[i] <= names[i-1] {
			return errzh.With(fmt.Errorf("%w: platforms not sorted", errTallyBinary), "平台未按顺序排列")
		}
	}
	nr, err := next("cells")
	if err != nil {
		return err
	}
	if nr > uint64(len(d))/4 { // each cell takes at least 4 bytes
		return errzh.With(fmt.Errorf("%w: %d cells in %d bytes", errTallyBinary, nr, len(d)), "%d 个格只有 %d 个字节", nr, len(d))
	}
	var out Tally
	var prev Row
	rows := make([]Row, 0, nr)
	used := 0
	for i := uint64(0); i < nr; i++ {
		p, err := next("platform index")
		if err != nil {
			return err
		}
		if p >= np {
			return errzh.With(fmt.Errorf("%w: cell %d: platform %d of %d", errTallyBinary, i+1, p, np), "第 %d 格：平台序号 %d，共 %d 个平台", i+1, p, np)
		}
		if len(d) == 0 {
			return errzh.With(fmt.Errorf("%w: cell %d: truncated", errTallyBinary, i+1), "第 %d 格：数据被截断", i+1)
		}
		ind := Industry(d[0])
		d = d[1:]
		if !ind.valid() {
			return errzh.With(fmt.Errorf("%w: cell %d: industry %d", errTallyBinary, i+1, ind), "第 %d 格：行业 %d", i+1, ind)
		}
		off, err := next("day")
		if err != nil {
			return err
		}
		if off >= uint64(tallySpan) {
			return errzh.With(fmt.Errorf("%w: cell %d: %w", errTallyBinary, i+1, errDayOutsideTally), "第 %d 格：%s", i+1, errDayOutsideTally.Chinese())
		}
		orders, err := next("orders")
		if err != nil {
			return err
		}
		if orders == 0 || orders > math.MaxInt64 {
			return errzh.With(fmt.Errorf("%w: cell %d: orders %d", errTallyBinary, i+1, orders), "第 %d 格：订单数 %d", i+1, orders)
		}
		r := Row{Platform: names[p], Industry: ind, Day: dayAt(tallyFirst, int(off)), Orders: int64(orders)}
		if i > 0 && !rowBefore(prev, r) {
			return errzh.With(fmt.Errorf("%w: cell %d: cells not sorted by platform, industry and day", errTallyBinary, i+1), "第 %d 格：各格未按平台、行业、日期排序", i+1)
		}
		if int(p) == used {
			used++
		}
		prev = r
		rows = append(rows, r)
	}
	if used != len(names) {
		return errzh.With(fmt.Errorf("%w: a platform without cells", errTallyBinary), "有平台没有任何格")
	}
	if len(d) != 0 {
		return errzh.With(fmt.Errorf("%w: %d trailing bytes", errTallyBinary, len(d)), "末尾多出 %d 个字节", len(d))
	}
	if err := checkBudget(rows, len(data)); err != nil {
		return wrapZH(errTallyBinary, err)
	}
	if _, err := sumRows(rows); err != nil {
		return wrapZH(errTallyBinary, err)
	}
	for _, r := range rows {
		out.addSigned(r.Platform, r.Industry, r.Day, r.Orders)
	}
	*t = out
	return nil
}

// rowBefore orders rows by platform, industry and day.
func rowBefore(a, b Row) bool {
	if a.Platform != b.Platform {
		return a.Platform < b.Platform
	}
	if a.Industry != b.Industry {
		return a.Industry < b.Industry
	}
	return a.Day.Before(b.Day)
}
