package monthreport_test

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/codetest"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/levy/monthreport"
	"github.com/zhishang/zhishang/money"
)

func sampleRulebook(t testing.TB) *levy.Rulebook {
	t.Helper()
	data, err := os.ReadFile("../../testdata/levy/setup.json")
	require.NoError(t, err)
	rb, err := levy.ParseSetup(data, calendar.Default())
	require.NoError(t, err)
	return rb
}

// row is one delivered (or, kind "cancelled", cancelled) execution on day.
func row(order, platform, industry, day, kind string) string {
	return order + ",w1," + platform + "," + industry + ",true,true," + day + "T10:00:00+08:00," + day + "T10:05:00+08:00,310104," +
		day + "T10:30:00+08:00," + kind
}

// monthBatch is the batch of month read from CSV: n orders of platform-b's
// instant delivery on day, 5 of platform-z's ride hailing (no terms),
// 2 cancelled and one line that cannot be read.
func monthBatch(t *testing.T, month string, day string, n int) *eligibility.Batch {
	t.Helper()
	var csv strings.Builder
	csv.WriteString(eligibility.CSVHeader + "\n")
	for i := range n {
		fmt.Fprintln(&csv, row(fmt.Sprintf("b%d", i), "platform-b", "instant_delivery", day, "delivered"))
	}
	for i := range 5 {
		fmt.Fprintln(&csv, row(fmt.Sprintf("z%d", i), "platform-z", "ride_hailing", day, "delivered"))
	}
	for i := range 2 {
		fmt.Fprintln(&csv, row(fmt.Sprintf("c%d", i), "platform-b", "instant_delivery", day, "cancelled"))
	}
	csv.WriteString("only,three,fields\n")
	b := &eligibility.Batch{Month: testdates.Month(t, month)}
	require.NoError(t, eligibility.ReadCSV(strings.NewReader(csv.String()), b))
	require.True(t, b.Balanced())
	return b
}

// Nil arguments are typed errors, never a panic.
func TestNewNilArgs(t *testing.T) {
	b := monthBatch(t, "2026-03", "2026-03-02", 903)
	var err error
	assert.NotPanics(t, func() { _, err = monthreport.New(nil, sampleRulebook(t)) })
	assert.ErrorIs(t, err, monthreport.ErrNoBatch)
	assert.NotPanics(t, func() { _, err = monthreport.New(b, nil) })
	assert.ErrorIs(t, err, codetest.Named(levy.Codes(), "no_rulebook"))
	assert.NotPanics(t, func() { _, err = monthreport.New(b, &levy.Rulebook{}) })
	assert.ErrorIs(t, err, codetest.Named(levy.Codes(), "no_rulebook"))
}

// 第十、十一、十四条: tallies, one bill line half up to the fen (903 × 0.275 =
// 248.325 → 248.33), the total the sum of the lines, the deadline; a
// platform without terms has its tally and a note in the library's words
// (no command-line flag), no bill.
func TestNew(t *testing.T) {
	b := monthBatch(t, "2026-03", "2026-03-02", 903)
	rb := sampleRulebook(t)
	rep, err := monthreport.New(b, rb)
	require.NoError(t, err)
	assert.Equal(t, "2026-03", rep.Month)
	assert.Equal(t, []monthreport.TallyRow{
		{Platform: "platform-b", Industry: "instant_delivery", Orders: 903},
		{Platform: "platform-z", Industry: "ride_hailing", Orders: 5},
	}, rep.Tallies)
	require.Len(t, rep.Bills, 1)
	row := rep.Bills[0]
	assert.Equal(t, monthreport.BillRow{Platform: "platform-b", Industry: "instant_delivery", Orders: 903,
		Rate: "0.275", Amount: "248.33", DeclarationDeadline: "2026-04-20"}, row)
	require.Len(t, rep.PlatformBills, 1)
	var sum money.Amount
	for _, l := range rep.PlatformBills[0].Lines {
		sum, _ = sum.Add(l.Amount)
	}
	assert.True(t, rep.PlatformBills[0].Total == sum)
	require.Len(t, rep.Unbilled, 1)
	assert.Equal(t, "platform-z", rep.Unbilled[0].Platform)
	assert.ErrorIs(t, rep.Unbilled[0].Err, levy.ErrNoTerms)
	assert.NotContains(t, rep.Unbilled[0].Err.Error(), "-params", "a library message names no flag")
	assert.Equal(t, int64(911), rep.Input)
	assert.Equal(t, rep.Input, rep.Counted+rep.Excluded+rep.Duplicates+int64(len(rep.Invalid)))
	assert.Equal(t, int64(2), rep.ExcludedBy["not_ended_or_cancelled"])
	assert.NotNil(t, rep.Conflicts)
	// The report and its bills record what they were computed from.
	assert.Len(t, rb.Fingerprint(), 64)
	assert.Equal(t, rb.Fingerprint(), rep.Rulebook)
	assert.Equal(t, rb.Fingerprint(), rep.PlatformBills[0].Rulebook)

	// The JSON keys are monthly-levy's.
	data, err := json.Marshal(rep)
	require.NoError(t, err)
	var keys map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(data, &keys))
	for _, k := range []string{"month", "tallies", "bills", "input", "counted", "excluded", "excluded_by", "duplicates", "conflicts", "invalid", "unbilled", "rulebook"} {
		assert.Contains(t, keys, k)
	}
	assert.Len(t, keys, 12)
	assert.JSONEq(t, `[]`, string(keys["conflicts"]))
	// A platform not billed: its error as its code and Chinese text.
	assert.JSONEq(t, `[{"platform":"platform-z","error":{"code":"no_terms","chinese":"`+levy.ErrNoTerms.Chinese()+`：平台 \"platform-z\""}}]`, string(keys["unbilled"]))
}

// Partial answers: a platform whose rate cannot be found for the month (no
// instant-delivery level assigned after its first year, 第十一条) is
// reported for that month with why; the other platforms are still billed.
func TestNewPlatformWithoutRate(t *testing.T) {
	rb, err := levy.NewRulebook(calendar.Default(), levy.DefaultParams(),
		levy.Terms{Platform: "platform-b", FirstMonth: testdates.Month(t, "2026-01")},
		levy.Terms{Platform: "platform-z", FirstMonth: testdates.Month(t, "2024-01")})
	require.NoError(t, err)
	var csv strings.Builder
	csv.WriteString(eligibility.CSVHeader + "\n")
	fmt.Fprintln(&csv, row("b1", "platform-b", "instant_delivery", "2026-03-02", "delivered"))
	fmt.Fprintln(&csv, row("z1", "platform-z", "instant_delivery", "2026-03-02", "delivered"))
	b := &eligibility.Batch{Month: testdates.Month(t, "2026-03")}
	require.NoError(t, eligibility.ReadCSV(strings.NewReader(csv.String()), b))
	rep, err := monthreport.New(b, rb)
	require.NoError(t, err)
	require.Len(t, rep.Bills, 1)
	assert.Equal(t, "platform-b", rep.Bills[0].Platform)
	assert.Equal(t, "0.07", rep.Bills[0].Rate, "the first year's national base amount")
	require.Len(t, rep.Unbilled, 1)
	assert.Equal(t, "platform-z", rep.Unbilled[0].Platform)
	assert.ErrorIs(t, rep.Unbilled[0].Err, levy.ErrNoLevel)
	assert.Len(t, rep.Tallies, 2)
}

// 第十四条: a December bill's deadline falls in a year whose State Council
// schedule is not loaded: unknown, with the year and the day it is not
// before; the amount is still given.
func TestNewUnknownDeadline(t *testing.T) {
	if slices.Contains(calendar.Default().Years(), 2027) {
		t.Skip("the 2027 schedule is loaded: no unknown deadline to test")
	}
	b := monthBatch(t, "2026-12", "2026-12-02", 903)
	rep, err := monthreport.New(b, sampleRulebook(t))
	require.NoError(t, err)
	require.Len(t, rep.Bills, 1)
	row := rep.Bills[0]
	assert.Equal(t, "248.33", row.Amount)
	assert.Empty(t, row.DeclarationDeadline)
	assert.Equal(t, 2027, row.DeclarationUnknownYear)
	assert.Equal(t, "2027-01-15", row.DeclarationNotBefore.String())
	assert.Equal(t, &errcode.WireError{Code: "not_covered", Chinese: "2027年的放假安排尚未载入，该年的日期无法判断"}, row.DeclarationUnknown)
	data, err := json.Marshal(row)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"declaration_unknown":{"code":"not_covered","chinese":"2027年的放假安排尚未载入，该年的日期无法判断"}`)
	assert.NotContains(t, string(data), `"declaration_deadline"`)
	assert.Contains(t, string(data), `"declaration_unknown_year":2027`)
}

// 第十、十一、十四条: the month report of a batch, as monthly-levy -json
// writes it.
func ExampleNew() {
	setup := []byte(`{"terms": [{"platform": "platform-b", "first_month": "2025-01",
	  "instant_delivery": [{"from": "2026-01", "level": "higher", "source": "agency assignment (illustrative)"}],
	  "floating": [{"year": 2026, "industry": "instant_delivery", "factor": "1.1", "source": "2026 floating (illustrative)"}]}]}`)
	rb, _ := levy.ParseSetup(setup, calendar.Default())
	month, _ := calendar.ParseMonth("2026-03")
	b := &eligibility.Batch{Month: month}
	eligibility.ReadCSV(strings.NewReader(eligibility.CSVHeader+"\n"+
		row("o1", "platform-b", "instant_delivery", "2026-03-02", "delivered")+"\n"+
		row("o2", "platform-b", "instant_delivery", "2026-03-03", "delivered")+"\n"), b)
	rep, err := monthreport.New(b, rb)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range rep.Bills {
		fmt.Println(r.Platform, r.Industry, r.Orders, "×", r.Rate, "=", r.Amount, "declare by", r.DeclarationDeadline)
	}
	fmt.Println("total", rep.PlatformBills[0].Total.String())
	// Output:
	// platform-b instant_delivery 2 × 0.275 = 0.55 declare by 2026-04-20
	// total 0.55
}

// A report's unbilled platforms read back from its JSON: each error is the
// code it was, for errors.Is, and writes the same bytes again.
func TestUnbilledRoundTrips(t *testing.T) {
	in := []levy.Unbilled{{Platform: "platform-z", Err: fmt.Errorf("levy: platform-z: %w", levy.ErrNoLevel)}}
	data, err := json.Marshal(in)
	require.NoError(t, err)
	var back []levy.Unbilled
	require.NoError(t, json.Unmarshal(data, &back))
	require.Len(t, back, 1)
	assert.Equal(t, "platform-z", back[0].Platform)
	assert.ErrorIs(t, back[0].Err, levy.ErrNoLevel)
	again, err := json.Marshal(back)
	require.NoError(t, err)
	assert.Equal(t, string(data), string(again))
	for _, bad := range []string{`{"platform":"x"}`, `{"error":{"code":"no_level","chinese":"缺"}}`, `{"platform":"x","error":"no_level"}`, `{"platform":"x","error":{"code":"no_level","chinese":"缺"},"more":1}`} {
		var u levy.Unbilled
		assert.Error(t, json.Unmarshal([]byte(bad), &u), bad)
	}
}
