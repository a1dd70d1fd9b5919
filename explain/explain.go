// Package explain keeps an explanation as data: an ordered list of steps,
// each a stable rule key, the articles it applies, its named inputs and its
// output, every value kept as text. A Catalogue, one per language, renders a
// step from its key and named values: Chinese for clerks, English for
// developers, both from the same steps.
//
// Why data and not prose: a result stored today (an award, a posting) must
// still explain itself after the library's wording changes, in either
// language, and two stored results must compare by what happened (keys and
// figures), never by sentences. Values are text ("0.0073", "2026-03",
// "1234.50") so that a step read back from JSON renders byte for byte as the
// step that was written: nothing passes through a float or a re-formatting.
//
// A template is plain text with {name} placeholders, each naming an input
// or the output of the step; "{{" and "}}" stand for literal braces. A
// term placeholder {name:group} translates a code: it renders the
// catalogue's message with the key group + "." + the value's text (so
// {industry:levy.industry} with the value "ride_hailing" renders the
// message "levy.industry.ride_hailing", "网约车" in Chinese), one level
// deep (a term inside a term is a marker). A
// template is checked when its catalogue is built (NewCatalogue): an empty
// key or template, a duplicate key, an unclosed or empty placeholder, or a
// stray "}" is an error, never a panic. At render time a key without a
// template or a placeholder without a value is shown in the text as a
// visible marker ("⟦?key⟧", "⟦?name⟧") and reported as an error, so that a
// clerk never reads a silently shortened sentence.
//
// The package has no state: catalogues are values built by their owner
// (each package keeps its entries and builds its catalogues from them) and
// may be joined (NewCatalogue takes any number of entry lists). It uses
// the standard library only.
package explain

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Status says how far a value can be trusted.
type Status string

const (
	// Verified: read in the official text or a faithful copy.
	Verified Status = "verified"
	// Secondary: read in a secondary source (a news report, a guide).
	Secondary Status = "secondary"
	// Provisional: not yet published, or a reading not yet confirmed;
	// every result built on it says so.
	Provisional Status = "provisional"
	// Inferred: derived by the library from other values (a total, a
	// rate looked up by a date), not read anywhere.
	Inferred Status = "inferred"
	// Given: stated by the caller (a case's fact, a platform's report).
	Given Status = "given"
)

// Valid reports whether s is one of the statuses above, or empty (not
// stated).
func (s Status) Valid() bool {
	switch s {
	case "", Verified, Secondary, Provisional, Inferred, Given:
		return true
	}
	return false
}

// Value is a named figure of a step: an input, or the step's output.
// Value is text exactly as the rule used or produced it ("0.0073",
// "1234.50", "2026-03"); Unit ("元", "months"), Source (a parameter's name,
// a document) and Status are optional.
type Value struct {
	Name   string `json:"name"`
	Value  string `json:"value"`
	Unit   string `json:"unit,omitempty"`
	Source string `json:"source,omitempty"`
	Status Status `json:"status,omitempty"`
}

// Step is one application of a rule: Key names the rule's message in every
// catalogue ("levy.base.orders"), Articles are the provisions it applies
// ("第三十九条"), Inputs its named figures in order, and Output, if it has a
// name, what it produced.
//
// A Step is a value; its slices are not copied, so a caller that keeps one
// should not change them afterwards.
type Step struct {
	Key      string   `json:"key"`
	Articles []string `json:"articles,omitempty"`
	Inputs   []Value  `json:"inputs,omitempty"`
	Output   *Value   `json:"output,omitempty"`
}

// Lookup returns the text of the input or output named name.
func (s Step) Lookup(name string) (string, bool) {
	for _, v := range s.Inputs {
		if v.Name == name {
			return v.Value, true
		}
	}
	if s.Output != nil && s.Output.Name == name {
		return s.Output.Value, true
	}
	return "", false
}

// Provisional reports whether an input or the output is Provisional.
func (s Step) Provisional() bool {
	for _, v := range s.Inputs {
		if v.Status == Provisional {
			return true
		}
	}
	return s.Output != nil && s.Output.Status == Provisional
}

// ErrInvalid: a step is not well formed (Validate).
var ErrInvalid = errors.New("explain: invalid step")

// Validate checks that s has a key of placeholder-name characters, that
// every value has such a name, no two the same, and a valid Status.
func (s Step) Validate() error {
	if !validName(s.Key) {
		return fmt.Errorf("%w: key %q", ErrInvalid, s.Key)
	}
	seen := make(map[string]bool, len(s.Inputs)+1)
	check := func(v Value) error {
		if !validName(v.Name) {
			return fmt.Errorf("%w: %s: value name %q", ErrInvalid, s.Key, v.Name)
		}
		if seen[v.Name] {
			return fmt.Errorf("%w: %s: two values named %q", ErrInvalid, s.Key, v.Name)
		}
		if !v.Status.Valid() {
			return fmt.Errorf("%w: %s: %s: status %q", ErrInvalid, s.Key, v.Name, v.Status)
		}
		seen[v.Name] = true
		return nil
	}
	for _, v := range s.Inputs {
		if err := check(v); err != nil {
			return err
		}
	}
	if s.Output != nil {
		return check(*s.Output)
	}
	return nil
}

// UnmarshalJSON reads a step strictly: an unknown field, trailing data or a
// step that does not Validate is an error.
func (s *Step) UnmarshalJSON(b []byte) error {
	type plain Step
	var p plain
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(&p); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	if d.More() {
		return fmt.Errorf("%w: trailing data", ErrInvalid)
	}
	if err := Step(p).Validate(); err != nil {
		return err
	}
	*s = Step(p)
	return nil
}

// Explanation is an ordered list of steps.
type Explanation []Step

// validName: a key or value name is ASCII letters, digits, '_', '.' and
// '-', not empty, at most 64 bytes.
func validName(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-') {
			return false
		}
	}
	return true
}

// quote is a short rendering of a name for an error message.
func quote(s string) string {
	if len(s) > 40 {
		s = strings.ToValidUTF8(s[:40], "") + "…"
	}
	return fmt.Sprintf("%q", s)
}
