package casefile_test

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/zhishang/zhishang/claims/casefile"
	"github.com/zhishang/zhishang/internal/jsontest"
	"github.com/zhishang/zhishang/internal/strictjson"
)

// BenchmarkStrictDecodeCaseSample: the sample case file read by
// strictjson (every check + decode) against encoding/json alone (how
// strictjson read it before audit F11), in the same run; cpu-ns/op is the
// process's CPU time per operation (the figure internal/strictjson's doc
// records).
func BenchmarkStrictDecodeCaseSample(b *testing.B) {
	data, err := os.ReadFile("../../testdata/claims/case-sample.json")
	if err != nil {
		b.Fatal(err)
	}
	b.Run("strictjson", func(b *testing.B) {
		b.ReportAllocs()
		start := jsontest.CPUTime()
		for b.Loop() {
			var f casefile.File
			if err := strictjson.Decode(data, &f); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(jsontest.CPUTime()-start)/float64(b.N), "cpu-ns/op")
	})
	b.Run("baseline-encoding-json", func(b *testing.B) {
		b.ReportAllocs()
		start := jsontest.CPUTime()
		for b.Loop() {
			var f casefile.File
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&f); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(jsontest.CPUTime()-start)/float64(b.N), "cpu-ns/op")
	})
}
