package calendar

import (
	"errors"
	"testing"
	"time"
)

// Day-by-day answers, for comparing the precomputed tables at their edges
// (issue 19: the tables' first and last entries were pinned by no test).

// slowDecl is the 第十四条 declaration deadline of period counted day by
// day through Day, with c's override applied.
func slowDecl(c *Calendar, p Month) (Date, error) {
	if o := c.override(RuleDeclaration, p); o != nil {
		return o.Date, nil
	}
	start := p.Last()
	run, ext := 0, 0
	for k := 1; k <= 15; k++ {
		info, err := c.Day(start.addDays(k))
		if err != nil {
			return Date{}, err
		}
		if info.Kind.isDayOff() {
			run++
			continue
		}
		if run >= 3 {
			ext += run
		}
		run = 0
	}
	if run >= 3 {
		ext += run
	}
	raw := start.addDays(15)
	if ext > 0 {
		return slowAddWorkdays(c, raw, ext)
	}
	for d := raw; ; d = d.addDays(1) {
		info, err := c.Day(d)
		if err != nil {
			return Date{}, err
		}
		if info.Kind.IsWorkday() {
			return d, nil
		}
	}
}

// slowAddWorkdays steps day by day.
func slowAddWorkdays(c *Calendar, d Date, n int) (Date, error) {
	if _, err := c.Day(d); err != nil {
		return Date{}, err
	}
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		d = d.addDays(step)
		info, err := c.Day(d)
		if err != nil {
			return Date{}, err
		}
		if info.Kind.IsWorkday() {
			n--
		}
	}
	return d, nil
}

func sameErr(a, b error) bool {
	if (a == nil) != (b == nil) {
		return false
	}
	if a == nil {
		return true
	}
	var ya, yb *YearNotCoveredError
	if errors.As(a, &ya) != errors.As(b, &yb) {
		return false
	}
	if ya != nil {
		return ya.Year == yb.Year
	}
	return errors.Is(a, ErrZeroDate) == errors.Is(b, ErrZeroDate)
}

// edgeCalendars: the embedded one, one with a host schedule, one with
// declaration overrides on the table's first and last periods and just
// outside them, and one with a gap year.
func edgeCalendars(t *testing.T) map[string]*Calendar {
	t.Helper()
	base := Default()
	ys := base.Years()
	first, last := ys[0], ys[len(ys)-1]
	out := map[string]*Calendar{"default": base}
	// A host schedule for the year after the last: it becomes the last year.
	host := Schedule{Year: last + 1, Source: "host test schedule", NoHolidays: true}
	h, err := base.With(host)
	if err != nil {
		t.Fatalf("With: %v", err)
	}
	out["host"] = h
	var ovs []Override
	for _, p := range []struct{ y, m int }{{first - 1, 11}, {first - 1, 12}, {first, 1}, {first + 1, 12}, {first + 2, 6}, {last, 11}, {last, 12}, {last + 1, 1}} {
		per, _ := MonthOf(p.y, time.Month(p.m))
		due, _ := per.AddMonths(1)
		d, _ := due.day(20 + p.m%5)
		ovs = append(ovs, Override{Rule: RuleDeclaration, Period: per, Date: d, Source: "test notice"})
	}
	o, err := base.WithOverrides(ovs...)
	if err != nil {
		t.Fatalf("WithOverrides: %v", err)
	}
	out["overrides"] = o
	oh, err := h.WithOverrides(ovs...)
	if err != nil {
		t.Fatalf("WithOverrides on host: %v", err)
	}
	out["host+overrides"] = oh
	var gap []Schedule
	for _, s := range base.Schedules() {
		if s.Year != first+2 {
			gap = append(gap, s)
		}
	}
	g, err := New(gap...)
	if err != nil {
		t.Fatalf("New with a gap: %v", err)
	}
	out["gap"] = g
	og, err := g.WithOverrides(ovs...)
	if err != nil {
		t.Fatalf("WithOverrides on gap: %v", err)
	}
	out["gap+overrides"] = og
	return out
}

func TestDeclarationTableEdgesMatchDayByDay(t *testing.T) {
	for name, c := range edgeCalendars(t) {
		ys := c.Years()
		from, _ := MonthOf(ys[0]-2, 10)
		to, _ := MonthOf(ys[len(ys)-1]+1, 3)
		if c.declFirst != mustMonth(ys[0]-1, 12).n || int(c.declFirst)+len(c.decl)-1 != int(mustMonth(ys[len(ys)-1], 12).n) {
			t.Fatalf("%s: the table runs %v..+%d; want December %d to December %d", name, Month{n: c.declFirst}, len(c.decl), ys[0]-1, ys[len(ys)-1])
		}
		if len(c.declDl) != len(c.decl) {
			t.Fatalf("%s: declDl %d, decl %d entries", name, len(c.declDl), len(c.decl))
		}
		for p := from; !p.After(to); p, _ = p.AddMonths(1) {
			want, werr := slowDecl(c, p)
			dl, err := c.DeclarationDeadline(p)
			due, derr := c.DeclarationDue(p)
			if want != dl.Date || want != due || !sameErr(werr, err) || !sameErr(werr, derr) {
				t.Errorf("%s %v: DeclarationDeadline %v (%v), DeclarationDue %v (%v); day by day %v (%v)", name, p, dl.Date, err, due, derr, want, werr)
			}
			if err == nil && c.override(RuleDeclaration, p) == nil {
				if dl.Computed != dl.Date || dl.official() {
					t.Errorf("%s %v: computed %v date %v official %v", name, p, dl.Computed, dl.Date, dl.official())
				}
			}
			slow, serr := c.declarationDeadline(p)
			if slow.Date != dl.Date || slow.Computed != dl.Computed || slow.Extension != dl.Extension || !sameErr(serr, err) {
				t.Errorf("%s %v: table %+v (%v), slow %+v (%v)", name, p, dl, err, slow, serr)
			}
		}
	}
}

func mustMonth(y, m int) Month {
	p, err := MonthOf(y, time.Month(m))
	if err != nil {
		panic(err)
	}
	return p
}

func TestWorkdayCountsAtTheIndexEdges(t *testing.T) {
	for name, c := range edgeCalendars(t) {
		firstDay, lastDay := c.first, c.first.addDays(len(c.kind)-1)
		if len(c.cum) != len(c.kind)+1 || len(c.offPos) != len(c.kind)+1 || int(c.cum[len(c.kind)]) != len(c.work) {
			t.Fatalf("%s: cum %d, offPos %d, kind %d, work %d", name, len(c.cum), len(c.offPos), len(c.kind), len(c.work))
		}
		ys := c.Years()
		if firstDay != mustMonth(ys[0], 1).First() || lastDay != mustMonth(ys[len(ys)-1], 12).Last() {
			t.Fatalf("%s: index %v..%v; want %d-01-01..%d-12-31", name, firstDay, lastDay, ys[0], ys[len(ys)-1])
		}
		var days []Date
		for k := -2; k <= 3; k++ {
			days = append(days, firstDay.addDays(k), lastDay.addDays(-k))
		}
		for _, d := range days {
			for _, n := range []int{-3, -1, 1, 2, 5} {
				want, werr := slowAddWorkdays(c, d, n)
				got, err := c.AddWorkdays(d, n)
				if got != want || !sameErr(err, werr) {
					t.Errorf("%s AddWorkdays(%v, %d) = %v, %v; day by day %v, %v", name, d, n, got, err, want, werr)
				}
			}
			nw, nerr := c.NextWorkday(d)
			want, werr := d, error(nil)
			if info, err := c.Day(d); err != nil {
				werr = err
				want = Date{}
			} else if !info.Kind.IsWorkday() {
				want, werr = slowAddWorkdays(c, d, 1)
			}
			if nw != want || !sameErr(nerr, werr) {
				t.Errorf("%s NextWorkday(%v) = %v, %v; want %v, %v", name, d, nw, nerr, want, werr)
			}
			for _, e := range []Date{firstDay, lastDay} {
				got, err := c.WorkdaysBetween(d, e)
				_, e1 := c.Day(d)
				if e1 != nil {
					if err == nil {
						t.Errorf("%s WorkdaysBetween(%v, %v) = %d; want an error", name, d, e, got)
					}
					continue
				}
				want := 0
				lo, hi, sign := d, e, 1
				if e.Before(d) {
					lo, hi, sign = e, d, -1
				}
				var werr error
				for x := lo.addDays(1); !x.After(hi); x = x.addDays(1) {
					info, err := c.Day(x)
					if err != nil {
						werr = err
						break
					}
					if info.Kind.IsWorkday() {
						want += sign
					}
				}
				if werr != nil {
					if err == nil {
						t.Errorf("%s WorkdaysBetween(%v, %v) = %d; want %v", name, d, e, got, werr)
					}
					continue
				}
				if got != want || err != nil {
					t.Errorf("%s WorkdaysBetween(%v, %v) = %d, %v; day by day %d", name, d, e, got, err, want)
				}
			}
		}
		// Spans reaching outside the index, or reversed, give nothing.
		for _, span := range [][2]Date{{firstDay.addDays(-1), firstDay}, {lastDay, lastDay.addDays(1)}, {lastDay, firstDay}, {firstDay.addDays(-1), lastDay.addDays(1)}} {
			if got := c.daysOffText(span[0], span[1]); got != "" {
				t.Errorf("%s daysOffText(%v, %v) = %q; want empty", name, span[0], span[1], got)
			}
		}
		off := 0
		for _, k := range c.kind {
			if k.isDayOff() {
				off++
			}
		}
		if got := recordsIn(c.daysOffText(firstDay, lastDay), firstDay, lastDay); len(got) != off || off == 0 {
			t.Errorf("%s: %d days off over the whole index; want %d", name, len(got), off)
		}
		// The days-off text at the edges: every day off of the first and the
		// last fortnight, and nothing else.
		for _, span := range [][2]Date{{firstDay, firstDay.addDays(13)}, {lastDay.addDays(-13), lastDay}} {
			got := recordsIn(c.daysOffText(span[0], span[1]), span[0], span[1])
			var want []DayInfo
			for x := span[0]; !x.After(span[1]); x = x.addDays(1) {
				if info, err := c.Day(x); err == nil && !info.Kind.IsWorkday() {
					want = append(want, info)
				}
			}
			if len(got) != len(want) {
				t.Fatalf("%s days off %v..%v: %d records; want %d", name, span[0], span[1], len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("%s days off %v..%v [%d] = %+v; want %+v", name, span[0], span[1], i, got[i], want[i])
				}
			}
		}
	}
}
