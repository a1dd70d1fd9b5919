package ledger_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/golden"
	_ "github.com/zhishang/zhishang/internal/golden/ledgerkinds" // registers the kinds its cases name
	"github.com/zhishang/zhishang/internal/jsontest"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/money"
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
	p := ledger.Posting{ID: "D1", Date: testdates.Day(t, "2026-04-21"), Period: testdates.Month(t, "2026-03"), Counterparty: ledger.Counterparty{Kind: ledger.PlatformParty, ID: "p"}, Source: "t",
		Lines: []ledger.Line{{Subject: ledger.SpecialAccount, Debit: money.MustParse("10.00")}, {Subject: ledger.LevyIncome, Credit: money.MustParse("10.00")}}}
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

// The journal under any sequence of posts, replays, true and false
// reversals, closings, refunds and reconciliations (with receipts that agree
// or not, then corrected): every balance and total is the sum of the
// accepted postings, a refused posting changes nothing, no accepted reversal
// fails to mirror its original, the special account, the suspense subject
// and the insurer payable never go below zero, every receipt reconciled in
// an open period is on the books exactly once (its receipt ID chosen to
// look like another's posting ID: none aliases another), and the open items
// add up to the suspense subject.
func TestJournalStateMachine(t *testing.T) {
	subjects := []ledger.Subject{ledger.SpecialAccount, ledger.LevyIncome, ledger.InterestIncome, ledger.InsurerPayable, ledger.Medical,
		ledger.BenefitSubject(benefits.FuneralGrant), ledger.Suspense, ledger.FundBalance}
	// two months of 2026, December, and January 2027: the year end
	// (issue 19: income by the entry date, a closed year not rewritten)
	months := []string{"2026-03", "2026-04", "2026-12", "2027-01"}
	type receipt struct {
		r   ledger.Receipt
		off bool // the tax bureau's record is wrong until corrected
	}
	rapid.Check(t, func(t *rapid.T) {
		var j ledger.Journal
		accepted := 0
		closed := map[calendar.Month]bool{}
		// the other months of 2026 are closed from the start: the first
		// open period after a closed one may then be in the next year
		for mo := time.January; mo <= time.December; mo++ {
			m, _ := calendar.MonthOf(2026, mo)
			if !slices.Contains(months, m.String()) {
				j.Close(m)
				closed[m] = true
			}
		}
		var pool []receipt
		// receipt IDs that look like each other's posting IDs (issue 18)
		receiptIDs := []string{"T0", "T0#2", ledger.ReceiptPostingID("T0"), "treasury-receipt#2:T0", ledger.ClearingPostingID("T0"), "T5"}
		for i := 0; i < 6; i++ {
			pool = append(pool, receipt{r: ledger.Receipt{ID: receiptIDs[i], Platform: rapid.SampledFrom([]string{"pa", "pb"}).Draw(t, "platform"),
				Period: testdates.Month(t, rapid.SampledFrom(months[:3]).Draw(t, "fee period")),
				Amount: money.Fen(rapid.Int64Range(1, 100_000).Draw(t, "receipt fen")), EntryDate: testdates.Day(t, rapid.SampledFrom(months).Draw(t, "entry month")+"-20")},
				off: rapid.Bool().Draw(t, "off")})
		}
		reconciled := map[string]bool{}
		var ids []string
		rule := ledger.BookInOpenYear
		// frozen is the cash view of the 2026 summary from the moment every
		// 2026 period is closed: it must not change until one is reopened.
		var frozen string
		cashView := func(t *rapid.T) string {
			s, err := j.Summarize(2026, ledger.Participants{})
			if err != nil {
				t.Fatalf("summarize 2026: %v", err)
			}
			s.ByFeePeriod = nil // the accrual view is as the books stand now
			b, _ := json.Marshal(s)
			return string(b)
		}
		year2026Closed := func() bool {
			for _, m := range months[:3] {
				if !closed[testdates.Month(t, m)] {
					return false
				}
			}
			return true
		}
		day := func(t *rapid.T, label string) calendar.Date {
			return testdates.Day(t, rapid.SampledFrom(months).Draw(t, label)+"-15")
		}
		lastDup := false
		try := func(t *rapid.T, p ledger.Posting) error {
			before := fmt.Sprint(j.Balances(), j.OpenItems(), j.Len())
			dup, err := j.Post(p)
			lastDup = dup
			switch {
			case err != nil:
				if after := fmt.Sprint(j.Balances(), j.OpenItems(), j.Len()); after != before {
					t.Fatalf("refused posting %s (%v) changed the books", p.ID, err)
				}
			case !dup:
				accepted++
				ids = append(ids, p.ID)
			}
			return err
		}
		t.Repeat(map[string]func(*rapid.T){
			"post": func(t *rapid.T) {
				a := money.Fen(rapid.Int64Range(1, 1_000_000).Draw(t, "fen"))
				p := ledger.Posting{ID: fmt.Sprintf("D%d", rapid.IntRange(0, 20).Draw(t, "id")), Date: day(t, "date"),
					Counterparty: ledger.Counterparty{Kind: ledger.PlatformParty, ID: "pa"}, Source: "test",
					Lines: []ledger.Line{{Subject: rapid.SampledFrom(subjects).Draw(t, "debit"), Debit: a}, {Credit: a}}}
				p.Lines[1].Subject = rapid.SampledFrom(subjects).Filter(func(s ledger.Subject) bool { return s != p.Lines[0].Subject }).Draw(t, "credit")
				p.Period = calendar.MonthOfDate(p.Date)
				err := try(t, p)
				if err == nil && !lastDup && closed[p.Period] {
					t.Fatalf("posted %s into closed %s", p.ID, p.Period)
				}
			},
			"replay": func(t *rapid.T) {
				if len(ids) == 0 {
					t.Skip("nothing to replay")
				}
				p, _ := j.Posting(rapid.SampledFrom(ids).Draw(t, "replay"))
				n := j.Len()
				if dup, err := j.Post(p); err != nil || !dup || j.Len() != n {
					t.Fatalf("replaying %s: dup=%v err=%v", p.ID, dup, err)
				}
			},
			"reverse": func(t *rapid.T) {
				if len(ids) == 0 {
					t.Skip("nothing to reverse")
				}
				id := rapid.SampledFrom(ids).Draw(t, "reverse")
				n := j.Len()
				if err := j.Reverse(id, "R-"+id, day(t, "date"), "correction"); err == nil {
					if j.Len() == n+1 {
						accepted++
						ids = append(ids, "R-"+id)
						if o, _ := j.Posting(id); o.Origin.Kind == ledger.TreasuryReceipt {
							delete(reconciled, o.Origin.Ref) // off the books until reported again
						}
					}
				} else if j.Len() != n {
					t.Fatalf("refused reversal changed the books: %v", err)
				}
			},
			"false reversal": func(t *rapid.T) {
				if len(ids) == 0 {
					t.Skip("nothing to reverse")
				}
				orig, _ := j.Posting(rapid.SampledFrom(ids).Draw(t, "orig"))
				rev := ledger.Posting{ID: "F-" + orig.ID, Date: orig.Date, Period: orig.Period, FeePeriod: orig.FeePeriod, Counterparty: orig.Counterparty, Source: "false", Reverses: orig.ID}
				for _, l := range orig.Lines {
					rev.Lines = append(rev.Lines, ledger.Line{Subject: l.Subject, Debit: l.Credit, Credit: l.Debit})
				}
				switch rapid.IntRange(0, 3).Draw(t, "how") {
				case 0: // a cent less on both sides
					for i := range rev.Lines {
						if rev.Lines[i].Debit.Sign() > 0 {
							rev.Lines[i].Debit = minus(rev.Lines[i].Debit, money.Fen(1))
						} else {
							rev.Lines[i].Credit = minus(rev.Lines[i].Credit, money.Fen(1))
						}
					}
				case 1: // not swapped
					rev.Lines = append([]ledger.Line(nil), orig.Lines...)
				case 2:
					rev.Counterparty.ID += "x"
				case 3:
					m, _ := rev.Period.AddMonths(1)
					rev.Period = m
				}
				if err := try(t, rev); err == nil {
					t.Fatalf("false reversal %s of %s accepted", rev.ID, orig.ID)
				}
			},
			"close": func(t *rapid.T) {
				m := testdates.Month(t, rapid.SampledFrom(months).Draw(t, "close"))
				j.Close(m)
				closed[m] = true
				if frozen == "" && year2026Closed() {
					frozen = cashView(t)
				}
			},
			"reopen": func(t *rapid.T) {
				m := testdates.Month(t, rapid.SampledFrom(months).Draw(t, "reopen"))
				j.Reopen(m)
				delete(closed, m)
				if m.Year() == 2026 {
					frozen = ""
				}
			},
			"rule": func(t *rapid.T) {
				rule = rapid.SampledFrom([]ledger.ClosedYearRule{ledger.BookInOpenYear, ledger.RefuseClosedYear}).Draw(t, "rule")
				if err := j.SetClosedYearRule(rule); err != nil {
					t.Fatal(err)
				}
			},
			"refund": func(t *rapid.T) {
				a := ledger.Adjustment{Platform: "pa", Period: testdates.Month(t, rapid.SampledFrom(months).Draw(t, "fee period")),
					Direction: rapid.SampledFrom([]ledger.Direction{ledger.RefundDue, ledger.TopUpDue}).Draw(t, "direction"), Amount: money.Fen(rapid.Int64Range(1, 50_000).Draw(t, "fen"))}
				p, ok, err := ledger.Refund(fmt.Sprintf("RF%d", rapid.IntRange(0, 9).Draw(t, "id")), a, day(t, "date"), "pa")
				if !ok || err != nil {
					t.Fatalf("no refund posting: %v", err)
				}
				err = try(t, p)
				if errors.Is(err, ledger.ErrClosed) && !closed[p.Period] {
					t.Fatalf("refund refused as closed, but %s is open: %v", p.Period, err)
				}
				if err == nil && !lastDup && closed[p.Period] {
					t.Fatalf("refund booked into closed %s", p.Period)
				}
			},
			"clear held": func(t *rapid.T) { // an open item refunded in part, the rest income
				items := j.OpenItems()
				if len(items) == 0 {
					t.Skip("nothing held")
				}
				it := rapid.SampledFrom(items).Draw(t, "item")
				held := it.Amount.Fen()
				p, err := ledger.ClearHeld("CH-"+it.PostingID, it, day(t, "date"), money.Fen(rapid.Int64Range(0, held).Draw(t, "refund fen")), "pa")
				if err != nil {
					if errors.Is(err, ledger.ErrBadClearing) {
						t.Skip("a clearing dated before its receipt is refused")
					}
					t.Fatalf("ClearHeld: %v", err)
				}
				if err := try(t, p); err == nil && !lastDup && j.IsOpen(it.PostingID) {
					t.Fatalf("%s cleared but still open", it.PostingID)
				}
			},
			"correct": func(t *rapid.T) { // the tax bureau corrects a record
				pool[rapid.IntRange(0, len(pool)-1).Draw(t, "which")].off = false
			},
			"reconcile": func(t *rapid.T) {
				var open []calendar.Month
				for _, m := range months {
					if mm := testdates.Month(t, m); !closed[mm] {
						open = append(open, mm)
					}
				}
				if len(open) == 0 {
					t.Skip("every period closed")
				}
				om := rapid.SampledFrom(open).Draw(t, "on")
				on, _ := calendar.DateOf(om.Year(), om.Month(), 25)
				var rs []ledger.Receipt
				var cs []ledger.Collection
				due := map[ledger.Key]money.Amount{}
				for i, x := range pool {
					if !rapid.Bool().Draw(t, "include") {
						continue
					}
					rs = append(rs, x.r)
					amt := x.r.Amount
					if x.off {
						amt = plus(amt, money.Fen(7))
					}
					cs = append(cs, ledger.Collection{ID: fmt.Sprintf("C%d", i), Platform: x.r.Platform, Period: x.r.Period, Amount: amt})
					k := ledger.Key{Platform: x.r.Platform, Period: x.r.Period}
					due[k] = plus(due[k], x.r.Amount)
				}
				var bills []ledger.Due
				for k, v := range due {
					bills = append(bills, ledger.Due{Platform: k.Platform, Period: k.Period, Amount: v})
				}
				r, err := j.Reconcile(rs, cs, bills, on)
				if errors.Is(err, ledger.ErrClosedYear) {
					if rule != ledger.RefuseClosedYear {
						t.Fatalf("ErrClosedYear under %s: %v", rule, err)
					}
					t.Skip("money of a closed year, refused until reopened")
				}
				if err != nil {
					early := false
					inCall := map[string]bool{}
					for _, x := range rs {
						early = early || on.Before(x.EntryDate)
						inCall[x.ID] = true
					}
					for _, h := range j.Postings() { // the receipts held, whatever their booking number
						if h.Origin.Kind != ledger.TreasuryReceipt || !inCall[h.Origin.Ref] {
							continue
						}
						if since, open := j.OpenSince(h.ID); open && on.Before(since) {
							early = true // reopened by a reversal after the reconciliation's date
						}
						if j.IsOpen(h.ID) && h.Period.After(calendar.MonthOfDate(on)) {
							early = true // booked late, in a period after the reconciliation's (its own reopened since)
						}
					}
					if early && errors.Is(err, ledger.ErrBadRecord) {
						t.Skip("a clearing dated before its receipt, before the reversal that reopened it, or in a period before the receipt's, is refused")
					}
					t.Fatalf("reconcile: %v", err)
				}
				for _, p := range r.Postings {
					// booked by the entry date: in the first open period
					// from the entry month (when that is closed, never after
					// the reconciliation's)
					// (for a clearing, not before the receipt's own period)
					entry := p.Date
					start := calendar.MonthOfDate(entry)
					if p.Clears != "" {
						entry = p.EntryDate
						h, _ := j.Posting(p.Clears)
						if h.Date != entry || p.Date != on {
							t.Fatalf("clearing %s dated %s with entry date %s, of %s received %s, on %s", p.ID, p.Date, entry, p.Clears, h.Date, on)
						}
						if start = calendar.MonthOfDate(entry); h.Period.After(start) {
							start = h.Period
						}
					}
					want := start
					for closed[want] {
						want, _ = want.AddMonths(1)
					}
					if p.Period != want || (want != calendar.MonthOfDate(entry) && p.Period.After(calendar.MonthOfDate(on))) {
						t.Fatalf("%s entered %s booked in %s, want %s (closed %v)", p.ID, entry, p.Period, want, closed)
					}
					if rule == ledger.RefuseClosedYear && p.Period.Year() > start.Year() {
						t.Fatalf("%s entered %s booked in %s under %s", p.ID, entry, p.Period, rule)
					}
					if err := try(t, p); err != nil && !errors.Is(err, ledger.ErrClosed) {
						t.Fatalf("posting %s of the reconciliation: %v", p.ID, err)
					}
				}
				for _, x := range rs {
					reconciled[x.ID] = true
				}
				var held money.Amount
				for _, it := range r.OpenItems {
					held = plus(held, it.Amount)
				}
				if held != j.Total(ledger.Suspense) && len(j.OpenItems()) == len(r.OpenItems) {
					t.Fatalf("the reconciliation's open items add to %s, the suspense subject holds %s", held, j.Total(ledger.Suspense))
				}
			},
			"": func(t *rapid.T) {
				ps := j.Postings()
				if len(ps) != accepted || j.Len() != accepted {
					t.Fatalf("journal has %d postings, %d accepted", len(ps), accepted)
				}
				cells := map[string]money.Amount{}
				totals := map[ledger.Subject]money.Amount{}
				byID := map[string]ledger.Posting{}
				for _, p := range ps {
					byID[p.ID] = p
					for _, l := range p.Lines {
						k := string(l.Subject) + "|" + p.Period.String()
						cells[k] = minus(plus(cells[k], l.Debit), l.Credit)
						totals[l.Subject] = minus(plus(totals[l.Subject], l.Debit), l.Credit)
					}
				}
				natural := func(s ledger.Subject, v money.Amount) money.Amount {
					if tp := ledger.TypeOf(s); tp != ledger.Asset && tp != ledger.Expense {
						return minus(money.Amount{}, v)
					}
					return v
				}
				for _, s := range subjects {
					if got, want := j.Total(s), natural(s, totals[s]); got != want {
						t.Fatalf("%s: total %s, sum of postings %s", s, got, want)
					}
					if ledger.NonNegative(s) && j.Total(s).Sign() < 0 {
						t.Fatalf("%s is negative: %s", s, j.Total(s))
					}
					for _, ms := range months {
						if got, want := j.Balance(s, testdates.Month(t, ms)), natural(s, cells[string(s)+"|"+ms]); got != want {
							t.Fatalf("%s %s: balance %s, sum of postings %s", s, ms, got, want)
						}
					}
				}
				// the special account by date: never below zero on any day
				byDate := append([]ledger.Posting(nil), ps...)
				sort.SliceStable(byDate, func(a, b int) bool { return byDate[a].Date.Before(byDate[b].Date) })
				var run money.Amount
				for i, p := range byDate {
					for _, l := range p.Lines {
						if l.Subject == ledger.SpecialAccount {
							run = minus(plus(run, l.Debit), l.Credit)
						}
					}
					if (i+1 == len(byDate) || byDate[i+1].Date != p.Date) && run.Sign() < 0 {
						t.Fatalf("special account at %s on %s", run, p.Date)
					}
				}
				for _, p := range ps {
					if p.Reverses == "" {
						continue
					}
					o := byID[p.Reverses]
					if o.Counterparty != p.Counterparty || o.Period != p.Period || o.FeePeriod != p.FeePeriod || len(o.Lines) != len(p.Lines) {
						t.Fatalf("accepted false reversal %s of %s", p.ID, o.ID)
					}
					var od, pc money.Amount
					for i := range o.Lines {
						od, pc = plus(od, o.Lines[i].Debit), plus(pc, p.Lines[i].Credit)
					}
					if od != pc {
						t.Fatalf("accepted false reversal %s of %s: %s against %s", p.ID, o.ID, pc, od)
					}
				}
				// every receipt is booked by at most one posting not
				// reversed, found by its Origin; one reconciled (and not
				// reversed since) by exactly one, for its amount
				reversedIDs := map[string]bool{}
				for _, p := range ps {
					if p.Reverses != "" {
						reversedIDs[p.Reverses] = true
					}
				}
				live := map[string][]ledger.Posting{}
				for _, p := range ps {
					if p.Origin.Kind == ledger.TreasuryReceipt && !reversedIDs[p.ID] {
						live[p.Origin.Ref] = append(live[p.Origin.Ref], p)
					}
					if !p.Origin.IsZero() && p.Origin.PostingID() != p.ID {
						t.Fatalf("posting %s has origin %+v", p.ID, p.Origin)
					}
				}
				for ref, l := range live {
					if len(l) > 1 {
						t.Fatalf("receipt %s booked %d times", ref, len(l))
					}
				}
				for _, x := range pool {
					if !reconciled[x.r.ID] {
						continue
					}
					l := live[x.r.ID]
					if len(l) != 1 {
						t.Fatalf("receipt %s reconciled in an open period is on the books %d times", x.r.ID, len(l))
					}
					if p := l[0]; p.Lines[0].Subject != ledger.SpecialAccount || p.Lines[0].Debit != x.r.Amount {
						t.Fatalf("receipt %s of %s: %v", x.r.ID, x.r.Amount, p.Lines)
					}
				}
				var held money.Amount
				for _, it := range j.OpenItems() {
					held = plus(held, it.Amount)
				}
				if held != j.Total(ledger.Suspense) {
					t.Fatalf("open items add to %s, the suspense subject holds %s", held, j.Total(ledger.Suspense))
				}
				// the cash-basis summary: a year's levy income is what the
				// postings credit to it, net, in the year of the day the
				// money entered the treasury (EntryDate, else Date), its
				// expenditure in the year of Date (a reversal's: its
				// original's); either in the year of the period instead
				// when that is later (a closed year is not rewritten). Over both years, every yuan of levy income is
				// counted once; the suspense held at the end of the last
				// year is the suspense subject.
				yearOf := func(d calendar.Date, m calendar.Month) int { return max(d.Year(), m.Year()) }
				var all money.Amount
				for _, year := range []int{2026, 2027} {
					var levy, spent money.Amount
					for _, p := range ps {
						dated := p.Date
						if p.Reverses != "" {
							dated = byID[p.Reverses].Date
						}
						entry := dated
						if !p.EntryDate.IsZero() {
							entry = p.EntryDate
						}
						for _, l := range p.Lines {
							switch {
							case l.Subject == ledger.LevyIncome && yearOf(entry, p.Period) == year:
								levy = minus(plus(levy, l.Credit), l.Debit)
							case ledger.TypeOf(l.Subject) == ledger.Expense && yearOf(dated, p.Period) == year:
								spent = minus(plus(spent, l.Debit), l.Credit)
							}
						}
					}
					sum, err := j.Summarize(year, ledger.Participants{})
					if err != nil || sum.LevyIncome != levy || sum.Spent != spent {
						t.Fatalf("summary of %d %s/%s, postings %s/%s: %v", year, sum.LevyIncome, sum.Spent, levy, spent, err)
					}
					var prior money.Amount
					for _, l := range sum.PriorYear {
						if l.Subject == ledger.LevyIncome {
							prior = plus(prior, l.Amount)
						}
						if l.EntryDate.Year() >= year || l.Period.Year() != year {
							t.Fatalf("summary of %d lists %+v as an earlier year's", year, l)
						}
					}
					if prior != sum.PriorYearLevy {
						t.Fatalf("summary of %d: earlier years' lines %s, total %s", year, prior, sum.PriorYearLevy)
					}
					all = plus(all, sum.LevyIncome)
					if year == 2027 && (sum.Held != j.Total(ledger.Suspense) || sum.HeldCount != len(j.OpenItems())) {
						t.Fatalf("held at the end of 2027 %s (%d), suspense %s (%d open)", sum.Held, sum.HeldCount, j.Total(ledger.Suspense), len(j.OpenItems()))
					}
					if sum.Held.Sign() < 0 || sum.HeldCount < 0 {
						t.Fatalf("held at the end of %d: %s (%d)", year, sum.Held, sum.HeldCount)
					}
				}
				if all != j.Total(ledger.LevyIncome) {
					t.Fatalf("levy income of 2026 and 2027 %s, on the books %s", all, j.Total(ledger.LevyIncome))
				}
				if frozen != "" {
					if now := cashView(t); now != frozen {
						t.Fatalf("the closed year 2026 was rewritten:\n%s\n%s", frozen, now)
					}
				}
			},
		})
	})
}

func TestReconcileToBooks(t *testing.T) {
	receipts := []ledger.Receipt{{ID: "T1", Platform: "p", Period: testdates.Month(t, "2026-03"), Amount: money.MustParse("9.26"), EntryDate: testdates.Day(t, "2026-04-20")}}
	collections := []ledger.Collection{{ID: "C1", Platform: "p", Period: testdates.Month(t, "2026-03"), Amount: money.MustParse("9.26")}}
	bills := []ledger.Due{{Platform: "p", Period: testdates.Month(t, "2026-03"), Amount: money.MustParse("9.26")}}
	r, err := ledger.Reconcile(receipts, collections, bills)
	require.NoError(t, err)
	require.Len(t, r.Postings, 1)
	var j ledger.Journal
	for i := 0; i < 2; i++ { // booking the same reconciliation twice changes nothing
		_, err := j.Post(r.Postings[0])
		require.NoError(t, err)
	}
	assert.Equal(t, "9.26", j.Balance(ledger.LevyIncome, testdates.Month(t, "2026-04")).String()) // booked when it entered the treasury
	assert.Equal(t, testdates.Month(t, "2026-03"), r.Postings[0].FeePeriod)
	assert.Equal(t, 1, j.Len())
	_, err = ledger.Reconcile([]ledger.Receipt{{ID: "T1", Platform: "p", Period: testdates.Month(t, "2026-03"), Amount: money.MustParse("1000000000000.01"), EntryDate: testdates.Day(t, "2026-04-20")}}, nil, nil)
	assert.ErrorIs(t, err, ledger.ErrBadRecord)
}

// The summary is on a cash basis: by the date the money moved, whatever the
// period; counts are postings net of reversals.
func TestSummaryCashBasis(t *testing.T) {
	var j ledger.Journal
	post := func(id, date, per, fee string, amt string, d, c ledger.Subject) {
		p := ledger.Posting{ID: id, Date: testdates.Day(t, date), Period: testdates.Month(t, per), Counterparty: ledger.Counterparty{Kind: ledger.PayeeParty, ID: "y"}, Source: "t",
			Lines: []ledger.Line{{Subject: d, Debit: money.MustParse(amt)}, {Subject: c, Credit: money.MustParse(amt)}}}
		if fee != "" {
			p.FeePeriod = testdates.Month(t, fee)
		}
		_, err := j.Post(p)
		require.NoError(t, err)
	}
	post("f", "2025-12-20", "2025-12", "2025-11", "999.00", ledger.SpecialAccount, ledger.LevyIncome) // another year
	post("a", "2026-01-20", "2026-01", "2025-12", "1000.00", ledger.SpecialAccount, ledger.LevyIncome)
	post("b", "2026-04-20", "2026-04", "2026-03", "500.00", ledger.SpecialAccount, ledger.LevyIncome)
	post("c", "2026-05-10", "2026-05", "2025-12", "20.00", ledger.LevyIncome, ledger.SpecialAccount) // a refund for last year's fee period
	post("d", "2026-04-03", "2026-04", "", "300.00", ledger.BenefitSubject(benefits.DisabilityAllowance), ledger.InsurerPayable)
	post("d2", "2026-04-08", "2026-04", "", "200.00", ledger.BenefitSubject(benefits.DisabilityAllowance), ledger.InsurerPayable)
	post("e", "2026-06-21", "2026-06", "", "3.50", ledger.SpecialAccount, ledger.InterestIncome)
	post("g", "2026-12-30", "2026-12", "2026-12", "7.00", ledger.SpecialAccount, ledger.Suspense)    // received, records disagree
	post("h", "2027-01-20", "2027-01", "2026-12", "80.00", ledger.SpecialAccount, ledger.LevyIncome) // next year's money
	require.NoError(t, j.Reverse("d2", "d2-rev", testdates.Day(t, "2026-04-30"), "entered twice"))
	s, err := j.Summarize(2026, ledger.Participants{Platforms: 3, Workers: 1000, Injuries: 2})
	require.NoError(t, err)
	assert.Equal(t, ledger.CashBasis, s.Basis)
	assert.Equal(t, "1480.00", s.LevyIncome.String())
	assert.Equal(t, 2, s.LevyCount)
	assert.Equal(t, "20.00", s.Refunds.String())
	assert.Equal(t, 1, s.RefundCount)
	assert.Equal(t, "3.50", s.Interest.String())
	assert.Equal(t, 1, s.InterestCount)
	assert.Equal(t, "300.00", s.Spent.String())
	require.Len(t, s.Expenditure, 1)
	assert.Equal(t, 1, s.Expenditure[0].Count) // two payments, one reversed
	assert.Equal(t, "1183.50", s.Balance.String())
	assert.Equal(t, "7.00", s.Held.String())
	assert.Equal(t, 1, s.HeldCount)
	// the accrual view: by fee period of 2026, whenever the money moved
	require.Len(t, s.ByFeePeriod, 2)
	assert.Equal(t, "2026-03 500.00", s.ByFeePeriod[0].Period.String()+" "+s.ByFeePeriod[0].Amount.String())
	assert.Equal(t, "2026-12 80.00", s.ByFeePeriod[1].Period.String()+" "+s.ByFeePeriod[1].Amount.String())
	var sb strings.Builder
	require.NoError(t, s.WriteTable(&sb))
	assert.Contains(t, sb.String(), "第七十七条")
	assert.Contains(t, sb.String(), "1183.50")
	last, err := j.Summarize(2025, ledger.Participants{})
	require.NoError(t, err)
	assert.Equal(t, "999.00", last.LevyIncome.String())
	assert.Equal(t, "0.00", last.Held.String())
}

func FuzzParseSnapshot(f *testing.F) {
	f.Add([]byte(`{"postings":[{"id":"D1","date":"2026-04-21","period":"2026-03","counterparty":{"kind":"platform","id":"p"},"source":"t","lines":[{"subject":"ozb.asset.special_account","debit":"10.00"},{"subject":"ozb.income.levy","credit":"10.00"}]}],"closed":["2026-03"]}`))
	f.Add([]byte(`{"postings":[],"closed":[]}`))
	f.Add([]byte(`{"postings":[{"id":"T1","date":"2026-04-21","period":"2026-04","fee_period":"2026-03","counterparty":{"kind":"platform","id":"p"},"source":"t","lines":[{"subject":"ozb.asset.special_account","debit":"10.00"},{"subject":"ozb.liability.suspense","credit":"10.00"}]},{"id":"C1","date":"2026-04-28","period":"2026-04","counterparty":{"kind":"platform","id":"p"},"source":"t","clears":"T1","lines":[{"subject":"ozb.liability.suspense","debit":"10.00"},{"subject":"ozb.income.levy","credit":"10.00"}]},{"id":"R1","date":"2026-04-29","period":"2026-04","counterparty":{"kind":"platform","id":"p"},"source":"t","reverses":"C1","lines":[{"subject":"ozb.income.levy","debit":"10.00"},{"subject":"ozb.liability.suspense","credit":"10.00"}]}],"closed":["2026-03"]}`))
	// issue 18: postings that book a receipt (origin), a second booking, a
	// host posting squatting a derived ID, an origin whose ID is another's,
	// and IDs with invisible characters
	f.Add([]byte(`{"postings":[{"id":"treasury-receipt:T1","origin":{"kind":"treasury-receipt","ref":"T1","seq":1},"date":"2026-04-21","period":"2026-04","fee_period":"2026-03","counterparty":{"kind":"platform","id":"p"},"source":"t","lines":[{"subject":"ozb.asset.special_account","debit":"10.00"},{"subject":"ozb.liability.suspense","credit":"10.00"}]},{"id":"V","date":"2026-04-22","period":"2026-04","fee_period":"2026-03","counterparty":{"kind":"platform","id":"p"},"source":"t","reverses":"treasury-receipt:T1","lines":[{"subject":"ozb.liability.suspense","debit":"10.00"},{"subject":"ozb.asset.special_account","credit":"10.00"}]},{"id":"treasury-receipt#2:T1","origin":{"kind":"treasury-receipt","ref":"T1","seq":2},"date":"2026-04-21","period":"2026-04","fee_period":"2026-03","counterparty":{"kind":"platform","id":"p"},"source":"t","lines":[{"subject":"ozb.asset.special_account","debit":"10.00"},{"subject":"ozb.liability.suspense","credit":"10.00"}]}],"closed":[]}`))
	f.Add([]byte(`{"postings":[{"id":"treasury-receipt:T1#2","date":"2026-04-21","period":"2026-04","counterparty":{"kind":"platform","id":"p"},"source":"t","lines":[{"subject":"ozb.asset.special_account","debit":"10.00"},{"subject":"ozb.income.levy","credit":"10.00"}]}],"closed":[]}`))
	f.Add([]byte(`{"postings":[{"id":"treasury-receipt:T1#2","origin":{"kind":"treasury-receipt","ref":"T1","seq":2},"date":"2026-04-21","period":"2026-04","counterparty":{"kind":"platform","id":"p"},"source":"t","lines":[{"subject":"ozb.asset.special_account","debit":"10.00"},{"subject":"ozb.income.levy","credit":"10.00"}]}],"closed":[]}`))
	f.Add([]byte(`{"postings":[{"id":"D1​","date":"2026-04-21","period":"2026-04","counterparty":{"kind":"platform","id":"pㅤ"},"source":"t","lines":[{"subject":"ozb.asset.special_account","debit":"92233720368547758.07"},{"subject":"ozb.income.levy","credit":"92233720368547758.07"}]}],"closed":[]}`))
	// issue 19: a clearing with the receipt's entry date, across a year end
	// and booked back in the entry month; one whose entry date is not the
	// receipt's; an entry date on a posting that clears nothing
	f.Add([]byte(`{"postings":[{"id":"T1","date":"2026-12-30","period":"2026-12","fee_period":"2026-11","counterparty":{"kind":"platform","id":"p"},"source":"t","lines":[{"subject":"ozb.asset.special_account","debit":"10.00"},{"subject":"ozb.liability.suspense","credit":"10.00"}]},{"id":"C1","date":"2027-01-10","entry_date":"2026-12-30","period":"2026-12","counterparty":{"kind":"platform","id":"p"},"source":"t","clears":"T1","lines":[{"subject":"ozb.liability.suspense","debit":"10.00"},{"subject":"ozb.income.levy","credit":"10.00"}]},{"id":"R1","date":"2027-01-11","entry_date":"2026-12-30","period":"2026-12","counterparty":{"kind":"platform","id":"p"},"source":"t","reverses":"C1","lines":[{"subject":"ozb.income.levy","debit":"10.00"},{"subject":"ozb.liability.suspense","credit":"10.00"}]}],"closed":["2026-12"]}`))
	f.Add([]byte(`{"postings":[{"id":"T1","date":"2026-12-30","period":"2027-01","counterparty":{"kind":"platform","id":"p"},"source":"t","lines":[{"subject":"ozb.asset.special_account","debit":"10.00"},{"subject":"ozb.liability.suspense","credit":"10.00"}]},{"id":"C1","date":"2027-01-10","entry_date":"2026-12-29","period":"2026-12","counterparty":{"kind":"platform","id":"p"},"source":"t","clears":"T1","lines":[{"subject":"ozb.liability.suspense","debit":"10.00"},{"subject":"ozb.income.levy","credit":"10.00"}]}],"closed":[]}`))
	f.Add([]byte(`{"postings":[{"id":"D1","date":"2026-04-21","entry_date":"2026-04-20","period":"2026-04","counterparty":{"kind":"platform","id":"p"},"source":"t","lines":[{"subject":"ozb.asset.special_account","debit":"10.00"},{"subject":"ozb.income.levy","credit":"10.00"}]}],"closed":[]}`))
	// issue 20: a journal written before it (sentences in "source"), the
	// same books as this version writes them (the basis as data), and a
	// basis on a posting of another shape
	if old, err := os.ReadFile("testdata/journal-before-issue20.json"); err == nil {
		f.Add(old)
	}
	if j, err := basisScenario(); err == nil {
		b, _ := json.Marshal(j.Snapshot())
		f.Add(b)
	}
	f.Add([]byte(`{"postings":[{"id":"D1","date":"2026-04-21","period":"2026-04","fee_period":"2026-03","counterparty":{"kind":"platform","id":"p"},"basis":{"rule":"held_split","to":"a"},"lines":[{"subject":"ozb.asset.special_account","debit":"10.00"},{"subject":"ozb.income.levy","credit":"10.00"}]}],"closed":[]}`))
	for _, s := range jsontest.Seeds() {
		f.Add(s)
	}
	f.Add([]byte(`{"postings":[{"id":"D1","date":"2026-04-21","period":"2026-03","counterparty":{"kind":"platform","id":"p"},"source":"t","lines":[{"subject":"ozb.asset.special_account","debit":"1e999999999"},{"subject":"ozb.income.levy","credit":"10.005"}]}],"closed":[null]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		j, err := ledger.ParseSnapshot(data)
		if err != nil {
			jsontest.Check(t, err)
			return
		}
		// every year's summary adds up, or says it cannot (ErrOverflow)
		years := map[int]bool{}
		for _, p := range j.Postings() {
			// what loads explains itself in both languages, every value
			// of its messages there (issue 20)
			if en, zh := p.Explain(explain.English), p.Explain(explain.Chinese); strings.Contains(en+zh, "⟦") {
				t.Fatalf("%s: %q / %q", p.ID, en, zh)
			}
			years[p.Date.Year()], years[p.Period.Year()] = true, true
			if !p.EntryDate.IsZero() {
				years[p.EntryDate.Year()] = true
			}
		}
		for y := range years {
			if _, err := j.Summarize(y, ledger.Participants{}); err != nil && !errors.Is(err, ledger.ErrOverflow) {
				t.Fatalf("summary of %d: %v", y, err)
			}
		}
		// whatever loads balances: debits = credits over every subject
		var sum money.Amount
		for _, b := range j.Balances() {
			v := b.Balance
			if tp := ledger.TypeOf(b.Subject); tp == ledger.Liability || tp == ledger.Income || tp == ledger.NetAssets {
				v = minus(money.Amount{}, v)
			}
			sum = plus(sum, v)
		}
		if !sum.IsZero() {
			t.Fatalf("loaded books do not balance: %s", sum)
		}
		// every posting that says it books a document has that document's ID
		for _, p := range j.Postings() {
			if !p.Origin.IsZero() && p.Origin.PostingID() != p.ID {
				t.Fatalf("posting %q loaded with origin %+v", p.ID, p.Origin)
			}
		}
	})
}

// The case: 184,467 debit lines of 10¹² 元 and one of
// 440,737,095,517.16 元 add up to 2⁶⁴ fen + 1.00 元, which wrapped to 1.00
// against one credit of 1.00 元. Checked sums refuse it.
func TestOverflowRefused(t *testing.T) {
	big := money.MustParse("1000000000000")
	lines := make([]ledger.Line, 0, 184_469)
	for i := 0; i < 184_467; i++ {
		lines = append(lines, ledger.Line{Subject: ledger.Medical, Debit: big})
	}
	lines = append(lines, ledger.Line{Subject: ledger.Medical, Debit: money.MustParse("440737095517.16")},
		ledger.Line{Subject: ledger.SpecialAccount, Credit: money.MustParse("1.00")})
	p := ledger.Posting{ID: "wrap", Date: testdates.Day(t, "2026-04-01"), Period: testdates.Month(t, "2026-04"), Counterparty: ledger.Counterparty{Kind: ledger.PayeeParty, ID: "y"}, Source: "t", Lines: lines}
	assert.ErrorIs(t, p.Validate(), ledger.ErrOverflow)
	var j ledger.Journal
	_, err := j.Post(p)
	assert.ErrorIs(t, err, ledger.ErrOverflow)
	assert.Equal(t, 0, j.Len())

	// A balance that would overflow: 92,234 postings of 10¹² 元 into one
	// subject pass (9.2234×10¹⁶ 元), the next is refused and changes nothing.
	j = ledger.Journal{}
	m := testdates.Month(t, "2026-04")
	var refused error
	for i := 0; refused == nil && i < 100_000; i++ {
		_, refused = j.Post(ledger.Posting{ID: fmt.Sprint("B", i), Date: testdates.Day(t, "2026-04-01"), Period: m, Counterparty: ledger.Counterparty{Kind: ledger.PayeeParty, ID: "y"}, Source: "t",
			Lines: []ledger.Line{{Subject: ledger.SpecialAccount, Debit: big}, {Subject: ledger.FundBalance, Credit: big}}})
	}
	require.ErrorIs(t, refused, ledger.ErrOverflow)
	assert.Equal(t, 92_233, j.Len())
	assert.Equal(t, "92233000000000000.00", j.Balance(ledger.SpecialAccount, m).String())
	assert.True(t, j.Total(ledger.SpecialAccount).Sign() > 0)
	_, err = j.Summarize(2026, ledger.Participants{})
	assert.NoError(t, err)
}

// A false reversal is refused and does not block the true one.
func TestFalseReversalDoesNotBlock(t *testing.T) {
	var j ledger.Journal
	d := testdates.Day(t, "2026-04-21")
	m := testdates.Month(t, "2026-04")
	cp := ledger.Counterparty{Kind: ledger.PlatformParty, ID: "p"}
	_, err := j.Post(ledger.Posting{ID: "D1", Date: d, Period: m, Counterparty: cp, Source: "t",
		Lines: []ledger.Line{{Subject: ledger.SpecialAccount, Debit: money.MustParse("50.00")}, {Subject: ledger.LevyIncome, Credit: money.MustParse("50.00")}}})
	require.NoError(t, err)
	_, err = j.Post(ledger.Posting{ID: "F1", Date: d, Period: m, Counterparty: cp, Source: "t", Reverses: "D1",
		Lines: []ledger.Line{{Subject: ledger.LevyIncome, Debit: money.MustParse("0.01")}, {Subject: ledger.SpecialAccount, Credit: money.MustParse("0.01")}}})
	require.ErrorIs(t, err, ledger.ErrFalseReversal)
	require.NoError(t, j.Reverse("D1", "R1", d, "true reversal"))
	assert.True(t, j.Total(ledger.LevyIncome).IsZero())
	assert.ErrorIs(t, j.Reverse("R1", "R2", d, "reversing a reversal"), ledger.ErrFalseReversal)
	assert.ErrorIs(t, j.Reverse("D1", "R3", d, "again"), ledger.ErrReversed)
}

func TestReconcileRefusesRepeats(t *testing.T) {
	m := testdates.Month(t, "2026-03")
	d := testdates.Day(t, "2026-04-20")
	r := ledger.Receipt{ID: "T1", Platform: "p", Period: m, Amount: money.MustParse("9.26"), EntryDate: d}
	c := ledger.Collection{ID: "C1", Platform: "p", Period: m, Amount: money.MustParse("9.26")}
	_, err := ledger.Reconcile([]ledger.Receipt{r, r}, []ledger.Collection{c}, nil)
	assert.ErrorIs(t, err, ledger.ErrDuplicateRecord)
	assert.ErrorIs(t, err, ledger.ErrBadRecord)
	_, err = ledger.Reconcile([]ledger.Receipt{r}, []ledger.Collection{c, c}, nil)
	assert.ErrorIs(t, err, ledger.ErrDuplicateRecord)
	// a receipt already on the books, reported again with another amount
	var j ledger.Journal
	res, err := j.Reconcile([]ledger.Receipt{r}, []ledger.Collection{c}, nil, d)
	require.NoError(t, err)
	for _, p := range res.Postings {
		_, err := j.Post(p)
		require.NoError(t, err)
	}
	r2 := r
	r2.Amount = money.MustParse("9.27")
	_, err = j.Reconcile([]ledger.Receipt{r2}, []ledger.Collection{c}, nil, d)
	assert.ErrorIs(t, err, ledger.ErrDuplicateRecord)
	// the same receipt again is not booked twice
	res, err = j.Reconcile([]ledger.Receipt{r}, []ledger.Collection{c}, nil, d)
	require.NoError(t, err)
	assert.Empty(t, res.Postings)
	assert.Len(t, res.OpenItems, 1, "no order summary: still held")
}

func TestInsurerBan(t *testing.T) {
	end := ledger.AgreementEnd{Insurer: "x", Ended: testdates.Day(t, "2026-05-10"), Reason: ledger.Fraud}
	last, bans, err := end.BanEnds()
	require.NoError(t, err)
	assert.True(t, bans)
	assert.Equal(t, "2029-05-10", last.String())
	assert.ErrorIs(t, ledger.CheckInsurer("x", testdates.Day(t, "2026-05-10"), []ledger.AgreementEnd{end}), ledger.ErrInsurerBanned, "not chosen again on the day it was ended")
	assert.NoError(t, ledger.CheckInsurer("x", testdates.Day(t, "2026-05-09"), []ledger.AgreementEnd{end}))
	assert.NoError(t, ledger.CheckInsurer("x", testdates.Day(t, "2029-05-11"), []ledger.AgreementEnd{end}))
	// a payment on the end day is still under the agreement
	assert.NoError(t, ledger.CheckPayments([]ledger.Payment{{ID: "P", Insurer: "x", Date: testdates.Day(t, "2026-05-10")}}, []ledger.AgreementEnd{end}))
	assert.ErrorIs(t, ledger.CheckInsurer("x", testdates.Day(t, "2026-05-11"), []ledger.AgreementEnd{end}), ledger.ErrInsurerBanned)
	assert.NoError(t, ledger.CheckInsurer("y", testdates.Day(t, "2027-01-01"), []ledger.AgreementEnd{end}))
	_, _, err = ledger.AgreementEnd{Insurer: "x", Ended: testdates.Day(t, "2026-05-10"), Reason: "bad"}.BanEnds()
	assert.ErrorIs(t, err, ledger.ErrBadAgreementEnd)
	assert.ErrorIs(t, ledger.CheckInsurer("x", testdates.Day(t, "2026-05-11"), []ledger.AgreementEnd{{}}), ledger.ErrBadAgreementEnd)
}

// Every amount the package writes to JSON is a string with two decimals.
func TestJSONAmountsFixed2(t *testing.T) {
	var j ledger.Journal
	m := testdates.Month(t, "2026-03")
	r, err := j.Reconcile([]ledger.Receipt{{ID: "T1", Platform: "p", Period: m, Amount: money.MustParse("248.3"), EntryDate: testdates.Day(t, "2026-04-21")}},
		[]ledger.Collection{{ID: "C1", Platform: "p", Period: m, Amount: money.MustParse("248")}}, nil, testdates.Day(t, "2026-04-22"))
	require.NoError(t, err)
	for _, p := range r.Postings {
		_, err := j.Post(p)
		require.NoError(t, err)
	}
	s, err := j.Summarize(2026, ledger.Participants{})
	require.NoError(t, err)
	for name, v := range map[string]any{"reconciliation": r, "snapshot": j.Snapshot(), "balances": j.Balances(), "summary": s} {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		var walk func(key string, x any)
		walk = func(key string, x any) {
			switch x := x.(type) {
			case map[string]any:
				for k, v := range x {
					walk(k, v)
				}
			case []any:
				for _, v := range x {
					walk(key, v)
				}
			case float64:
				if !strings.HasSuffix(key, "count") && key != "year" && key != "seq" && key != "platforms" && key != "workers" && key != "injuries" {
					t.Errorf("%s: %s is the number %v", name, key, x)
				}
			case string:
				if key == "amount" || key == "debit" || key == "credit" || key == "balance" || key == "received" || key == "collected" || key == "due" ||
					key == "levy_income" || key == "held_in_suspense" || key == "spent" || key == "income" || key == "prior_year_levy" || key == "refunds" {
					assert.Regexp(t, `^-?\d+\.\d\d$`, x, "%s: %s", name, key)
				}
			}
		}
		var v any
		require.NoError(t, json.Unmarshal(b, &v))
		walk("", v)
	}
	b, _ := json.Marshal(r.Matches[0])
	assert.Contains(t, string(b), `"received":"248.30"`)
	assert.Contains(t, string(b), `"due":"0.00"`)
	// the snapshot still loads
	b, err = json.Marshal(j.Snapshot())
	require.NoError(t, err)
	k, err := ledger.ParseSnapshot(b)
	require.NoError(t, err)
	assert.Equal(t, j.Balances(), k.Balances())
	assert.Equal(t, j.OpenItems(), k.OpenItems())
}

func TestFenText(t *testing.T) {
	for _, f := range []int64{0, 1, 9, 10, 99, 100, 24830, -1, -24830, 9_223_372_036_854_775_807, -9_223_372_036_854_775_808} {
		if f < 0 || f > 100_000_000_000_000 {
			continue // not an amount a record may carry
		}
		r, _ := ledger.Reconcile(nil, []ledger.Collection{{ID: "C", Platform: "p", Period: testdates.Month(t, "2026-03"), Amount: money.Fen(f)}}, nil)
		assert.Contains(t, r.Matches[0].Reason, money.Fen(f).String()+" 元")
	}
}

// A nil *Journal: changing methods are ErrNilJournal, reading ones see an
// empty book; nothing panics.
func TestNilJournal(t *testing.T) {
	var j *ledger.Journal
	_, err := j.Post(ledger.Posting{})
	assert.ErrorIs(t, err, ledger.ErrNilJournal)
	assert.ErrorIs(t, j.Reverse("a", "b", testdates.Day(t, "2026-04-01"), "x"), ledger.ErrNilJournal)
	_, err = j.Reconcile(nil, nil, nil, calendar.Date{})
	assert.ErrorIs(t, err, ledger.ErrNilJournal)
	_, err = j.Summarize(2026, ledger.Participants{})
	assert.ErrorIs(t, err, ledger.ErrNilJournal)
	j.Close(testdates.Month(t, "2026-04"))
	assert.False(t, j.Closed(testdates.Month(t, "2026-04")))
	assert.True(t, j.Balance(ledger.SpecialAccount, testdates.Month(t, "2026-04")).IsZero())
	assert.True(t, j.Total(ledger.LevyIncome).IsZero())
	assert.Empty(t, j.Postings())
	assert.Empty(t, j.Balances())
	assert.Empty(t, j.OpenItems())
	assert.False(t, j.IsOpen("x"))
	assert.Equal(t, 0, j.Len())
	_, ok := j.Posting("x")
	assert.False(t, ok)
	assert.Empty(t, j.Snapshot().Postings)
}

// Open items survive a snapshot: a receipt held, cleared, the clearing
// reversed, is open again after Load.
func TestSnapshotKeepsOpenItems(t *testing.T) {
	j, err := ledger.ParseSnapshot([]byte(`{"postings":[{"id":"T1","date":"2026-04-21","period":"2026-04","fee_period":"2026-03","counterparty":{"kind":"platform","id":"p"},"source":"t","lines":[{"subject":"ozb.asset.special_account","debit":"10.00"},{"subject":"ozb.liability.suspense","credit":"10.00"}]},{"id":"C1","date":"2026-04-28","period":"2026-04","counterparty":{"kind":"platform","id":"p"},"source":"t","clears":"T1","lines":[{"subject":"ozb.liability.suspense","debit":"10.00"},{"subject":"ozb.income.levy","credit":"10.00"}]},{"id":"R1","date":"2026-04-29","period":"2026-04","counterparty":{"kind":"platform","id":"p"},"source":"t","reverses":"C1","lines":[{"subject":"ozb.income.levy","debit":"10.00"},{"subject":"ozb.liability.suspense","credit":"10.00"}]}],"closed":["2026-03"]}`))
	require.NoError(t, err)
	assert.True(t, j.IsOpen("T1"))
	require.Len(t, j.OpenItems(), 1)
	assert.Equal(t, "10.00", j.Total(ledger.Suspense).String())
	// cleared again under a new document
	_, err = j.Post(ledger.Posting{ID: "C2", Date: testdates.Day(t, "2026-04-30"), Period: testdates.Month(t, "2026-04"), Counterparty: ledger.Counterparty{Kind: ledger.PlatformParty, ID: "p"}, Source: "t", Clears: "T1",
		Lines: []ledger.Line{{Subject: ledger.Suspense, Debit: money.MustParse("10")}, {Subject: ledger.LevyIncome, Credit: money.MustParse("10")}}})
	require.NoError(t, err)
	assert.Empty(t, j.OpenItems())
	// the held receipt cannot be reversed while cleared
	assert.ErrorIs(t, j.Reverse("T1", "RT1", testdates.Day(t, "2026-04-30"), "x"), ledger.ErrBadClearing)
}

// An overpayment held in suspense is refunded in part and the rest becomes
// income: the item is cleared, nothing stays in suspense.
func TestClearHeldPartRefund(t *testing.T) {
	var j ledger.Journal
	m := testdates.Month(t, "2026-03")
	r, err := j.Reconcile([]ledger.Receipt{{ID: "T1", Platform: "p", Period: m, Amount: money.MustParse("250.00"), EntryDate: testdates.Day(t, "2026-04-21")}},
		[]ledger.Collection{{ID: "C1", Platform: "p", Period: m, Amount: money.MustParse("248.33")}}, nil, testdates.Day(t, "2026-04-22"))
	require.NoError(t, err)
	for _, p := range r.Postings {
		_, err := j.Post(p)
		require.NoError(t, err)
	}
	require.Len(t, r.OpenItems, 1)
	_, err = ledger.ClearHeld("X", r.OpenItems[0], testdates.Day(t, "2026-05-10"), money.MustParse("250.01"), "p")
	assert.ErrorIs(t, err, ledger.ErrBadClearing)
	p, err := ledger.ClearHeld("RF1", r.OpenItems[0], testdates.Day(t, "2026-05-10"), money.MustParse("1.67"), "p 基本存款账户")
	require.NoError(t, err)
	_, err = j.Post(p)
	require.NoError(t, err)
	assert.Empty(t, j.OpenItems())
	assert.True(t, j.Total(ledger.Suspense).IsZero())
	assert.Equal(t, "248.33", j.Total(ledger.LevyIncome).String())
	assert.Equal(t, "248.33", j.Total(ledger.SpecialAccount).String())
	assert.Equal(t, testdates.Month(t, "2026-05"), p.Period)
	assert.Equal(t, m, p.FeePeriod)
}

func TestReconcileEdges(t *testing.T) {
	m := testdates.Month(t, "2026-03")
	d := testdates.Day(t, "2026-04-21")
	// a receipt of 0.00 is matched but there is nothing to book
	r, err := ledger.Reconcile([]ledger.Receipt{{ID: "T0", Platform: "p", Period: m, Amount: money.Amount{}, EntryDate: d}}, nil, nil)
	require.NoError(t, err)
	assert.Empty(t, r.Postings)
	// a clearing dated before the receipt it clears is refused
	var j ledger.Journal
	rec := ledger.Receipt{ID: "T1", Platform: "p", Period: m, Amount: money.MustParse("5.00"), EntryDate: d}
	r, err = j.Reconcile([]ledger.Receipt{rec}, nil, nil, d)
	require.NoError(t, err)
	for _, p := range r.Postings {
		_, err := j.Post(p)
		require.NoError(t, err)
	}
	col := []ledger.Collection{{ID: "C1", Platform: "p", Period: m, Amount: money.MustParse("5.00")}}
	bill := []ledger.Due{{Platform: "p", Period: m, Amount: money.MustParse("5.00")}}
	_, err = j.Reconcile([]ledger.Receipt{rec}, col, bill, testdates.Day(t, "2026-04-20"))
	assert.ErrorIs(t, err, ledger.ErrBadRecord)
	_, err = j.Reconcile([]ledger.Receipt{rec}, col, bill, calendar.Date{})
	assert.ErrorIs(t, err, ledger.ErrBadRecord)
	r, err = j.Reconcile([]ledger.Receipt{rec}, col, bill, d)
	require.NoError(t, err)
	require.Len(t, r.Postings, 1)
	assert.Equal(t, "suspense-clear:T1", r.Postings[0].ID)
	// the entry month closed: a new receipt is booked in the month of the reconciliation
	j.Close(testdates.Month(t, "2026-04"))
	r, err = j.Reconcile([]ledger.Receipt{{ID: "T2", Platform: "q", Period: m, Amount: money.MustParse("1.00"), EntryDate: d}}, nil, nil, testdates.Day(t, "2026-05-03"))
	require.NoError(t, err)
	require.Len(t, r.Postings, 1)
	assert.Equal(t, testdates.Month(t, "2026-05"), r.Postings[0].Period)
	_, err = j.Post(r.Postings[0])
	require.NoError(t, err)
}

// Audit F0, F1, F4: the books hand out copies; clearings and reversals are
// not dated before what they settle; a nil posting is an error.
func TestAuditCopiesAndDates(t *testing.T) {
	var j ledger.Journal
	m := testdates.Month(t, "2026-03")
	cp := ledger.Counterparty{Kind: ledger.PlatformParty, ID: "p"}
	fifty := money.MustParse("50.00")
	_, err := j.Post(ledger.Posting{ID: "A", Date: testdates.Day(t, "2026-03-01"), Period: m, Counterparty: cp, Source: "s",
		Lines: []ledger.Line{{Subject: ledger.SpecialAccount, Debit: fifty}, {Subject: ledger.LevyIncome, Credit: fifty}}})
	require.NoError(t, err)
	p, _ := j.Posting("A")
	p.Lines[0].Debit = money.MustParse("0.01")
	ps := j.Postings()
	ps[0].Lines[1].Credit = money.MustParse("0.01")
	again, _ := j.Posting("A")
	assert.True(t, again.Lines[0].Debit == fifty && again.Lines[1].Credit == fifty, "editing a copy edited the books")
	_, err = j.Post(ledger.Posting{ID: "RV", Date: testdates.Day(t, "2026-03-02"), Period: m, Counterparty: cp, Source: "s", Reverses: "A",
		Lines: []ledger.Line{{Subject: ledger.LevyIncome, Debit: money.MustParse("0.01")}, {Subject: ledger.SpecialAccount, Credit: money.MustParse("0.01")}}})
	assert.ErrorIs(t, err, ledger.ErrFalseReversal)
	assert.ErrorIs(t, j.Reverse("A", "AV", testdates.Day(t, "2026-02-28"), "before the original"), ledger.ErrFalseReversal)
	require.NoError(t, j.Reverse("A", "AV", testdates.Day(t, "2026-03-01"), "same day"))
	// a clearing dated before the receipt it clears
	r, err := j.Reconcile([]ledger.Receipt{{ID: "R1", Platform: "p", Period: m, Amount: money.MustParse("100.00"), EntryDate: testdates.Day(t, "2026-02-10")}}, nil, nil, calendar.Date{})
	require.NoError(t, err)
	for _, p := range r.Postings {
		_, err := j.Post(p)
		require.NoError(t, err)
	}
	_, err = ledger.ClearHeld("CH", j.OpenItems()[0], testdates.Day(t, "2025-12-20"), money.Amount{}, "")
	assert.ErrorIs(t, err, ledger.ErrBadClearing)
	_, err = j.Post(ledger.Posting{ID: "CH", Date: testdates.Day(t, "2026-02-09"), Period: testdates.Month(t, "2026-02"), Counterparty: cp, Source: "s", Clears: "treasury-receipt:R1",
		Lines: []ledger.Line{{Subject: ledger.Suspense, Debit: money.MustParse("100.00")}, {Subject: ledger.LevyIncome, Credit: money.MustParse("100.00")}}})
	assert.ErrorIs(t, err, ledger.ErrBadClearing)
	var np *ledger.Posting
	assert.ErrorIs(t, np.Validate(), ledger.ErrBadPosting)
}

// Audit F3: a refund of a held receipt is a refund of the year it is paid.
func TestAuditHeldRefundInSummary(t *testing.T) {
	var j ledger.Journal
	m := testdates.Month(t, "2026-12")
	r, err := j.Reconcile([]ledger.Receipt{{ID: "R2", Platform: "p", Period: m, Amount: money.MustParse("50.00"), EntryDate: testdates.Day(t, "2026-12-31")}}, nil, nil, calendar.Date{})
	require.NoError(t, err)
	for _, p := range r.Postings {
		_, err := j.Post(p)
		require.NoError(t, err)
	}
	p, err := ledger.ClearHeld("CH", j.OpenItems()[0], testdates.Day(t, "2027-01-02"), money.MustParse("50.00"), "p")
	require.NoError(t, err)
	_, err = j.Post(p)
	require.NoError(t, err)
	s, err := j.Summarize(2027, ledger.Participants{})
	require.NoError(t, err)
	assert.Equal(t, "50.00", s.Refunds.String())
	assert.Equal(t, 1, s.RefundCount)
	assert.Equal(t, "0.00", s.LevyIncome.String())
	require.NoError(t, j.Reverse("CH", "CH-R", testdates.Day(t, "2027-01-03"), "wrong"))
	s, err = j.Summarize(2027, ledger.Participants{})
	require.NoError(t, err)
	assert.Equal(t, "0.00", s.Refunds.String())
	assert.Equal(t, 0, s.RefundCount)
	s, err = j.Summarize(2026, ledger.Participants{})
	require.NoError(t, err)
	assert.Equal(t, "50.00", s.Held.String())
}

// Audit F2, F7: a key is judged on every receipt on the books, not only
// those of this call; a receipt whose posting was reversed and is reported
// again is booked again.
func TestAuditReconcileAgainstTheBooks(t *testing.T) {
	m := testdates.Month(t, "2026-03")
	rec := func(id, date string) ledger.Receipt {
		return ledger.Receipt{ID: id, Platform: "p", Period: m, Amount: money.MustParse("100.00"), EntryDate: testdates.Day(t, date)}
	}
	col := []ledger.Collection{{ID: "C1", Platform: "p", Period: m, Amount: money.MustParse("100.00")}}
	bill := []ledger.Due{{Platform: "p", Period: m, Amount: money.MustParse("100.00")}}
	postAll := func(j *ledger.Journal, r ledger.Reconciliation) {
		for _, p := range r.Postings {
			_, err := j.Post(p)
			require.NoError(t, err)
		}
	}
	var j ledger.Journal
	r, err := j.Reconcile([]ledger.Receipt{rec("R1", "2026-04-21")}, col, bill, testdates.Day(t, "2026-04-22"))
	require.NoError(t, err)
	postAll(&j, r)
	r, err = j.Reconcile([]ledger.Receipt{rec("R2", "2026-04-25")}, col, bill, testdates.Day(t, "2026-04-26"))
	require.NoError(t, err)
	postAll(&j, r)
	assert.False(t, r.Matches[0].Booked)
	assert.Equal(t, "200.00", r.Matches[0].Received.String())
	assert.Equal(t, "100.00", j.Total(ledger.LevyIncome).String())
	assert.Equal(t, "100.00", j.Total(ledger.Suspense).String())
	require.Len(t, r.OpenItems, 1)
	assert.Equal(t, "treasury-receipt:R2", r.OpenItems[0].PostingID)

	var k ledger.Journal
	r, err = k.Reconcile([]ledger.Receipt{rec("R1", "2026-04-21")}, col, bill, testdates.Day(t, "2026-04-22"))
	require.NoError(t, err)
	postAll(&k, r)
	require.NoError(t, k.Reverse("treasury-receipt:R1", "V1", testdates.Day(t, "2026-04-23"), "wrong"))
	r, err = k.Reconcile([]ledger.Receipt{rec("R1", "2026-04-21")}, col, bill, testdates.Day(t, "2026-04-24"))
	require.NoError(t, err)
	require.Len(t, r.Postings, 1)
	assert.Equal(t, "treasury-receipt#2:R1", r.Postings[0].ID, "the second booking: numbered before the receipt's ID, which is never parsed")
	assert.Equal(t, ledger.Origin{Kind: ledger.TreasuryReceipt, Ref: "R1", Seq: 2}, r.Postings[0].Origin)
	postAll(&k, r)
	assert.Equal(t, "100.00", k.Total(ledger.SpecialAccount).String())
	r, err = k.Reconcile([]ledger.Receipt{rec("R1", "2026-04-21")}, col, bill, testdates.Day(t, "2026-04-24"))
	require.NoError(t, err)
	assert.Empty(t, r.Postings, "booked once")
}

// Audit F5, F8: zero-valued records and inputs are typed errors; Reconcile
// does not hand out postings that Post must refuse.
func TestAuditInputsAndClosedMonths(t *testing.T) {
	_, err := ledger.Reconcile(nil, nil, []ledger.Due{{}})
	assert.ErrorIs(t, err, ledger.ErrBadRecord)
	_, err = ledger.Settle("I", calendar.Month{}, nil, money.Amount{}, testdates.Day(t, "2026-05-05"))
	assert.ErrorIs(t, err, ledger.ErrBadPayment)
	_, err = ledger.Settle("", testdates.Month(t, "2026-04"), nil, money.Amount{}, testdates.Day(t, "2026-05-05"))
	assert.ErrorIs(t, err, ledger.ErrBadPayment)
	big := money.MustParse("900000000000.00")
	pay := func(id string) ledger.Payment {
		return ledger.Payment{ID: id, Date: testdates.Day(t, "2026-04-03"), Insurer: "I", Worker: "w", Subject: ledger.Medical, Amount: big}
	}
	_, err = ledger.Settle("I", testdates.Month(t, "2026-04"), []ledger.Payment{pay("P1"), pay("P2")}, money.Amount{}, testdates.Day(t, "2026-05-05"))
	assert.ErrorIs(t, err, ledger.ErrBadPayment)

	var k ledger.Journal
	m := testdates.Month(t, "2026-03")
	r1 := ledger.Receipt{ID: "R1", Platform: "p", Period: m, Amount: money.MustParse("1.00"), EntryDate: testdates.Day(t, "2026-04-21")}
	k.Close(testdates.Month(t, "2026-04"))
	_, err = k.Reconcile([]ledger.Receipt{r1}, nil, nil, calendar.Date{})
	assert.ErrorIs(t, err, ledger.ErrBadRecord, "entry month closed and no date to book it in")
	_, err = k.Reconcile([]ledger.Receipt{r1}, nil, nil, testdates.Day(t, "2026-03-31"))
	assert.ErrorIs(t, err, ledger.ErrBadRecord, "booked before the money arrived")
	r, err := k.Reconcile([]ledger.Receipt{r1}, nil, nil, testdates.Day(t, "2026-05-02"))
	require.NoError(t, err)
	for _, p := range r.Postings {
		_, err := k.Post(p)
		require.NoError(t, err)
	}
	// clearing on a day of a closed month
	k.Close(testdates.Month(t, "2026-05"))
	_, err = k.Reconcile([]ledger.Receipt{r1}, []ledger.Collection{{ID: "C", Platform: "p", Period: m, Amount: r1.Amount}},
		[]ledger.Due{{Platform: "p", Period: m, Amount: r1.Amount}}, testdates.Day(t, "2026-05-20"))
	assert.ErrorIs(t, err, ledger.ErrBadRecord)
}

// Audit F6: the special account is checked in the order the money moved, so
// the same postings in any order give the same answer.
func TestAuditNonNegativeByDate(t *testing.T) {
	cp := ledger.Counterparty{Kind: ledger.PlatformParty, ID: "p"}
	hundred := money.MustParse("100.00")
	in := ledger.Posting{ID: "IN", Date: testdates.Day(t, "2026-03-01"), Period: testdates.Month(t, "2026-03"), Counterparty: cp, Source: "s",
		Lines: []ledger.Line{{Subject: ledger.SpecialAccount, Debit: hundred}, {Subject: ledger.LevyIncome, Credit: hundred}}}
	out := ledger.Posting{ID: "OUT", Date: testdates.Day(t, "2026-02-01"), Period: testdates.Month(t, "2026-02"), Counterparty: cp, Source: "s",
		Lines: []ledger.Line{{Subject: ledger.Medical, Debit: hundred}, {Subject: ledger.SpecialAccount, Credit: hundred}}}
	for _, order := range [][]ledger.Posting{{in, out}, {out, in}} {
		var j ledger.Journal
		var errs []error
		for _, p := range order {
			_, err := j.Post(p)
			errs = append(errs, err)
		}
		_, hasOut := j.Posting("OUT")
		assert.False(t, hasOut, "100.00 paid out of an empty special account in February")
		assert.Equal(t, "100.00", j.Total(ledger.SpecialAccount).String())
		assert.True(t, errors.Is(errs[0], ledger.ErrNegative) || errors.Is(errs[1], ledger.ErrNegative))
		assert.Contains(t, fmt.Sprint(errs), "2026-02-01")
	}
	// paid out on the day the money came in, or later, is fine
	var j ledger.Journal
	_, err := j.Post(in)
	require.NoError(t, err)
	out.Date, out.Period = testdates.Day(t, "2026-03-01"), testdates.Month(t, "2026-03")
	_, err = j.Post(out)
	require.NoError(t, err)
}

// A held receipt cleared, then the clearing reversed later, is open again
// only from the reversal's date: a clearing dated in between would take the
// suspense below zero then. Post refuses it (ErrBadClearing) and Reconcile
// refuses to propose it (ErrBadRecord) instead of proposing what Post must
// refuse (found by TestJournalStateMachine).
func TestClearingNotBeforeReopening(t *testing.T) {
	var j ledger.Journal
	m := testdates.Month(t, "2026-03")
	rec := ledger.Receipt{ID: "T1", Platform: "p", Period: m, Amount: money.MustParse("250.00"), EntryDate: testdates.Day(t, "2026-04-21")}
	r, err := j.Reconcile([]ledger.Receipt{rec}, []ledger.Collection{{ID: "C1", Platform: "p", Period: m, Amount: money.MustParse("248.33")}}, nil, testdates.Day(t, "2026-04-22"))
	require.NoError(t, err)
	for _, p := range r.Postings {
		_, err := j.Post(p)
		require.NoError(t, err)
	}
	require.Len(t, r.OpenItems, 1)
	pid := r.OpenItems[0].PostingID
	since, open := j.OpenSince(pid)
	require.True(t, open)
	assert.Equal(t, "2026-04-21", since.String())
	p, err := ledger.ClearHeld("CH1", r.OpenItems[0], testdates.Day(t, "2026-04-25"), money.Amount{}, "p")
	require.NoError(t, err)
	_, err = j.Post(p)
	require.NoError(t, err)
	_, open = j.OpenSince(pid)
	assert.False(t, open)
	require.NoError(t, j.Reverse("CH1", "RCH1", testdates.Day(t, "2026-05-10"), "cleared by mistake"))
	since, open = j.OpenSince(pid)
	require.True(t, open)
	assert.Equal(t, "2026-05-10", since.String(), "open again from the reversal's date")

	// Reconciled on the day before the reversal: refused, not proposed.
	good := []ledger.Collection{{ID: "C1", Platform: "p", Period: m, Amount: money.MustParse("250.00")}}
	bills := []ledger.Due{{Platform: "p", Period: m, Amount: money.MustParse("250.00")}}
	_, err = j.Reconcile([]ledger.Receipt{rec}, good, bills, testdates.Day(t, "2026-05-09"))
	assert.ErrorIs(t, err, ledger.ErrBadRecord)
	// A clearing dated the day before the reversal: refused by Post.
	items := j.OpenItems()
	require.Len(t, items, 1)
	early, err := ledger.ClearHeld("CH2", items[0], testdates.Day(t, "2026-05-09"), money.Amount{}, "p")
	require.NoError(t, err)
	_, err = j.Post(early)
	assert.ErrorIs(t, err, ledger.ErrBadClearing)
	// On the reversal's day: accepted, and the suspense is empty again.
	r, err = j.Reconcile([]ledger.Receipt{rec}, good, bills, testdates.Day(t, "2026-05-10"))
	require.NoError(t, err)
	for _, p := range r.Postings {
		_, err := j.Post(p)
		require.NoError(t, err)
	}
	assert.Empty(t, j.OpenItems())
	assert.True(t, j.Total(ledger.Suspense).IsZero())
}
