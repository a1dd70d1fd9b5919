package ledger

// Issue 20: what a posting books is data; idempotency never depends on
// wording.

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"

	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/money"
)

func day(s string) calendar.Date    { d, _ := calendar.ParseDate(s); return d }
func month(s string) calendar.Month { m, _ := calendar.ParseMonth(s); return m }
func addDays(d calendar.Date, n int) calendar.Date {
	e, _ := d.AddDays(n)
	return e
}

// Rewording every English and Chinese message changes what Explain says
// and nothing else: the same documents booked again are duplicates, and
// the snapshot is the same bytes.
func TestRewordingIsNoConflict(t *testing.T) {
	build := func() []Posting {
		var ps []Posting
		p, _, err := Refund("RF1", Adjustment{Platform: "p", Period: month("2026-02"), Direction: RefundDue, Amount: money.MustParse("1.67")}, day("2026-04-16"), "p 基本存款账户")
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, p)
		r, err := Reconcile([]Receipt{{ID: "T1", Platform: "p", Period: month("2026-02"), Amount: money.MustParse("10.00"), EntryDate: day("2026-03-20")}},
			[]Collection{{ID: "C1", Platform: "p", Period: month("2026-02"), Amount: money.MustParse("10.00")}},
			[]Due{{Platform: "p", Period: month("2026-02"), Amount: money.MustParse("10.00")}})
		if err != nil {
			t.Fatal(err)
		}
		return append(r.Postings, ps...)
	}
	var j Journal
	for _, p := range build() {
		if _, err := j.Post(p); err != nil {
			t.Fatal(err)
		}
	}
	before, _ := json.Marshal(j.Snapshot())
	var was []string
	for _, p := range j.Postings() {
		was = append(was, p.Explain(explain.English)+p.Explain(explain.Chinese))
	}

	oldEN, oldZH, oldCat := messagesEN, messagesZH, catalogues
	t.Cleanup(func() { messagesEN, messagesZH, catalogues = oldEN, oldZH, oldCat })
	reword := func(es []explain.Entry) []explain.Entry {
		out := make([]explain.Entry, len(es))
		for i, e := range es {
			out[i] = explain.Entry{Key: e.Key, Template: "[reworded] " + e.Template}
		}
		return out
	}
	messagesEN, messagesZH = reword(oldEN), reword(oldZH)
	catalogues = sync.OnceValues(func() ([2]explain.Catalogue, error) {
		en, err := explain.NewCatalogue(explain.English, messagesEN)
		if err != nil {
			return [2]explain.Catalogue{}, err
		}
		zh, err := explain.NewCatalogue(explain.Chinese, messagesZH)
		return [2]explain.Catalogue{en, zh}, err
	})

	for i, p := range j.Postings() {
		if now := p.Explain(explain.English) + p.Explain(explain.Chinese); now == was[i] || !strings.Contains(now, "[reworded]") {
			t.Errorf("%s: the rewording does not show: %q", p.ID, now)
		}
	}
	for _, p := range build() {
		dup, err := j.Post(p)
		if err != nil || !dup {
			t.Errorf("%s booked again after a rewording: duplicate %v, %v", p.ID, dup, err)
		}
	}
	after, _ := json.Marshal(j.Snapshot())
	if string(before) != string(after) {
		t.Errorf("the snapshot changed with the wording:\n%s\n%s", before, after)
	}
	if strings.Contains(string(after), "[reworded]") || strings.Contains(string(after), "levy income") {
		t.Errorf("the snapshot holds words: %s", after)
	}
}

// The sentences an earlier version wrote map back to the basis this
// version gives the same posting, the late-year note among them; a
// sentence that does not fit the posting stays the host's words.
func TestLegacySentencesMapBack(t *testing.T) {
	p := Posting{ID: "treasury-receipt:T9", Origin: Origin{Kind: TreasuryReceipt, Ref: "T9", Seq: 1}, Date: day("2025-12-30"), Period: month("2026-01"),
		FeePeriod: month("2025-11"), Counterparty: Counterparty{Kind: PlatformParty, ID: "p"}, Basis: Basis{Rule: RuleReceipt},
		Lines: []Line{{Subject: SpecialAccount, Debit: money.MustParse("5.00")}, {Subject: LevyIncome, Credit: money.MustParse("5.00")}}}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	q := p
	q.Basis, q.Source = Basis{}, "treasury receipt T9 (entered 2025-12-30 in a year whose books were closed: booked in 2026-01, an item of an earlier year); 第十七、十八、四十九条"
	if b, ok := legacyBasis(&q); !ok || b != p.Basis || !same(p, q) {
		t.Errorf("the late-year sentence maps to %+v %v", b, ok)
	}
	if !strings.Contains(q.Explain(explain.English), "an item of an earlier year") || !strings.Contains(q.Explain(explain.Chinese), "列为以前年度项目") {
		t.Errorf("%s / %s", q.Explain(explain.English), q.Explain(explain.Chinese))
	}
	q.Source = strings.Replace(q.Source, "T9", "T8", 1)
	if _, ok := legacyBasis(&q); ok || same(p, q) {
		t.Error("a sentence of another receipt maps")
	}
	q.Source = "treasury receipt T9 held in suspense (暂收款) until the records agree; 第十七、十八条"
	if b, ok := legacyBasis(&q); !ok || b.Rule != RuleReceiptHeld {
		t.Errorf("the held sentence maps to %+v %v", b, ok) // the lines are not looked at: the sentence says which
	}
}

// Posting the same documents twice, in any order, gives the same journal
// and no conflict, whether a document comes as this version builds it or
// as an earlier version wrote it (its Source sentence).
func TestSameDocumentsAnyOrderProperty(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		plats := []string{"pa", "pb", "pc"}
		feb := month("2026-02")
		text := rapid.OneOf(rapid.SampledFrom([]string{"", "acct", "p refunded to q", " (第十六条), the rest levy income", "; 第十六条", "基本存款账户"}),
			rapid.StringN(0, 20, -1))
		var receipts []Receipt
		var collections []Collection
		var due []Due
		for i, n := 0, rapid.IntRange(0, 6).Draw(rt, "receipts"); i < n; i++ {
			pl := plats[i%len(plats)]
			amt := money.Fen(rapid.Int64Range(1, 100000).Draw(rt, "fen"))
			receipts = append(receipts, Receipt{ID: fmt.Sprintf("T%d", i), Platform: pl, Period: feb, Amount: amt,
				EntryDate: addDays(day("2026-03-01"), rapid.IntRange(0, 40).Draw(rt, "entry"))})
		}
		for _, pl := range plats {
			var sum money.Amount
			for _, r := range receipts {
				if r.Platform == pl {
					sum, _ = sum.Add(r.Amount)
				}
			}
			if rapid.Bool().Draw(rt, "collected "+pl) && !sum.IsZero() {
				collections = append(collections, Collection{ID: "C" + pl, Platform: pl, Period: feb, Amount: sum})
				due = append(due, Due{Platform: pl, Period: feb, Amount: sum})
			}
		}
		// The opening balance first (a refund before it would take the
		// special account below zero), then the documents in any order,
		// then, in any order, those that need earlier ones on the books: the
		// clearings (their items held) and the settlement (its payments).
		var opening, first, second []Posting
		opening = append(opening, Posting{ID: "OPEN", Date: day("2026-01-01"), Period: month("2026-01"), Counterparty: Counterparty{Kind: BankParty, ID: "b"},
			Source: "opening balance", Lines: []Line{{Subject: SpecialAccount, Debit: money.MustParse("1000000.00")}, {Subject: FundBalance, Credit: money.MustParse("1000000.00")}}})
		r, err := Reconcile(receipts, collections, due)
		if err != nil {
			rt.Fatal(err)
		}
		first = append(first, r.Postings...)
		for i, it := range r.OpenItems {
			back := money.Fen(rapid.Int64Range(0, it.Amount.Fen()).Draw(rt, "back"))
			p, err := ClearHeld(fmt.Sprintf("CH%d", i), it, addDays(it.Date, 3), back, text.Draw(rt, "to"))
			if err != nil {
				rt.Fatal(err)
			}
			second = append(second, p)
		}
		for i, n := 0, rapid.IntRange(0, 3).Draw(rt, "refunds"); i < n; i++ {
			dir := rapid.SampledFrom([]Direction{RefundDue, TopUpDue}).Draw(rt, "direction")
			p, ok, err := Refund(fmt.Sprintf("RF%d", i), Adjustment{Platform: plats[i%3], Period: feb, Direction: dir, Amount: money.Fen(rapid.Int64Range(1, 5000).Draw(rt, "refund"))},
				day("2026-04-20"), text.Draw(rt, "to"))
			if err != nil || !ok {
				rt.Fatal(ok, err)
			}
			first = append(first, p)
		}
		var pays []Payment
		insurer := rapid.SampledFrom([]string{"insurer-x", "x:payment", "保险公司"}).Draw(rt, "insurer")
		for i, n := 0, rapid.IntRange(0, 3).Draw(rt, "payments"); i < n; i++ {
			pays = append(pays, Payment{ID: fmt.Sprintf("P%d", i), Date: day("2026-03-10"), Insurer: insurer, Worker: "w", Subject: Medical, Amount: money.Fen(rapid.Int64Range(1, 90000).Draw(rt, "pay"))})
		}
		s, err := Settle(insurer, month("2026-03"), pays, money.Amount{}, day("2026-04-12"))
		if err != nil {
			rt.Fatal(err)
		}
		first = append(first, s.Postings...)
		if len(pays) > 0 {
			second = append(second, s.Settle)
		}
		// As an earlier version wrote it: its sentence, no basis.
		old := func(p Posting) Posting {
			if p.Basis.isZero() {
				return p
			}
			ss := legacySentences(&p)
			q := p
			q.Basis, q.Source = Basis{}, ss[rapid.IntRange(0, len(ss)-1).Draw(rt, "sentence")]
			return q
		}
		book := func(label string) *Journal {
			j := NewJournal(0)
			for pass := 0; pass < 2; pass++ {
				for _, group := range [][]Posting{opening, first, second} {
					for _, p := range rapid.Permutation(group).Draw(rt, label) {
						if rapid.Bool().Draw(rt, "as before") {
							p = old(p)
						}
						dup, err := j.Post(p)
						if err != nil {
							rt.Fatalf("%s pass %d: %s: %v", label, pass+1, p.ID, err)
						}
						if dup != (pass == 1) {
							rt.Fatalf("%s pass %d: %s: duplicate %v", label, pass+1, p.ID, dup)
						}
					}
				}
			}
			return j
		}
		a, b := book("order a"), book("order b")
		if a.Len() != b.Len() {
			rt.Fatalf("%d and %d postings", a.Len(), b.Len())
		}
		for _, p := range a.Postings() {
			q, ok := b.Posting(p.ID)
			if !ok || !same(p, q) {
				rt.Fatalf("%s differs: %+v / %+v", p.ID, p, q)
			}
			if p.Explain(explain.English) != q.Explain(explain.English) || p.Explain(explain.Chinese) != q.Explain(explain.Chinese) {
				rt.Fatalf("%s explained differently: %q / %q", p.ID, p.Explain(explain.English), q.Explain(explain.English))
			}
		}
		ab, bb := a.Balances(), b.Balances()
		if fmt.Sprint(ab) != fmt.Sprint(bb) {
			rt.Fatalf("balances differ: %v / %v", ab, bb)
		}
	})
}
