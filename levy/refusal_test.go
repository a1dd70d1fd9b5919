package levy_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/internal/codetest"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/param"
)

// Every refusal the package documents, one input each; none panics.
func TestRefusals(t *testing.T) {
	d := testdates.Day(t, "2026-03-02")
	m := testdates.Month(t, "2026-03")
	terms := []levy.Terms{{Platform: "p", FirstMonth: testdates.Month(t, "2025-01")},
		{Platform: "nolevel", FirstMonth: testdates.Month(t, "2024-01")}}
	r := rulebook(t, levy.DefaultParams(), terms...)
	var tl eligibility.Tally
	tl.AddN("p", eligibility.RideHailing, d, 3)

	t.Run("NewRulebook", func(t *testing.T) {
		_, err := levy.NewRulebook(nil, levy.DefaultParams())
		assert.ErrorIs(t, err, calendar.ErrNilCalendar, "no calendar")
		_, err = levy.NewRulebook(calendar.Default(), nil)
		assert.ErrorIs(t, err, levy.ErrNoParams, "no parameter set")
		_, err = levy.NewRulebook(calendar.Default(), paramDefaults(t))
		assert.ErrorIs(t, err, levy.ErrNoParams, "a set without the base amounts")
		assert.ErrorIs(t, err, param.ErrMissingValue)
		var me *param.MissingError
		require.ErrorAs(t, err, &me)
		assert.Equal(t, levy.ParamRideHailing, me.Name)
		_, err = levy.NewRulebook(calendar.Default(), levy.DefaultParams(), levy.Terms{Platform: "p", FirstMonth: m}, levy.Terms{Platform: "p", FirstMonth: m})
		assert.ErrorIs(t, err, levy.ErrBadTerms, "two terms for one platform")
		_, err = levy.NewRulebook(calendar.Default(), levy.DefaultParams(), levy.Terms{Platform: "p"})
		assert.ErrorIs(t, err, levy.ErrBadTerms, "terms that do not validate")
	})
	t.Run("Terms.Validate", func(t *testing.T) {
		src := "s"
		ok := levy.Terms{Platform: "p", FirstMonth: m}
		require.NoError(t, ok.Validate())
		for name, terms := range map[string]levy.Terms{
			"blank platform":      {Platform: "  ", FirstMonth: m},
			"invisible platform":  {Platform: "p\u3164", FirstMonth: m},
			"platform with space": {Platform: "platform a", FirstMonth: m},
			"level no from":       {Platform: "p", FirstMonth: m, InstantDelivery: []levy.LevelAssignment{{Level: levy.LevelLower, Source: src}}},
			"two levels a month":  {Platform: "p", FirstMonth: m, InstantDelivery: []levy.LevelAssignment{{From: m, Level: levy.LevelLower, Source: src}, {From: m, Level: levy.LevelHigher, Source: src}}},
			"floating year 0":     {Platform: "p", FirstMonth: m, Floating: []levy.Floating{{Year: 0, Industry: eligibility.RideHailing, Factor: dec("1.1"), Source: src}}},
			"floating year 10000": {Platform: "p", FirstMonth: m, Floating: []levy.Floating{{Year: 10000, Industry: eligibility.RideHailing, Factor: dec("1.1"), Source: src}}},
			"floating industry":   {Platform: "p", FirstMonth: m, Floating: []levy.Floating{{Year: 2026, Factor: dec("1.1"), Source: src}}},
			"floating no source":  {Platform: "p", FirstMonth: m, Floating: []levy.Floating{{Year: 2026, Industry: eligibility.RideHailing, Factor: dec("1.1")}}},
			"negative factor":     {Platform: "p", FirstMonth: m, Floating: []levy.Floating{{Year: 2026, Industry: eligibility.RideHailing, Factor: dec("-1.1"), Source: src}}},
			"implausible factor":  {Platform: "p", FirstMonth: m, Floating: []levy.Floating{{Year: 2026, Industry: eligibility.RideHailing, Factor: dec("1e40"), Source: src}}},
		} {
			assert.ErrorIs(t, terms.Validate(), levy.ErrBadTerms, name)
		}
		// Year 1 and 9999 are the edges accepted.
		for _, y := range []int{1, 9999} {
			terms := levy.Terms{Platform: "p", FirstMonth: m, Floating: []levy.Floating{{Year: y, Industry: eligibility.RideHailing, Factor: dec("1.1"), Source: src}}}
			assert.NoError(t, terms.Validate(), "year %d", y)
		}
	})
	t.Run("RateOn", func(t *testing.T) {
		var nilBook *levy.Rulebook
		_, err := nilBook.RateOn("p", eligibility.RideHailing, d)
		assert.ErrorIs(t, err, levy.ErrNoRulebook)
		assert.Nil(t, nilBook.Platforms())
		_, err = r.RateOn("nobody", eligibility.RideHailing, d)
		assert.ErrorIs(t, err, levy.ErrNoTerms)
		_, err = r.RateOn("p", eligibility.Industry(0), d)
		assert.ErrorIs(t, err, eligibility.ErrUnknownIndustry)
		_, err = r.RateOn("p", eligibility.Industry(9), d)
		assert.ErrorIs(t, err, eligibility.ErrUnknownIndustry)
		_, err = r.RateOn("p", eligibility.RideHailing, calendar.Date{})
		assert.ErrorIs(t, err, calendar.ErrZeroDate)
		_, err = r.RateOn("nolevel", eligibility.InstantDelivery, d)
		assert.ErrorIs(t, err, levy.ErrNoLevel)
		_, err = r.RateOn("p", eligibility.RideHailing, testdates.Day(t, "2024-12-31"))
		assert.ErrorIs(t, err, levy.ErrNotEnrolled)
		// A zero Rulebook holds nothing.
		_, err = (&levy.Rulebook{}).RateOn("p", eligibility.RideHailing, d)
		assert.ErrorIs(t, err, levy.ErrNoRulebook)
	})
	t.Run("Bill", func(t *testing.T) {
		var nilBook *levy.Rulebook
		_, err := nilBook.Bill(&tl, "p", m)
		assert.ErrorIs(t, err, levy.ErrNoRulebook)
		_, err = r.Bill(&tl, "p", calendar.Month{})
		assert.ErrorIs(t, err, calendar.ErrZeroDate)
		// An uncovered year leaves the deadlines unknown, not the bill (audit F15).
		b, err := rulebookOn(t, &calendar.Calendar{}, levy.DefaultParams(), terms...).Bill(&tl, "p", m)
		require.NoError(t, err)
		assert.ErrorIs(t, b.Declaration.Err(), calendar.ErrNotCovered)
		assert.ErrorIs(t, b.Push.Err(), calendar.ErrNotCovered)
		// A nil tally is refused, not billed as no orders (a month without
		// orders is an empty Tally).
		_, err = r.Bill(nil, "p", m)
		assert.ErrorIs(t, err, levy.ErrNoTally)
		var empty eligibility.Tally
		b, err = r.Bill(&empty, "p", m)
		require.NoError(t, err)
		assert.Empty(t, b.Lines)
		assert.Equal(t, "0.00", b.Total.String())
		// A rate that cannot be found for a day with orders refuses the bill.
		var odd eligibility.Tally
		odd.AddN("nolevel", eligibility.InstantDelivery, d, 1)
		_, err = r.Bill(&odd, "nolevel", m)
		assert.ErrorIs(t, err, levy.ErrNoLevel)
	})
	t.Run("Reconcile", func(t *testing.T) {
		var nilBook *levy.Rulebook
		_, err := nilBook.Reconcile(&tl, &tl, "p", m)
		assert.ErrorIs(t, err, levy.ErrNoRulebook)
		_, err = r.Reconcile(nil, nil, "p", m)
		assert.ErrorIs(t, err, levy.ErrNoTally, "a nil tally is refused, not read as empty")
		_, err = r.Reconcile(&tl, nil, "p", m)
		assert.ErrorIs(t, err, levy.ErrNoTally)
		var empty eligibility.Tally
		rec, err := r.Reconcile(&tl, &empty, "p", m)
		require.NoError(t, err)
		assert.False(t, rec.Consistent, "declared orders the platform never reported")
	})
	t.Run("RegistrationDeadline", func(t *testing.T) {
		var nilBook *levy.Rulebook
		_, err := nilBook.RegistrationDeadline(d)
		assert.ErrorIs(t, err, levy.ErrNoRulebook)
		_, err = r.RegistrationDeadline(calendar.Date{})
		assert.ErrorIs(t, err, calendar.ErrZeroDate)
		_, err = r.RegistrationDeadline(testdates.Day(t, "2026-12-20"))
		assert.ErrorIs(t, err, calendar.ErrNotCovered)
	})
	t.Run("Correct", func(t *testing.T) {
		for name, c := range map[string]levy.Correction{
			"no platform":   {Period: m, Paid: amt("1"), Due: amt("1")},
			"no period":     {Platform: "p", Paid: amt("1"), Due: amt("1")},
			"negative due":  {Platform: "p", Period: m, Paid: amt("1"), Due: amt("-1")},
			"negative paid": {Platform: "p", Period: m, Paid: amt("-0.01"), Due: amt("1")},
		} {
			_, err := levy.Correct(c)
			assert.ErrorIs(t, err, levy.ErrBadCorrection, name)
		}
	})
	t.Run("ParseSetup", func(t *testing.T) {
		for name, js := range map[string]string{
			"unknown key":    `{"terms":[],"x":1}`,
			"not JSON":       `{`,
			"bad date":       `{"terms":[{"platform":"p","first_month":"2026-13"}]}`,
			"float decimal":  `{"terms":[{"platform":"p","first_month":"2026-01","floating":[{"year":2026,"industry":"ride_hailing","factor":1e999,"source":"s"}]}]}`,
			"trailing value": `{"terms":[]} {}`,
		} {
			_, err := levy.ParseSetup([]byte(js), calendar.Default())
			assert.Error(t, err, name)
		}
		_, err := levy.ParseSetup([]byte(`{"terms":[],"parameters":[{"name":"levy.base.ride_hailing","value":"0.02","from":"2027-01-01","source":"s","status":"guessed"}]}`), calendar.Default())
		assert.ErrorIs(t, err, codetest.Named(param.Codes(), "parameter_bad_status"))
		_, err = levy.ParseSetup([]byte(`{"terms":[{"platform":"p"}]}`), calendar.Default())
		assert.ErrorIs(t, err, levy.ErrBadTerms)
	})
}
