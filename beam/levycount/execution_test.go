package levycount

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/eligibility"
)

// records reads the valid and invalid-but-readable records of lines.
func records(t testing.TB, lines []string) []eligibility.Execution {
	cr := eligibility.NewCSVReader(strings.NewReader(wholeInput(lines)))
	var out []eligibility.Execution
	for {
		var e eligibility.Execution
		_, err := cr.Read(&e)
		if err == io.EOF {
			return out
		}
		if err == nil {
			out = append(out, e)
		}
	}
}

// TestExecutionCoder: an execution crosses the shuffle unchanged, field
// for field (the instants' locations included), and decides the same.
func TestExecutionCoder(t *testing.T) {
	recs := records(t, generate(genOptions{rows: 300, seed: 4, conflicts: true}))
	require.Greater(t, len(recs), 250)
	for _, e := range recs {
		back, err := decodeExecution(encodeExecution(e))
		require.NoError(t, err)
		require.Equal(t, e, back)
		d1, err1 := eligibility.Rules{}.Decide(&e)
		d2, err2 := eligibility.Rules{}.Decide(&back)
		require.Equal(t, d1, d2)
		require.Equal(t, err1, err2)
	}
}

// TestRecordCoder: a record keeps its file and line too.
func TestRecordCoder(t *testing.T) {
	for i, e := range records(t, generate(genOptions{rows: 50, seed: 11})) {
		r := record{File: "gs://bucket/2026-03/part-0001.csv.gz", Line: int64(i * 1000), Exec: e}
		data := encodeRecord(r)
		back, err := decodeRecord(data)
		require.NoError(t, err)
		require.Equal(t, r, back)
		_, err = decodeRecord(data[:len(data)-1])
		require.ErrorIs(t, err, errExecutionCoding)
	}
}

// FuzzDecodeExecution: the shuffle's decoder never panics on any bytes;
// what it accepts re-encodes to an execution that decodes to itself.
func FuzzDecodeExecution(f *testing.F) {
	for _, e := range records(f, generate(genOptions{rows: 40, seed: 5, conflicts: true})) {
		f.Add(encodeExecution(e))
	}
	f.Add([]byte{})
	f.Add([]byte{executionVersion, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := decodeExecution(data)
		if err != nil {
			require.True(t, errors.Is(err, errExecutionCoding), "%v", err)
			return
		}
		back, err := decodeExecution(encodeExecution(e))
		require.NoError(t, err)
		require.Equal(t, e, back)
	})
}

// TestDecodeExecutionRefusesTruncation: every proper prefix of an encoded
// execution, and any trailing byte, is an error, never another execution.
func TestDecodeExecutionRefusesTruncation(t *testing.T) {
	recs := records(t, generate(genOptions{rows: 20, seed: 6}))
	require.NotEmpty(t, recs)
	for _, e := range recs {
		data := encodeExecution(e)
		for k := 0; k < len(data); k++ {
			_, err := decodeExecution(data[:k])
			require.ErrorIs(t, err, errExecutionCoding, "prefix %d of %d", k, len(data))
		}
		_, err := decodeExecution(append(data, 0))
		require.ErrorIs(t, err, errExecutionCoding)
	}
}
