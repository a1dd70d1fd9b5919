package levy_test

// Issue 19, session 27 (round 14's class): the rulebook's canonical order
// of platforms, levels (by month) and floatings (by year, then industry),
// pinned by its fingerprint over every order of giving them; and the
// Unbilled JSON door's refusals with their code.

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/rand"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/levy"
)

func TestRulebookCanonicalOrder(t *testing.T) {
	m := func(s string) calendar.Month { return testdates.Month(t, s) }
	fl := func(y int, ind eligibility.Industry, f string) levy.Floating {
		return levy.Floating{Year: y, Industry: ind, Factor: dec(f), Source: "s"}
	}
	a := levy.Terms{Platform: "a", FirstMonth: m("2024-01"),
		InstantDelivery: []levy.LevelAssignment{
			{From: m("2024-01"), Level: levy.LevelLower, Source: "s1"},
			{From: m("2025-01"), Level: levy.LevelHigher, Source: "s2"},
			{From: m("2026-01"), Level: levy.LevelLower, Source: "s3"},
		},
		Floating: []levy.Floating{
			fl(2026, eligibility.RideHailing, "1.1"),
			fl(2026, eligibility.InstantDelivery, "1.2"),
			fl(2026, eligibility.IntraCityFreight, "1.3"),
			fl(2027, eligibility.RideHailing, "0.9"),
			fl(2027, eligibility.IntraCityFreight, "0.8"),
		},
	}
	b := levy.Terms{Platform: "b", FirstMonth: m("2025-03")}
	c := levy.Terms{Platform: "c", FirstMonth: m("2025-01")}
	cal, set := calendar.Default(), levy.DefaultParams()
	rules, err := json.Marshal([]levy.Terms{a, b, c})
	require.NoError(t, err)
	sum := sha256.Sum256([]byte("levy/rulebook/v1\n" + cal.Fingerprint() + "\n" + set.Fingerprint() + "\n" + string(rules)))
	want := hex.EncodeToString(sum[:])

	r := rand.New(rand.NewSource(27))
	for k := 0; k < 12; k++ {
		x := a
		x.InstantDelivery = slices.Clone(a.InstantDelivery)
		x.Floating = slices.Clone(a.Floating)
		terms := []levy.Terms{x, b, c}
		if k == 0 {
			slices.Reverse(x.InstantDelivery)
			slices.Reverse(x.Floating)
			slices.Reverse(terms)
		} else {
			r.Shuffle(len(x.InstantDelivery), func(i, j int) {
				x.InstantDelivery[i], x.InstantDelivery[j] = x.InstantDelivery[j], x.InstantDelivery[i]
			})
			r.Shuffle(len(x.Floating), func(i, j int) { x.Floating[i], x.Floating[j] = x.Floating[j], x.Floating[i] })
			r.Shuffle(len(terms), func(i, j int) { terms[i], terms[j] = terms[j], terms[i] })
		}
		given := slices.Clone(x.Floating)
		rb := rulebookOn(t, cal, set, terms...)
		assert.Equal(t, want, rb.Fingerprint(), "order %d", k)
		assert.Equal(t, []string{"a", "b", "c"}, rb.Platforms())
		for i := range given {
			for _, ti := range terms {
				if ti.Platform == "a" {
					assert.Equal(t, given[i], ti.Floating[i], "the host's slice is not sorted in place")
				}
			}
		}
	}
}

func TestUnbilledJSONRefusals(t *testing.T) {
	u := levy.Unbilled{Platform: "p", Err: levy.ErrNotEnrolled}
	b, err := json.Marshal(u)
	require.NoError(t, err)
	wire, err := json.Marshal(errcode.Wire(levy.ErrNotEnrolled))
	require.NoError(t, err)
	assert.Equal(t, `{"platform":"p","error":`+string(wire)+`}`, string(b))
	var back levy.Unbilled
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, "p", back.Platform)
	assert.True(t, errors.Is(back.Err, levy.ErrNotEnrolled))
	assert.False(t, errors.Is(back.Err, levy.ErrNoTerms))

	for _, in := range []string{
		`null`,
		`{"platform":null,"error":` + string(wire) + `}`,
		`{"platform":"p","error":null}`,
	} {
		var u levy.Unbilled
		assert.ErrorIs(t, json.Unmarshal([]byte(in), &u), errcode.ErrBadWire, in)
	}
	for _, in := range []string{
		`{"platform":"p","error":` + string(wire) + `,"extra":1}`,
		`{"platform":7,"error":` + string(wire) + `}`,
		`{"platform":"p","error":"no_terms"}`,
		`[]`,
	} {
		var u levy.Unbilled
		err := json.Unmarshal([]byte(in), &u)
		require.Error(t, err, in)
		assert.Contains(t, err.Error(), "levy: unbilled: ", in)
		assert.Equal(t, levy.Unbilled{}, u, in)
	}
	var nilU *levy.Unbilled
	assert.ErrorIs(t, nilU.UnmarshalJSON([]byte(`{}`)), errcode.ErrBadWire)
}
