package ledger_test

// Tests written for the survivors of round 13 of the issue 19 mutation
// study (testdata/mutation), re-run on the tree of session 27.

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/money"
)

// 第七十九条: an ID refused says where and why without the ID itself: the
// character and its byte offset when one character is refused (offset 0
// included), the reason alone when the ID as a whole is. DEL (U+007F) is a
// control character: refused like the others.
func TestIDErrorSaysWhereAndWhy(t *testing.T) {
	m := testdates.Month(t, "2026-03")
	hundred := money.MustParse("100.00")
	for id, want := range map[string]string{
		"":       "invalid ID: empty",
		" T1":    "invalid ID: a control character or white space (U+0020 at byte 0)",
		"T1\x7f": "invalid ID: a control character or white space (U+007F at byte 2)",
		"\x7fT1": "invalid ID: a control character or white space (U+007F at byte 0)",
	} {
		_, err := ledger.Reconcile([]ledger.Receipt{{ID: id, Platform: "p", Period: m, Amount: hundred, EntryDate: testdates.Day(t, "2026-04-21")}}, nil, nil)
		require.ErrorIs(t, err, ledger.ErrBadID, "%q", id)
		var ie *ledger.IDError
		require.ErrorAs(t, err, &ie, "%q", id)
		assert.Equal(t, want, ie.Error(), "%q", id)
	}
	// The character before DEL, '~', is an ID's like any other.
	_, err := ledger.Reconcile([]ledger.Receipt{{ID: "T~1", Platform: "p", Period: m, Amount: hundred, EntryDate: testdates.Day(t, "2026-04-21")}}, nil, nil)
	assert.NoError(t, err)
}

// A posting posted again under its ID is a duplicate only when its
// content is the same: one that differs only in what it reverses, or only
// in the open item it clears, is a conflict, never taken for the first.
func TestRepostDifferingOnlyInReversesOrClears(t *testing.T) {
	for name, change := range map[string]func(*ledger.Posting){
		"reverses": func(p *ledger.Posting) { p.Reverses = "y" },
		"clears":   func(p *ledger.Posting) { p.Clears = "z" },
	} {
		var j ledger.Journal
		p := receiptPosting(t, "x", "1.00")
		_, err := j.Post(p)
		require.NoError(t, err, name)
		dup, err := j.Post(p)
		require.NoError(t, err, name)
		assert.True(t, dup, name)
		change(&p)
		dup, err = j.Post(p)
		assert.ErrorIs(t, err, ledger.ErrConflict, name)
		assert.False(t, dup, name)
	}
}
