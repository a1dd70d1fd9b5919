package golden_test

import (
	"path/filepath"
	"testing"

	"github.com/zhishang/zhishang/internal/golden"
	_ "github.com/zhishang/zhishang/internal/golden/all"
)

// Every package's golden cases give their explanations word for word as
// testdata/golden/<package>/explanations.txt holds them, in English and in
// Chinese, and each Chinese line cites the articles of its English twin
// (issue 19: a changed article or word in a hand-written reason survived).
// Each package's own tests check its directory (CheckDir); this runs them all
// from the runner, so that `go test ./internal/golden/` catches the same.
func TestExplanationsWordForWord(t *testing.T) {
	for _, d := range []string{"analysis", "benefits", "calendar", "claims", "eligibility", "ledger", "levy"} {
		golden.CheckDir(t, filepath.Join("..", "..", "testdata", "golden", d))
	}
}

// The article comparison tells a wrong 款 or 项 from the right one and
// forgives only a bare 第N条 beside its own 款.
func TestCitedArticles(t *testing.T) {
	for _, c := range []struct {
		en, zh string
		same   bool
	}{
		{"settle (第五十七条)", "结算（第五十七条）", true},
		{"settle (第五十七条)", "结算（第五十六条）", false},
		{"by the platform (第六十九条第二款)", "由平台企业承担（第六十九条第二款）", true},
		{"by the platform (第六十九条第二款)", "由平台企业承担（第六十九条第一款）", false},
		{"x (第十条第一款（二）)", "x（第十条第一款（三））", false},
		{"extension without a reason (第二十二条第一款)", "未说明特殊情况（第二十二条）。涉及：第二十二条第一款", true},
		{"x (第二十二条第一款)", "x（第二十二条）", false},
		{"x (第四十二条)", "x", false},
	} {
		o := golden.Outcome{Explanation: []string{c.en}, ExplanationZH: []string{c.zh}}
		if got := len(golden.ArticleMismatches(o)) == 0; got != c.same {
			t.Errorf("%q / %q: same articles %v, want %v", c.en, c.zh, got, c.same)
		}
	}
}
