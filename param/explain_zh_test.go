package param

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
)

func TestValueStringZH(t *testing.T) {
	from, _ := calendar.ParseDate("2025-07-01")
	until, _ := calendar.ParseDate("2025-12-31")
	v := Value{Name: "levy.base.ride_hailing", Value: decimal.RequireFromString("0.01"), From: from,
		Source: "沪人社福〔2025〕373号 第十一条", Status: Provisional}
	got := v.StringZH()
	want := "levy.base.ride_hailing = 0.01，自 2025-07-01 起施行（沪人社福〔2025〕373号 第十一条；状态：暂定）"
	if got != want {
		t.Fatalf("StringZH:\n got %s\nwant %s", got, want)
	}
	v.Until, v.Status = until, Verified
	if got := v.StringZH(); !strings.Contains(got, "自 2025-07-01 至 2025-12-31 施行") || !strings.Contains(got, "已核实") {
		t.Fatalf("StringZH with until: %s", got)
	}
	for _, s := range []Status{Verified, Secondary, Provisional} {
		if s.Chinese() == string(s) {
			t.Errorf("%s has no Chinese term", s)
		}
	}
}

func TestValueStringZHWithoutStart(t *testing.T) {
	from, _ := calendar.ParseDate("0001-01-01")
	v := Value{Name: "x", Value: decimal.RequireFromString("0.6"), From: from, Source: "s", Status: Verified}
	if got := v.StringZH(); !strings.Contains(got, "自 0001-01-01 起施行（不限起始日）") {
		t.Fatalf("StringZH: %s", got)
	}
}
