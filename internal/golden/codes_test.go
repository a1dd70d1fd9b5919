package golden

import (
	"errors"
	"fmt"
	"testing"
)

func TestFirstCode(t *testing.T) {
	errA := errors.New("a")
	errB := errors.New("b")
	errC := errors.New("c")
	table := []CodeOf{{"a", errA}, {"b", errB}}
	fromC := func(err error) string {
		if errors.Is(err, errC) {
			return "c"
		}
		return ""
	}
	never := func(error) string { t.Error("a later fallback was asked"); return "" }
	last := func(error) string { return "other" }
	for _, tc := range []struct {
		name string
		err  error
		fbs  []func(error) string
		want string
	}{
		{"nil", nil, []func(error) string{last}, ""},
		{"first entry", errA, nil, "a"},
		{"wrapped", fmt.Errorf("x: %w", errB), nil, "b"},
		{"table order decides", errors.Join(errB, errA), nil, "a"},
		{"table before fallback", errA, []func(error) string{never}, "a"},
		{"fallback", errC, []func(error) string{fromC, never}, "c"},
		{"empty fallback passes on", errors.New("d"), []func(error) string{fromC, last}, "other"},
		{"none", errors.New("d"), []func(error) string{fromC}, ""},
	} {
		if got := FirstCode(tc.err, table, tc.fbs...); got != tc.want {
			t.Errorf("%s: FirstCode = %q, want %q", tc.name, got, tc.want)
		}
	}
}
