package benefits

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// The refusal of an implausible rebase factor printed it: 1e999999999
// expanded to a billion digits (the program hung and ate memory). The
// strict reader refuses such a figure first; validate itself no longer
// prints it either. The assertion cannot hang: a deadline.
func TestImplausibleFactorRefusedWithoutPrinting(t *testing.T) {
	done := make(chan error, 1)
	go func() {
		huge := decimal.New(1, 999999999)
		it := Item{Kind: DisabilityAllowance, Rebase: &Rebase{Factors: []decimal.Decimal{decimal.NewFromInt(1), huge}}}
		err := it.validate()
		if err != nil {
			_ = err.Error()
		}
		done <- err
	}()
	select {
	case err := <-done:
		require.ErrorIs(t, err, ErrBadAward)
		require.Contains(t, err.Error(), "rebase factor #2")
	case <-time.After(10 * time.Second):
		t.Fatal("refusing a factor of 1e999999999 did not return within 10 s")
	}
}
