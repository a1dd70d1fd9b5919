package claims

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"slices"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
)

// Rulebook is the claims rules one host applies: the calendar its
// deadlines are counted on and the readings of Rules, validated once by
// NewRulebook. Every computation of the package that needs either is a
// method of a Rulebook, so two computations of one case can never be made
// under different readings; each result records the rulebook's Fingerprint.
// A Rulebook is immutable and safe for concurrent use. The zero Rulebook,
// like a nil *Rulebook, holds nothing: its methods return the code no_rulebook.
//
//	rb, err := claims.NewRulebook(calendar.Default(), claims.Rules{})
//	w, err := rb.ApplicationWindows(claims.Case{Accident: accident})
//	fmt.Println(w.Platform.Date, w.Rulebook == rb.Fingerprint()) // 2026-02-24 true
type Rulebook struct {
	cal         *calendar.Calendar
	rules       Rules // resolved: every field set
	fingerprint string
}

// errNoRulebook is returned by every method of a nil *Rulebook or of the
// zero Rulebook, which holds nothing (no calendar, no rules).
var errNoRulebook = errcode.New("no_rulebook", errcode.FixCall,
	"claims: no rulebook (a nil or zero *Rulebook: build one with NewRulebook)",
	"没有提供规则集（须由 NewRulebook 等生成）")

// NewRulebook validates cal and rules once and returns the rulebook that
// applies them. A nil calendar is the code nil_calendar; invalid rules wrap
// the code bad_claim_rules. The zero Rules are the defaults.
func NewRulebook(cal *calendar.Calendar, rules Rules) (*Rulebook, error) {
	if cal == nil {
		return nil, errNoCalendar
	}
	if err := rules.validate(); err != nil {
		return nil, err
	}
	r := rules.resolved()
	// The key materials are a set: kept sorted and once each, so that the
	// same set in another order is the same rulebook (and fingerprint), and
	// copied, so that the caller's slice cannot change the rulebook.
	keys := slices.Clone(r.KeyMaterials)
	slices.Sort(keys)
	r.KeyMaterials = slices.Compact(keys)
	rb := &Rulebook{cal: cal, rules: r}
	// Rules hold strings, an int and a finite float64 (validate): their JSON
	// cannot fail; the error is kept all the same.
	b, err := json.Marshal(r)
	if err != nil {
		return nil, errors.Join(errBadRules, err)
	}
	h := sha256.New()
	h.Write([]byte("claims/rulebook/v1\n" + cal.Fingerprint() + "\n"))
	h.Write(b)
	rb.fingerprint = hex.EncodeToString(h.Sum(nil))
	return rb, nil
}

// ok returns the code no_rulebook for a nil rb or the zero Rulebook (one not
// built by NewRulebook: no calendar, the rules not resolved).
func (rb *Rulebook) ok() error {
	if rb == nil || rb.cal == nil {
		return errNoRulebook
	}
	return nil
}

// Fingerprint identifies what rb was built from: a SHA-256, in 64
// lowercase hexadecimal digits, of "claims/rulebook/v1\n", the calendar's
// Fingerprint, "\n", and the canonical JSON of the rules with every default
// filled in (the zero Rules and the defaults spelt out are one rulebook). Every result
// rb computes records it in its Rulebook field, so an auditor can tell the
// calendar and readings a result was computed under. A nil or zero
// rulebook's fingerprint is "".
func (rb *Rulebook) Fingerprint() string {
	if rb.ok() != nil {
		return ""
	}
	return rb.fingerprint
}
