package analysis

// Issue 19, session 27 (round 14's class): every sort in analysis, given
// input whose order differs on each key and tie-break, and the full order
// asserted; the Problem JSON door's round trip and refusals.

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/errcode"
)

func mon(t testing.TB, s string) calendar.Month {
	t.Helper()
	m, err := calendar.ParseMonth(s)
	require.NoError(t, err)
	return m
}

// shuffled returns the slice in several fixed shuffled orders (the reverse
// among them), so no order of filling can pass by chance.
func shuffled[T any](want []T) [][]T {
	var out [][]T
	rev := make([]T, len(want))
	for i, x := range want {
		rev[len(want)-1-i] = x
	}
	out = append(out, rev)
	r := rand.New(rand.NewSource(27))
	for k := 0; k < 8; k++ {
		s := append([]T(nil), want...)
		r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		out = append(out, s)
	}
	return out
}

// sortedCells: platform, then industry in eligibility's order (not by
// value or name), then month; each key decides where the earlier ones tie.
func TestSortedCellsEveryKey(t *testing.T) {
	ind := eligibility.Industries
	require.GreaterOrEqual(t, len(ind), 3)
	m1, m2 := mon(t, "2026-01"), mon(t, "2026-02")
	want := []cellKey{
		{"a", ind[0], m1}, {"a", ind[0], m2},
		{"a", ind[1], m1}, {"a", ind[1], m2},
		{"a", ind[2], m1},
		{"b", ind[0], m2},
		{"b", ind[2], m1}, {"b", ind[2], m2},
	}
	for _, in := range shuffled(want) {
		m := map[cellKey]int{}
		for i, k := range in {
			m[k] = i
		}
		assert.Equal(t, want, sortedCells(m))
	}
}

// sortedPM: platform, then month.
func TestSortedPMEveryKey(t *testing.T) {
	m1, m2, m3 := mon(t, "2025-12"), mon(t, "2026-01"), mon(t, "2026-02")
	want := []pmKey{{"a", m1}, {"a", m3}, {"b", m1}, {"b", m2}, {"c", m2}}
	for _, in := range shuffled(want) {
		a, b := map[pmKey]error{}, map[pmKey]error{}
		for i, k := range in {
			if i%2 == 0 {
				a[k] = nil
			} else {
				b[k] = nil
			}
		}
		a[in[0]] = nil // in both: listed once
		b[in[0]] = nil
		assert.Equal(t, want, sortedPM(a, b))
	}
}

// sortedMonths by time, not by text; sortedKeys by byte order.
func TestSortedMonthsAndKeys(t *testing.T) {
	want := []calendar.Month{mon(t, "2025-11"), mon(t, "2025-12"), mon(t, "2026-01"), mon(t, "2026-10")}
	for _, in := range shuffled(want) {
		m := map[calendar.Month]bool{}
		for _, k := range in {
			m[k] = true
		}
		assert.Equal(t, want, sortedMonths(m))
	}
	keys := []string{"#10", "#2", "A", "B", "a", "b"}
	for _, in := range shuffled(keys) {
		m := map[string]int{}
		for _, k := range in {
			m[k] = 1
		}
		assert.Equal(t, keys, sortedKeys(m))
	}
}

// sortProblems: platforms' months, then cases, then claims (not by the
// kinds' names); each by ID, month, then scenario both, current, reform
// (not by the scenarios' names); stable where all keys tie.
func TestSortProblemsEveryKey(t *testing.T) {
	m1, m2 := mon(t, "2026-01"), mon(t, "2026-02")
	e1, e2 := errors.New("first"), errors.New("second")
	want := []Problem{
		{Kind: ProblemPlatform, ID: "a", Month: m1, Scenario: Both},
		{Kind: ProblemPlatform, ID: "a", Month: m1, Scenario: Current},
		{Kind: ProblemPlatform, ID: "a", Month: m1, Scenario: Reformed},
		{Kind: ProblemPlatform, ID: "a", Month: m2, Scenario: Both},
		{Kind: ProblemPlatform, ID: "b", Month: m1, Scenario: Current},
		{Kind: ProblemCase, ID: "a", Scenario: Current},
		{Kind: ProblemCase, ID: "a", Scenario: Reformed},
		{Kind: ProblemCase, ID: "c", Scenario: Both},
		{Kind: ProblemClaim, ID: "a", Scenario: Current, Err: e1},
		{Kind: ProblemClaim, ID: "a", Scenario: Current, Err: e2},
	}
	for _, in := range shuffled(want) {
		// the two equal claims keep their given order
		var i1, i2 int
		for i, p := range in {
			if p.Err == e1 {
				i1 = i
			}
			if p.Err == e2 {
				i2 = i
			}
		}
		if i1 > i2 {
			in[i1], in[i2] = in[i2], in[i1]
		}
		sortProblems(in)
		assert.Equal(t, want, in)
	}
}

// The items are listed in the order of 第五章 (kindOrder), not by name; an
// unknown kind after them.
func TestItemsInChapterOrder(t *testing.T) {
	want := make([]string, 0, len(kindOrder)+1)
	for _, k := range kindOrder {
		want = append(want, string(k))
	}
	want = append(want, "zz_other")
	assert.Equal(t, len(kindOrder), kindIndex(benefits.Kind("zz_other")))
	for i, k := range kindOrder {
		assert.Equal(t, i, kindIndex(k))
	}
	assert.Equal(t, benefits.Kind("x"), benefitsKind("x"))
}

// The bands' keys are sorted by name whatever the rows' order.
func TestDistributionBandKeysSorted(t *testing.T) {
	var rows []Row
	for _, k := range []string{"c", "a", "b"} {
		rows = append(rows, Row{Key: k, Figure: figure(decimal.NewFromInt(100), decimal.NewFromInt(100))})
	}
	d := distribution(rows)
	found := false
	for _, b := range d.Bands {
		if len(b.Keys) == 3 {
			found = true
			assert.Equal(t, []string{"a", "b", "c"}, b.Keys)
		}
	}
	assert.True(t, found, "the three unchanged rows share a band: %+v", d.Bands)
}

// Problem's JSON: a round trip (the error as its code), and each refusal.
func TestProblemJSONDoor(t *testing.T) {
	m := mon(t, "2026-03")
	p := Problem{Kind: ProblemPlatform, ID: "p1", Month: m, Orders: 7, Scenario: Current, Err: errcode.ErrBadWire}
	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"kind":"platform","id":"p1","month":"2026-03","orders":7,"scenario":"current","error":{`)
	var back Problem
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, p.Kind, back.Kind)
	assert.Equal(t, p.ID, back.ID)
	assert.Equal(t, p.Month, back.Month)
	assert.Equal(t, p.Orders, back.Orders)
	assert.Equal(t, p.Scenario, back.Scenario)
	assert.ErrorIs(t, back.Err, errcode.ErrBadWire)

	// a case: no month, no orders, no error
	c := Problem{Kind: ProblemCase, ID: "c1", Scenario: Both}
	b, err = json.Marshal(c)
	require.NoError(t, err)
	assert.Equal(t, `{"kind":"case","id":"c1","scenario":"both","error":null}`, string(b))
	var cb Problem
	require.NoError(t, json.Unmarshal(b, &cb))
	assert.Equal(t, c, cb)
	assert.Nil(t, cb.Err)

	for _, bad := range []string{
		`{"kind":"case","id":"c1","scenario":"both","error":null,"extra":1}`,
		`{"kind":"case","id":7}`,
		`{"kind":"case","orders":"x"}`,
		`[]`,
		`{"kind":"case","month":"2026-13"}`,
	} {
		var q Problem
		err := json.Unmarshal([]byte(bad), &q)
		assert.Error(t, err, bad)
		if err != nil {
			assert.True(t, strings.HasPrefix(err.Error(), "analysis: problem: "), "%s: %v", bad, err)
		}
	}
	var nilP *Problem
	assert.ErrorIs(t, nilP.UnmarshalJSON([]byte(`{}`)), errcode.ErrBadWire)
	assert.Equal(t, fmt.Sprintf("analysis: case c1 (both): %v", nil), c.Error())
}
