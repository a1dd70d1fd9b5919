package ledger_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/codetest"
	"github.com/zhishang/zhishang/ledger"
)

func TestCodes(t *testing.T) { codetest.Check(t, ledger.Codes()) }

// The sentinels that wrapped another still match it, and say the same.
func TestCodesUnderOthers(t *testing.T) {
	for sub, parent := range map[errcode.Code]errcode.Code{
		ledger.ErrClosedYear:      ledger.ErrClosed,
		ledger.ErrReservedID:      ledger.ErrBadPosting,
		ledger.ErrAlreadyBooked:   ledger.ErrConflict,
		ledger.ErrDuplicateRecord: ledger.ErrBadRecord,
	} {
		assert.True(t, errors.Is(sub, parent), sub.Code())
		assert.False(t, errors.Is(parent, sub), sub.Code())
		assert.Contains(t, sub.Error(), parent.Error()+": ", sub.Code())
	}
}

// A posting with a subject outside the scheme is named by that, first, and
// is still a bad posting.
func TestSpecificCodeFirst(t *testing.T) {
	p := ledger.Posting{ID: "p1", Lines: []ledger.Line{{Subject: "bank.cash"}, {Subject: "bank.other"}}}
	p.Counterparty.Kind, p.Counterparty.ID, p.Source = ledger.PlatformParty, "x", "s"
	p.Date, p.Period = mustDay("2026-03-02"), calendar.MonthOfDate(mustDay("2026-03-02"))
	err := p.Validate()
	assert.Equal(t, ledger.ErrNotScheme, errcode.Of(err), "%v", err)
	assert.True(t, errors.Is(err, ledger.ErrBadPosting))

	_, err = ledger.ParseSnapshot([]byte(`{"postings":[{"id":"p1","date":"2026-03-02","period":"2026-03","counterparty":{"kind":"company","id":"x"},"source":"s","lines":[]}],"closed":[]}`))
	assert.Equal(t, ledger.ErrBadCounterparty, errcode.Of(err), "%v", err)
	assert.True(t, errors.Is(err, ledger.ErrSnapshotJSON))
	_, err = ledger.ParseSnapshot([]byte(`{"postings":[`))
	assert.Equal(t, ledger.ErrSnapshotJSON, errcode.Of(err), "%v", err)
}
