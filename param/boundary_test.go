package param_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/param"
)

// A value is in force from its From day through its Until day: the day
// before From and the day after Until are not covered.
func TestEffectiveDateBoundaries(t *testing.T) {
	v := val(t, rh, "1", "2026-03-16")
	v.Until = testdates.Day(t, "2026-03-31")
	for d, want := range map[string]bool{"2026-03-15": false, "2026-03-16": true, "2026-03-31": true, "2026-04-01": false} {
		assert.Equal(t, want, v.InForce(testdates.Day(t, d)), d)
	}
	one := val(t, rh, "1", "2026-03-16")
	one.Until = one.From
	s, err := param.NewSet(one)
	require.NoError(t, err, "a value in force for one day (Until == From)")
	_, err = s.Lookup(rh, one.From)
	assert.NoError(t, err)
	for _, d := range []string{"2026-03-15", "2026-03-17"} {
		_, err = s.Lookup(rh, testdates.Day(t, d))
		assert.ErrorIs(t, err, param.ErrMissingValue, d)
	}
}

// Two values of one name may touch but not share a day: the earlier's Until
// on the later's From is an overlap, the day before is not.
func TestOverlapBoundary(t *testing.T) {
	a := val(t, rh, "1", "2026-01-01")
	b := val(t, rh, "2", "2026-07-01")
	a.Until = testdates.Day(t, "2026-07-01")
	_, err := param.NewSet(a, b)
	assert.ErrorIs(t, err, param.ErrOverlap, "Until on the next From")
	a.Until = testdates.Day(t, "2026-06-30")
	s, err := param.NewSet(a, b)
	require.NoError(t, err, "Until the day before the next From")
	for d, want := range map[string]string{"2026-06-30": "1", "2026-07-01": "2"} {
		v, err := s.Lookup(rh, testdates.Day(t, d))
		require.NoError(t, err)
		assert.Equal(t, want, v.Value.String(), d)
	}
	// With: a host value one day after a default's From does not replace it;
	// on the same From it does.
	open, err := param.NewSet(val(t, rh, "1", "2026-01-01"))
	require.NoError(t, err)
	later, err := open.With(val(t, rh, "3", "2026-01-02"))
	require.NoError(t, err)
	for d, want := range map[string]string{"2026-01-01": "1", "2026-01-02": "3"} {
		v, err := later.Lookup(rh, testdates.Day(t, d))
		require.NoError(t, err)
		assert.Equal(t, want, v.Value.String(), d)
	}
	same, err := param.NewSet(val(t, rh, "1", "2026-01-01"))
	require.NoError(t, err)
	same, err = same.With(val(t, rh, "3", "2026-01-01"))
	require.NoError(t, err)
	assert.Len(t, same.Values(), 1)
}

// The smallest value of the range is a value; zero (what an unset decimal
// reads as) and anything below it are refused.
func TestValueSignBoundary(t *testing.T) {
	least := val(t, rh, "0.0001", "2026-01-01")
	assert.NoError(t, least.Validate())
	zero := val(t, rh, "0", "2026-01-01")
	assert.ErrorIs(t, zero.Validate(), param.ErrRange)
	neg := val(t, rh, "-0.000001", "2026-01-01")
	assert.ErrorIs(t, neg.Validate(), param.ErrNegative)
}

// A nil *Set reads as the empty set: a named missing value, never a panic.
func TestNilSet(t *testing.T) {
	var s *param.Set
	_, err := s.Lookup(rh, testdates.Day(t, "2026-01-01"))
	var me *param.MissingError
	require.ErrorAs(t, err, &me)
	assert.Equal(t, rh, me.Name)
	assert.Nil(t, s.Values())
	s2, err := s.With(val(t, rh, "1", "2026-01-01"))
	require.NoError(t, err)
	_, err = s2.Lookup(rh, testdates.Day(t, "2026-01-01"))
	assert.NoError(t, err)
	_, err = s.With(param.Value{Name: rh})
	assert.ErrorIs(t, err, param.ErrNoFrom)
	_, err = s.With(param.Value{})
	assert.ErrorIs(t, err, param.ErrNoName)
}

// Lookups drawn near the effective dates agree with a linear scan.
func TestLookupNearBoundaries(t *testing.T) {
	froms := []string{"2025-07-01", "2026-01-01", "2026-03-16", "2027-01-01"}
	var vs []param.Value
	var anchors []calendar.Date
	for i, f := range froms {
		v := val(t, rh, decimal.NewFromInt(int64(i+1)).String(), f)
		if i == 1 {
			v.Until = testdates.Day(t, "2026-02-28") // a gap 03-01..03-15
			anchors = append(anchors, v.Until)
		}
		vs = append(vs, v)
		anchors = append(anchors, v.From)
	}
	s, err := param.NewSet(vs...)
	require.NoError(t, err)
	rapid.Check(t, func(rt *rapid.T) {
		d := testdates.Near(rt, "day", 30, anchors...)
		var want *param.Value
		for i := range vs {
			if !d.Before(vs[i].From) {
				want = &vs[i]
			}
		}
		if want != nil && !want.InForce(d) {
			want = nil
		}
		got, err := s.Lookup(rh, d)
		switch {
		case want == nil && err == nil:
			rt.Fatalf("%s: got %s, want none", d, got)
		case want != nil && (err != nil || !got.Value.Equal(want.Value)):
			rt.Fatalf("%s: got %s (%v), want %s", d, got, err, want)
		}
	})
}

// A lookup, hit or miss of a decimal parameter, allocates nothing but the
// miss's error: it is on every bill line and every award item.
func TestLookupAllocatesNothing(t *testing.T) {
	s, err := param.DefaultSet().With(val(t, rh, "0.01", "2025-07-01"), val(t, rh, "0.02", "2027-01-01"))
	require.NoError(t, err)
	d := testdates.Day(t, "2026-03-10")
	if n := testing.AllocsPerRun(100, func() { _, _ = s.Lookup(rh, d) }); n != 0 {
		t.Errorf("Lookup hit: %v allocations", n)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = s.Lookup(param.Commencement, d) }); n != 0 {
		t.Errorf("Lookup of the commencement: %v allocations", n)
	}
}

func BenchmarkLookup(b *testing.B) {
	s, _ := param.DefaultSet().With(val(b, rh, "0.01", "2025-07-01"), val(b, rh, "0.02", "2027-01-01"))
	d := testdates.Day(b, "2026-03-10")
	b.ReportAllocs()
	for b.Loop() {
		_, _ = s.Lookup(rh, d)
	}
}

func BenchmarkParse(b *testing.B) {
	in := []byte(`[{"name":"levy.base.ride_hailing","value":"0.01","from":"2025-07-01","source":"沪人社福〔2025〕373号 第十一条","status":"verified"},
	  {"name":"benefits.implementing_measures.commencement","value":"2025-07-01","source":"沪人社规〔2025〕17号","status":"verified"}]`)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := param.Parse(in); err != nil {
			b.Fatal(err)
		}
	}
}
