package levycount

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/eligibility"
)

// FuzzDecodeItem: the shuffle's decoder never panics on any bytes; what it
// accepts re-encodes to an item that decodes to itself.
func FuzzDecodeItem(f *testing.F) {
	lines := generate(genOptions{rows: 40, seed: 5})
	in := eligibility.CSVHeader + "\n" + strings.Join(lines, "\n") + "\n"
	require.NoError(f, readCSV("orders/a.csv", strings.NewReader(in), func(it item) { f.Add(encodeItem(it)) }))
	f.Add([]byte{})
	f.Add([]byte{itemVersion, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		it, err := decodeItem(data)
		if err != nil {
			require.True(t, errors.Is(err, errItemCoding), "%v", err)
			return
		}
		back, err := decodeItem(encodeItem(it))
		require.NoError(t, err)
		require.Equal(t, it, back)
	})
}

// TestDecodeItemRefusesTruncation: every proper prefix of an encoded item is
// an error, never a shorter item.
func TestDecodeItemRefusesTruncation(t *testing.T) {
	lines := generate(genOptions{rows: 20, seed: 6})
	in := eligibility.CSVHeader + "\n" + strings.Join(lines, "\n") + "\n"
	n := 0
	require.NoError(t, readCSV("a.csv", strings.NewReader(in), func(it item) {
		data := encodeItem(it)
		for k := 0; k < len(data); k++ {
			_, err := decodeItem(data[:k])
			require.ErrorIs(t, err, errItemCoding, "prefix %d of %d", k, len(data))
		}
		_, err := decodeItem(append(data, 0))
		require.ErrorIs(t, err, errItemCoding)
		n++
	}))
	require.Positive(t, n)
}
