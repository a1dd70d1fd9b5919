package ledger_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/claims/casefile"
	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/internal/jsontest"
	"github.com/zhishang/zhishang/jsonerr"
	"github.com/zhishang/zhishang/ledger"
)

// A snapshot's amounts are checked before they are parsed; its size limit
// is its own (a year's books are larger than a case file).
func TestSnapshotThroughTheDoor(t *testing.T) {
	posting := func(debit string) string {
		return `{"postings":[{"id":"D1","date":"2026-04-21","period":"2026-03","counterparty":{"kind":"platform","id":"p"},"source":"t",` +
			`"lines":[{"subject":"ozb.asset.special_account","debit":` + debit + `},{"subject":"ozb.income.levy","credit":"10.00"}]}],"closed":[]}`
	}
	for debit, kind := range map[string]error{`"10.005"`: jsoncode.ErrDecimals, `"1e999999999"`: jsoncode.ErrNumber, `null`: jsoncode.ErrNull,
		`"` + strings.Repeat("1", 30) + `"`: jsoncode.ErrNumber} {
		_, err := ledger.ParseSnapshot([]byte(posting(debit)))
		require.ErrorIs(t, err, ledger.ErrSnapshotJSON)
		require.ErrorIs(t, err, kind, debit)
		var je *jsonerr.Error
		require.ErrorAs(t, err, &je)
		assert.Equal(t, "$.postings[0].lines[0].debit", je.Path)
		jsontest.Check(t, err)
	}
	_, err := ledger.ParseSnapshot([]byte(posting(`"10.00"`)))
	require.NoError(t, err)

	big := []byte(strings.Repeat(" ", jsonerr.MaxBytes) + `{"postings":[],"closed":[]}`)
	_, err = ledger.ParseSnapshot(big)
	require.NoError(t, err, "a snapshot may exceed the default 8 MiB")
	_, err = casefile.Parse(big)
	require.ErrorIs(t, err, jsonerr.ErrTooLarge)
}
