package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/examples/internal/msg"
	"github.com/zhishang/zhishang/examples/internal/textout"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/money"
)

// The sample month refers to files from the repository's root.
func chdirRoot(t *testing.T) {
	t.Helper()
	wd, err := os.Getwd()
	require.NoError(t, err)
	require.NoError(t, os.Chdir(filepath.Join("..", "..")))
	t.Cleanup(func() { _ = os.Chdir(wd) })
}

func runOK(t *testing.T, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run(args, &out, &errOut), errOut.String())
	return out.String()
}

func TestSampleMonth(t *testing.T) {
	chdirRoot(t)
	text := runOK(t)
	for _, want := range []string{
		"金额不一致", "国库收到 124.00 元，税务部门征收 124.07 元（第十七条）：挂账暂存",
		"未清项 treasury-receipt:T-2026-04-103：费款所属期 2026-03，暂收 124.00 元。国库收到 124.00 元",
		"需复核（第五十六条）：支付记录 P-0301 金额 116914.35 元，超过预警金额 100000.00 元",
		"登记 insurer-settlement:insurer-x:2026-03（2026-04-10）：借 应付商业保险机构结算款 163663.96 元，贷 市级社会保障基金财政专户 163663.96 元",
		"摘要：与商业保险机构 insurer-x 结算 2026-03 垫付的待遇 163663.96 元（第五十七条）",
		"摘要：国库入库 T-2026-04-103，124.00 元，入库日期 2026-04-22：2026-03 费款账期的记录尚未核对一致，挂账暂收款（第十七条、第十八条）",
		"摘要：退还 0.50 元，属 2026-02 费款账期（退款所属费款账期），退至 platform-a 基本存款账户（第十六条）",
		"第七十七条", "2026-03 期间已结账",
	} {
		assert.Contains(t, text, want)
	}
	out := runOK(t, "-json")
	var v struct {
		Books struct {
			Postings []json.RawMessage `json:"postings"`
			Closed   []string          `json:"closed"`
		} `json:"books"`
		Reconciliation struct {
			Postings []json.RawMessage `json:"postings"`
		} `json:"reconciliation"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &v))
	assert.Len(t, v.Reconciliation.Postings, 3, "every receipt is booked: platform-c's mismatch is held in suspense")
	assert.Equal(t, []string{"2026-03"}, v.Books.Closed)
	assert.Equal(t, 13, len(v.Books.Postings), "1 opening + 2 income + 1 suspense + 1 refund + 1 interest + 4 payments + 1 settlement + 2 fees")
}

// englishRun finds English in a line a clerk reads: a run of four or more
// ASCII letters, except inside a token that is a code, an identifier or a
// file name (a maximal run of letters, digits and . _ : # / - that holds a
// digit or one of . _ : # / -: platform-a, treasury-receipt:T-2026-04-101,
// ozb.income.levy, month-2026-03.json), and the format names JSON, CSV,
// HTML and UTF.
var (
	asciiToken = regexp.MustCompile(`[A-Za-z0-9._:#/-]+`)
	letterRun  = regexp.MustCompile(`[A-Za-z]{4,}`)
	codeMark   = regexp.MustCompile(`[0-9._:#/-]`)
)

func englishRun(line string) string {
	for _, tok := range asciiToken.FindAllString(line, -1) {
		if codeMark.MatchString(tok) {
			continue
		}
		switch tok {
		case "JSON", "CSV", "HTML", "UTF":
			continue
		}
		if r := letterRun.FindString(tok); r != "" {
			return r
		}
	}
	return ""
}

func TestEnglishRunCheck(t *testing.T) {
	assert.Equal(t, "", englishRun("登记 treasury-receipt:T-2026-04-101（2026-04-21）：借 市级社会保障基金财政专户 9.26 元"))
	assert.Equal(t, "", englishRun("摘要：与商业保险机构 insurer-x 结算；以 JSON 输出；ozb.income.levy"))
	assert.Equal(t, "posted", englishRun("   posted OPEN-2026-03"))
	assert.Equal(t, "matched", englishRun("platform-a  2026-03  matched"))
	assert.Equal(t, "", englishRun("借 Dr 贷 Cr"), "three letters are not a word the check catches")
}

// Every line of the default output, and of -h, is Chinese: no English word
// outside codes, identifiers and file names (englishRun); no subject is
// shown by its code.
func TestNoEnglishForTheClerk(t *testing.T) {
	chdirRoot(t)
	text := runOK(t)
	for i, line := range strings.Split(text, "\n") {
		assert.Empty(t, englishRun(line), "line %d is English: %q", i+1, line)
	}
	assert.NotContains(t, text, "ozb.", "a subject by its code")
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run([]string{"-h"}, &out, &errOut))
	require.NotEmpty(t, errOut.String())
	for _, line := range strings.Split(errOut.String(), "\n") {
		assert.Empty(t, englishRun(line), "-h is English: %q", line)
	}
}

// The yearly summary lists the subjects by their Chinese names, and every
// expenditure subject of the sample is there.
func TestSummaryByName(t *testing.T) {
	chdirRoot(t)
	text := runOK(t)
	_, summary, ok := strings.Cut(text, "第七十七条")
	require.True(t, ok)
	for _, s := range []ledger.Subject{ledger.AssessmentFee, ledger.ServiceFee, ledger.Medical, "ozb.expense.one_time_disability_grant",
		"ozb.expense.disability_allowance", "ozb.expense.funeral_grant"} {
		assert.Contains(t, summary, "支出："+strings.TrimSuffix(s.Chinese(), "支出")+" ", s)
	}
	assert.Contains(t, summary, "支出：丧葬补助金   ")
}

// -lang en is the developers' view: subject codes, Dr/Cr, the postings'
// English explanations (Posting.Explain) and the reconciliation's outcome codes.
func TestEnglishView(t *testing.T) {
	chdirRoot(t)
	text := runOK(t, "-lang", "en")
	for _, want := range []string{"amount_mismatch", "OPEN ITEM", "REVIEW (第五十六条)", "posted insurer-settlement:insurer-x:2026-03",
		"Dr ozb.liability.insurer 163663.96 Cr ozb.asset.special_account 163663.96 (2026-04-10): insurer insurer-x settled 163663.96 for the payments of 2026-03; 第五十七条",
		"expenditure: ozb.expense.funeral_grant", "closed"} {
		assert.Contains(t, text, want)
	}
	var out, errOut bytes.Buffer
	assert.Equal(t, 2, run([]string{"-lang", "fr"}, &out, &errOut))
	assert.Contains(t, errOut.String(), "-lang 只能是 zh 或 en")
}

// 余额 is a running balance: the balance after each period, not the
// period's movement. The special account, by hand: March 2 000 000.00
// (opening) + 12.40 (interest) − 300.00 − 1 500.00 (fees) = 1 998 212.40;
// April 9.26 + 248.33 + 124.00 (receipts) − 0.50 (refund) − 163 663.96
// (settlement) = −163 282.87, so a balance of 1 834 929.53. What the fund
// owes the insurer: 163 663.96 in March, settled in April: 0.00.
func TestBalanceColumnIsRunning(t *testing.T) {
	chdirRoot(t)
	text := runOK(t)
	rows := map[string][]string{}
	for _, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		if len(f) == 4 && (f[1] == "2026-03" || f[1] == "2026-04") {
			rows[f[0]+" "+f[1]] = f[2:]
		}
	}
	assert.Equal(t, []string{"1998212.40", "1998212.40"}, rows["市级社会保障基金财政专户 2026-03"])
	assert.Equal(t, []string{"-163282.87", "1834929.53"}, rows["市级社会保障基金财政专户 2026-04"])
	assert.Equal(t, []string{"163663.96", "163663.96"}, rows["应付商业保险机构结算款 2026-03"])
	assert.Equal(t, []string{"-163663.96", "0.00"}, rows["应付商业保险机构结算款 2026-04"])
	assert.Equal(t, []string{"124.00", "124.00"}, rows["暂收款 2026-04"])
}

func TestRunningBalances(t *testing.T) {
	m := func(s string) calendar.Month { x, _ := calendar.ParseMonth(s); return x }
	a := money.MustParse
	got, err := runningBalances([]ledger.BalanceRow{
		{Subject: ledger.LevyIncome, Period: m("2026-02"), Balance: a("-3.00")},
		{Subject: ledger.SpecialAccount, Period: m("2026-03"), Balance: a("5.50")},
		{Subject: ledger.LevyIncome, Period: m("2026-01"), Balance: a("10.00")},
		{Subject: ledger.SpecialAccount, Period: m("2026-01"), Balance: a("10.00")},
		{Subject: ledger.LevyIncome, Period: m("2026-03"), Balance: a("5.50")},
	})
	require.NoError(t, err)
	var lines []string
	for _, b := range got {
		lines = append(lines, string(b.Subject)+" "+b.Period.String()+" "+b.Movement.String()+" "+b.Balance.String())
	}
	assert.Equal(t, []string{
		// the special account first (ledger.Subjects' order), each subject from 0.00
		"ozb.asset.special_account 2026-01 10.00 10.00",
		"ozb.asset.special_account 2026-03 5.50 15.50",
		"ozb.income.levy 2026-01 10.00 10.00",
		"ozb.income.levy 2026-02 -3.00 7.00",
		"ozb.income.levy 2026-03 5.50 12.50",
	}, lines)
	_, err = runningBalances([]ledger.BalanceRow{{Subject: ledger.LevyIncome, Period: m("2026-01"), Balance: money.Fen(1 << 62)},
		{Subject: ledger.LevyIncome, Period: m("2026-02"), Balance: money.Fen(1 << 62)}})
	assert.Error(t, err, "a balance past the range of an amount is refused, not wrapped")
}

// From the example's own folder (the test's working directory) the sample
// and the files it names are found; yes/no read 是/否 and the summary's
// amounts end in the same display column.
func TestSampleFromOwnFolderReadable(t *testing.T) {
	text := runOK(t)
	assert.Contains(t, text, "记为收入")
	assert.Contains(t, text, "  是  ")
	assert.Contains(t, text, "  否  ")
	assert.NotContains(t, text, "true")
	assert.NotContains(t, text, "false")
	var ends []int
	in := false
	for _, line := range strings.Split(text, "\n") {
		if strings.Contains(line, "第七十七条") {
			in = true
			continue
		}
		if in && (strings.Contains(line, "收入") || strings.Contains(line, "支出") || strings.Contains(line, "结余")) {
			ends = append(ends, textout.Width(line))
		}
	}
	require.NotEmpty(t, ends)
	for _, e := range ends {
		assert.Equal(t, ends[0], e)
	}
}

func TestBadInput(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Equal(t, 1, run([]string{"-month", "/nonexistent.json"}, &out, &errOut))
	dir := t.TempDir()
	bad := filepath.Join(dir, "m.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"period":"2026-03","oops":1}`), 0o644))
	errOut.Reset()
	assert.Equal(t, 1, run([]string{"-month", bad}, &out, &errOut))
	assert.True(t, strings.Contains(errOut.String(), "oops"), errOut.String())
	assert.Equal(t, 2, run([]string{"-zzz"}, &out, &errOut))
}

// A bad flag or a stray argument is complained about in Chinese (package
// flag's English is not printed), in English with -lang en.
func TestBadFlagChinese(t *testing.T) {
	for _, args := range [][]string{{"-zzz"}, {"extra"}, {"-json=x"}} {
		var out, errOut bytes.Buffer
		assert.Equal(t, 2, run(args, &out, &errOut), "%v", args)
		assert.Contains(t, errOut.String(), "用法：", "%v", args)
		assert.Empty(t, msg.EnglishWords(errOut.String(), "ledger", "extra"), "%v: %s", args, errOut.String())
	}
	var out, errOut bytes.Buffer
	assert.Equal(t, 2, run([]string{"-lang", "en", "extra"}, &out, &errOut))
	assert.Contains(t, errOut.String(), `ledger: unexpected argument "extra"`)
}
