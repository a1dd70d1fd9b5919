package eligibility_test

import (
	"testing"

	"github.com/zhishang/zhishang/eligibility"
)

func BenchmarkSmallClassifyTally(b *testing.B) {
	recs := records(4000)
	var t eligibility.Tally
	b.ResetTimer()
	for i, j := 0, 0; i < b.N; i, j = i+1, j+1 {
		if j == len(recs) {
			j = 0
		}
		e := &recs[j]
		d, _ := eligibility.Decide(e)
		t.AddDecision(e, d)
	}
}
