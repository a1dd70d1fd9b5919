package eligibility_test

// Issue 19, third pass: tests for the classes of fault that survived in code
// no earlier pass read closely (found by coverage: statements no test ran).

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
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
			require.NoError(t, byAdd.Add(e.Platform, e.Industry, d.Day))
			want[fmt.Sprint(e.Platform, e.Industry, d.Day)]++
		}
		// Twice in a row on the same platform: the cached platform's path.
		if i%50 == 0 && d.Counted {
			_, err = byDecision.AddDecision(&e, d)
			require.NoError(t, err)
			require.NoError(t, byAdd.Add(e.Platform, e.Industry, d.Day))
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
// three, a day outside TallyDays, a nil Tally.
func TestTallyCountOfWhatItDoesNotHold(t *testing.T) {
	first, last := eligibility.TallyDays()
	day, _ := calendar.DateOf(2026, time.March, 1)
	for _, platforms := range []int{1, 20} {
		tl := &eligibility.Tally{}
		for i := range platforms {
			require.NoError(t, tl.Add(fmt.Sprintf("p%d", i), eligibility.RideHailing, day))
		}
		require.NoError(t, tl.Add("p0", eligibility.RideHailing, first))
		require.NoError(t, tl.Add("p0", eligibility.RideHailing, last))
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
