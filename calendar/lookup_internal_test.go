package calendar

import (
	"testing"
	"unsafe"
)

// The lookup copies a Deadline. At 88 bytes (a field past the padding) it
// once took twice as long (4.9 → 10.1 ns/op); the Deadline that carries its
// days off and replaced schedules as data (two strings, issue 20) is 112
// bytes and measured no slower than the 80-byte one on the same machine
// (BenchmarkDeclarationDeadline, 3e6 iterations: 14.0–15.1 ns/op against
// 14.5–16.0). Keep it at 112 on 64-bit targets.
func TestDeadlineStaysSmall(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("64-bit layout only")
	}
	if n := unsafe.Sizeof(Deadline{}); n > 112 {
		t.Fatalf("Deadline is %d bytes, want at most 112 (see BenchmarkDeclarationDeadline)", n)
	}
}

// The precomputed declaration deadlines are exactly what the day-by-day
// Count gives, for every period of the calendar and around it, with and
// without overrides and host schedules.
func TestDeclarationLookupEqualsCount(t *testing.T) {
	extra := Schedule{Year: 2027, Source: "test", Days: []ScheduleDay{{Date: mustDate(t, "2027-01-01"), Kind: StatutoryHoliday, Festival: "new_years_day"}}}
	withYear, err := Default().With(extra)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := MonthOf(2022, 3)
	withOv, err := Default().WithOverrides(Override{Rule: RuleDeclaration, Period: p, Date: mustDate(t, "2022-06-30"), Source: "test"})
	if err != nil {
		t.Fatal(err)
	}
	gap, err := New(Default().Schedules()[0], Default().Schedules()[3]) // 2019 and 2022: a gap
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]*Calendar{"default": Default(), "with 2027": withYear, "override": withOv, "gap": gap, "empty": {}} {
		first, _ := MonthOf(2017, 1)
		for k := 0; k < 13*12; k++ {
			m, _ := first.AddMonths(k)
			got, gerr := c.DeclarationDeadline(m)
			want, werr := c.declarationSlow(m)
			if (gerr == nil) != (werr == nil) || (gerr != nil && gerr.Error() != werr.Error()) {
				t.Fatalf("%s %s: lookup error %v, count error %v", name, m, gerr, werr)
			}
			due, derr := c.DeclarationDue(m)
			if (derr == nil) != (gerr == nil) || due != got.Date {
				t.Fatalf("%s %s: DeclarationDue %s (%v), DeclarationDeadline %s (%v)", name, m, due, derr, got.Date, gerr)
			}
			if gerr != nil {
				continue
			}
			if o := c.override(RuleDeclaration, m); o != nil {
				want.Override, want.Date = *o, o.Date
			}
			if got != want {
				t.Fatalf("%s %s: lookup %+v, count %+v", name, m, got, want)
			}
		}
	}
}

func mustDate(t *testing.T, s string) Date {
	t.Helper()
	d, err := ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
