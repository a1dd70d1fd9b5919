package ledger

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/zhcheck"
	"github.com/zhishang/zhishang/money"
)

// Issue 22: every refusal says in Chinese what its English says, with the
// same figures and names: a clerk reading the ledger example never meets
// "详情见 -lang en".

// chineseDetail is the Chinese text of the first error in err's tree that
// has one (what errcode.Wire and the examples show).
func chineseDetail(err error) string {
	var zh interface{ Chinese() string }
	if errors.As(err, &zh) {
		return zh.Chinese()
	}
	return ""
}

// checkRefusalZH fails t unless err's Chinese says more than its code's
// meaning, in Chinese, with every figure of its English.
func checkRefusalZH(t *testing.T, err error) string {
	t.Helper()
	require.Error(t, err)
	zh := chineseDetail(err)
	code := errcode.Of(err)
	require.False(t, code.IsZero(), "%v", err)
	assert.NotEqual(t, code.Chinese(), zh, "only the code's meaning: %v", err)
	assert.True(t, strings.HasPrefix(zh, code.Chinese()), "%q does not start with its code's Chinese", zh)
	assert.True(t, zhcheck.HasHan(zh))
	assert.Empty(t, zhcheck.Missing([]string{err.Error()}, []string{zh}), "EN: %s\nZH: %s", err, zh)
	assert.NotContains(t, zh, "详情见")
	return zh
}

func TestRefusalsInChinese(t *testing.T) {
	amt := money.MustParse
	post := func(ps ...Posting) error {
		j := &Journal{}
		for _, p := range ps[:len(ps)-1] {
			if _, err := j.Post(p); err != nil {
				return err
			}
		}
		_, err := j.Post(ps[len(ps)-1])
		return err
	}
	opening := Posting{ID: "D1", Date: day("2026-03-02"), Period: month("2026-03"), Counterparty: Counterparty{Kind: BankParty, ID: "b"},
		Source: "期初余额", Lines: []Line{{Subject: SpecialAccount, Debit: amt("100.00")}, {Subject: FundBalance, Credit: amt("100.00")}}}
	with := func(f func(p *Posting)) Posting {
		p := opening
		p.Lines = append([]Line(nil), opening.Lines...)
		f(&p)
		return p
	}
	for _, c := range []struct {
		name string
		err  error
		code error
		zh   string // the exact Chinese, when given
	}{
		{"no date", post(with(func(p *Posting) { p.Date = day("") })), errBadPosting, `记账凭证不合要求：凭证 "D1"：没有日期`},
		{"one line", post(with(func(p *Posting) { p.Lines = p.Lines[:1] })), errBadPosting, `记账凭证不合要求：凭证 "D1"：分录少于两行`},
		{"source too long", post(with(func(p *Posting) { p.Source = strings.Repeat("x", 70000) })), errBadPosting, ""},
		{"bad line", post(with(func(p *Posting) { p.Lines[1].Credit = amt("-1.00") })), errBadPosting, `记账凭证不合要求：凭证 "D1"：第 2 行：应在借方或贷方之一写一个正数金额，最多 10¹² 元`},
		{"unbalanced", post(with(func(p *Posting) { p.Lines[1].Credit = amt("99.00") })), errUnbalanced, `借贷不平衡：凭证 "D1"：借方 100.00，贷方 99.00`},
		{"not scheme", post(with(func(p *Posting) { p.Lines[1].Subject = "x.y" })), errNotScheme, `不是职业伤害保障的科目：凭证 "D1"：第 2 行：科目 "x.y" 不是职业伤害保障的科目`},
		{"counterparty kind", post(with(func(p *Posting) { p.Counterparty.Kind = "bank2" })), errBadCounterparty, ""},
		{"entry date after", post(with(func(p *Posting) { p.EntryDate = day("2026-03-05"); p.Reverses = "X" })), errBadPosting, `记账凭证不合要求：凭证 "D1"：资金入库日期 2026-03-05 晚于凭证日期 2026-03-02`},
		{"conflict", post(opening, with(func(p *Posting) { p.Source = "别的" })), ErrConflict, `已有同一编号但内容不同的凭证：凭证编号 "D1"`},
		{"unknown reversal", post(with(func(p *Posting) { p.ID = "R1"; p.Reverses = "D9" })), ErrUnknownID, `不存在该编号的凭证：凭证 "R1" 冲销的 "D9" 不存在`},
		{"reserved", post(with(func(p *Posting) { p.ID = "treasury-receipt:T1" })), errReservedID, ""},
		{"negative", post(with(func(p *Posting) {
			p.Lines[0], p.Lines[1] = Line{Subject: FundBalance, Debit: amt("100.00")}, Line{Subject: SpecialAccount, Credit: amt("100.00")}
		})), ErrNegative, ""},
		{"closed-year rule", (&Journal{}).SetClosedYearRule(7), errBadRule, `已结账年度的处理规则不在列表中（应为 book_in_open_year 或 refuse_closed_year）：所填 7`},
		{"direction", func() error { _, err := parseDirection("sideways"); return err }(), errBadDirection, ""},
		{"basis rule", func() error { _, err := parseBasisRule("magic"); return err }(), errBadPosting, `记账凭证不合要求：记账依据规则 "magic" 不在列表中`},
	} {
		t.Run(c.name, func(t *testing.T) {
			require.ErrorIs(t, c.err, c.code)
			zh := checkRefusalZH(t, c.err)
			if c.zh != "" {
				assert.Equal(t, c.zh, zh)
			}
		})
	}
}

func TestReconcileAndSettleRefusalsInChinese(t *testing.T) {
	amt := money.MustParse
	r := Receipt{ID: "T1", Platform: "p", Period: month("2026-03"), EntryDate: day("2026-04-10"), Amount: amt("5.00")}
	recon := func(rs []Receipt, cs []Collection, ds []Due) error {
		_, err := (&Journal{}).Reconcile(rs, cs, ds, day("2026-04-30"))
		return err
	}
	noPeriod := r
	noPeriod.Period = month("")
	pay := Payment{ID: "P1", Date: day("2026-05-03"), Insurer: "ins", Worker: "w", Subject: Medical, Amount: amt("10.00")}
	settle := func(ps ...Payment) error {
		_, err := Settle("ins", month("2026-05"), ps, money.Amount{}, day("2026-06-05"))
		return err
	}
	late := pay
	late.Date = day("2026-04-30")
	other := pay
	other.Insurer = "ins2"
	for _, c := range []struct {
		name string
		err  error
		zh   string
	}{
		{"no fee period", recon([]Receipt{noPeriod}, nil, nil), `对账记录不合要求：第 1 条国库入库记录 "T1"：没有费款所属期`},
		{"twice", recon([]Receipt{r, r}, nil, nil), `对账记录重复：国库入库记录编号 "T1" 出现两次`},
		{"collection", recon(nil, []Collection{{ID: "C1", Platform: "p", Amount: amt("1.00")}}, nil), ""},
		{"due", recon(nil, nil, []Due{{Platform: "p", Period: month("2026-03"), Amount: amt("-1.00")}}), ""},
		{"settle day", func() error {
			_, err := Settle("ins", month("2026-05"), nil, money.Amount{}, day("2026-08-01"))
			return err
		}(), ""},
		{"payment month", settle(late), ""},
		{"payment insurer", settle(other), ""},
		{"repeated", settle(pay, pay), ""},
		{"ban", CheckInsurer("ins", day("2026-06-01"), []AgreementEnd{{Insurer: "ins", Ended: day("2026-05-10"), Reason: Fraud}}),
			`该商业保险机构在禁入期内，不得参与职业伤害保障委托承办工作（第六十四条）："ins" 的协议于 2026-05-10 终止（骗取、套取保障资金），至 2029-05-10（含）不得再参与`},
		{"end", CheckInsurer("ins", day("2026-06-01"), []AgreementEnd{{Insurer: "ins", Reason: Fraud}}), ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			zh := checkRefusalZH(t, c.err)
			if c.zh != "" {
				assert.Equal(t, c.zh, zh)
			}
		})
	}
}
