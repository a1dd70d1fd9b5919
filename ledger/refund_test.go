package ledger_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/strictjson"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/ledger"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/money"
)

// Issue 21: a 第十六条 adjustment is the ledger's own (Adjustment), its
// direction a closed list (Direction) with the spelling of package levy.

func TestParseDirection(t *testing.T) {
	for s, want := range map[string]ledger.Direction{"refund": ledger.RefundDue, "top_up": ledger.TopUpDue, "none": ledger.NoneDue} {
		d, err := ledger.ParseDirection(s)
		require.NoError(t, err, s)
		assert.Equal(t, want, d)
		assert.Equal(t, s, string(d), "the text is the value")
		assert.NotEmpty(t, d.Chinese(), s)
	}
	assert.Equal(t, "退还", ledger.RefundDue.Chinese())
	assert.Equal(t, "补缴", ledger.TopUpDue.Chinese())
	assert.Equal(t, "无需退补", ledger.NoneDue.Chinese())
	for _, s := range []string{"", "Refund", "refund ", "topup", "top-up", "退还", "110101199003071234"} {
		d, err := ledger.ParseDirection(s)
		require.ErrorIs(t, err, ledger.ErrBadDirection, "%q", s)
		assert.Equal(t, ledger.Direction(""), d)
		assert.NotContains(t, err.Error(), "110101199003071234", "an identity number is masked")
		assert.Empty(t, ledger.Direction(s).Chinese(), "%q", s)
	}
	var zero ledger.Direction
	assert.Empty(t, zero.Chinese(), "the zero Direction is no direction")
	var nilDir *ledger.Direction
	require.ErrorIs(t, nilDir.UnmarshalText([]byte("refund")), ledger.ErrBadDirection)
}

// levy writes an adjustment's kind with the spelling Direction reads, so the
// one-line conversion at a host's edge is exact, and levy's JSON reads as
// the ledger's Adjustment.
func TestDirectionHasLevysSpelling(t *testing.T) {
	for k, want := range map[levy.AdjustmentKind]ledger.Direction{levy.Refund: ledger.RefundDue, levy.TopUp: ledger.TopUpDue, levy.NoneDue: ledger.NoneDue} {
		d, err := ledger.ParseDirection(string(k))
		require.NoError(t, err, k)
		assert.Equal(t, want, d)
	}
	la, err := levy.Correct(levy.Correction{Platform: "pb", Period: testdates.Month(t, "2026-03"), Paid: money.MustParse("250.00"), Due: money.MustParse("248.33")})
	require.NoError(t, err)
	b, err := json.Marshal(la)
	require.NoError(t, err)
	var a ledger.Adjustment
	require.NoError(t, strictjson.Decode(b, &a), string(b))
	assert.Equal(t, ledger.Adjustment{Platform: la.Platform, Period: la.Period, Direction: ledger.Direction(la.Kind), Amount: la.Amount}, a)
	assert.Equal(t, ledger.RefundDue, a.Direction)
	out, err := json.Marshal(a)
	require.NoError(t, err)
	assert.JSONEq(t, `{"platform":"pb","period":"2026-03","kind":"refund","amount":"1.67"}`, string(out))
}

func TestAdjustmentJSONRefusesUnknownDirection(t *testing.T) {
	for _, doc := range []string{
		`{"platform":"pb","period":"2026-03","kind":"refunded","amount":"1.67"}`,
		`{"platform":"pb","period":"2026-03","kind":"","amount":"1.67"}`,
	} {
		var a ledger.Adjustment
		require.ErrorIs(t, json.Unmarshal([]byte(doc), &a), ledger.ErrBadDirection, doc)
		require.ErrorIs(t, strictjson.Decode([]byte(doc), &a), ledger.ErrBadDirection, doc)
	}
}

func TestRefundDirection(t *testing.T) {
	mar, may10 := testdates.Month(t, "2026-03"), testdates.Day(t, "2026-05-10")
	amt := money.MustParse("1.67")
	adj := func(d ledger.Direction) ledger.Adjustment {
		return ledger.Adjustment{Platform: "pb", Period: mar, Direction: d, Amount: amt}
	}
	// refund: out of the special account; top-up: into it
	p, ok, err := ledger.Refund("RF1", adj(ledger.RefundDue), may10, "pb 基本存款账户")
	require.NoError(t, err)
	require.True(t, ok)
	assert.Equal(t, []ledger.Line{{Subject: ledger.LevyIncome, Debit: amt}, {Subject: ledger.SpecialAccount, Credit: amt}}, p.Lines)
	assert.Contains(t, p.Explain(explain.English), "to pb 基本存款账户")
	assert.Equal(t, ledger.Counterparty{Kind: ledger.PlatformParty, ID: "pb"}, p.Counterparty)
	require.NoError(t, p.Validate())
	p, ok, err = ledger.Refund("TU1", adj(ledger.TopUpDue), may10, "")
	require.NoError(t, err)
	require.True(t, ok)
	assert.Equal(t, []ledger.Line{{Subject: ledger.SpecialAccount, Debit: amt}, {Subject: ledger.LevyIncome, Credit: amt}}, p.Lines)
	// nothing due, or nothing to move: no posting, no error
	for _, a := range []ledger.Adjustment{adj(ledger.NoneDue), {Platform: "pb", Period: mar, Direction: ledger.RefundDue, Amount: money.Amount{}}} {
		p, ok, err = ledger.Refund("N1", a, may10, "")
		require.NoError(t, err)
		assert.False(t, ok)
		assert.Empty(t, p.ID)
	}
	// an unknown direction, or none at all (the zero Adjustment), is
	// refused: it was booked as a top-up before issue 21
	for _, a := range []ledger.Adjustment{adj("Refund"), adj("refunded"), adj(""), {}} {
		p, ok, err = ledger.Refund("X1", a, may10, "pb")
		require.ErrorIs(t, err, ledger.ErrBadDirection, "%q", a.Direction)
		assert.False(t, ok)
		assert.Empty(t, p.Lines)
	}
}
