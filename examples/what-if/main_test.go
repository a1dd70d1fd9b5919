package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits/casefile"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/examples/internal/msg"
	"github.com/zhishang/zhishang/internal/jsontest"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/levy/monthreport"
)

const (
	orders  = "../../testdata/levy/orders-2026-03.csv"
	setup   = "../../testdata/levy/setup.json"
	reform  = "../../testdata/analysis/reform.json"
	cases   = "../../testdata/analysis/cases"
	tallies = "../../testdata/analysis/tallies-2026-01-06.json"
	books   = "../../testdata/analysis/books-2026-03.json"
)

// sample is copied by every use.
func sample(more ...string) []string {
	return append([]string{"-orders", orders, "-month", "2026-03", "-params", setup, "-reform", reform}, more...)
}

func runArgs(stdin string, args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestSampleText(t *testing.T) {
	code, out, errOut := runArgs("", sample("-cases", cases)...)
	require.Equal(t, 0, code, errOut)
	for _, s := range []string{"专项测算", "platform-b  903     248.33      270.90        +22.57      +9.09%",
		"合计        2811    381.66      398.40        +16.74      +4.39%", "供养亲属抚恤金", "+315.00", "每元应缴保障费对应的待遇支出：现行 3306.2805，改革后 3168.1476",
		"减少超过5% 1 个（platform-c）"} {
		assert.Contains(t, out, s)
	}
	// From the example's folder, with no flag: the samples, no cases.
	code, out, errOut = runArgs("")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "381.66")
	assert.NotContains(t, out, "待遇支出")
}

// The -json shape issue 23 names: "income" with exactly current, reform
// and delta, "expenditure" the same with -cases, amounts as strings with
// two decimals.
func TestSampleJSON(t *testing.T) {
	code, out, errOut := runArgs("", sample("-cases", cases, "-json")...)
	require.Equal(t, 0, code, errOut)
	var raw map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(out), &raw))
	for _, k := range []string{"income", "expenditure"} {
		var f map[string]any
		require.NoError(t, json.Unmarshal(raw[k], &f), k)
		assert.Len(t, f, 3, k)
		for _, part := range []string{"current", "reform", "delta"} {
			s, ok := f[part].(string)
			require.True(t, ok, "%s.%s is a string", k, part)
			assert.Regexp(t, `^-?\d+\.\d\d$`, s)
		}
	}
	assert.JSONEq(t, `{"current": "381.66", "reform": "398.40", "delta": "16.74"}`, string(raw["income"]))
	assert.JSONEq(t, `{"current": "1261875.00", "reform": "1262190.00", "delta": "315.00"}`, string(raw["expenditure"]))
	var d document
	require.NoError(t, json.Unmarshal([]byte(out), &d))
	assert.Equal(t, "2026-03", d.Period.From.String())
	assert.Len(t, d.IncomeByPlatform, 3)
	assert.Len(t, d.ExpenditureByCase, 3)
	more, _, _, _, _ := split(d.Platforms)
	assert.Equal(t, 2, more)
	assert.Empty(t, d.Problems)
	assert.NotEmpty(t, d.Explanations)
	assert.Len(t, d.Rulebooks["levy_current"], 64)

	// Without -cases there is no expenditure.
	code, out, _ = runArgs("", sample("-json")...)
	require.Equal(t, 0, code)
	var again map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(out), &again))
	_, has := again["expenditure"]
	assert.False(t, has, "no expenditure without -cases")
}

// monthlyLevy is examples/monthly-levy's computation (the order CSV into a
// Batch, levy.ParseSetup, levy/monthreport): each platform's total.
func monthlyLevy(t *testing.T, setupPath string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(setupPath)
	require.NoError(t, err)
	rb, err := levy.ParseSetup(data, calendar.Default())
	require.NoError(t, err)
	f, err := os.Open(orders)
	require.NoError(t, err)
	defer f.Close()
	m, _ := calendar.ParseMonth("2026-03")
	b := &eligibility.Batch{Month: m}
	require.NoError(t, eligibility.ReadCSV(f, b))
	rep, err := monthreport.New(b, rb)
	require.NoError(t, err)
	out := map[string]string{}
	for _, bill := range rep.PlatformBills {
		out[bill.Platform] = bill.Total.String()
	}
	return out
}

// benefitCalculator is examples/benefit-calculator's computation of a case
// file (casefile.Parse, Calculate): the sum of its schedule.
func benefitCalculator(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	f, err := casefile.Parse(data)
	require.NoError(t, err)
	r, err := f.Calculate()
	require.NoError(t, err)
	sum := decimal.Zero
	for _, p := range r.Schedule {
		sum = sum.Add(p.Amount.Decimal())
	}
	return sum.StringFixed(2)
}

// Issue 23's acceptance: the reform column is, to the fen, what
// monthly-levy and benefit-calculator give on the reformed files
// -write-reformed writes (and the current column on the current files).
func TestAgreesWithMonthlyLevyAndBenefitCalculator(t *testing.T) {
	dir := t.TempDir()
	code, out, errOut := runArgs("", sample("-cases", cases, "-json", "-write-reformed", dir)...)
	require.Equal(t, 0, code, errOut)
	var d document
	require.NoError(t, json.Unmarshal([]byte(out), &d))
	cur, ref := monthlyLevy(t, setup), monthlyLevy(t, filepath.Join(dir, "setup.json"))
	for _, r := range d.IncomeByPlatform {
		assert.Equal(t, cur[r.Key], r.Current.StringFixed(2), r.Key)
		assert.Equal(t, ref[r.Key], r.Reform.StringFixed(2), r.Key)
	}
	for _, r := range d.ExpenditureByCase {
		assert.Equal(t, r.Reform.StringFixed(2), benefitCalculator(t, filepath.Join(dir, "cases", r.Key+".json")), r.Key)
	}

	// And the programs themselves, run as the README says.
	if testing.Short() {
		t.Skip("-short: not running go run")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	cmd := exec.Command(goBin, "run", "../monthly-levy", "-orders", orders, "-params", filepath.Join(dir, "setup.json"), "-json")
	b, err := cmd.Output()
	require.NoError(t, err)
	var rep monthreport.Report
	require.NoError(t, json.Unmarshal(b, &rep))
	total := map[string]decimal.Decimal{}
	for _, row := range rep.Bills {
		a, err := decimal.NewFromString(row.Amount)
		require.NoError(t, err)
		total[row.Platform] = total[row.Platform].Add(a)
	}
	for _, r := range d.IncomeByPlatform {
		assert.Equal(t, r.Reform.StringFixed(2), total[r.Key].StringFixed(2), "monthly-levy on the reformed setup: %s", r.Key)
	}
	death := filepath.Join(dir, "cases", "death-2026-02.json")
	b, err = exec.Command(goBin, "run", "../benefit-calculator", "-case", death, "-json").Output()
	require.NoError(t, err)
	var calc struct {
		Schedule []struct {
			Amount string `json:"amount"`
		} `json:"schedule"`
	}
	require.NoError(t, json.Unmarshal(b, &calc))
	sum := decimal.Zero
	for _, p := range calc.Schedule {
		a, err := decimal.NewFromString(p.Amount)
		require.NoError(t, err)
		sum = sum.Add(a)
	}
	assert.Equal(t, "1172565.00", sum.StringFixed(2), "benefit-calculator on the reformed death case")
}

func TestTalliesAndHTML(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "what-if.html")
	code, out, errOut := runArgs("", "-tallies", tallies, "-month", "2026-01", "-to", "2026-06", "-params", setup, "-reform", reform, "-cases", cases, "-html", page)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "2026-01..2026-06")
	assert.Contains(t, out, "合计        17031   2329.92     2443.07       +113.15     +4.86%")
	html, err := os.ReadFile(page)
	require.NoError(t, err)
	s := string(html)
	assert.Equal(t, 2, strings.Count(s, "<svg"), "two charts: income and expenditure")
	assert.Equal(t, 24, strings.Count(s, "<rect x=")-4, "six months, two bars each, two charts (legends aside)")
	assert.Contains(t, s, "2026-06 改革后：412.67 元")
	assert.NotContains(t, s, "<script")
	assert.NotContains(t, strings.ReplaceAll(s, `xmlns="http://www.w3.org/2000/svg"`, ""), "http", "nothing fetched")

	// -write-tallies writes what -tallies reads: the same figures.
	counted := filepath.Join(dir, "t.json")
	code, a, errOut := runArgs("", sample("-write-tallies", counted, "-json")...)
	require.Equal(t, 0, code, errOut)
	code, b, errOut := runArgs("", "-tallies", counted, "-month", "2026-03", "-params", setup, "-reform", reform, "-json")
	require.Equal(t, 0, code, errOut)
	// What was read differs (the order file's rows, the tally's orders);
	// the figures do not.
	var ra, rb map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(a), &ra))
	require.NoError(t, json.Unmarshal([]byte(b), &rb))
	assert.JSONEq(t, `{"tally": {"orders": 2811, "outside_period": 0}}`, string(rb["read"]))
	delete(ra, "read")
	delete(rb, "read")
	assert.Equal(t, ra, rb)
}

// With the books: the special account's balance and the months of
// expenditure it pays, under each policy (1834929.53 ÷ 1261875.00 and ÷
// 1262190.00, half up to 2 places).
func TestBooks(t *testing.T) {
	code, out, errOut := runArgs("", sample("-cases", cases, "-books", books, "-json")...)
	require.Equal(t, 0, code, errOut)
	var d document
	require.NoError(t, json.Unmarshal([]byte(out), &d))
	assert.Equal(t, "1834929.53", d.Risk.Balance)
	require.NotNil(t, d.Risk.MonthsCovered)
	assert.Equal(t, ratioJSON{"1.45", "1.45"}, *d.Risk.MonthsCovered)
	code, out, _ = runArgs("", sample("-cases", cases, "-books", books)...)
	require.Equal(t, 0, code)
	assert.Contains(t, out, "财政专户余额 1834929.53 元可支付本期平均月支出：现行 1.45 个月，改革后 1.45 个月")
	code, _, errOut = runArgs("", sample("-books", orders)...)
	assert.Equal(t, 1, code)
	assert.NotEmpty(t, errOut)
}

func TestErrorsAndPartialAnswers(t *testing.T) {
	code, _, errOut := runArgs("", "-month", "2026-13")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "用法：what-if")
	code, _, _ = runArgs("", "-month", "2026-04", "-to", "2026-03")
	assert.Equal(t, 2, code)
	code, _, _ = runArgs("", "extra")
	assert.Equal(t, 2, code)
	code, _, errOut = runArgs("", "-orders", "-", "-month", "2026-01", "-to", "2026-02", "-params", setup, "-reform", reform)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "只能读一次")
	code, _, errOut = runArgs("", sample("-cases", filepath.Join(t.TempDir(), "none"))...)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "-cases")

	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"title": "x", "parameters": [{"name": "levy.base.ride_haling", "value": "0.02", "from": "2026-01-01", "source": "s", "status": "verified"}]}`), 0o644))
	code, _, errOut = runArgs("", "-orders", orders, "-params", setup, "-reform", bad)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, `参数 "levy.base.ride_haling"（自 2026-01-01 起）：不认识的参数名称`)
	code, _, errOut = runArgs("", "-orders", orders, "-params", setup, "-reform", bad, "-lang", "en")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "did you mean levy.base.ride_hailing")

	// A case file that cannot be read is listed; the others are measured.
	cdir := t.TempDir()
	for _, name := range []string{"death-2026-02.json", "grade-07-assessed-2026-02.json"} {
		data, err := os.ReadFile(filepath.Join(cases, name))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(cdir, name), data, 0o644))
	}
	require.NoError(t, os.WriteFile(filepath.Join(cdir, "broken.json"), []byte(`{"case": {"injury": "2026-02-30"}}`), 0o644))
	code, out, errOut := runArgs("", sample("-cases", cdir, "-json")...)
	require.Equal(t, 0, code, errOut)
	var d document
	require.NoError(t, json.Unmarshal([]byte(out), &d))
	require.Len(t, d.Problems, 1)
	assert.Equal(t, "broken", d.Problems[0].ID)
	assert.Len(t, d.ExpenditureByCase, 2)
	code, out, _ = runArgs("", sample("-cases", cdir)...)
	require.Equal(t, 0, code)
	assert.Contains(t, out, "未计入")
	assert.Contains(t, out, "待遇案件 broken，现行与改革后无法计算：待遇案件文件不合要求：位置 $.case.injury，第 20 字节：")
	assert.Contains(t, out, `所填 "2026-02-30" 不是有效的日期`)
	assert.Empty(t, msg.EnglishWords(out, "broken")) // the case file's name
}

// -h and the complaints are Chinese (msg.EnglishWords: no run of four or
// more ASCII letters standing as a word, outside flag names, file names,
// identifiers, codes and capitals); -lang en gives the English usage.
func TestUsageInChinese(t *testing.T) {
	code, _, errOut := runArgs("", "-h")
	require.Equal(t, 0, code)
	assert.Contains(t, errOut, "用法：what-if [-orders 文件.csv | -tallies 文件]")
	assert.Contains(t, errOut, "  -cases 文件夹\n    \t待遇案件文件（*.json，benefits/casefile）所在的文件夹：其支付即待遇支出\n")
	assert.Empty(t, msg.EnglishWords(errOut, "what-if", "books"))
	for _, args := range [][]string{{"-nope"}, {"-month", "x"}, {"-cases", "no-such-folder"}, {"-reform", "no-such.json"}} {
		_, _, errOut = runArgs("", args...)
		assert.Empty(t, msg.EnglishWords(errOut, "what-if", "books"), "%v: %s", args, errOut)
	}
	_, _, errOut = runArgs("", "-lang", "en", "-h")
	assert.Contains(t, errOut, "usage: what-if [-orders FILE.csv | -tallies FILE]")
	code, out, errOut := runArgs("", sample("-cases", cases, "-books", books)...)
	require.Equal(t, 0, code, errOut)
	assert.Empty(t, msg.EnglishWords(out))
}

// Every hostile shape given through -reform, -params or -tallies ends in
// exit code 1 with a short message that echoes no identity number.
func TestHostileInputThroughFlags(t *testing.T) {
	for _, flag := range []string{"-reform", "-params", "-tallies"} {
		t.Run(flag, func(t *testing.T) {
			jsontest.ThroughFlag(t, func(path string) (int, string) {
				args := sample()
				args = append(args, flag, path)
				var out, errOut bytes.Buffer
				return run(args, strings.NewReader(""), &out, &errOut), errOut.String()
			})
		})
	}
	// The books are read up to jsonerr.SnapshotMaxBytes (256 MiB), as
	// ledger.ParseSnapshot reads them: the hostile shapes, not the 8 MiB
	// file.
	dir := t.TempDir()
	for _, h := range jsontest.Inputs() {
		path := filepath.Join(dir, "books.json")
		require.NoError(t, os.WriteFile(path, h.Data, 0o644))
		code, _, errOut := runArgs("", sample("-books", path)...)
		assert.Equal(t, 1, code, h.Name)
		jsontest.Check(t, textErr(strings.ReplaceAll(errOut, path, "FILE")))
	}
}

type textErr string

func (e textErr) Error() string { return string(e) }
