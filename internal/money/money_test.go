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

func TestFixed2(t *testing.T) {
	for in, want := range map[string]string{"33404.1": `"33404.10"`, "1036420": `"1036420.00"`, "-0.5": `"-0.50"`, "0": `"0.00"`, "0.01": `"0.01"`} {
		b, err := Fixed2(decimal.RequireFromString(in)).MarshalJSON()
		if err != nil || string(b) != want {
			t.Errorf("%s: got %s, %v; want %s", in, b, err, want)
		}
		var back Fixed2
		if err := back.UnmarshalJSON(b); err != nil || !back.Decimal().Equal(decimal.RequireFromString(in)) {
			t.Errorf("%s: round trip gave %s, %v", in, back.Decimal(), err)
		}
	}
	if _, err := Fixed2(decimal.RequireFromString("0.005")).MarshalJSON(); err == nil {
		t.Error("0.005 written without error")
	}
	var f Fixed2
	for _, in := range []string{`"0.001"`, `"1e2000000000"`, `"x"`, `true`} {
		if err := f.UnmarshalJSON([]byte(in)); err == nil {
			t.Errorf("%s accepted", in)
		}
	}
}
