package money

import (
	"testing"

	"github.com/shopspring/decimal"
)

func TestSane(t *testing.T) {
	for _, s := range []string{"0", "0.07", "248.33", "1e12", "123456789012345678.90", "0.000000000000000001"} {
		if err := Sane(decimal.RequireFromString(s)); err != nil {
			t.Errorf("%s: %v", s, err)
		}
	}
	for _, s := range []string{"1e2000000000", "1e-2000000000", "1e19", "1234567890123456789012345678901"} {
		if err := Sane(decimal.RequireFromString(s)); err == nil {
			t.Errorf("%s accepted", s)
		}
	}
}
