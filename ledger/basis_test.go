package ledger_test

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/internal/zhcheck"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/money"
)

// Issue 20: a journal an earlier version wrote, its postings' "source"
// English sentences, still loads; every document booked again by this
// version is the same posting (a duplicate, never ErrConflict), and the
// other way round; each posting the package built is explained from the
// basis its sentence maps to.
func TestJournalBeforeIssue20(t *testing.T) {
	old, err := os.ReadFile("testdata/journal-before-issue20.json")
	require.NoError(t, err)
	legacy, err := ledger.ParseSnapshot(old)
	require.NoError(t, err)
	now, err := basisScenario()
	require.NoError(t, err)
	require.Equal(t, legacy.Len(), now.Len())
	for _, p := range now.Postings() {
		dup, err := legacy.Post(p)
		assert.NoError(t, err, p.ID)
		assert.True(t, dup, p.ID)
	}
	for _, p := range legacy.Postings() {
		dup, err := now.Post(p)
		assert.NoError(t, err, p.ID)
		assert.True(t, dup, p.ID)
		q, _ := now.Posting(p.ID)
		// The explanation is the same: rendered from the same data.
		assert.Equal(t, q.Explain(explain.English), p.Explain(explain.English), p.ID)
		assert.Equal(t, q.Explain(explain.Chinese), p.Explain(explain.Chinese), p.ID)
		if !p.Origin.IsZero() || p.Clears != "" || !p.FeePeriod.IsZero() {
			assert.True(t, p.Basis.IsZero(), p.ID)
			assert.NotEqual(t, p.Source, p.Explain(explain.English), "%s: explained from its basis, not its sentence", p.ID)
		}
	}
	assert.Equal(t, legacy.Balances(), now.Balances())
	// The snapshot gives the stored postings back as they were read: the
	// old sentences stay in "source", nothing is rewritten.
	b, err := json.Marshal(legacy.Snapshot())
	require.NoError(t, err)
	var before, after any
	require.NoError(t, json.Unmarshal(old, &before))
	require.NoError(t, json.Unmarshal(b, &after))
	assert.Equal(t, before, after)
}

// Issue 20: JSON of a posting the package builds holds its basis (rule and
// values), never a sentence; a posting the host writes keeps its Source.
func TestPostingJSONHoldsTheBasis(t *testing.T) {
	j, err := basisScenario()
	require.NoError(t, err)
	rules := map[ledger.BasisRule]bool{}
	for _, p := range j.Postings() {
		b, err := json.Marshal(p)
		require.NoError(t, err)
		s := string(b)
		en := p.Explain(explain.English)
		if p.Basis.IsZero() {
			assert.Contains(t, s, `"source":`, p.ID)
			assert.NotContains(t, s, `"basis":`, p.ID)
			continue
		}
		rules[p.Basis.Rule] = true
		assert.NotContains(t, s, `"source":`, p.ID)
		assert.Contains(t, s, `"basis":{"rule":"`+string(p.Basis.Rule)+`"`, p.ID)
		assert.NotContains(t, s, en, p.ID)
		zhcheck.Check(t, []string{en}, []string{p.Explain(explain.Chinese)}, false)
		// Read back, the posting is the same one.
		var q ledger.Posting
		require.NoError(t, json.Unmarshal(b, &q))
		assert.Equal(t, p, q)
	}
	assert.Len(t, rules, 10, "every rule is booked by the scenario")
	p, _ := j.Posting("RF1")
	b, _ := json.Marshal(p.Basis)
	assert.Equal(t, `{"rule":"refund","to":"platform-a 基本存款账户"}`, string(b))
	p, _ = j.Posting("benefit-paid:P1")
	b, _ = json.Marshal(p.Basis)
	assert.Equal(t, `{"rule":"insurer_payment","insurer":"insurer-x"}`, string(b))
}

// The explanations of the scenario, in both languages.
func TestPostingExplain(t *testing.T) {
	j, err := basisScenario()
	require.NoError(t, err)
	want := map[string][2]string{
		"treasury-receipt:T1": {"treasury receipt T1 of 100.00 entered 2026-03-20: levy income for fee period 2026-02; 第十七条、第十八条、第四十九条",
			"国库入库 T1，100.00 元，入库日期 2026-03-20：计入职业伤害保障费收入，属 2026-02 费款账期（第十七条、第十八条、第四十九条）"},
		"treasury-receipt:T6": {"treasury receipt T6 of 60.00 entered 2026-03-28: levy income for fee period 2026-02 (entered in a closed period: booked in 2026-04); 第十七条、第十八条、第四十九条",
			"国库入库 T6，60.00 元，入库日期 2026-03-28：计入职业伤害保障费收入，属 2026-02 费款账期（入库时该期间已结账：记入 2026-04）（第十七条、第十八条、第四十九条）"},
		"suspense-clear:T2": {"treasury receipt T2 of 50.00 cleared from suspense, the records of fee period 2026-02 now agreeing: levy income as of its entry date 2026-03-21 (entered in a closed period: booked in 2026-04); 第十七条、第十八条、第四十九条",
			"国库入库 T2，50.00 元，2026-02 费款账期的记录已核对一致：由暂收款转入职业伤害保障费收入，按入库日期 2026-03-21 记账（入库时该期间已结账：记入 2026-04）（第十七条、第十八条、第四十九条）"},
		"CH3": {"held receipt treasury-receipt:T3 (30.00): 10.00 refunded to platform-c 基本存款账户, the rest (20.00) levy income; 第十六条、第十八条",
			"暂收款 treasury-receipt:T3（30.00 元）：退还 10.00 元至 platform-c 基本存款账户，其余 20.00 元转入职业伤害保障费收入（第十六条、第十八条）"},
		"insurer-settlement:insurer-x:2026-03": {"insurer insurer-x settled 800.00 for the payments of 2026-03; 第五十七条",
			"与商业保险机构 insurer-x 结算 2026-03 垫付的待遇 800.00 元（第五十七条）"},
		"RV1":  {"reversal of RF1: refund entered twice", "冲销凭证 RF1：refund entered twice"},
		"OPEN": {"opening balance", "opening balance"},
	}
	for id, w := range want {
		p, ok := j.Posting(id)
		require.True(t, ok, id)
		assert.Equal(t, w[0], p.Explain(explain.English), id)
		assert.Equal(t, w[1], p.Explain(explain.Chinese), id)
	}
	for _, p := range j.Postings() {
		for _, s := range []string{p.Explain(explain.English), p.Explain(explain.Chinese)} {
			assert.NotContains(t, s, "⟦", p.ID)
		}
	}
	for _, it := range j.OpenItems() {
		assert.Equal(t, ledger.RuleReceiptHeld, it.Basis.Rule)
		assert.Contains(t, it.Explain(explain.English), "treasury receipt "+it.Receipt+" of "+it.Amount.String())
		assert.Contains(t, it.Explain(explain.Chinese), "挂账暂收款")
	}
}

// The package's messages build catalogues, agree between the languages,
// and render every step a posting gives.
func TestMessages(t *testing.T) {
	en, err := explain.NewCatalogue(explain.English, ledger.Messages(explain.English))
	require.NoError(t, err)
	zh, err := explain.NewCatalogue(explain.Chinese, ledger.Messages(explain.Chinese))
	require.NoError(t, err)
	require.NoError(t, explain.Agree(en, zh))
	assert.Nil(t, ledger.Messages("fr"))
	j, err := basisScenario()
	require.NoError(t, err)
	for _, p := range j.Postings() {
		e := p.Steps()
		for _, s := range e {
			require.NoError(t, s.Validate(), p.ID)
		}
		got, err := en.Text(e)
		require.NoError(t, err, p.ID)
		assert.Equal(t, p.Explain(explain.English), got)
		got, err = zh.Text(e)
		require.NoError(t, err, p.ID)
		assert.Equal(t, p.Explain(explain.Chinese), got)
	}
}

// A basis is checked where it is read and where it is posted.
func TestBasisRefused(t *testing.T) {
	j, err := basisScenario()
	require.NoError(t, err)
	base, _ := j.Posting("RF1")
	for name, edit := range map[string]func(p *ledger.Posting){
		"a basis and a source":   func(p *ledger.Posting) { p.Source = "host" },
		"an unknown rule":        func(p *ledger.Posting) { p.Basis.Rule = "refund_v2" },
		"no rule, a value":       func(p *ledger.Posting) { p.Basis = ledger.Basis{To: "x"} },
		"a rule of a receipt":    func(p *ledger.Posting) { p.Basis.Rule = ledger.RuleReceipt },
		"a top-up names no one":  func(p *ledger.Posting) { p.Basis.Rule = ledger.RuleTopUp },
		"a refund with Clears":   func(p *ledger.Posting) { p.Clears = "treasury-receipt:T3" },
		"a clearing rule":        func(p *ledger.Posting) { p.Basis.Rule = ledger.RuleHeldRefunded },
		"an insurer on a refund": func(p *ledger.Posting) { p.Basis.Insurer = "insurer-x" },
		"an account not UTF-8":   func(p *ledger.Posting) { p.Basis.To = "\xff" },
		"a reversal":             func(p *ledger.Posting) { p.Reverses = "TU1" },
	} {
		p := base
		p.ID = "X-" + strings.ReplaceAll(name, " ", "-")
		edit(&p)
		_, err := j.Post(p)
		assert.ErrorIs(t, err, ledger.ErrBadPosting, name)
		assert.Equal(t, ledger.ErrBadPosting, errcode.Of(err), name)
	}
	pay, _ := j.Posting("benefit-paid:P1")
	pay.Basis.Insurer = ""
	assert.ErrorIs(t, pay.Validate(), ledger.ErrBadPosting)
	assert.ErrorIs(t, pay.Validate(), ledger.ErrBadID)

	// An unknown rule in a snapshot is refused where it is read.
	_, err = ledger.ParseSnapshot([]byte(`{"postings":[{"id":"X","date":"2026-04-16","period":"2026-04","fee_period":"2026-02",
		"counterparty":{"kind":"platform","id":"p"},"basis":{"rule":"refund_v2"},
		"lines":[{"subject":"ozb.income.levy","debit":"1.00"},{"subject":"ozb.asset.special_account","credit":"1.00"}]}],"closed":[]}`))
	assert.ErrorIs(t, err, ledger.ErrSnapshotJSON)
	assert.ErrorIs(t, err, ledger.ErrBadPosting)
	_, err = ledger.ParseBasisRule("")
	assert.True(t, errors.Is(err, ledger.ErrBadPosting))
	r, err := ledger.ParseBasisRule("top_up")
	assert.NoError(t, err)
	assert.Equal(t, ledger.RuleTopUp, r)
	assert.Equal(t, "少缴补缴", r.Chinese())
	assert.Equal(t, "", ledger.BasisRule("x").Chinese())
}

// A host's posting whose Source happens to read like a package's
// sentence, but does not fit the posting, stays the host's words.
func TestHostSourceNotMistaken(t *testing.T) {
	var j ledger.Journal
	cp := ledger.Counterparty{Kind: ledger.PlatformParty, ID: "p"}
	lines := []ledger.Line{{Subject: ledger.SpecialAccount, Debit: money.MustParse("1.00")}, {Subject: ledger.LevyIncome, Credit: money.MustParse("1.00")}}
	p := ledger.Posting{ID: "H1", Date: testdates.Day(t, "2026-04-16"), Period: testdates.Month(t, "2026-04"), Counterparty: cp,
		Source: "第十六条 top-up for fee period 2026-03", FeePeriod: testdates.Month(t, "2026-02"), Lines: lines}
	_, err := j.Post(p)
	require.NoError(t, err)
	assert.Equal(t, "第十六条 top-up for fee period 2026-03", p.Explain(explain.English), "the fee period differs: not the package's sentence")
	q := p
	q.Source, q.Basis = "", ledger.Basis{Rule: ledger.RuleTopUp}
	_, err = j.Post(q)
	assert.ErrorIs(t, err, ledger.ErrConflict)
	r := p
	r.Source = "第十六条 top-up for fee period 2026-02"
	_, err = j.Post(r)
	assert.ErrorIs(t, err, ledger.ErrConflict, "other words")
}
