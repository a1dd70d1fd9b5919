package ledger_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/golden"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/levy"
)

func TestGoldenCases(t *testing.T) {
	golden.CheckDir(t, "../testdata/golden/ledger")
}

func TestSubjectsAreTheSchemes(t *testing.T) {
	for _, s := range ledger.Subjects() {
		assert.True(t, strings.HasPrefix(string(s), "ozb."), s)
		assert.NotEmpty(t, ledger.TypeOf(s), s)
	}
	assert.Equal(t, ledger.Expense, ledger.TypeOf(ledger.BenefitSubject(benefits.FuneralGrant)))
	assert.True(t, ledger.Known(ledger.BenefitSubject(benefits.SurvivorPension)))
	assert.False(t, ledger.Known("gs.income.premium"))
}

func TestSnapshotRoundTrip(t *testing.T) {
	var j ledger.Journal
	p := ledger.Posting{ID: "D1", Date: testdates.Day(t, "2026-04-21"), Period: testdates.Month(t, "2026-03"), Counterparty: ledger.Counterparty{Kind: "platform", ID: "p"}, Source: "t",
		Lines: []ledger.Line{{Subject: ledger.SpecialAccount, Debit: decimal.RequireFromString("10.00")}, {Subject: ledger.LevyIncome, Credit: decimal.RequireFromString("10.00")}}}
	_, err := j.Post(p)
	require.NoError(t, err)
	j.Close(testdates.Month(t, "2026-03"))
	b, err := json.Marshal(j.Snapshot())
	require.NoError(t, err)
	k, err := ledger.ParseSnapshot(b)
	require.NoError(t, err)
	assert.Equal(t, j.Balances(), k.Balances())
	assert.True(t, k.Closed(testdates.Month(t, "2026-03")))
	_, err = ledger.ParseSnapshot([]byte(`{"postings":[],"closed":[],"extra":1}`))
	assert.ErrorIs(t, err, ledger.ErrSnapshotJSON)
}

// The journal against a simple model: a list of accepted postings. After any
// sequence of posts, replays, conflicting posts, reversals and closings:
// every balance is the sum of its lines, debits equal credits, replaying
// changes nothing and nothing is lost.
func TestJournalStateMachine(t *testing.T) {
	subjects := []ledger.Subject{ledger.SpecialAccount, ledger.LevyIncome, ledger.InterestIncome, ledger.InsurerPayable, ledger.Medical, ledger.BenefitSubject(benefits.FuneralGrant)}
	months := []string{"2026-01", "2026-02", "2026-03"}
	rapid.Check(t, func(t *rapid.T) {
		var j ledger.Journal
		model := map[string]ledger.Posting{} // accepted, by ID
		var order []string
		closed := map[calendar.Month]bool{}
		reversed := map[string]bool{}
		newPosting := func(t *rapid.T, id string) ledger.Posting {
			a := decimal.New(rapid.Int64Range(1, 1_000_000).Draw(t, "fen"), -2)
			d := rapid.SampledFrom(subjects).Draw(t, "debit")
			c := rapid.SampledFrom(subjects).Draw(t, "credit")
			return ledger.Posting{ID: id, Date: testdates.Day(t, "2026-04-01"), Period: testdates.Month(t, rapid.SampledFrom(months).Draw(t, "period")),
				Counterparty: ledger.Counterparty{Kind: "platform", ID: "p"}, Source: "test",
				Lines: []ledger.Line{{Subject: d, Debit: a}, {Subject: c, Credit: a}}}
		}
		t.Repeat(map[string]func(*rapid.T){
			"post": func(t *rapid.T) {
				id := fmt.Sprintf("D%d", rapid.IntRange(0, 30).Draw(t, "id"))
				p := newPosting(t, id)
				dup, err := j.Post(p)
				_, exists := model[id]
				switch {
				case exists && dup:
					if err != nil {
						t.Fatalf("duplicate with error %v", err)
					}
				case exists:
					if !errors.Is(err, ledger.ErrConflict) {
						t.Fatalf("posting %s again with other content: %v, want a conflict", id, err)
					}
				case closed[p.Period]:
					if !errors.Is(err, ledger.ErrClosed) {
						t.Fatalf("posting to a closed period: %v", err)
					}
				default:
					if err != nil {
						t.Fatalf("post %s: %v", id, err)
					}
					model[id] = p
					order = append(order, id)
				}
			},
			"replay": func(t *rapid.T) {
				if len(order) == 0 {
					t.Skip("nothing to replay")
				}
				id := rapid.SampledFrom(order).Draw(t, "replay")
				before := j.Balances()
				dup, err := j.Post(model[id])
				if err != nil || !dup {
					t.Fatalf("replaying %s: dup=%v err=%v", id, dup, err)
				}
				if fmt.Sprint(before) != fmt.Sprint(j.Balances()) {
					t.Fatal("a replay changed the balances")
				}
			},
			"reverse": func(t *rapid.T) {
				if len(order) == 0 {
					t.Skip("nothing to reverse")
				}
				id := rapid.SampledFrom(order).Draw(t, "reverse")
				rid := "R" + id + rapid.SampledFrom([]string{"", "x"}).Draw(t, "document")
				before := j.Len()
				err := j.Reverse(id, rid, testdates.Day(t, "2026-04-30"), "correction")
				p := model[id]
				switch {
				case model[rid].ID != "": // the same reversal document again: a replay
					if err != nil || j.Len() != before {
						t.Fatalf("replaying reversal %s: %v", rid, err)
					}
				case reversed[id]:
					if !errors.Is(err, ledger.ErrReversed) {
						t.Fatalf("second reversal of %s under a new document: %v", id, err)
					}
				case closed[p.Period]:
					if !errors.Is(err, ledger.ErrClosed) {
						t.Fatalf("reversal into a closed period: %v", err)
					}
				default:
					if err != nil {
						t.Fatalf("reverse %s: %v", id, err)
					}
					reversed[id] = true
					rp, _ := j.Posting(rid)
					model[rid] = rp
					order = append(order, rid)
				}
			},
			"close": func(t *rapid.T) {
				m := testdates.Month(t, rapid.SampledFrom(months).Draw(t, "close"))
				j.Close(m)
				closed[m] = true
			},
			"": func(t *rapid.T) {
				if j.Len() != len(order) {
					t.Fatalf("journal has %d postings, model %d", j.Len(), len(order))
				}
				want := map[string]decimal.Decimal{}
				debit, credit := decimal.Zero, decimal.Zero
				for _, id := range order {
					p := model[id]
					for _, l := range p.Lines {
						k := string(l.Subject) + "|" + p.Period.String()
						v := want[k]
						want[k] = v.Add(l.Debit).Sub(l.Credit)
						debit, credit = debit.Add(l.Debit), credit.Add(l.Credit)
					}
				}
				if !debit.Equal(credit) {
					t.Fatalf("debits %s != credits %s", debit, credit)
				}
				for _, s := range subjects {
					for _, ms := range months {
						m := testdates.Month(t, ms)
						got := j.Balance(s, m)
						w := want[string(s)+"|"+ms]
						if tp := ledger.TypeOf(s); tp == ledger.Liability || tp == ledger.Income {
							w = w.Neg()
						}
						if !got.Equal(w) {
							t.Fatalf("%s %s: balance %s, sum of postings %s", s, ms, got, w)
						}
					}
				}
			},
		})
	})
}

func TestReconcileToBooks(t *testing.T) {
	receipts := []ledger.Receipt{{ID: "T1", Platform: "p", Period: testdates.Month(t, "2026-03"), Amount: decimal.RequireFromString("9.26"), EntryDate: testdates.Day(t, "2026-04-20")}}
	collections := []ledger.Collection{{ID: "C1", Platform: "p", Period: testdates.Month(t, "2026-03"), Amount: decimal.RequireFromString("9.26")}}
	bills := []levy.Bill{{Platform: "p", Period: testdates.Month(t, "2026-03"), Total: decimal.RequireFromString("9.26")}}
	r, err := ledger.Reconcile(receipts, collections, bills)
	require.NoError(t, err)
	require.Len(t, r.Postings, 1)
	var j ledger.Journal
	for i := 0; i < 2; i++ { // booking the same reconciliation twice changes nothing
		_, err := j.Post(r.Postings[0])
		require.NoError(t, err)
	}
	assert.Equal(t, "9.26", j.Balance(ledger.LevyIncome, testdates.Month(t, "2026-03")).StringFixed(2))
	assert.Equal(t, 1, j.Len())
	_, err = ledger.Reconcile([]ledger.Receipt{{ID: "T1", Platform: "p", Period: testdates.Month(t, "2026-03"), Amount: decimal.RequireFromString("1.001"), EntryDate: testdates.Day(t, "2026-04-20")}}, nil, nil)
	assert.ErrorIs(t, err, ledger.ErrBadRecord)
}

func TestSummary(t *testing.T) {
	var j ledger.Journal
	post := func(id, per string, amt string, d, c ledger.Subject) {
		_, err := j.Post(ledger.Posting{ID: id, Date: testdates.Day(t, "2026-05-01"), Period: testdates.Month(t, per), Counterparty: ledger.Counterparty{Kind: "x", ID: "y"}, Source: "t",
			Lines: []ledger.Line{{Subject: d, Debit: decimal.RequireFromString(amt)}, {Subject: c, Credit: decimal.RequireFromString(amt)}}})
		require.NoError(t, err)
	}
	post("a", "2026-03", "1000.00", ledger.SpecialAccount, ledger.LevyIncome)
	post("b", "2026-04", "500.00", ledger.SpecialAccount, ledger.LevyIncome)
	post("c", "2026-03", "20.00", ledger.LevyIncome, ledger.SpecialAccount) // a refund
	post("d", "2026-04", "300.00", ledger.BenefitSubject(benefits.DisabilityAllowance), ledger.InsurerPayable)
	post("e", "2026-04", "3.50", ledger.SpecialAccount, ledger.InterestIncome)
	post("f", "2025-12", "999.00", ledger.SpecialAccount, ledger.LevyIncome) // another year
	s := j.Summarize(2026, ledger.Participants{Platforms: 3, Workers: 1000, Injuries: 2})
	assert.Equal(t, "1480.00", s.LevyIncome.StringFixed(2))
	assert.Equal(t, "3.50", s.Interest.StringFixed(2))
	assert.Equal(t, "300.00", s.Spent.StringFixed(2))
	assert.Equal(t, "1183.50", s.Balance.StringFixed(2))
	var sb strings.Builder
	require.NoError(t, s.WriteTable(&sb))
	assert.Contains(t, sb.String(), "第七十七条")
	assert.Contains(t, sb.String(), "1183.50")
}

func FuzzParseSnapshot(f *testing.F) {
	f.Add([]byte(`{"postings":[{"id":"D1","date":"2026-04-21","period":"2026-03","counterparty":{"kind":"platform","id":"p"},"source":"t","lines":[{"subject":"ozb.asset.special_account","debit":"10.00"},{"subject":"ozb.income.levy","credit":"10.00"}]}],"closed":["2026-03"]}`))
	f.Add([]byte(`{"postings":[],"closed":[]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		j, err := ledger.ParseSnapshot(data)
		if err != nil {
			return
		}
		// whatever loads balances: debits = credits over every subject
		var sum decimal.Decimal
		for _, b := range j.Balances() {
			v := b.Balance
			if tp := ledger.TypeOf(b.Subject); tp == ledger.Liability || tp == ledger.Income {
				v = v.Neg()
			}
			sum = sum.Add(v)
		}
		if !sum.IsZero() {
			t.Fatalf("loaded books do not balance: %s", sum)
		}
	})
}
