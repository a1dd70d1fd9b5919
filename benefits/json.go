package benefits

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/money"
	"github.com/zhishang/zhishang/internal/strictjson"
	"github.com/zhishang/zhishang/param"
)

// The JSON forms. Every amount is a string with exactly two decimals
// (money.Fixed2); ratios, shares and wages (parameters, not payments) are
// decimal strings. An Award written by MarshalJSON reads back with
// ParseAward (or json.Unmarshal) as an equal award: items, formulas, notes,
// the pensions' basis and 第四十五条 data, so that a payroll can keep the
// award and run its schedule later.

type itemJSON struct {
	Kind        Kind             `json:"kind"`
	Name        string           `json:"name"` // Kind.Chinese(), for the reader; checked on reading
	Beneficiary string           `json:"beneficiary,omitempty"`
	Share       *decimal.Decimal `json:"share,omitempty"`
	Amount      money.Fixed2     `json:"amount"`
	Periodic    bool             `json:"periodic"`
	StartMonth  calendar.Month   `json:"start_month,omitzero"`
	EndMonth    calendar.Month   `json:"end_month,omitzero"`
	Rebase      *Rebase          `json:"rebase,omitempty"`
	Formula     string           `json:"formula"`
	Params      []param.Value    `json:"params"`
	Articles    []string         `json:"articles"`
	Provisional bool             `json:"provisional,omitempty"`
	Flagged     bool             `json:"flagged,omitempty"`
}

// MarshalJSON writes the item with its formula and Chinese name.
func (it Item) MarshalJSON() ([]byte, error) {
	w := itemJSON{Kind: it.Kind, Name: it.Kind.Chinese(), Beneficiary: it.Beneficiary, Amount: money.Fixed2(it.Amount),
		Periodic: it.Periodic, StartMonth: it.StartMonth, EndMonth: it.EndMonth, Rebase: it.Rebase, Formula: it.Formula(),
		Params: it.Params, Articles: it.Articles, Provisional: it.Provisional, Flagged: it.Flagged}
	if it.Kind == SurvivorPension {
		s := it.Share
		w.Share = &s
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads what MarshalJSON writes, strictly.
func (it *Item) UnmarshalJSON(data []byte) error {
	if it == nil {
		return fmt.Errorf("%w: decoding into a nil pointer", ErrBadAward)
	}
	var w itemJSON
	if err := strictjson.Decode(data, &w); err != nil {
		return err
	}
	if w.Name != w.Kind.Chinese() {
		return fmt.Errorf("%w: item %s named %s", ErrBadAward, shown(string(w.Kind)), shown(w.Name))
	}
	*it = Item{Kind: w.Kind, Beneficiary: w.Beneficiary, Amount: w.Amount.Decimal(), Periodic: w.Periodic,
		StartMonth: w.StartMonth, EndMonth: w.EndMonth, Rebase: w.Rebase, Params: w.Params, Articles: w.Articles,
		Provisional: w.Provisional, Flagged: w.Flagged, formula: formula{kind: fText, label: w.Formula}}
	if w.Share != nil {
		it.Share = *w.Share
	}
	return it.validate()
}

// validate checks a decoded item's figures: every decimal plausible
// (money.Sane: "1e2000000000" would hang the arithmetic), every parameter
// valid.
func (it Item) validate() error {
	bad := func(what string, err error) error {
		return fmt.Errorf("%w: %s %s: %v", ErrBadAward, it.Kind, what, err)
	}
	if err := money.Sane(it.Share); err != nil {
		return bad("share", err)
	}
	if it.Share.IsNegative() {
		return bad("share", fmt.Errorf("negative"))
	}
	if rb := it.Rebase; rb != nil {
		for i, f := range rb.Factors {
			// The figure is not printed: one Sane refuses may have an
			// exponent that printing would expand (1e999999999 hung).
			if err := money.Sane(f); err != nil {
				return bad(fmt.Sprintf("rebase factor #%d", i+1), err)
			}
			if f.IsNegative() {
				return bad(fmt.Sprintf("rebase factor #%d", i+1), fmt.Errorf("negative"))
			}
		}
	}
	for _, v := range it.Params {
		if err := v.Validate(); err != nil {
			return bad("parameter "+v.Name, err)
		}
	}
	return nil
}

type platformLineJSON struct {
	Kind     PlatformKind   `json:"kind"`
	Name     string         `json:"name"`
	Platform string         `json:"platform,omitempty"`
	Amount   money.Fixed2   `json:"amount"`
	From     calendar.Month `json:"from,omitzero"`
	To       calendar.Month `json:"to,omitzero"`
	Basis    string         `json:"basis,omitempty"`
}

type awardJSON struct {
	Items         []Item             `json:"items"`
	OneTimeTotal  money.Fixed2       `json:"one_time_total"`
	MonthlyTotal  money.Fixed2       `json:"monthly_total"`
	Situation     DeathSituation     `json:"death_situation,omitzero"`
	Pensions      *PensionBasis      `json:"pensions,omitempty"`
	Platform      []platformLineJSON `json:"platform,omitempty"`
	PlatformTotal *money.Fixed2      `json:"platform_total,omitempty"`
	Provisional   bool               `json:"provisional"`
	Flagged       bool               `json:"flagged"`
	Notes         []string           `json:"notes,omitempty"`
	Rulebook      string             `json:"rulebook,omitempty"`
}

// MarshalJSON writes the award with its notes; amounts have two decimals.
func (a Award) MarshalJSON() ([]byte, error) {
	w := awardJSON{Items: a.Items, OneTimeTotal: money.Fixed2(a.OneTimeTotal), MonthlyTotal: money.Fixed2(a.MonthlyTotal),
		Situation: a.Situation, Pensions: a.Pensions, Provisional: a.Provisional, Flagged: a.Flagged, Notes: a.Notes(), Rulebook: a.Rulebook}
	if w.Items == nil {
		w.Items = []Item{}
	}
	for _, l := range a.Platform {
		w.Platform = append(w.Platform, platformLineJSON{Kind: l.Kind, Name: l.Kind.Chinese(), Platform: l.Platform, Amount: money.Fixed2(l.Amount), From: l.From, To: l.To, Basis: l.Basis})
	}
	if len(a.Platform) > 0 {
		t := money.Fixed2(a.PlatformTotal)
		w.PlatformTotal = &t
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads what MarshalJSON writes, strictly (unknown keys and a
// fraction of a fen are errors).
func (a *Award) UnmarshalJSON(data []byte) error {
	if a == nil {
		return fmt.Errorf("%w: decoding into a nil pointer", ErrBadAward)
	}
	var w awardJSON
	if err := strictjson.Decode(data, &w); err != nil {
		return err
	}
	if pb := w.Pensions; pb != nil {
		for _, v := range []struct {
			name string
			d    decimal.Decimal
		}{{"wage_annual", pb.Wage}, {"death_base_ratio", pb.Ratio}, {"cap_of_wage", pb.Cap}} {
			// Not printed: see Item.validate.
			if err := money.Sane(v.d); err != nil {
				return fmt.Errorf("%w: pensions' basis %s: %v", ErrBadAward, v.name, err)
			}
			if v.d.IsNegative() {
				return fmt.Errorf("%w: pensions' basis %s is negative", ErrBadAward, v.name)
			}
		}
	}
	if !isFingerprint(w.Rulebook) {
		return fmt.Errorf("%w: rulebook %s: want a Fingerprint, 64 lowercase hexadecimal digits", ErrBadAward, shown(w.Rulebook))
	}
	*a = Award{Items: w.Items, OneTimeTotal: w.OneTimeTotal.Decimal(), MonthlyTotal: w.MonthlyTotal.Decimal(),
		Situation: w.Situation, Pensions: w.Pensions, Provisional: w.Provisional, Flagged: w.Flagged, Rulebook: w.Rulebook}
	for _, l := range w.Platform {
		if l.Name != l.Kind.Chinese() {
			return fmt.Errorf("%w: platform line %s named %s", ErrBadAward, shown(string(l.Kind)), shown(l.Name))
		}
		a.Platform = append(a.Platform, PlatformLine{Kind: l.Kind, Platform: l.Platform, Amount: l.Amount.Decimal(), From: l.From, To: l.To, Basis: l.Basis})
	}
	if w.PlatformTotal != nil {
		a.PlatformTotal = w.PlatformTotal.Decimal()
	}
	for _, n := range w.Notes {
		a.notes = append(a.notes, note{kind: nText, text: n})
	}
	return nil
}

// isFingerprint reports whether s is "" or a Rulebook's Fingerprint in
// form: 64 lowercase hexadecimal digits.
func isFingerprint(s string) bool {
	if s == "" {
		return true
	}
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// ParseAward reads an award as Award.MarshalJSON writes it, strictly,
// through the library's strict JSON layer (limits of package jsonerr
// checked before anything is parsed; every amount two decimals). A JSON
// refusal wraps ErrBadAward and a *jsonerr.Error.
func ParseAward(data []byte) (Award, error) {
	var a Award
	if err := strictjson.Decode(data, &a); err != nil {
		return Award{}, fmt.Errorf("%w: %w", ErrBadAward, err)
	}
	return a, nil
}

// Equal reports whether a and b are the same award as an insurer keeps it:
// the same JSON (items, amounts, formulas, parameters, notes, bases, the
// rulebook that computed it). An
// award that cannot be written (an amount with a fraction of a fen, possible
// only in an Award built by hand) equals nothing.
func (a Award) Equal(b Award) bool {
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && bytes.Equal(x, y)
}

type paymentJSON struct {
	Month       calendar.Month `json:"month"`
	Kind        Kind           `json:"kind"`
	Beneficiary string         `json:"beneficiary,omitempty"`
	Amount      money.Fixed2   `json:"amount"`
	Raised      bool           `json:"raised,omitempty"`
}

// MarshalJSON writes the payment with a two-decimal amount.
func (p Payment) MarshalJSON() ([]byte, error) {
	return json.Marshal(paymentJSON{Month: p.Month, Kind: p.Kind, Beneficiary: p.Beneficiary, Amount: money.Fixed2(p.Amount), Raised: p.Raised})
}

// UnmarshalJSON reads what MarshalJSON writes, strictly.
func (p *Payment) UnmarshalJSON(data []byte) error {
	if p == nil {
		return fmt.Errorf("%w: decoding into a nil pointer", ErrBadAward)
	}
	var w paymentJSON
	if err := strictjson.Decode(data, &w); err != nil {
		return err
	}
	*p = Payment{Month: w.Month, Kind: w.Kind, Beneficiary: w.Beneficiary, Amount: w.Amount.Decimal(), Raised: w.Raised}
	return nil
}

type recoveryJSON struct {
	Advanced    money.Fixed2 `json:"advanced"`
	FundPaysNow money.Fixed2 `json:"fund_pays_now"`
	Recover     money.Fixed2 `json:"recover"`
	From        string       `json:"from"`
}

type medicalSplitJSON struct {
	ThirdParty  money.Fixed2  `json:"third_party"`
	Fund        money.Fixed2  `json:"fund"`
	Worker      money.Fixed2  `json:"worker"`
	Rule        MedicalRule   `json:"rule"`
	Basis       string        `json:"basis"`
	Recovery    *recoveryJSON `json:"recovery,omitempty"`
	Explanation []string      `json:"explanation"`
}

// MarshalJSON writes the split with two-decimal amounts.
func (s MedicalSplit) MarshalJSON() ([]byte, error) {
	w := medicalSplitJSON{ThirdParty: money.Fixed2(s.ThirdParty), Fund: money.Fixed2(s.Fund), Worker: money.Fixed2(s.Worker),
		Rule: s.Rule, Basis: s.Basis, Explanation: s.Explanation}
	if r := s.Recovery; r != nil {
		w.Recovery = &recoveryJSON{Advanced: money.Fixed2(r.Advanced), FundPaysNow: money.Fixed2(r.FundPaysNow), Recover: money.Fixed2(r.Recover), From: r.From}
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads what MarshalJSON writes, strictly.
func (s *MedicalSplit) UnmarshalJSON(data []byte) error {
	if s == nil {
		return fmt.Errorf("%w: decoding into a nil pointer", ErrBadAward)
	}
	var w medicalSplitJSON
	if err := strictjson.Decode(data, &w); err != nil {
		return err
	}
	*s = MedicalSplit{ThirdParty: w.ThirdParty.Decimal(), Fund: w.Fund.Decimal(), Worker: w.Worker.Decimal(), Rule: w.Rule, Basis: w.Basis, Explanation: w.Explanation}
	if r := w.Recovery; r != nil {
		s.Recovery = &Recovery{Advanced: r.Advanced.Decimal(), FundPaysNow: r.FundPaysNow.Decimal(), Recover: r.Recover.Decimal(), From: r.From}
	}
	return nil
}
