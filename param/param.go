// Package param holds the values that notices set and change: per-order
// base amounts, wage bases, percentages. None of them is a constant in code.
// Each Value carries the date it takes effect, its source (document and
// article) and its status, and a Set answers "what was the value of X on
// day D" with the value in force and where it comes from.
//
// A value holds from its From date until the next value of the same name
// takes effect, or until its Until date when it has one (after which the
// parameter has no value until another takes effect). A lookup on a day with
// no value in force is a *MissingError naming the parameter and the day:
// never a guess.
//
// Packages embed their sourced defaults as []Value (levy.Defaults); a host
// loads its own values from JSON (Parse) and lays them over the defaults
// (Set.With). A result built on a provisional value says so.
//
// Example JSON, as Parse reads it:
//
//	[
//	  {"name": "levy.base.ride_hailing", "value": "0.01", "from": "2025-07-01",
//	   "source": "沪人社福〔2025〕373号 第十一条", "status": "verified"}
//	]
package param

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/money"
	"github.com/zhishang/zhishang/internal/strictjson"
)

// Status says how far a value can be relied on (see shared/reference/README.md).
type Status string

const (
	// Verified: the figure was read in the official text or a faithful copy.
	Verified Status = "verified"
	// Secondary: read in a reprint or transcription of an official text.
	Secondary Status = "secondary"
	// Provisional: inferred or not yet published; every result built on it says so.
	Provisional Status = "provisional"
)

// Valid reports whether s is one of the three statuses.
func (s Status) Valid() bool { return s == Verified || s == Secondary || s == Provisional }

// Value is one value of a named parameter, from the day it takes effect.
type Value struct {
	Name  string          `json:"name"`
	Value decimal.Decimal `json:"value"`
	// From is the first day the value is in force.
	From calendar.Date `json:"from"`
	// Until, when set, is the last day the value is in force.
	Until  calendar.Date `json:"until,omitzero"`
	Source string        `json:"source"` // document and article
	Status Status        `json:"status"`
}

// InForce reports whether v is in force on day d (From ≤ d, and d ≤ Until when Until is set).
func (v Value) InForce(d calendar.Date) bool {
	return !d.Before(v.From) && (v.Until.IsZero() || !d.After(v.Until))
}

// String describes v for an explanation: "levy.base.ride_hailing = 0.01 from
// 2025-07-01 (沪人社福〔2025〕373号 第十一条; verified)".
func (v Value) String() string {
	span := "from " + v.From.String()
	if !v.Until.IsZero() {
		span += " to " + v.Until.String()
	}
	return fmt.Sprintf("%s = %s %s (%s; %s)", v.Name, v.Value.String(), span, v.Source, v.Status)
}

// Reasons a value is refused; a *ValueError wraps one of them.
var (
	ErrSyntax       = errors.New("malformed parameter JSON")
	ErrNoName       = errors.New("no name")
	ErrNoFrom       = errors.New("no from date")
	ErrUntilBefore  = errors.New("until is before from")
	ErrNoSource     = errors.New("no source")
	ErrBadStatus    = errors.New("status must be verified, secondary or provisional")
	ErrOverlap      = errors.New("two values of the same parameter in force on the same day")
	ErrNegative     = errors.New("negative value")
	ErrMissingValue = errors.New("parameter has no value in force")
)

// ValueError reports why a value was refused.
type ValueError struct {
	Index int    // position in the input, from 0; -1 when not from a list
	Name  string // the parameter
	Err   error
}

func (e *ValueError) Error() string {
	if e.Index >= 0 {
		return fmt.Sprintf("param: value #%d (%s): %v", e.Index+1, e.Name, e.Err)
	}
	return fmt.Sprintf("param: %s: %v", e.Name, e.Err)
}

func (e *ValueError) Unwrap() error { return e.Err }

// MissingError is returned by a lookup when no value of the parameter is in
// force on the day.
type MissingError struct {
	Name string
	Date calendar.Date
}

func (e *MissingError) Error() string {
	return fmt.Sprintf("param: %s has no value in force on %s (the host must supply it)", e.Name, e.Date)
}

// Is makes errors.Is(err, ErrMissingValue) true.
func (e *MissingError) Is(target error) bool { return target == ErrMissingValue }

// Set is an immutable collection of parameter values, safe for concurrent
// use. The zero Set, and a nil *Set, have no values.
type Set struct {
	byName map[string][]Value // each sorted by From
}

// Validate checks one value on its own: a name, a from date, until not
// before from, a source, a known status and a value that is not negative.
func (v Value) Validate() error {
	switch {
	case strings.TrimSpace(v.Name) == "":
		return ErrNoName
	case v.From.IsZero():
		return ErrNoFrom
	case !v.Until.IsZero() && v.Until.Before(v.From):
		return ErrUntilBefore
	case strings.TrimSpace(v.Source) == "":
		return ErrNoSource
	case !v.Status.Valid():
		return fmt.Errorf("%w, not %q", ErrBadStatus, v.Status)
	case v.Value.IsNegative():
		return ErrNegative
	}
	if err := money.Sane(v.Value); err != nil {
		return fmt.Errorf("%w: %v", ErrSyntax, err)
	}
	return nil
}

// NewSet returns a Set of the given values, validated: two values of one
// parameter in force on a same day are an error.
func NewSet(values ...Value) (*Set, error) {
	return (&Set{}).With(values...)
}

// With returns a new Set: s's values with the given ones laid over them. A
// given value replaces a value of s of the same name and the same From (a
// host's figure wins over the embedded default); otherwise values are
// merged, each holding until the next of its name takes effect. Two given
// values of one name with the same From, or any value whose Until reaches
// past the From of the next, are an *ErrOverlap error. s is not changed.
func (s *Set) With(values ...Value) (*Set, error) {
	if s == nil {
		s = &Set{}
	}
	given := map[string][]Value{}
	for i, v := range values {
		if err := v.Validate(); err != nil {
			return nil, &ValueError{Index: i, Name: v.Name, Err: err}
		}
		given[v.Name] = append(given[v.Name], v)
	}
	for name, vs := range given {
		sortValues(vs)
		if err := checkOverlap(name, vs); err != nil {
			return nil, err
		}
	}
	out := &Set{byName: make(map[string][]Value, len(s.byName)+len(given))}
	for name, vs := range s.byName {
		out.byName[name] = vs
	}
	for name, g := range given {
		var merged []Value
		for _, v := range out.byName[name] {
			replaced := false
			for _, w := range g {
				if w.From == v.From {
					replaced = true
				}
			}
			if !replaced {
				merged = append(merged, v)
			}
		}
		merged = append(merged, g...)
		sortValues(merged)
		if err := checkOverlap(name, merged); err != nil {
			return nil, err
		}
		out.byName[name] = merged
	}
	return out, nil
}

// checkOverlap reports two values of a sorted series that claim one day.
func checkOverlap(name string, vs []Value) error {
	for i := 1; i < len(vs); i++ {
		prev, v := vs[i-1], vs[i]
		if v.From == prev.From || (!prev.Until.IsZero() && !v.From.After(prev.Until)) {
			return &ValueError{Index: -1, Name: name, Err: fmt.Errorf("%w: the value from %s and the value from %s", ErrOverlap, prev.From, v.From)}
		}
	}
	return nil
}

func sortValues(vs []Value) {
	sort.SliceStable(vs, func(i, j int) bool { return vs[i].From.Before(vs[j].From) })
}

// Lookup returns the value of name in force on day d: the latest value whose
// From is not after d, provided its Until (if any) is not before d. With none
// it returns a *MissingError.
func (s *Set) Lookup(name string, d calendar.Date) (Value, error) {
	if s == nil {
		return Value{}, &MissingError{Name: name, Date: d}
	}
	vs := s.byName[name]
	i := sort.Search(len(vs), func(i int) bool { return vs[i].From.After(d) })
	if i == 0 || !vs[i-1].InForce(d) {
		return Value{}, &MissingError{Name: name, Date: d}
	}
	return vs[i-1], nil
}

// Values returns every value of s, by name then From.
func (s *Set) Values() []Value {
	if s == nil {
		return nil
	}
	names := make([]string, 0, len(s.byName))
	for n := range s.byName {
		names = append(names, n)
	}
	sort.Strings(names)
	var out []Value
	for _, n := range names {
		out = append(out, s.byName[n]...)
	}
	return out
}

// Parse reads a JSON array of Values strictly: an unknown key, a malformed
// decimal or date, a missing name, date or source, an unknown status, a
// negative value, or two values of one parameter on the same day is a
// *ValueError.
func Parse(data []byte) ([]Value, error) {
	var vs []Value
	if err := strictjson.Decode(data, &vs); err != nil {
		return nil, &ValueError{Index: -1, Name: "(input)", Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
	}
	if _, err := NewSet(vs...); err != nil {
		return nil, err
	}
	return vs, nil
}
