package analysis_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/analysis"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/levy"
)

// cityMonth is a month of a city's counts: platforms × 3 industries × 31
// days, each cell holding perCell orders.
func cityMonth(tb testing.TB, platforms int, perCell int64) (analysis.Policy, *eligibility.Tally) {
	t := &eligibility.Tally{}
	jan25, _ := calendar.ParseMonth("2025-01")
	var terms []levy.Terms
	for p := 0; p < platforms; p++ {
		id := fmt.Sprintf("platform-%03d", p)
		terms = append(terms, levy.Terms{Platform: id, FirstMonth: jan25, InstantDelivery: []levy.LevelAssignment{{From: jan25, Level: levy.LevelHigher, Source: "bench"}}})
		for day := 1; day <= 31; day++ {
			d, _ := calendar.DateOf(2026, 3, day)
			for _, ind := range eligibility.Industries {
				require.NoError(tb, t.AddN(id, ind, d, perCell))
			}
		}
	}
	return analysis.Policy{Calendar: calendar.Default(), Levy: levy.Setup{Terms: terms}}, t
}

// The cost follows the cells, not the orders: a month of a thousand orders
// a cell and one of a billion a cell (93 × 10¹¹ orders in all) take the
// same work, and give amounts a million times larger.
func TestCostFollowsCellsNotOrders(t *testing.T) {
	m3, _ := calendar.ParseMonth("2026-03")
	period := analysis.Period{From: m3, To: m3}
	r := sampleReformOf(t)
	p, small := cityMonth(t, 10, 1000)
	_, big := cityMonth(t, 10, 1_000_000_000)
	a, err := analysis.Measure(p, r, analysis.Data{Tally: small}, period)
	require.NoError(t, err)
	b, err := analysis.Measure(p, r, analysis.Data{Tally: big}, period)
	require.NoError(t, err)
	require.Equal(t, a.Orders*1_000_000, b.Orders)
	require.True(t, a.Income.Reform.Shift(6).Equal(b.Income.Reform), "%s × 10⁶ vs %s", a.Income.Reform, b.Income.Reform)
	require.Len(t, b.IncomeCells, len(a.IncomeCells))
}

// go test ./analysis -run '^$' -bench . -benchmem
func BenchmarkMeasureCityMonth(b *testing.B) {
	m3, _ := calendar.ParseMonth("2026-03")
	period := analysis.Period{From: m3, To: m3}
	r := sampleReformOf(b)
	p, t := cityMonth(b, 50, 1_000_000)
	d := analysis.Data{Tally: t, Cases: sampleCasesOf(b)}
	for i := 0; i < 100; i++ {
		c := d.Cases[i%len(sampleCasesOf(b))]
		c.ID = fmt.Sprintf("case-%03d", i)
		d.Cases = append(d.Cases, c)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := analysis.Measure(p, r, d, period); err != nil {
			b.Fatal(err)
		}
	}
}
