package ledger

import (
	"fmt"
	"testing"

	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/money"
)

// The reasons and the settlement's lines were hand-written in each
// language before they were rendered from steps (issue 20); the rendering
// gives every byte the hand-written code gave, for every outcome.
func TestResultsRenderAsTheyWereWritten(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		amt := func(name string) money.Amount {
			return money.Fen(rapid.Int64Range(-1_000_000_000, 1_000_000_000).Draw(rt, name))
		}
		m := Match{Key: Key{Platform: rapid.StringMatching(`[a-z-]{1,8}`).Draw(rt, "platform"), Period: calendar.MustParseMonth("2026-03")},
			Treasury: rapid.SampledFrom([]Outcome{"", Matched, MissingTreasury, MissingTax, AmountMismatch}).Draw(rt, "treasury"),
			Orders:   rapid.SampledFrom([]Outcome{"", Consistent, PaymentMismatch, MissingBill, MissingPayment}).Draw(rt, "orders"),
			Received: amt("received"), Collected: amt("collected"), Due: amt("due")}
		en, zh := handReasons(m)
		if got := render(explain.English, explain.Explanation{m.reasonStep()}); got != en {
			rt.Fatalf("English: %q, was %q", got, en)
		}
		if got := m.ReasonZH(); got != zh {
			rt.Fatalf("Chinese: %q, was %q", got, zh)
		}
		r := Reconciliation{Matches: []Match{m}}
		if got, want := r.Explain(explain.English)[0], m.Key.Platform+" "+m.Key.Period.String()+": "+en; got != want {
			rt.Fatalf("%q, was %q", got, want)
		}
		if got, want := r.Explain(explain.Chinese)[0], m.Key.Platform+" "+m.Key.Period.String()+"："+zh; got != want {
			rt.Fatalf("%q, was %q", got, want)
		}

		s := Settlement{Insurer: m.Key.Platform, Month: m.Key.Period, SettleIn: calendar.MustParseMonth("2026-04"), Total: amt("total")}
		for _, sub := range rapid.SliceOfDistinct(rapid.SampledFrom(Subjects()), func(s Subject) Subject { return s }).Draw(rt, "items") {
			s.ByItem = append(s.ByItem, ItemTotal{Subject: sub, Count: rapid.IntRange(0, 1000).Draw(rt, "count"), Amount: amt("amount")})
		}
		for _, id := range rapid.SliceOf(rapid.StringMatching(`[A-Za-z0-9-]{1,8}`)).Draw(rt, "review") {
			s.Review = append(s.Review, Payment{ID: id})
		}
		if got, want := fmt.Sprint(s.Explain(explain.Chinese)), fmt.Sprint(handSettlementZH(s)); got != want {
			rt.Fatalf("%s, was %s", got, want)
		}
	})
}

// handReasons is the reason Reconcile wrote in English and ReasonZH in
// Chinese before issue 20, by the outcomes.
func handReasons(m Match) (en, zh string) {
	r, c, d := m.Received.String(), m.Collected.String(), m.Due.String()
	switch m.Treasury {
	case MissingTreasury:
		if m.Orders == MissingPayment {
			return "an order summary of " + d + " 元 but no payment recorded by the tax bureau or the treasury", "有单量汇总 " + d + " 元，但税务部门和国库均无缴款记录"
		}
		return "the tax bureau collected " + c + " 元 that the treasury report does not show (第十七条)", "税务部门已征收 " + c + " 元，国库入库报表中没有（第十七条）"
	case MissingTax:
		return "the treasury received " + r + " 元 that the collection records do not show (第十七条): held in suspense", "国库已收到 " + r + " 元，征收记录中没有（第十七条）：挂账暂存"
	case AmountMismatch:
		return "the treasury received " + r + " 元, the tax bureau collected " + c + " 元 (第十七条): held in suspense", "国库收到 " + r + " 元，税务部门征收 " + c + " 元（第十七条）：挂账暂存"
	}
	switch m.Orders {
	case MissingBill:
		return "matched with the treasury, but no order summary × rate to check the payment against (第十八条): held in suspense", "与国库对上，但没有可核对的单量汇总 × 费率（第十八条）：挂账暂存"
	case PaymentMismatch:
		return "paid " + r + " 元, the order summaries × rate make " + d + " 元 (第十八条): held in suspense", "实缴 " + r + " 元，单量汇总 × 费率应为 " + d + " 元（第十八条）：挂账暂存"
	}
	return "matched (第十七条) and consistent with the order summaries (第十八条): the scheme's income", "与国库对上（第十七条），并与单量汇总一致（第十八条）：计入基金收入"
}

// handSettlementZH is Settlement.ExplainZH before issue 20.
func handSettlementZH(s Settlement) []string {
	out := []string{fmt.Sprintf("%s %s 垫付的待遇合计 %s 元，于 %s 结算（第五十七条）", s.Insurer, s.Month, s.Total.String(), s.SettleIn)}
	for _, t := range s.ByItem {
		out = append(out, fmt.Sprintf("  %s（%s）：%d 笔，%s 元", t.Subject.Chinese(), t.Subject, t.Count, t.Amount.String()))
	}
	for _, p := range s.Review {
		out = append(out, fmt.Sprintf("  %s 超过预警金额，需复核（第五十六条）", p.ID))
	}
	return out
}
