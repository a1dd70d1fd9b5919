package main

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/require"
)

func TestMain(m *testing.M) { ptest.Main(m) }

// TestSameAsMonthlyLevy runs the command on Prism over the sample month and
// compares its JSON, key by key, with `examples/monthly-levy -json` over the
// same file: the pipeline's invalid lines and conflicts carry their file
// besides.
func TestSameAsMonthlyLevy(t *testing.T) {
	if testing.Short() {
		t.Skip("builds examples/monthly-levy")
	}
	root, err := filepath.Abs("../../..")
	require.NoError(t, err)
	sample := filepath.Join(root, "testdata/levy/orders-2026-03.csv")
	setup := filepath.Join(root, "testdata/levy/setup.json")
	for _, cancelled := range []string{"false", "true"} {
		t.Run("count-cancelled-after-start="+cancelled, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "levy.json")
			for name, v := range map[string]string{"input": sample, "month": "2026-03", "output": out, "params": setup, "count-cancelled-after-start": cancelled} {
				require.NoError(t, flag.Set(name, v))
			}
			require.Equal(t, 0, run(context.Background()))

			cmd := exec.Command("go", "run", "./examples/monthly-levy", "-json", "-orders", sample, "-month", "2026-03", "-params", setup, "-count-cancelled-after-start="+cancelled)
			cmd.Dir = root
			cmd.Stderr = os.Stderr
			single, err := cmd.Output()
			require.NoError(t, err)

			var want, got map[string]json.RawMessage
			require.NoError(t, json.Unmarshal(single, &want))
			raw, err := os.ReadFile(out)
			require.NoError(t, err)
			require.NoError(t, json.Unmarshal(raw, &got))
			require.NotEmpty(t, want["tallies"])
			require.Contains(t, want, "conflicts")
			for k, w := range want {
				require.Contains(t, got, k)
				if k == "invalid" || k == "conflicts" {
					var wi, gi []map[string]any
					require.NoError(t, json.Unmarshal(w, &wi))
					require.NoError(t, json.Unmarshal(got[k], &gi))
					if k == "invalid" {
						require.NotEmpty(t, wi)
					}
					for i := range gi {
						require.Equal(t, sample, gi[i]["file"])
						delete(gi[i], "file")
					}
					require.Equal(t, wi, gi)
					continue
				}
				require.JSONEq(t, string(w), string(got[k]), k)
			}
		})
	}
}

// TestBadFlags: a missing month or input is a usage error (exit 2) before
// any pipeline starts.
func TestBadFlags(t *testing.T) {
	require.NoError(t, flag.Set("input", "x.csv"))
	require.NoError(t, flag.Set("month", "2026-13"))
	require.Equal(t, 2, run(context.Background()))
	require.NoError(t, flag.Set("month", "2026-03"))
	require.NoError(t, flag.Set("input", ""))
	require.Equal(t, 2, run(context.Background()))
}
