// Package testdates turns the date literals of tests into calendar values,
// failing the test on a malformed one. It serves *testing.T, *testing.B and
// *rapid.T alike.
package testdates

import "github.com/zhishang/zhishang/calendar"

// T is what the helpers need of a test.
type T interface {
	Helper()
	Fatalf(format string, args ...any)
}

// Day parses a YYYY-MM-DD literal.
func Day(t T, s string) calendar.Date {
	t.Helper()
	d, err := calendar.ParseDate(s)
	if err != nil {
		t.Fatalf("%v", err)
	}
	return d
}

// Month parses a YYYY-MM literal.
func Month(t T, s string) calendar.Month {
	t.Helper()
	m, err := calendar.ParseMonth(s)
	if err != nil {
		t.Fatalf("%v", err)
	}
	return m
}
