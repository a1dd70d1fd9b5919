package eligibility

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/zhcheck"
)

// handClauseText and handClauseTextZH are the clause texts before issue 20
// (written by hand, beside the catalogue); the catalogue must render them
// byte for byte.
var handClauseText = [...]string{
	"第十条第一款 (counts on the Beijing day it ended, by 24:00)",
	"第十条第一款第（一）项 (registered and within the insured scope)",
	"第十条第一款第（二）项 (started in Shanghai)",
	"第十条第一款第（三）项 (ended by delivery or midway transfer)",
	"第十条第一款第（三）项 \"等\" (cancelled after execution started: counted under Rules.CountCancelledAfterStart)",
}

var handClauseTextZH = [...]string{
	"第十条第一款：按执行结束时的北京时间（24:00 前）计入当日",
	"第十条第一款第（一）项：已在平台注册并符合参保范围",
	"第十条第一款第（二）项：在本市开始执行",
	"第十条第一款第（三）项：以送达或中途转单结束",
	"第十条第一款第（三）项“等”：执行开始后取消（按规则选项 CountCancelledAfterStart 计入）",
}

func handList(c Clauses, texts []string) []string {
	var out []string
	for i, t := range texts {
		if c&(1<<i) != 0 {
			out = append(out, t)
		}
	}
	return out
}

// handString is Decision.String before issue 20.
func handString(d Decision) string {
	cl := strings.Join(handList(d.Clauses, handClauseText[:]), "; ")
	if d.OtherMonth {
		return fmt.Sprintf("not counted in this month: counts on %s (%s), another month", d.Day, cl)
	}
	if d.Counted {
		return fmt.Sprintf("counted on %s: %s", d.Day, cl)
	}
	return "not counted: fails " + cl
}

// handZH is Decision.ExplainZH before issue 20.
func handZH(d Decision) []string {
	cl := strings.Join(handList(d.Clauses, handClauseTextZH[:]), "；")
	if d.OtherMonth {
		return []string{"本月不计入：应计入 " + d.Day.String() + "（" + cl + "），属于其他月份"}
	}
	if d.Counted {
		return []string{"计入 " + d.Day.String() + "：" + cl}
	}
	return []string{"不计入，不符合：" + cl}
}

// TestExplainRendersTheHandTexts: every set of clauses in every shape of
// decision renders, in both languages, the bytes the hand-written texts gave.
func TestExplainRendersTheHandTexts(t *testing.T) {
	require.NoError(t, catalogues().Err())
	require.NoError(t, explain.Agree(catalogues().In(explain.English), catalogues().In(explain.Chinese)))
	assert.Len(t, clauseIDs, len(handClauseText))
	assert.Len(t, clauseArticles, len(handClauseText))
	day, err := calendar.ParseDate("2026-03-31")
	require.NoError(t, err)
	for c := Clauses(0); c < 1<<len(clauseIDs); c++ {
		assert.Equal(t, strings.Join(handList(c, handClauseText[:]), "; "), c.String())
		assert.Equal(t, strings.Join(handList(c, handClauseTextZH[:]), "；"), c.Chinese())
		assert.Equal(t, handList(c, handClauseText[:]), c.list(explain.English))
		assert.Equal(t, handList(c, handClauseTextZH[:]), c.list(explain.Chinese))
		for _, d := range []Decision{
			{Counted: true, Day: day, Clauses: c},
			{Clauses: c},
			{Day: day, Clauses: c, OtherMonth: true},
			{},
		} {
			assert.Equal(t, []string{handString(d)}, d.Explain(explain.English))
			assert.Equal(t, handZH(d), d.Explain(explain.Chinese))
			for _, s := range d.steps() {
				require.NoError(t, s.Validate())
			}
		}
	}
	assert.Nil(t, Decision{}.Explain("fr"))
	assert.Nil(t, Messages("fr"))
}

// TestDecisionExplainZH: the Chinese line has the same figures and clauses
// as the English one.
func TestDecisionExplainZH(t *testing.T) {
	day, err := calendar.ParseDate("2026-03-31")
	assert.NoError(t, err)
	all := Clauses(0)
	for i := range clauseIDs {
		all |= 1 << i
	}
	for _, d := range []Decision{
		{Counted: true, Day: day, Clauses: all &^ (1 << (len(clauseIDs) - 1))},
		{Counted: false, Clauses: all},
	} {
		zhcheck.Check(t, d.Explain(explain.English), d.Explain(explain.Chinese), true)
		assert.Len(t, d.Clauses.list(explain.Chinese), len(d.Clauses.list(explain.English)))
	}
	assert.Contains(t, Decision{Counted: true, Day: day}.Explain(explain.Chinese)[0], "计入 2026-03-31")
}
