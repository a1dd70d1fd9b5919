package calendar

import (
	"encoding/binary"
	"sort"
)

// A Deadline carries the days off behind it (MovedOver, NotCounted) and the
// replaced schedules its count used as data, not as a pointer to the
// calendar it was computed on: it explains itself the same after a trip
// through JSON, and == compares what it says.
//
// The data is a string, so that a Deadline stays comparable and computing
// one allocates nothing: every calendar keeps all its days off in one
// string, one record a day in date order (offText, with offPos the offset
// of each day's record), and a Deadline holds the substring of the days its
// explanation lists. A substring shares the calendar's bytes; == compares
// the bytes, not where they are.
//
// A record is the day (Date.n, 4 bytes big-endian), its kind (1 byte), then
// the festival and the source, each a uvarint length and the bytes.

// appendDayRecord appends the record of x to b.
func appendDayRecord(b []byte, x DayInfo) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(x.Date.n))
	b = append(b, byte(x.Kind))
	b = binary.AppendUvarint(b, uint64(len(x.Festival)))
	b = append(b, x.Festival...)
	b = binary.AppendUvarint(b, uint64(len(x.Source)))
	return append(b, x.Source...)
}

// eachDayRecord calls f with the days of the records in s, in order, until
// f returns false; a malformed tail (which only a bug could make) ends it.
func eachDayRecord(s string, f func(DayInfo) bool) {
	for len(s) >= 5 {
		var x DayInfo
		x.Date = Date{n: int32(binary.BigEndian.Uint32([]byte(s[:4])))}
		x.Weekday = x.Date.Weekday().String()
		x.Kind = DayKind(s[4])
		s = s[5:]
		fest, rest, ok := cutField(s)
		if !ok {
			return
		}
		src, rest, ok := cutField(rest)
		if !ok {
			return
		}
		x.Festival, x.Source, s = Festival(fest), src, rest
		if !f(x) {
			return
		}
	}
}

// cutField reads a uvarint length and that many bytes from s.
func cutField(s string) (field, rest string, ok bool) {
	n, k := binary.Uvarint([]byte(s[:min(len(s), binary.MaxVarintLen64)]))
	if k <= 0 || n > uint64(len(s)-k) {
		return "", "", false
	}
	return s[k : k+int(n)], s[k+int(n):], true
}

// recordsIn lists the days of the records in s from a to b inclusive.
func recordsIn(s string, a, b Date) []DayInfo {
	var out []DayInfo
	eachDayRecord(s, func(x DayInfo) bool {
		if x.Date.After(b) {
			return false
		}
		if !x.Date.Before(a) {
			out = append(out, x)
		}
		return true
	})
	return out
}

// encodeDays is the record string of days (sorted by date, one a date).
func encodeDays(days []DayInfo) string {
	days = append([]DayInfo(nil), days...)
	sort.SliceStable(days, func(i, j int) bool { return days[i].Date.Before(days[j].Date) })
	var b []byte
	for i, x := range days {
		if i > 0 && days[i-1].Date == x.Date {
			continue
		}
		b = appendDayRecord(b, x)
	}
	return string(b)
}

// buildDaysOff fills offText and offPos from the calendar's days.
func (c *Calendar) buildDaysOff() {
	c.offPos = make([]int32, len(c.kind)+1)
	var b []byte
	for i, k := range c.kind {
		c.offPos[i] = int32(len(b))
		if k.isDayOff() {
			b = appendDayRecord(b, c.info(i))
		}
	}
	c.offPos[len(c.kind)] = int32(len(b))
	c.offText = string(b)
}

// daysOffText is the substring of offText for the days from a to b
// inclusive; empty when a is after b or either is outside the calendar.
// It allocates nothing.
func (c *Calendar) daysOffText(a, b Date) string {
	i, j := int(a.n)-int(c.first.n), int(b.n)-int(c.first.n)
	if i > j || i < 0 || j >= len(c.kind) {
		return ""
	}
	return c.offText[c.offPos[i]:c.offPos[j+1]]
}

// Replacement records: the year (uvarint), then Replaced and By, each a
// uvarint length and the bytes; replText holds c's, by year, and
// replYear/replOff where each starts.

func appendReplacement(b []byte, r Replacement) []byte {
	b = binary.AppendUvarint(b, uint64(r.Year))
	b = binary.AppendUvarint(b, uint64(len(r.Replaced)))
	b = append(b, r.Replaced...)
	b = binary.AppendUvarint(b, uint64(len(r.By)))
	return append(b, r.By...)
}

func decodeReplacements(s string) []Replacement {
	var out []Replacement
	for s != "" {
		y, k := binary.Uvarint([]byte(s[:min(len(s), binary.MaxVarintLen64)]))
		if k <= 0 {
			return out
		}
		replaced, rest, ok := cutField(s[k:])
		if !ok {
			return out
		}
		by, rest, ok := cutField(rest)
		if !ok {
			return out
		}
		out = append(out, Replacement{Year: int(y), Replaced: replaced, By: by})
		s = rest
	}
	return out
}

func encodeReplacements(rs []Replacement) string {
	rs = append([]Replacement(nil), rs...)
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Year < rs[j].Year })
	var b []byte
	for _, r := range rs {
		b = appendReplacement(b, r)
	}
	return string(b)
}

// buildReplaced fills replText, replYear and replOff from c.replaced.
func (c *Calendar) buildReplaced() {
	c.replText, c.replYear, c.replOff = "", nil, nil
	if len(c.replaced) == 0 {
		return
	}
	var b []byte
	for _, r := range c.Replaced() {
		c.replYear = append(c.replYear, int32(r.Year))
		c.replOff = append(c.replOff, int32(len(b)))
		b = appendReplacement(b, r)
	}
	c.replOff = append(c.replOff, int32(len(b)))
	c.replText = string(b)
}

// replacedText is the substring of replText for the years from y1 to y2.
func (c *Calendar) replacedText(y1, y2 int) string {
	i, j := -1, -1
	for k, y := range c.replYear {
		if int(y) >= y1 && int(y) <= y2 {
			if i < 0 {
				i = k
			}
			j = k
		}
	}
	if i < 0 {
		return ""
	}
	return c.replText[c.replOff[i]:c.replOff[j+1]]
}

// earliestWorkdays is the day a count of n working days after start would
// end if every uncovered day were a working day: the day an unknown
// RuleWorkdays deadline cannot be earlier than. It is zero for a nil
// calendar, a zero start, n < 1 or a day past 9999-12-31.
func (c *Calendar) earliestWorkdays(start Date, n int) Date {
	if c == nil || start.IsZero() || n < 1 {
		return Date{}
	}
	d := start
	for n > 0 {
		i := int(d.n) - int(c.first.n) + 1 // the next day's index
		if i < 0 || i >= len(c.kind) {
			gap := n // past the calendar: every day counts
			if i < 0 && -i < n {
				gap = -i // before it: the days up to its first
			}
			next, err := d.AddDays(gap)
			if err != nil {
				return Date{}
			}
			d, n = next, n-gap
			continue
		}
		next, err := d.AddDays(1)
		if err != nil {
			return Date{}
		}
		d = next
		if k := c.kind[i]; k == KindUnknown || k.IsWorkday() {
			n--
		}
	}
	return d
}
