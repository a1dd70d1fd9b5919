package benefits

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
	guard "github.com/zhishang/zhishang/internal/money"
	"github.com/zhishang/zhishang/internal/strictjson"
	"github.com/zhishang/zhishang/money"
	"github.com/zhishang/zhishang/param"
)

// The JSON forms. Every amount is a money.Amount, a string with exactly two
// decimals; ratios, shares and wages (parameters, not payments) are
// decimal strings. An Award written by MarshalJSON reads back with
// ParseAward (or json.Unmarshal) as an equal award: items, formulas, notes,
// the pensions' basis and 第四十五条 data, so that a payroll can keep the
// award and run its schedule later.

type itemJSON struct {
	Kind        Kind             `json:"kind"`
	Name        string           `json:"name"` // Kind.Chinese(), for the reader; checked on reading
	Beneficiary string           `json:"beneficiary,omitempty"`
	Share       *decimal.Decimal `json:"share,omitempty"`
	Amount      money.Amount     `json:"amount"`
	Periodic    bool             `json:"periodic"`
	StartMonth  calendar.Month   `json:"start_month,omitzero"`
	EndMonth    calendar.Month   `json:"end_month,omitzero"`
	Rebase      *Rebase          `json:"rebase,omitempty"`
	Formula     string           `json:"formula"`
	// Steps are the formula as data (package explain): an item read back
	// renders its formula in both languages from them. An item written
	// before they were kept has only its English Formula.
	Steps       explain.Explanation `json:"steps,omitempty"`
	Params      []param.Value       `json:"params"`
	Articles    []string            `json:"articles"`
	Provisional bool                `json:"provisional,omitempty"`
	Flagged     bool                `json:"flagged,omitempty"`
}

// MarshalJSON writes the item with its formula and Chinese name.
func (it Item) MarshalJSON() ([]byte, error) {
	w := itemJSON{Kind: it.Kind, Name: it.Kind.Chinese(), Beneficiary: it.Beneficiary, Amount: it.Amount,
		Periodic: it.Periodic, StartMonth: it.StartMonth, EndMonth: it.EndMonth, Rebase: it.Rebase, Formula: it.Formula(),
		Steps: it.formula.Steps(), Params: it.Params, Articles: it.Articles, Provisional: it.Provisional, Flagged: it.Flagged}
	if it.Kind == SurvivorPension {
		s := it.Share
		w.Share = &s
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads what MarshalJSON writes, strictly.
func (it *Item) UnmarshalJSON(data []byte) error {
	if it == nil {
		return detail(errBadAward, "解码目标为 nil", "decoding into a nil pointer")
	}
	var w itemJSON
	if err := strictjson.Decode(data, &w); err != nil {
		return err
	}
	if w.Name != w.Kind.Chinese() {
		return detail(errBadAward, "待遇项目 %s 的名称写成了 %s", "item %s named %s", shown(string(w.Kind)), shown(w.Name))
	}
	*it = Item{Kind: w.Kind, Beneficiary: w.Beneficiary, Amount: w.Amount, Periodic: w.Periodic,
		StartMonth: w.StartMonth, EndMonth: w.EndMonth, Rebase: w.Rebase, Params: w.Params, Articles: w.Articles,
		Provisional: w.Provisional, Flagged: w.Flagged, formula: formula{kind: fText, label: w.Formula}}
	if w.Steps != nil {
		if err := renders(w.Steps); err != nil {
			return withZH(fmt.Errorf("%w: item %s formula: %w", errBadAward, it.Kind, err), "%s：待遇项目 %s（%s）的计算式：%s", errBadAward.Chinese(), it.Kind.Chinese(), it.Kind, zhOf(err))
		}
		it.formula = formula{kind: fSteps, steps: w.Steps}
	}
	if w.Share != nil {
		it.Share = *w.Share
	}
	return it.validate()
}

// validate checks a decoded item's figures: every decimal plausible
// (Sane: "1e2000000000" would hang the arithmetic), every parameter
// valid.
func (it Item) validate() error {
	bad := func(what, whatZH string, err error) error {
		zh := zhOf(err)
		if err.Error() == "negative" {
			zh = "为负数"
		}
		return &detailError{code: errBadAward, en: fmt.Sprintf("%s %s: %v", it.Kind, what, err), zh: fmt.Sprintf("%s（%s）%s：%s", it.Kind.Chinese(), it.Kind, whatZH, zh)}
	}
	if err := guard.Sane(it.Share); err != nil {
		return bad("share", "份额", err)
	}
	if it.Share.IsNegative() {
		return bad("share", "份额", fmt.Errorf("negative"))
	}
	if rb := it.Rebase; rb != nil {
		for i, f := range rb.Factors {
			// The figure is not printed: one Sane refuses may have an
			// exponent that printing would expand (1e999999999 hung).
			if err := guard.Sane(f); err != nil {
				return bad(fmt.Sprintf("rebase factor #%d", i+1), fmt.Sprintf("调整系数第 %d 项", i+1), err)
			}
			if f.IsNegative() {
				return bad(fmt.Sprintf("rebase factor #%d", i+1), fmt.Sprintf("调整系数第 %d 项", i+1), fmt.Errorf("negative"))
			}
		}
		if rb.Basis != ParamWage && rb.Basis != ParamNursingBase {
			return bad("rebase basis", "调整基数", withZH(fmt.Errorf("%s is not %s or %s", shown(string(rb.Basis)), ParamWage, ParamNursingBase), "%s 不是 %s 或 %s", shown(string(rb.Basis)), ParamWage, ParamNursingBase))
		}
	}
	for _, v := range it.Params {
		if err := v.Validate(); err != nil {
			return bad("parameter "+string(v.Name), "参数 "+string(v.Name), err)
		}
	}
	return nil
}

type platformLineJSON struct {
	Kind     PlatformKind   `json:"kind"`
	Name     string         `json:"name"`
	Platform string         `json:"platform,omitempty"`
	Amount   money.Amount   `json:"amount"`
	From     calendar.Month `json:"from,omitzero"`
	To       calendar.Month `json:"to,omitzero"`
	Basis    string         `json:"basis,omitempty"`
}

type awardJSON struct {
	Items         []Item             `json:"items"`
	OneTimeTotal  money.Amount       `json:"one_time_total"`
	MonthlyTotal  money.Amount       `json:"monthly_total"`
	Situation     DeathSituation     `json:"death_situation,omitzero"`
	Pensions      *pensionBasis      `json:"pensions,omitempty"`
	Platform      []platformLineJSON `json:"platform,omitempty"`
	PlatformTotal *money.Amount      `json:"platform_total,omitempty"`
	Provisional   bool               `json:"provisional"`
	Flagged       bool               `json:"flagged"`
	Notes         []string           `json:"notes,omitempty"`
	// NoteSteps are the notes as data, one explanation a note, in the
	// order of Notes.
	NoteSteps []explain.Explanation `json:"note_steps,omitempty"`
	Rulebook  string                `json:"rulebook,omitempty"`
}

// MarshalJSON writes the award with its notes; amounts have two decimals.
func (a Award) MarshalJSON() ([]byte, error) {
	w := awardJSON{Items: a.Items, OneTimeTotal: a.OneTimeTotal, MonthlyTotal: a.MonthlyTotal,
		Situation: a.Situation, Pensions: a.pensions, Provisional: a.Provisional, Flagged: a.Flagged, Notes: a.noteTexts(), Rulebook: a.Rulebook}
	for _, n := range a.notes {
		if n.kind == nText {
			// an award read from JSON written before the steps: its notes
			// have none
			w.NoteSteps = nil
			break
		}
		w.NoteSteps = append(w.NoteSteps, n.Steps())
	}
	if w.Items == nil {
		w.Items = []Item{}
	}
	for _, l := range a.Platform {
		w.Platform = append(w.Platform, platformLineJSON{Kind: l.Kind, Name: l.Kind.Chinese(), Platform: l.Platform, Amount: l.Amount, From: l.From, To: l.To, Basis: l.Basis})
	}
	if len(a.Platform) > 0 {
		t := a.PlatformTotal
		w.PlatformTotal = &t
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads what MarshalJSON writes, strictly (unknown keys and a
// fraction of a fen are errors).
func (a *Award) UnmarshalJSON(data []byte) error {
	if a == nil {
		return detail(errBadAward, "解码目标为 nil", "decoding into a nil pointer")
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
			if err := guard.Sane(v.d); err != nil {
				return &detailError{code: errBadAward, en: fmt.Sprintf("pensions' basis %s: %v", v.name, err), zh: fmt.Sprintf("抚恤金计发基础 %s：%s", v.name, zhOf(err))}
			}
			if v.d.IsNegative() {
				return detail(errBadAward, "抚恤金计发基础 %s 为负数", "pensions' basis %s is negative", v.name)
			}
		}
	}
	if !isFingerprint(w.Rulebook) {
		return detail(errBadAward, "规则指纹（rulebook）%s：应为 64 位小写十六进制数字", "rulebook %s: want a Fingerprint, 64 lowercase hexadecimal digits", shown(w.Rulebook))
	}
	*a = Award{Items: w.Items, OneTimeTotal: w.OneTimeTotal, MonthlyTotal: w.MonthlyTotal,
		Situation: w.Situation, pensions: w.Pensions, Provisional: w.Provisional, Flagged: w.Flagged, Rulebook: w.Rulebook}
	for _, l := range w.Platform {
		if l.Name != l.Kind.Chinese() {
			return detail(errBadAward, "平台企业自行支付的项目 %s 的名称写成了 %s", "platform line %s named %s", shown(string(l.Kind)), shown(l.Name))
		}
		a.Platform = append(a.Platform, PlatformLine{Kind: l.Kind, Platform: l.Platform, Amount: l.Amount, From: l.From, To: l.To, Basis: l.Basis})
	}
	if w.PlatformTotal != nil {
		a.PlatformTotal = *w.PlatformTotal
	}
	if w.NoteSteps != nil {
		if len(w.NoteSteps) != len(w.Notes) {
			return detail(errBadAward, "%d 条说明，却有 %d 条说明的步骤", "%d notes and %d notes' steps", len(w.Notes), len(w.NoteSteps))
		}
		for i, e := range w.NoteSteps {
			if err := renders(e); err != nil {
				return withZH(fmt.Errorf("%w: note %d: %w", errBadAward, i+1, err), "%s：第 %d 条说明：%s", errBadAward.Chinese(), i+1, zhOf(err))
			}
			a.notes = append(a.notes, note{kind: nSteps, steps: e})
		}
		return nil
	}
	for _, n := range w.Notes {
		a.notes = append(a.notes, note{kind: nText, text: n})
	}
	return nil
}

// renders checks that steps read from JSON render in both languages: a key
// the package does not know, or a figure its message needs and the step
// lacks, is refused rather than shown as a marker.
func renders(e explain.Explanation) error {
	for _, lang := range []explain.Lang{explain.English, explain.Chinese} {
		if _, err := catalogue(lang).Lines(e); err != nil {
			return err
		}
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
// refusal wraps bad_award and a *jsonerr.Error.
func ParseAward(data []byte) (Award, error) {
	var a Award
	if err := strictjson.Decode(data, &a); err != nil {
		return Award{}, fmt.Errorf("%w: %w", errBadAward, err)
	}
	return a, nil
}

// Equal reports whether a and b are the same award as an insurer keeps it:
// the same JSON (items, amounts, formulas, parameters, notes, bases, the
// rulebook that computed it). An award that cannot be written equals
// nothing.
func (a Award) Equal(b Award) bool {
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && bytes.Equal(x, y)
}

// UnmarshalJSON reads a payment as it marshals itself, strictly.
func (p *Payment) UnmarshalJSON(data []byte) error {
	if p == nil {
		return detail(errBadAward, "解码目标为 nil", "decoding into a nil pointer")
	}
	type plain Payment
	var w plain
	if err := strictjson.Decode(data, &w); err != nil {
		return err
	}
	*p = Payment(w)
	return nil
}

// UnmarshalJSON reads a split as it marshals itself, strictly.
func (s *MedicalSplit) UnmarshalJSON(data []byte) error {
	if s == nil {
		return detail(errBadAward, "解码目标为 nil", "decoding into a nil pointer")
	}
	type plain MedicalSplit
	var w plain
	if err := strictjson.Decode(data, &w); err != nil {
		return err
	}
	*s = MedicalSplit(w)
	return nil
}
