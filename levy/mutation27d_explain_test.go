package levy_test

// Issue 19, session 27 (round 14's class): every explanation step's text,
// English and Chinese, pinned exactly against a snapshot
// (testdata/explain27d.golden.json; regenerate with -update27d after a
// deliberate change and read the diff): a rate per branch (first year,
// level, no floating, floating unset, a factor, a rate), the sample
// platforms' bills (known and unknown deadlines), a reconciliation, each
// adjustment and the zero values.

import (
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/param"
)

var update27d = flag.Bool("update27d", false, "rewrite testdata/explain27d.golden.json")

type texts27d struct {
	What string
	EN   []string
	ZH   []string
}

func TestExplanationsSnapshot(t *testing.T) {
	var out []texts27d
	add := func(what string, en, zh []string) { out = append(out, texts27d{what, en, zh}) }

	base := param.Value{Name: levy.ParamInstantLower, Value: dec("0.07"), From: testdates.Day(t, "2025-07-01"), Source: "沪人社福〔2025〕373号 第十一条", Status: param.Provisional}
	verified := base
	verified.Status = param.Verified
	day := testdates.Day(t, "2026-03-02")
	for i, r := range []levy.Rate{
		{Industry: eligibility.InstantDelivery, Day: day, FirstYear: true, Base: base, PerOrder: dec("0.07")},
		{Industry: eligibility.InstantDelivery, Day: day, Base: base, PerOrder: dec("0.07"), Level: levy.LevelAssignment{From: testdates.Month(t, "2025-07"), Level: levy.LevelLower, Source: "通知"}},
		{Industry: eligibility.IntraCityFreight, Day: day, Floats: true, Base: verified, PerOrder: dec("0.07")},
		{Industry: eligibility.RideHailing, Day: day, Floats: true, Base: verified, PerOrder: dec("0.077"), Floating: levy.Floating{Year: 2026, Factor: dec("1.1"), Source: "浮动通知"}},
		{Industry: eligibility.RideHailing, Day: day, Floats: true, Base: verified, PerOrder: dec("0.08"), Floating: levy.Floating{Year: 2026, Rate: dec("0.08"), Source: "浮动通知"}},
		{Industry: eligibility.InstantDelivery, Day: day, Base: verified, PerOrder: dec("0.25"), Level: levy.LevelAssignment{From: testdates.Month(t, "2026-01"), Level: levy.LevelHigher, Source: "核定"}},
		{},
	} {
		add("rate "+string(rune('0'+i)), r.Explain(explain.English), r.Explain(explain.Chinese))
	}

	var tl, rep eligibility.Tally
	for _, c := range []struct {
		p   string
		ind eligibility.Industry
		d   string
		n   int64
	}{
		{"platform-a", eligibility.RideHailing, "2026-03-02", 926},
		{"platform-b", eligibility.InstantDelivery, "2026-03-02", 903},
		{"platform-b", eligibility.IntraCityFreight, "2026-03-09", 40},
		{"platform-c", eligibility.IntraCityFreight, "2026-03-03", 400},
		{"platform-c", eligibility.InstantDelivery, "2026-03-04", 100},
	} {
		require.NoError(t, tl.AddN(c.p, c.ind, testdates.Day(t, c.d), c.n))
		require.NoError(t, rep.AddN(c.p, c.ind, testdates.Day(t, c.d), c.n-3))
	}
	m3 := testdates.Month(t, "2026-03")
	for _, cal := range []*calendar.Calendar{calendar.Default(), {}} {
		r := sampleRulebookOn(t, cal)
		for _, p := range []string{"platform-a", "platform-b", "platform-c"} {
			b, err := r.Bill(&tl, p, m3)
			require.NoError(t, err)
			add("bill "+p, b.Explain(explain.English), b.Explain(explain.Chinese))
		}
	}
	r := sampleRulebook(t)
	rec, err := r.Reconcile(&tl, &rep, "platform-b", m3)
	require.NoError(t, err)
	add("reconciliation", rec.Explain(explain.English), rec.Explain(explain.Chinese))
	rec, err = r.Reconcile(&tl, &tl, "platform-b", m3)
	require.NoError(t, err)
	add("reconciliation consistent", rec.Explain(explain.English), rec.Explain(explain.Chinese))
	for _, c := range []levy.Correction{
		{Platform: "p", Period: m3, Paid: amt("100.00"), Due: amt("90.50")},
		{Platform: "p", Period: m3, Paid: amt("90.00"), Due: amt("90.50")},
		{Platform: "p", Period: m3, Paid: amt("90.50"), Due: amt("90.50")},
	} {
		a, err := levy.Correct(c)
		require.NoError(t, err)
		add("adjustment", []string{a.String()}, []string{a.Chinese()})
	}
	var zb levy.Bill
	add("zero bill", zb.Explain(explain.English), zb.Explain(explain.Chinese))
	var zr levy.Reconciliation
	add("zero reconciliation", zr.Explain(explain.English), zr.Explain(explain.Chinese))
	var za levy.Adjustment
	add("zero adjustment", []string{za.String()}, []string{za.Chinese()})

	got, err := json.MarshalIndent(out, "", " ")
	require.NoError(t, err)
	got = append(got, '\n')
	const file = "testdata/explain27d.golden.json"
	if *update27d {
		require.NoError(t, os.WriteFile(file, got, 0o644))
	}
	want, err := os.ReadFile(file)
	require.NoError(t, err)
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < len(wl) && i < len(gl); i++ {
		if wl[i] != gl[i] {
			assert.Equal(t, wl[i], gl[i], "first difference at line %d of %s", i+1, file)
			break
		}
	}
	assert.Equal(t, len(wl), len(gl), "lines")
}
