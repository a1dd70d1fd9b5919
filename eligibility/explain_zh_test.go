package eligibility

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/zhcheck"
)

func TestDecisionExplainZH(t *testing.T) {
	day, err := calendar.ParseDate("2026-03-31")
	assert.NoError(t, err)
	assert.Len(t, clauseTextZH, len(clauseText), "one Chinese text a clause")
	all := Clauses(0)
	for i := range clauseText {
		all |= 1 << i
	}
	for _, d := range []Decision{
		{Counted: true, Day: day, Clauses: all &^ (1 << (len(clauseText) - 1))},
		{Counted: false, Clauses: all},
	} {
		zhcheck.Check(t, []string{d.String()}, d.ExplainZH(), true)
		assert.Len(t, d.Clauses.listZH(), len(d.Clauses.list()))
	}
	assert.Contains(t, Decision{Counted: true, Day: day}.ExplainZH()[0], "计入 2026-03-31")
}
