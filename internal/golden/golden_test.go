package golden

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/internal/jsontest"
)

func TestMalformedCasesAreProblemsNotPasses(t *testing.T) {
	for name, body := range map[string]string{
		"unknown top key":   `{"title":"t","articles":["第十四条"],"kind":"calendar.day","input":{"date":"2026-01-01"},"expect":{"kind":"statutory_holiday"},"expected":{}}`,
		"unknown input key": `{"title":"t","articles":["第十四条"],"kind":"calendar.day","input":{"dat":"2026-01-01"},"expect":{"kind":"statutory_holiday"}}`,
		"unknown expect key": `{"title":"t","articles":["第十四条"],"kind":"calendar.day","input":{"date":"2026-01-01"},
			"expect":{"kind":"statutory_holiday","festival":"new_years_day","workday":false,"holiday":true}}`,
		"no title":       `{"title":"","articles":["第十四条"],"kind":"calendar.day","input":{"date":"2026-01-01"},"expect":{}}`,
		"no articles":    `{"title":"t","articles":[],"kind":"calendar.day","input":{"date":"2026-01-01"},"expect":{}}`,
		"unknown kind":   `{"title":"t","articles":["第十四条"],"kind":"calendar.nope","input":{},"expect":{}}`,
		"no expect":      `{"title":"t","articles":["第十四条"],"kind":"calendar.day","input":{"date":"2026-01-01"}}`,
		"malformed date": `{"title":"t","articles":["第十四条"],"kind":"calendar.day","input":{"date":"2026-1-1"},"expect":{}}`,
		"not JSON":       `title: t`,
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "case.json")
			require.NoError(t, os.WriteFile(path, []byte(body), 0o644))
			o := RunFile(path)
			assert.False(t, o.Pass)
			assert.NotEmpty(t, o.Problem)
			var sb strings.Builder
			assert.Equal(t, 1, Report(&sb, []Outcome{o}, false))
			assert.Contains(t, sb.String(), "无法运行：")
			sb.Reset()
			assert.Equal(t, 1, ReportEN(&sb, []Outcome{o}, false))
			assert.Contains(t, sb.String(), "cannot be run")
		})
	}
}

func TestPartialExpectDoesNotPass(t *testing.T) {
	// The whole output is compared: leaving out a field is a failure.
	path := filepath.Join(t.TempDir(), "case.json")
	require.NoError(t, os.WriteFile(path, []byte(`{"title":"t","articles":["第十四条"],"kind":"calendar.day",
		"input":{"date":"2026-01-01"},"expect":{"kind":"statutory_holiday"}}`), 0o644))
	o := RunFile(path)
	assert.False(t, o.Pass)
	assert.Empty(t, o.Problem)
}

func TestEmptyDirectoryIsAnError(t *testing.T) {
	_, err := RunDir(t.TempDir())
	assert.Error(t, err)
}

func FuzzParseCase(f *testing.F) {
	f.Add([]byte(`{"title":"t","articles":["第十四条"],"kind":"calendar.day","input":{"date":"2026-01-01"},"expect":{"kind":"statutory_holiday","festival":"new_years_day","workday":false}}`))
	f.Add([]byte(`{"title":"t","articles":["第十条"],"kind":"eligibility.decide","input":{},"expect":{}}`))
	for _, s := range jsontest.Seeds() {
		f.Add(s)
	}
	f.Add([]byte(`{"title":"t","articles":["第三十四条"],"kind":"benefits.medical","input":{"total":"1e2000000000","eligible":null},"expect":{"error":"json_number"}}`))
	f.Add([]byte(`{"title":"t","articles":["第十七条"],"kind":"ledger.reconcile","input":{"receipts":[{"id":"110101199003071234","amount":"1.005"}]},"expect":{}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ParseCase(data)
		if err != nil {
			// The unknown kind's message lists the kinds: a fixed text.
			jsontest.CheckMax(t, err, 2*jsontest.MaxMessage)
			return
		}
		o := Run("fuzz.json", c) // never panics; a malformed input is a Problem
		if o.Pass && o.Problem != "" {
			t.Fatal("a case with a problem passed")
		}
		if len(o.Problem) > jsontest.MaxMessage*2 {
			t.Fatalf("problem of %d bytes", len(o.Problem))
		}
	})
}

// Issue 18: a list index in the billions is refused before any node
// allocates items up to it (a workbook column could ask for
// dependents[3000000000]).
func TestUnflattenRefusesAnIndexPastTheLeaves(t *testing.T) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.TotalAlloc
	_, err := Unflatten([]Leaf{{Path: "case.dependents[3000000000].name", Value: `"a"`}})
	runtime.ReadMemStats(&m)
	if err == nil {
		t.Fatal("accepted")
	}
	if grew := m.TotalAlloc - before; grew > 1<<20 {
		t.Errorf("allocated %d bytes", grew)
	}
	if _, err := Unflatten([]Leaf{{Path: "a[0]", Value: "1"}, {Path: "a[1]", Value: "2"}}); err != nil {
		t.Errorf("a continuous list refused: %v", err)
	}
}
