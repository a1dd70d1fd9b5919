package analysis_test

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/analysis"
	"github.com/zhishang/zhishang/benefits/casefile"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/internal/strictjson"
	"github.com/zhishang/zhishang/levy"
)

// The shipped samples: testdata/levy (orders and setup), testdata/analysis
// (the reform and the cases).
const (
	sampleOrders = "../testdata/levy/orders-2026-03.csv"
	sampleSetup  = "../testdata/levy/setup.json"
	sampleReform = "../testdata/analysis/reform.json"
	sampleCases  = "../testdata/analysis/cases"
)

func month(t testing.TB, s string) calendar.Month {
	t.Helper()
	m, err := calendar.ParseMonth(s)
	require.NoError(t, err)
	return m
}

// sampleTally counts the sample orders of a month as examples/monthly-levy does.
func sampleTally(t testing.TB, m calendar.Month) *eligibility.Tally {
	t.Helper()
	f, err := os.Open(sampleOrders)
	require.NoError(t, err)
	defer f.Close()
	b := &eligibility.Batch{Month: m}
	require.NoError(t, eligibility.ReadCSV(f, b))
	return b.Tally()
}

func sampleSetupOf(t testing.TB) levy.Setup {
	t.Helper()
	data, err := os.ReadFile(sampleSetup)
	require.NoError(t, err)
	var s levy.Setup
	require.NoError(t, strictjson.Decode(data, &s))
	return s
}

func sampleReformOf(t testing.TB) analysis.Reform {
	t.Helper()
	data, err := os.ReadFile(sampleReform)
	require.NoError(t, err)
	r, err := analysis.ParseReform(data)
	require.NoError(t, err)
	return r
}

// caseFiles reads the sample case files, by file name.
func caseFiles(t testing.TB) (names []string, files []casefile.File) {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(sampleCases, "*.json"))
	require.NoError(t, err)
	sort.Strings(paths)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		f, err := casefile.Parse(data)
		require.NoError(t, err, p)
		names = append(names, filepath.Base(p[:len(p)-len(".json")]))
		files = append(files, f)
	}
	return names, files
}

func sampleCasesOf(t testing.TB) []analysis.Case {
	names, files := caseFiles(t)
	var out []analysis.Case
	for i, f := range files {
		out = append(out, analysis.Case{ID: names[i], Case: f.Case, Parameters: f.Parameters, Rules: f.Rules})
	}
	return out
}

func samplePolicy(t testing.TB) analysis.Policy {
	return analysis.Policy{Calendar: calendar.Default(), Levy: sampleSetupOf(t)}
}
