package claims_test

import (
	"regexp"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/internal/testdates"
)

// A nil calendar and invalid rules are refused once, by NewRulebook; a nil
// *Rulebook is ErrNoRulebook in every method, never a panic.
func TestNewRulebookRefusesAndNilRulebook(t *testing.T) {
	_, err := claims.NewRulebook(nil, claims.Rules{})
	assert.ErrorIs(t, err, claims.ErrNoCalendar)
	assert.ErrorIs(t, err, calendar.ErrNilCalendar)
	for name, r := range map[string]claims.Rules{
		"cap":      {ExtensionCapMonths: -1},
		"from":     {LateCostFrom: "sometime"},
		"to":       {LateCostTo: "sometime"},
		"overlap":  {OverlapMeters: -1},
		"clock":    {DecisionClock: "whenever"},
		"before":   {BeforeInForce: "ignore"},
		"material": {KeyMaterials: []claims.Material{"x-ray"}},
	} {
		_, err := claims.NewRulebook(calendar.Default(), r)
		assert.ErrorIs(t, err, claims.ErrBadRules, name)
	}
	var rb *claims.Rulebook
	d := testdates.Day(t, "2026-03-02")
	c := claims.Case{Accident: d, Applicant: claims.ApplicantWorker, AppliedOn: d, AcceptedOn: d, Clarity: claims.Clear}
	assert.Equal(t, "", rb.Fingerprint())
	for name, call := range map[string]func() error{
		"ApplicationWindows": func() error { _, err := rb.ApplicationWindows(c); return err },
		"JudgeFiling":        func() error { _, err := rb.JudgeFiling(c); return err },
		"SplitLateCosts":     func() error { _, err := rb.SplitLateCosts(c, nil); return err },
		"DecisionDeadline":   func() error { _, err := rb.DecisionDeadline(c); return err },
		"DeliveryDeadline":   func() error { _, err := rb.DeliveryDeadline(d); return err },
		"ReviewDeadline":     func() error { _, err := rb.ReviewDeadline(d); return err },
		"SupplementDeadline": func() error { _, err := rb.SupplementDeadline(d); return err },
		"CheckCover":         func() error { _, err := rb.CheckCover(d, nil, d); return err },
		"CheckMaterials":     func() error { _, err := rb.CheckMaterials(claims.Application{}); return err },
		"Attribute":          func() error { _, err := rb.Attribute(claims.Accident{}, nil); return err },
		"Deadlines":          func() error { _, err := rb.Deadlines(c, d); return err },
	} {
		assert.NotPanics(t, func() { assert.ErrorIs(t, call(), claims.ErrNoRulebook, name) }, name)
	}
}

// The fingerprint: 64 hexadecimal digits; the same for the zero Rules and
// DefaultRules, and for the key materials in another order or repeated;
// another for another reading or another calendar. Every result records it.
func TestRulebookFingerprint(t *testing.T) {
	fp := book(t).Fingerprint()
	assert.Regexp(t, regexp.MustCompile(`^[0-9a-f]{64}$`), fp)
	assert.Equal(t, fp, book(t, claims.DefaultRules()).Fingerprint())
	keys := claims.DefaultKeyMaterials()
	reversed := []claims.Material{keys[2], keys[1], keys[0], keys[1]}
	assert.Equal(t, fp, book(t, claims.Rules{KeyMaterials: reversed}).Fingerprint())
	for name, r := range map[string]claims.Rules{
		"cap":     {ExtensionCapMonths: 6},
		"from":    {LateCostFrom: claims.LateCostAfterWindow},
		"to":      {LateCostTo: claims.LateCostToFiling},
		"overlap": {OverlapMeters: 150},
		"clock":   {DecisionClock: claims.ClockFromFoundClear},
		"before":  {BeforeInForce: claims.BeforeInForceRefuse},
		"keys":    {KeyMaterials: []claims.Material{}},
	} {
		assert.NotEqual(t, fp, book(t, r).Fingerprint(), name)
	}
	host, err := calendar.Default().With(calendar.Schedule{Year: 2027, Source: "test", NoHolidays: true})
	require.NoError(t, err)
	assert.NotEqual(t, fp, bookOn(t, host).Fingerprint())

	rb := book(t)
	d := testdates.Day(t, "2026-03-02")
	c := claims.Case{Accident: d, State: claims.StateAccepted, Applicant: claims.ApplicantWorker, AppliedOn: d, AcceptedOn: d, Clarity: claims.NotClear}
	w, err := rb.ApplicationWindows(c)
	require.NoError(t, err)
	f, err := rb.JudgeFiling(c)
	require.NoError(t, err)
	s, err := rb.SplitLateCosts(c, nil)
	require.NoError(t, err)
	cov, err := rb.CheckCover(d, nil, d)
	require.NoError(t, err)
	chk, err := rb.CheckMaterials(claims.Application{Situation: claims.SituationOrderAccident})
	require.NoError(t, err)
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, calendar.Beijing())
	a, err := rb.Attribute(claims.Accident{At: at}, nil)
	require.NoError(t, err)
	items, err := rb.Deadlines(c, d)
	require.NoError(t, err)
	for name, got := range map[string]string{"windows": w.Rulebook, "filing": f.Rulebook, "split": s.Rulebook, "cover": cov.Rulebook,
		"materials": chk.Rulebook, "attribution": a.Rulebook, "item": items[0].Rulebook, "last item": items[len(items)-1].Rulebook} {
		assert.Equal(t, fp, got, name)
	}
}

// The rulebook keeps its own copy of the key materials: the caller's slice
// changed afterwards changes nothing.
func TestRulebookIsImmutable(t *testing.T) {
	keys := []claims.Material{claims.MatIdentity}
	rb := book(t, claims.Rules{KeyMaterials: keys})
	fp := rb.Fingerprint()
	a := claims.Application{Situation: claims.SituationOrderAccident, Submitted: []claims.Material{claims.MatIdentity, claims.MatPoliceProof}}
	before, err := rb.CheckMaterials(a)
	require.NoError(t, err)
	keys[0] = claims.MatDiagnosis
	after, err := rb.CheckMaterials(a)
	require.NoError(t, err)
	assert.Equal(t, before.Acceptable, after.Acceptable)
	assert.True(t, after.Acceptable, "identity and the situation's proof are the only key materials")
	assert.Equal(t, fp, rb.Fingerprint())
}

// Rules.OverlapMeters is the attribution's tolerance (第二十八条): two
// platforms' orders passing 150 m from the accident overlap under the
// default 200 m (the first accepted is responsible) and not under 100 m
// (investigated). It used to be ignored by Attribute.
func TestAttributeHonoursOverlapMeters(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	p := claims.Point{Lat: 31.2304, Lon: 121.4737}
	route := []claims.Point{offset(p, 150, 0)}
	orders := []claims.Order{
		{Platform: "a", OrderID: "1", AcceptedAt: at.Add(-2 * time.Hour), StartedAt: at.Add(-time.Hour), Route: route},
		{Platform: "b", OrderID: "2", AcceptedAt: at.Add(-time.Hour), StartedAt: at.Add(-time.Hour), Route: route},
	}
	for m, want := range map[float64]claims.Outcome{0: claims.Responsible, 200: claims.Responsible, 151: claims.Responsible, 149: claims.Investigate, 100: claims.Investigate} {
		a, err := book(t, claims.Rules{OverlapMeters: m}).Attribute(claims.Accident{At: at, Place: p}, orders)
		require.NoError(t, err)
		assert.Equal(t, want, a.Outcome, "%v m", m)
	}
}
