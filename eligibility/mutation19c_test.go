package eligibility_test

// Issue 19, third pass: tests for the classes of fault that survived in code
// no earlier pass read closely (found by coverage: statements no test ran).

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
)

// splitAt is a source that gives its input in the given pieces, then io.EOF:
// a read's edge wherever a test wants it.
type splitAt struct{ parts []string }

func (s *splitAt) Read(p []byte) (int, error) {
	for len(s.parts) > 0 && s.parts[0] == "" {
		s.parts = s.parts[1:]
	}
	if len(s.parts) == 0 {
		return 0, io.EOF
	}
	n := copy(p, s.parts[0])
	s.parts[0] = s.parts[0][n:]
	return n, nil
}

// stalling gives its input one byte at a time with `stall` reads of
// nothing (0, nil) before each byte, then io.EOF.
type stalling struct {
	in    string
	stall int
	n     int
}

func (s *stalling) Read(p []byte) (int, error) {
	if s.in == "" {
		return 0, io.EOF
	}
	if s.n < s.stall {
		s.n++
		return 0, nil
	}
	s.n = 0
	p[0] = s.in[0]
	s.in = s.in[1:]
	return 1, nil
}

// A Tally fed by AddDecision (the host's own pipeline, 第十条 decided by
// Decide) holds what one fed by Add holds: every counted order on its
// Beijing day, per platform and industry, across the blocks of days a tally
// keeps and past the 16 platforms it first scans; an excluded order adds
// nothing.
func TestTallyAddDecisionCountsWhatDecideCounts(t *testing.T) {
	first, _ := eligibility.TallyDays()
	byDecision, byAdd := &eligibility.Tally{}, &eligibility.Tally{}
	base := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	want := map[string]int64{}
	for i := range 400 {
		e := eligibility.Execution{
			OrderID: fmt.Sprintf("o%d", i), WorkerID: "w1",
			Platform:   fmt.Sprintf("p%d", i%20),
			Industry:   eligibility.Industry(i%3 + 1),
			Registered: true, InScope: true,
			StartDivision: "310101",
			AcceptedAt:    base, StartedAt: base,
			EndedAt: base.AddDate(0, 0, (i*37)%300-100), EndKind: eligibility.Delivered,
		}
		if e.EndedAt.Before(base) {
			e.AcceptedAt, e.StartedAt = e.EndedAt, e.EndedAt
		}
		if i%7 == 0 {
			e.InScope = false // excluded under 第十条 (二)
		}
		d, err := eligibility.Decide(&e)
		require.NoError(t, err)
		ok, err := byDecision.AddDecision(&e, d)
		require.NoError(t, err)
		assert.Equal(t, d.Counted, ok, "order %d", i)
		if d.Counted {
			require.NoError(t, byAdd.AddN(e.Platform, e.Industry, d.Day, 1))
			want[fmt.Sprint(e.Platform, e.Industry, d.Day)]++
		}
		// Twice in a row on the same platform: the cached platform's path.
		if i%50 == 0 && d.Counted {
			_, err = byDecision.AddDecision(&e, d)
			require.NoError(t, err)
			require.NoError(t, byAdd.AddN(e.Platform, e.Industry, d.Day, 1))
			want[fmt.Sprint(e.Platform, e.Industry, d.Day)]++
		}
	}
	assert.True(t, byDecision.Equal(byAdd))
	assert.Equal(t, byAdd.Rows(), byDecision.Rows())
	var total int64
	for _, r := range byDecision.Rows() {
		assert.Equal(t, want[fmt.Sprint(r.Platform, r.Industry, r.Day)], r.Orders, "%+v", r)
		assert.Equal(t, r.Orders, byDecision.Count(r.Platform, r.Industry, r.Day))
		total += r.Orders
	}
	assert.Equal(t, total, byDecision.Total())
	assert.Positive(t, byDecision.Rows()[0].Day.DaysSince(first))
}

// Count answers 0 for what a Tally does not hold: a platform it never met
// (with few platforms and past 16), an industry that is none of 第十条's
// three, a day outside 2020-01-01..2039-12-31, a nil Tally.
func TestTallyCountOfWhatItDoesNotHold(t *testing.T) {
	first, last := eligibility.TallyDays()
	day, _ := calendar.DateOf(2026, time.March, 1)
	for _, platforms := range []int{1, 20} {
		tl := &eligibility.Tally{}
		for i := range platforms {
			require.NoError(t, tl.AddN(fmt.Sprintf("p%d", i), eligibility.RideHailing, day, 1))
		}
		require.NoError(t, tl.AddN("p0", eligibility.RideHailing, first, 1))
		require.NoError(t, tl.AddN("p0", eligibility.RideHailing, last, 1))
		assert.Equal(t, int64(1), tl.Count("p0", eligibility.RideHailing, day))
		assert.Equal(t, int64(0), tl.Count("nobody", eligibility.RideHailing, day), "%d platforms", platforms)
		assert.Equal(t, int64(0), tl.Count("p0", eligibility.InstantDelivery, day))
		assert.Equal(t, int64(0), tl.Count("p0", 0, day))
		assert.Equal(t, int64(0), tl.Count("p0", 4, day))
		before, _ := first.AddDays(-1)
		after, _ := last.AddDays(1)
		assert.Equal(t, int64(0), tl.Count("p0", eligibility.RideHailing, before))
		assert.Equal(t, int64(0), tl.Count("p0", eligibility.RideHailing, after))
		assert.Equal(t, int64(1), tl.Count("p0", eligibility.RideHailing, first))
		assert.Equal(t, int64(1), tl.Count("p0", eligibility.RideHailing, last))
	}
	var none *eligibility.Tally
	assert.Equal(t, int64(0), none.Count("p0", eligibility.RideHailing, day))
}

// A source that returns nothing (0, nil) now and then is waited for, as
// io.Reader allows; one that returns nothing 100 times in a row is broken:
// the reader reports io.ErrNoProgress (as bufio does) after the complete
// lines before it, and never loops.
func TestReaderOfAStallingSource(t *testing.T) {
	in := eligibility.CSVHeader + "\n" + row("o1") + row("o2")
	b := &eligibility.Batch{}
	require.NoError(t, eligibility.ReadCSV(&stalling{in: in, stall: 99}, b))
	assert.Equal(t, int64(2), b.Counts().Counted)

	b = &eligibility.Batch{}
	err := eligibility.ReadCSV(&stalling{in: in, stall: 100}, b)
	assert.ErrorIs(t, err, io.ErrNoProgress)
	assert.NotErrorIs(t, err, eligibility.ErrCSVHeader)
	var le *eligibility.LineError
	require.True(t, errors.As(err, &le))
	assert.Equal(t, int64(1), le.Line)
}

// After a bad header or the source's error, every Read returns the same
// *LineError and line 0, and reads nothing more.
func TestReaderStopsForGood(t *testing.T) {
	r := eligibility.NewCSVReader(strings.NewReader("order,worker\n" + row("o1")))
	var e eligibility.Execution
	line, err := r.Read(&e)
	assert.Equal(t, int64(0), line)
	require.ErrorIs(t, err, eligibility.ErrCSVHeader)
	for range 3 {
		line2, err2 := r.Read(&e)
		assert.Equal(t, int64(0), line2)
		assert.Same(t, err, err2)
	}

	r = eligibility.NewCSVReader(&chunks{parts: []string{eligibility.CSVHeader + "\n" + row("o1")}})
	line, err = r.Read(&e)
	require.NoError(t, err)
	assert.Equal(t, int64(2), line)
	_, err = r.Read(&e)
	require.ErrorIs(t, err, errDiskGone)
	line, err2 := r.Read(&e)
	assert.Equal(t, int64(0), line)
	assert.Same(t, err, err2)
}

// A quoted last field ends its line at CR LF, at a lone CR or at LF,
// wherever a read of the source stops (inside the quotes, on the closing
// quote, between CR and LF): each record is its own row, on its own line.
func TestQuotedFieldThenLineEndAtEveryReadEdge(t *testing.T) {
	q := func(order string) string {
		return strings.Replace(strings.Replace(row(order), "delivered", `"delivered"`, 1), order+",", `"`+order+`",`, 1)
	}
	for name, end := range map[string]string{"CR LF": "\r\n", "CR": "\r", "LF": "\n"} {
		in := strings.ReplaceAll(eligibility.CSVHeader+"\n"+q("o1")+"\n"+q("o2")+q("o3"), "\n", end)
		for cut := 0; cut <= len(in); cut++ {
			if near := in[max(cut-2, 0):min(cut+2, len(in))]; !strings.ContainsAny(near, "\"\r\n") {
				continue // the edges that matter: at a quote or a line end
			}
			b, good, bad := readAll(t, &splitAt{parts: []string{in[:cut], in[cut:]}})
			require.Empty(t, bad, "%s, cut at %d", name, cut)
			require.Equal(t, []int64{2, 4, 5}, good, "%s, cut at %d", name, cut)
			require.Equal(t, int64(3), b.Counts().Counted, "%s, cut at %d", name, cut)
		}
	}
	// A lone CR after a closing quote ends the line there: what follows
	// is the next line, read (and here refused) on its own.
	in := eligibility.CSVHeader + "\n" + strings.Replace(row("o1"), "delivered\n", "\"delivered\"\rx\n", 1) + row("o2")
	b, good, bad := readAll(t, strings.NewReader(in))
	assert.Equal(t, []int64{3}, bad)
	assert.Equal(t, []int64{2, 4}, good)
	assert.Equal(t, int64(2), b.Counts().Counted)
}

// A host that keeps its own seen set (Batch.Seen) gets every repeat of a
// pair counted as a duplicate (第十条: an order counts once), not counted
// again and not tallied.
func TestSeenSetDuplicatesCounted(t *testing.T) {
	seen := map[string]bool{}
	b := &eligibility.Batch{Seen: seenFunc(func(o, w string) bool {
		k := o + "\x00" + w
		had := seen[k]
		seen[k] = true
		return had
	})}
	in := eligibility.CSVHeader + "\n" + row("o1") + row("o1") + row("o2") + row("o1")
	require.NoError(t, eligibility.ReadCSV(strings.NewReader(in), b))
	c := b.Counts()
	assert.Equal(t, int64(4), c.Input)
	assert.Equal(t, int64(2), c.Duplicates)
	assert.Equal(t, int64(2), c.Counted)
	assert.Equal(t, int64(2), b.Tally().Total())
}

type seenFunc func(o, w string) bool

func (f seenFunc) SeenBefore(o, w string) bool { return f(o, w) }

// What an error echoes of a field is masked where it looks like an identity
// number (第七十九条: the workers' information kept confidential), as
// package redact says it: 15 digits or more (whole), or 14 or 17 and an X
// or x, full-width ones too; not 14 digits alone, nor 13 or 16 and an X
// (the X then shows); and cut to MaxEcho bytes at a character boundary,
// "…" after the cut.
func TestEchoedValueMaskedAtTheEdges(t *testing.T) {
	for value, want := range map[string]string{
		"11010519491231002X":   "******************",
		"11010519491231002x":   "******************",
		"110105194912310021":   "******************",
		"1101051949123100212":  "*******************",
		"110105194912310021X":  "******************X",
		"a11010519491231002Xb": "a******************b",
		"１１０１０５１９４９１２３１００２Ｘ": "******************",
		"1101051949123100X":                  "****************X",
		"11010519491231002":                  "*****************",
		"11010519491231002a":                 "*****************a",
		"110105194912310":                    "***************",
		"11010519491231X":                    "***************",
		"11010519491231":                     "11010519491231",
		"1101051949123X":                     "1101051949123X",
		"11010519491231002ｘ":                 "******************",
		"甲甲甲甲甲甲甲甲甲甲甲甲甲甲":                     "甲甲甲甲甲甲甲甲甲甲…",
		"abcdefghijabcdefghijabcdefghijab":   "abcdefghijabcdefghijabcdefghijab",
		"abcdefghijabcdefghijabcdefghijabc":  "abcdefghijabcdefghijabcdefghijab…",
		"tru":                                "tru",
		strings.Repeat("x", 200) + "1234567": strings.Repeat("x", 32) + "…",
	} {
		_, err := eligibility.ParseRecord("o,w,p,ride_hailing," + value + ",true,,,310101,,")
		var fe *eligibility.FieldError
		require.True(t, errors.As(err, &fe), value)
		assert.ErrorIs(t, err, eligibility.ErrNotBool, value)
		assert.Equal(t, "registered", fe.Field)
		assert.Equal(t, want, fe.Value, value)
	}
}

// The order of the three times is judged to the nanosecond (第十条: the
// execution runs from acceptance through its start to its end): equal
// times are in order, one nanosecond earlier is not, and a later second
// with a smaller fraction is later.
func TestTimesInOrderToTheNanosecond(t *testing.T) {
	at := func(s string) time.Time {
		tm, err := time.Parse(time.RFC3339Nano, s)
		require.NoError(t, err)
		return tm
	}
	for _, c := range []struct {
		accepted, started, ended string
		want                     error
	}{
		{"2026-03-01T10:00:00.5+08:00", "2026-03-01T10:00:00.5+08:00", "2026-03-01T10:00:00.5+08:00", nil},
		{"2026-03-01T10:00:00.5+08:00", "2026-03-01T10:00:00.499999999+08:00", "2026-03-01T10:30:00+08:00", eligibility.ErrStartBeforeAccept},
		{"2026-03-01T10:00:00.5+08:00", "2026-03-01T10:00:01+08:00", "2026-03-01T10:00:01.000000001+08:00", nil},
		{"2026-03-01T10:00:00+08:00", "2026-03-01T10:00:00.5+08:00", "2026-03-01T10:00:00.499999999+08:00", eligibility.ErrEndBeforeStart},
		{"2026-03-01T10:00:00.9+08:00", "2026-03-01T10:00:01.1+08:00", "2026-03-01T10:00:02+08:00", nil},
		{"2026-03-01T10:00:01.1+08:00", "2026-03-01T10:00:00.9+08:00", "2026-03-01T10:00:02+08:00", eligibility.ErrStartBeforeAccept},
		{"2026-03-01T10:00:00+08:00", "2026-03-01T10:00:01.1+08:00", "2026-03-01T10:00:00.9+08:00", eligibility.ErrEndBeforeStart},
	} {
		e := eligibility.Execution{OrderID: "o", WorkerID: "w", Platform: "p", Industry: eligibility.RideHailing,
			Registered: true, InScope: true, StartDivision: "310101",
			AcceptedAt: at(c.accepted), StartedAt: at(c.started), EndedAt: at(c.ended), EndKind: eligibility.Delivered}
		d, err := eligibility.Decide(&e)
		if c.want != nil {
			assert.ErrorIs(t, err, c.want, "%+v", c)
			continue
		}
		require.NoError(t, err, "%+v", c)
		assert.True(t, d.Counted, "%+v", c)
	}
}

// The duplicate rule's order, one key at a time (the copies differ in that
// key only): the copy that ended last wins, then the greater end kind, the
// later start, the later acceptance, registered and in scope over not, the
// greater division, industry and platform. Resolve and a Batch pick the
// same winner whichever copy comes first: the Batch keeps it (a third copy
// equal to it is a plain duplicate) and reports the pair as a conflict for
// the platform to correct (第九条).
func TestEachTieBreakOnItsOwn(t *testing.T) {
	base := time.Date(2026, 3, 1, 10, 0, 0, 500, time.UTC)
	mk := func(f func(e *eligibility.Execution)) eligibility.Execution {
		e := eligibility.Execution{OrderID: "o1", WorkerID: "w1", Platform: "p", Industry: eligibility.RideHailing,
			Registered: true, InScope: true, StartDivision: "310101",
			AcceptedAt: base, StartedAt: base.Add(time.Minute), EndedAt: base.Add(time.Hour), EndKind: eligibility.Delivered}
		if f != nil {
			f(&e)
		}
		return e
	}
	for name, c := range map[string]struct {
		win, lose func(e *eligibility.Execution)
	}{
		"ended 1 ns later":           {func(e *eligibility.Execution) { e.EndedAt = e.EndedAt.Add(1) }, nil},
		"ended a second later":       {func(e *eligibility.Execution) { e.EndedAt = e.EndedAt.Add(time.Second - 400) }, nil},
		"transferred over delivered": {func(e *eligibility.Execution) { e.EndKind = eligibility.Transferred }, nil},
		"cancelled over transferred": {func(e *eligibility.Execution) { e.EndKind = eligibility.Cancelled }, func(e *eligibility.Execution) { e.EndKind = eligibility.Transferred }},
		"started 1 ns later":         {func(e *eligibility.Execution) { e.StartedAt = e.StartedAt.Add(1) }, nil},
		"started a second later":     {func(e *eligibility.Execution) { e.StartedAt = e.StartedAt.Add(time.Second - 400) }, nil},
		"accepted 1 ns later":        {func(e *eligibility.Execution) { e.AcceptedAt = e.AcceptedAt.Add(1) }, nil},
		"accepted a second later":    {func(e *eligibility.Execution) { e.AcceptedAt = e.AcceptedAt.Add(time.Second - 400) }, nil},
		"registered":                 {nil, func(e *eligibility.Execution) { e.Registered = false }},
		"in scope":                   {nil, func(e *eligibility.Execution) { e.InScope = false }},
		"greater division":           {func(e *eligibility.Execution) { e.StartDivision = "310102" }, nil},
		"division, first digits":     {func(e *eligibility.Execution) { e.StartDivision = "320101" }, nil},
		"greater industry":           {func(e *eligibility.Execution) { e.Industry = eligibility.InstantDelivery }, nil},
		"greater platform":           {func(e *eligibility.Execution) { e.Platform = "q" }, nil},
	} {
		w, l := mk(c.win), mk(c.lose)
		for _, order := range [][]eligibility.Execution{{w, l}, {l, w}} {
			r, err := eligibility.Resolve(order)
			require.NoError(t, err, name)
			assert.Equal(t, w, r.Winner, name)
			assert.True(t, r.Conflict, name)
			assert.Equal(t, int64(2), r.Copies, name)

			b := &eligibility.Batch{}
			for i := range order {
				_, err = b.Add(int64(i+2), &order[i])
				if i == 0 {
					require.NoError(t, err, name)
				} else {
					require.ErrorIs(t, err, eligibility.ErrConflict, name)
				}
			}
			again := w
			_, err = b.Add(4, &again)
			assert.ErrorIs(t, err, eligibility.ErrDuplicate, "%s: the winner is kept", name)
			assert.Equal(t, []eligibility.Conflict{{Line: 3, OrderID: "o1", WorkerID: "w1"}}, b.Conflicting(), name)

			rb := &eligibility.Batch{}
			_, err = rb.AddResolved(2, r)
			require.NoError(t, err, name)
			assert.True(t, rb.Tally().Equal(b.Tally()), name)
			assert.Equal(t, b.Counts().Counted, rb.Counts().Counted, name)
		}
	}
}

// A Batch carried in its binary form keeps each invalid record as the host
// gave it: a record given no error (AddInvalid(line, nil)) comes back with
// none, one given an error with its text, the line and order ID as listed.
func TestBatchBinaryKeepsAnInvalidRecordWithoutError(t *testing.T) {
	b := &eligibility.Batch{}
	require.NoError(t, b.AddInvalid(7, nil))
	require.NoError(t, b.AddInvalid(9, errors.New("bad line")))
	bad := eligibility.Execution{OrderID: "o9", WorkerID: "w1"}
	_, err := b.Add(11, &bad)
	require.Error(t, err)
	data, err := b.MarshalBinary()
	require.NoError(t, err)
	back := &eligibility.Batch{}
	require.NoError(t, back.UnmarshalBinary(data))
	inv := back.Invalid()
	require.Len(t, inv, 3)
	assert.Equal(t, int64(7), inv[0].Line)
	assert.NoError(t, inv[0].Err)
	assert.Equal(t, int64(9), inv[1].Line)
	require.Error(t, inv[1].Err)
	assert.Equal(t, "bad line", inv[1].Err.Error())
	assert.Equal(t, int64(11), inv[2].Line)
	assert.Equal(t, "o9", inv[2].OrderID)
	assert.Equal(t, b.Invalid()[2].Err.Error(), inv[2].Err.Error())
	assert.Equal(t, b.Counts(), back.Counts())
	assert.True(t, back.Balanced())
}

// AddDecision counts a day before the first one it holds, years apart, in
// any order, on the day itself (the tally keeps blocks of days from its
// first one); a platform it counted stays listed when other counts are
// added to it.
func TestTallyAddDecisionDaysBeforeTheFirst(t *testing.T) {
	first, _ := eligibility.TallyDays()
	e := eligibility.Execution{Platform: "p", Industry: eligibility.IntraCityFreight}
	byDecision, byAdd := &eligibility.Tally{}, &eligibility.Tally{}
	for _, off := range []int{64, 192, 70, 4100, 200, 130, 1, 0, 64, 63, 4100, 7000} {
		day, err := first.AddDays(off)
		require.NoError(t, err)
		ok, err := byDecision.AddDecision(&e, eligibility.Decision{Counted: true, Day: day})
		require.NoError(t, err)
		require.True(t, ok)
		require.NoError(t, byAdd.AddN(e.Platform, e.Industry, day, 1))
	}
	assert.Equal(t, byAdd.Rows(), byDecision.Rows())
	for _, r := range byAdd.Rows() {
		assert.Equal(t, r.Orders, byDecision.Count(r.Platform, r.Industry, r.Day), "%s", r.Day)
	}
	assert.Equal(t, int64(12), byDecision.Total())

	// Counts of one platform from AddDecision and Add together, and merged.
	mixed := &eligibility.Tally{}
	_, err := mixed.AddDecision(&e, eligibility.Decision{Counted: true, Day: first})
	require.NoError(t, err)
	require.NoError(t, mixed.AddN("p", eligibility.RideHailing, first, 1))
	assert.Equal(t, []string{"p"}, mixed.Platforms())
	other := &eligibility.Tally{}
	require.NoError(t, other.AddN("q", eligibility.RideHailing, first, 1))
	_, err = other.AddDecision(&eligibility.Execution{Platform: "q", Industry: eligibility.RideHailing}, eligibility.Decision{Counted: true, Day: first})
	require.NoError(t, err)
	require.NoError(t, mixed.Merge(other))
	assert.Equal(t, []string{"p", "q"}, mixed.Platforms())
	assert.Equal(t, int64(4), mixed.Total())
}

// A record whose quoted field holds a line break is refused for it
// (ErrLineBreak, at its first line) even when the source's read stops
// between the CR and the LF after its closing quote; the lines after are
// read on their own.
func TestQuotedLineBreakWithCRLFCutByARead(t *testing.T) {
	var sb strings.Builder
	sb.WriteString(eligibility.CSVHeader + "\r\n")
	n := 0
	for sb.Len() < 4200 {
		n++
		sb.WriteString(strings.ReplaceAll(row(fmt.Sprintf("o%d", n)), "\n", "\r\n"))
	}
	bad := strings.Replace(row("x"), "x,", "\"x\n1\",", 1)
	bad = strings.Replace(bad, "delivered\n", "\"delivered\"\r", 1)
	sb.WriteString(bad)
	tail := "\n" + strings.ReplaceAll(row("o-last"), "\n", "\r\n")
	b, good, badLines := readAll(t, &splitAt{parts: []string{sb.String(), tail}})
	require.NotEmpty(t, badLines)
	assert.Equal(t, int64(n+2), badLines[0])
	assert.ErrorIs(t, b.Invalid()[0].Err, eligibility.ErrLineBreak)
	assert.Equal(t, []int64{int64(n + 2), int64(n + 3)}, badLines)
	assert.Equal(t, int64(n+4), good[len(good)-1])
	assert.Equal(t, int64(n+1), b.Counts().Counted)
}

// RFC 3339 also allows a lower-case t and z; time.Parse, the judge of every
// form the fast reader does not take, refuses them, and so does the
// package: such a time is ErrNotTime, with or without a fraction, never
// read as another instant.
func TestLowerCaseTAndZRefused(t *testing.T) {
	for _, s := range []string{"2026-03-01t10:30:00+08:00", "2026-03-01T10:30:00z", "2026-03-01t10:30:00.5Z", "2026-03-01T10:30:00.5z"} {
		_, err := eligibility.ParseRecord(strings.Replace(row("o1"), "2026-03-01T10:30:00+08:00", s, 1))
		assert.ErrorIs(t, err, eligibility.ErrNotTime, s)
		_, ok := eligibility.ParseInstant(s)
		assert.False(t, ok, s)
	}
	e, err := eligibility.ParseRecord(strings.Replace(row("o1"), "2026-03-01T10:30:00+08:00", "2026-03-01T02:30:00.5Z", 1))
	require.NoError(t, err)
	assert.Equal(t, time.Date(2026, 3, 1, 2, 30, 0, 5e8, time.UTC), e.EndedAt)
}

// A line past MaxCSVLine that the source's error cuts short is reported
// once as too long and then as the line the error cut (not as a line after
// it, which does not exist); at the end of the input it is only too long.
func TestOverLongLastLineCutBySourceError(t *testing.T) {
	long := eligibility.CSVHeader + "\n" + strings.Repeat("a", 2*eligibility.MaxCSVLine)
	for _, cut := range []bool{false, true} {
		var src io.Reader = strings.NewReader(long)
		if cut {
			src = io.MultiReader(src, iotest.ErrReader(errDiskGone))
		}
		r := eligibility.NewCSVReader(src)
		var e eligibility.Execution
		line, err := r.Read(&e)
		assert.Equal(t, int64(2), line)
		require.ErrorIs(t, err, eligibility.ErrRecordTooLong)
		line, err = r.Read(&e)
		if !cut {
			assert.Equal(t, io.EOF, err)
			continue
		}
		require.ErrorIs(t, err, errDiskGone)
		var le *eligibility.LineError
		require.True(t, errors.As(err, &le))
		assert.Equal(t, int64(2), le.Line, "the line the error cut")
		assert.Equal(t, int64(2), line)
	}
}
