// Package param holds the values that notices set and change: per-order
// base amounts, wage bases, percentages, the 《实施办法》's commencement.
// None of them is a constant in code. Each Value carries the date it takes
// effect, its source (document and article) and its status, and a Set
// answers "what was the value of X on day D" with the value in force and
// where it comes from.
//
// A parameter's name is a Name, registered (Specs) with the kind of its
// value (a decimal or a date), its unit, its decimal places and its
// allowed range (Name.Spec). Each package declares the names it reads as
// Name constants and lists them (levy.Params, benefits.Params); none is
// built at run time. Every value is checked against its Spec on reading
// and when a Set is built: an unknown name, a value of the wrong kind or
// out of range, and a value that is null or absent are refused with a
// *ValueError naming the parameter, its position and its from date; an
// unknown name's error is an *UnknownNameError naming the registered name
// nearest to it (a misspelt levy.base.ride_haling is never ignored). A
// parameter is never read as 0 (a month of orders billed 0.00 on a null
// base amount, fixed in issue 18).
//
// A value holds from its From date until the next value of the same name
// takes effect, or until its Until date when it has one (after which the
// parameter has no value until another takes effect). A single-valued
// parameter (Spec.Single: the commencement) has one value for all time and
// no From. A lookup on a day with no value in force is a *MissingError
// naming the parameter and the day: never a guess.
//
// Packages embed their sourced defaults as []Value (Defaults here: the
// 《实施办法》's commencement, read by levy and benefits alike;
// levy.Defaults, benefits.Defaults); a host loads its own values from JSON
// (Parse, or any struct holding Values) and lays them over the defaults
// (Set.With). A result built on a provisional value says so.
//
// Example JSON, as Parse reads it:
//
//	[
//	  {"name": "levy.base.ride_hailing", "value": "0.01", "from": "2025-07-01",
//	   "source": "沪人社福〔2025〕373号 第十一条", "status": "verified"},
//	  {"name": "benefits.implementing_measures.commencement", "value": "2025-07-01",
//	   "source": "沪人社规〔2025〕17号", "status": "verified"}
//	]
//
// Limits of the reader: what internal/strictjson states for the document
// (size, nesting, keys); at most 10000 values; a value's text at most
// 40 characters with an exponent of at most ±18; a name, source and status
// of at most 64, 1000 and 16 bytes. Memory: Parse holds the input's values
// as raw JSON (about the input's size) and the Values (about 100 bytes
// each) at once. Errors repeat at most 64 characters of a host's text and
// never anything shaped like an identity number.
//
// # Speed
//
// Lookup, on every bill line and award item, allocates nothing; Parse runs
// once per input. Figures: BENCHMARKS.md.
package param

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
	"github.com/zhishang/zhishang/internal/money"
	"github.com/zhishang/zhishang/internal/redact"
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
//
// A decimal parameter's figure is Value; a date parameter's is Date (which
// parameter is which: Name.Spec). In JSON both are written "value": "0.01" or
// "value": "2025-07-01", read by the name's kind.
type Value struct {
	Name Name `json:"name"`
	// Value is a decimal parameter's figure (zero for a date parameter).
	Value decimal.Decimal `json:"value"`
	// Date is a date parameter's value (zero for a decimal parameter);
	// written as "value" in JSON.
	Date calendar.Date `json:"-"`
	// From is the first day the value is in force (zero for a single-valued
	// parameter, in force whatever the day).
	From calendar.Date `json:"from,omitzero"`
	// Until, when set, is the last day the value is in force.
	Until  calendar.Date `json:"until,omitzero"`
	Source string        `json:"source"` // document and article
	Status Status        `json:"status"`
}

// Kind is the kind of v's parameter (zero for an unknown name).
func (v Value) Kind() Kind {
	s, _ := v.Name.Spec()
	return s.Kind
}

// InForce reports whether v is in force on day d (From ≤ d, and d ≤ Until when Until is set).
func (v Value) InForce(d calendar.Date) bool {
	return !d.Before(v.From) && (v.Until.IsZero() || !d.After(v.Until))
}

// Text is the value as written in JSON: the decimal, or the date.
func (v Value) Text() string {
	if v.Kind() == KindDate || (v.Kind() == 0 && !v.Date.IsZero()) {
		return v.Date.String()
	}
	return v.Value.String()
}

// Reasons a value is refused; a *ValueError wraps one of them. Only
// ErrUnknownName and ErrMissingValue, the codes a host branches on (fix a
// name; supply a value), are exported: the others are listed by Codes and
// told apart by their id (errcode.Of(err).Code()); every one is
// errcode.Stop (fix the parameters).
var (
	errSyntax = errcode.New("parameter_syntax", errcode.Stop,
		"malformed parameter JSON",
		"参数的 JSON 格式不对")
	errNoName = errcode.New("parameter_no_name", errcode.Stop,
		"no name",
		"参数没有名称")
	errNoFrom = errcode.New("parameter_no_from", errcode.Stop,
		"no from date",
		"参数没有起始日期（from）")
	errUntilBefore = errcode.New("parameter_until_before_from", errcode.Stop,
		"until is before from",
		"参数的截止日期（until）早于起始日期（from）")
	errNoSource = errcode.New("parameter_no_source", errcode.Stop,
		"no source",
		"参数没有出处（文号、条款）")
	errBadStatus = errcode.New("parameter_bad_status", errcode.Stop,
		"status must be verified, secondary or provisional",
		"参数的核实状态只能是已核实（verified）、二手来源（secondary）或暂定（provisional）")
	errOverlap = errcode.New("parameter_overlap", errcode.Stop,
		"two values of the same parameter in force on the same day",
		"同一参数在同一天有两个生效的取值")
	errNegative = errcode.New("parameter_negative", errcode.Stop,
		"negative value",
		"参数取值为负数")
	// errNoValue: the value is null or absent. It is refused, never read as 0.
	errNoValue = errcode.New("parameter_no_value", errcode.Stop,
		"no value (null or absent): a parameter is never read as 0",
		"参数没有取值（写了 null 或未写）：参数不会按 0 处理")
	// ErrUnknownName: the name is not a registered parameter (Specs); a
	// misspelt name would otherwise leave the default it meant to replace
	// in force. Every *UnknownNameError wraps it.
	ErrUnknownName = errcode.New("unknown_parameter", errcode.Stop,
		"unknown parameter name",
		"不认识的参数名称（拼写错误不会被忽略）")
	// errKind: a date where a decimal is wanted, or the reverse (the old
	// form of a date parameter, "value": "1" with the date in "from").
	errKind = errcode.New("parameter_kind", errcode.Stop,
		"value of the wrong kind",
		"参数取值的种类不对（该写日期的写了数额，或相反）")
	// errRange: outside the parameter's allowed range, or more decimal
	// places than it has (Spec.Range).
	errRange = errcode.New("parameter_range", errcode.Stop,
		"value outside the parameter's allowed range",
		"参数取值超出允许的范围，或小数位过多")
	// errSingle: a from or until given to a single-valued parameter, whose
	// value is one fact for all time.
	errSingle = errcode.New("parameter_single", errcode.Stop,
		"a single-valued parameter has no from or until",
		"只有一个取值的参数不写起止日期（from、until）")
	// errTooMany: more than maxValues values in one input.
	errTooMany = errcode.New("too_many_parameters", errcode.Stop,
		"too many parameter values",
		"参数取值过多（一次最多 10000 个）")
	// ErrMissingValue is matched by every *MissingError.
	ErrMissingValue = errcode.New("missing_parameter", errcode.Stop,
		"parameter has no value in force",
		"缺少参数：所需日期没有生效的取值，须由调用方提供")
)

// maxValues is the most values Parse reads from one input.
const maxValues = 10000

// ValueError reports why a value was refused: which value (its position
// and from date) of which parameter, and the reason it wraps.
type ValueError struct {
	Index int    // position in the input, from 0; -1 when not from a list
	Name  string // the parameter (shown bounded when it is not a registered name)
	// From is the value's from date when it has one, to tell apart the
	// values of one parameter.
	From calendar.Date
	Err  error
}

func (e *ValueError) Error() string {
	if e == nil {
		return "param: invalid value"
	}
	who := e.Name
	if !e.From.IsZero() {
		who += " from " + e.From.String()
	}
	if e.Index >= 0 {
		return fmt.Sprintf("param: value #%d (%s): %v", e.Index+1, who, e.Err)
	}
	return fmt.Sprintf("param: %s: %v", who, e.Err)
}

func (e *ValueError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// Chinese is the reason's meaning (its code's Chinese) for the parameter
// named, for a clerk; for an unknown name, with the registered name
// nearest to it.
func (e *ValueError) Chinese() string {
	if e == nil {
		return "参数取值不合要求"
	}
	who := "参数 " + e.Name
	if e.Index >= 0 {
		who = fmt.Sprintf("第 %d 项参数 %s", e.Index+1, e.Name)
	}
	if !e.From.IsZero() {
		who += "（自 " + e.From.String() + " 起）"
	}
	var u *UnknownNameError
	if errors.As(e.Err, &u) && u.Nearest != "" {
		return who + "：" + ErrUnknownName.Chinese() + "，是否应为 " + string(u.Nearest) + "？"
	}
	if zh := detailZH(e.Err); zh != "" {
		if c := errcode.Of(e.Err).Chinese(); !strings.HasPrefix(zh, c) {
			zh = c + "：" + zh
		}
		return who + "：" + zh
	}
	return who + "：" + errcode.Of(e.Err).Chinese()
}

// MissingError is returned by a lookup when no value of the parameter is in
// force on the day.
type MissingError struct {
	Name Name
	Date calendar.Date // zero for a single-valued parameter
}

func (e *MissingError) Error() string {
	switch {
	case e == nil:
		return "param: no value (the host must supply it)"
	case e.Date.IsZero():
		return fmt.Sprintf("param: %s has no value (the host must supply it)", e.Name)
	}
	return fmt.Sprintf("param: %s has no value in force on %s (the host must supply it)", e.Name, e.Date)
}

// Is makes errors.Is(err, ErrMissingValue) true.
func (e *MissingError) Is(target error) bool { return target == ErrMissingValue }

// Unwrap returns ErrMissingValue, the code of every *MissingError
// (errcode.Of(err).Code() is "missing_parameter").
func (e *MissingError) Unwrap() error { return ErrMissingValue }

// Chinese names the parameter missing and the day, for a clerk.
func (e *MissingError) Chinese() string {
	switch {
	case e == nil:
		return ErrMissingValue.Chinese()
	case e.Date.IsZero():
		return "缺少参数 " + string(e.Name) + "：须由调用方提供"
	}
	return "缺少参数 " + string(e.Name) + "：" + e.Date.String() + " 没有生效的取值，须由调用方提供"
}

// Set is an immutable collection of parameter values, safe for concurrent
// use. The zero Set, and a nil *Set, have no values.
type Set struct {
	byName      map[Name][]Value // each sorted by From
	fingerprint string           // of the values (Fingerprint)
}

// Fingerprint identifies the values s holds: a SHA-256, in 64 lowercase
// hexadecimal digits, of every value (name, figure or date, from, until,
// source and status) in a canonical order, the form Parse reads. Two sets
// with the same fingerprint answer every Lookup alike; a result that
// records the fingerprint of the set it was computed with can be checked
// against the set an auditor holds. It is computed once, when the set is
// built. A nil or zero Set's fingerprint is that of a set with no values.
func (s *Set) Fingerprint() string {
	if s == nil || s.fingerprint == "" {
		return emptyFingerprint
	}
	return s.fingerprint
}

var emptyFingerprint = fingerprintOf(nil)

// fingerprintOf hashes the values, sorted by name then From, as the JSON
// list Parse reads.
func fingerprintOf(byName map[Name][]Value) string {
	names := make([]Name, 0, len(byName))
	for n := range byName {
		names = append(names, n)
	}
	slices.Sort(names)
	all := []Value{}
	for _, n := range names {
		all = append(all, byName[n]...)
	}
	b, err := json.Marshal(all)
	if err != nil {
		// Every value of a Set passed Validate, and a valid value marshals.
		b = []byte(err.Error())
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// nameOf is a name for an error: the name itself when registered, else
// shown bounded.
func nameOf(name Name) string {
	if _, ok := specs[name]; ok || name == "" {
		return string(name)
	}
	return shown(string(name))
}

// UnknownNameError is a name that is not registered (Specs), with the
// registered name nearest to it: a misspelt name is refused, never
// ignored. Every reader of parameters returns one (inside its own error:
// a *ValueError, a casefile's or a reform's error), and Set.Lookup of
// such a name too. It wraps ErrUnknownName.
type UnknownNameError struct {
	// Nearest is the registered name at most three edits from the one
	// given (the first in byte order of the nearest), or "" when none is.
	Nearest Name
	detail  string
}

func (e *UnknownNameError) Error() string {
	switch {
	case e == nil:
		return ErrUnknownName.Error()
	case e.Nearest != "":
		return fmt.Sprintf("%s (did you mean %s?)", ErrUnknownName.Error(), e.Nearest)
	case e.detail != "":
		return ErrUnknownName.Error() + ": " + e.detail
	}
	return ErrUnknownName.Error() + ": every parameter is registered (param.Specs)"
}

// Unwrap returns ErrUnknownName.
func (e *UnknownNameError) Unwrap() error { return ErrUnknownName }

// unknownName is the error of a name that is not registered.
func unknownName(name Name) *UnknownNameError {
	return &UnknownNameError{Nearest: suggest(name)}
}

// Validate checks one value on its own against its parameter's Spec: a
// registered name; a from date (none for a single-valued parameter), until
// not before from; a source and a known status; and a value of the
// parameter's kind, set (a decimal parameter's 0 is below every range, a
// date parameter's zero Date is refused as parameter_no_value), within its range and places.
func (v Value) Validate() error {
	spec, known := specs[v.Name]
	switch {
	case strings.TrimSpace(string(v.Name)) == "":
		return errNoName
	case !known:
		return unknownName(v.Name)
	}
	if spec.Kind == KindDate && (!v.Value.IsZero() || (v.Date.IsZero() && !v.From.IsZero())) {
		return errzh.With(fmt.Errorf("%w: %s is a date: write %s without \"from\" (the old form \"value\": \"1\" with the date in \"from\" is no longer read)", errKind, v.Name, spec.example()),
			"%s 是日期：写 %s，不写 \"from\"（旧写法 \"value\": \"1\" 而把日期写在 \"from\" 中，已不再读取）", v.Name, spec.example())
	}
	if spec.Kind == KindDecimal && !v.Date.IsZero() {
		return errzh.With(fmt.Errorf("%w: %s is a decimal in %s, not a date: write %s", errKind, v.Name, spec.Unit, spec.example()),
			"%s 是以 %s 计的数值，不是日期：写 %s", v.Name, spec.Unit, spec.exampleZH())
	}
	switch {
	case spec.Single && (!v.From.IsZero() || !v.Until.IsZero()):
		return errzh.With(fmt.Errorf("%w: %s is one value for all time: leave out \"from\" and \"until\"", errSingle, v.Name),
			"%s 只有一个取值：不写 \"from\" 和 \"until\"", v.Name)
	case !spec.Single && v.From.IsZero():
		return errNoFrom
	case !v.Until.IsZero() && v.Until.Before(v.From):
		return errUntilBefore
	case strings.TrimSpace(v.Source) == "":
		return errNoSource
	case !v.Status.Valid():
		return errzh.With(fmt.Errorf("%w, not %s", errBadStatus, shown(string(v.Status))),
			"所填 %s", shown(string(v.Status)))
	}
	return spec.check(v)
}

// check checks v's figure or date against s.
func (s Spec) check(v Value) error {
	if s.Kind == KindDate {
		switch {
		case v.Date.IsZero():
			return errzh.With(fmt.Errorf("%w: write %s", errNoValue, s.example()),
				"应写 %s", s.exampleZH())
		case v.Date.Before(s.minDate) || v.Date.After(s.maxDate):
			return errzh.With(fmt.Errorf("%w: %s is outside %s", errRange, v.Date, s.Range()),
				"%s 不在 %s 之内", v.Date, s.rangeZH())
		}
		return nil
	}
	if err := money.Sane(v.Value); err != nil {
		return fmt.Errorf("%w: %v", errRange, err)
	}
	switch {
	case v.Value.IsNegative():
		return errzh.With(fmt.Errorf("%w: %s (allowed: %s)", errNegative, v.Value, s.Range()),
			"%s（允许：%s）", v.Value, s.rangeZH())
	case v.Value.IsZero():
		return errzh.With(fmt.Errorf("%w: 0 (unset?) is outside %s: a parameter is never 0", errRange, s.Range()),
			"0（未设置？）不在 %s 之内：参数从不为 0", s.rangeZH())
	case v.Value.Exponent() < -s.places && !v.Value.Equal(v.Value.Truncate(s.places)):
		return errzh.With(fmt.Errorf("%w: %s has more than %d decimal places", errRange, v.Value, s.places),
			"%s 的小数超过 %d 位", v.Value, s.places)
	case v.Value.LessThan(s.min) || v.Value.GreaterThan(s.max):
		return errzh.With(fmt.Errorf("%w: %s is outside %s", errRange, redact.Value(v.Value.String()), s.Range()),
			"%s 不在 %s 之内", redact.Value(v.Value.String()), s.rangeZH())
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
// host's figure wins over the embedded default; a single-valued
// parameter's value always replaces the default); otherwise values are
// merged, each holding until the next of its name takes effect. A value
// that fails Validate is a *ValueError; two given values of one name with
// the same From, or any value whose Until reaches past the From of the
// next, are a *ValueError (parameter_overlap). s is not changed.
func (s *Set) With(values ...Value) (*Set, error) {
	if s == nil {
		s = &Set{}
	}
	given := map[Name][]Value{}
	for i, v := range values {
		if err := v.Validate(); err != nil {
			return nil, &ValueError{Index: i, Name: nameOf(v.Name), From: v.From, Err: err}
		}
		given[v.Name] = append(given[v.Name], v)
	}
	for name, vs := range given {
		sortValues(vs)
		if err := checkOverlap(name, vs); err != nil {
			return nil, err
		}
	}
	out := &Set{byName: make(map[Name][]Value, len(s.byName)+len(given))}
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
	out.fingerprint = fingerprintOf(out.byName)
	return out, nil
}

// checkOverlap reports two values of a sorted series that claim one day.
func checkOverlap(name Name, vs []Value) error {
	for i := 1; i < len(vs); i++ {
		prev, v := vs[i-1], vs[i]
		if v.From == prev.From || (!prev.Until.IsZero() && !v.From.After(prev.Until)) {
			if v.From.IsZero() {
				return &ValueError{Index: -1, Name: string(name), Err: errzh.With(fmt.Errorf("%w: %s is one value, given twice", errOverlap, name),
					"%s 只有一个取值，却给了两次", name)}
			}
			return &ValueError{Index: -1, Name: string(name), From: v.From, Err: errzh.With(fmt.Errorf("%w: the value from %s and the value from %s", errOverlap, prev.From, v.From),
				"自 %s 起的取值与自 %s 起的取值", prev.From, v.From)}
		}
	}
	return nil
}

func sortValues(vs []Value) {
	sort.SliceStable(vs, func(i, j int) bool { return vs[i].From.Before(vs[j].From) })
}

// Lookup returns the value of name in force on day d: the latest value whose
// From is not after d, provided its Until (if any) is not before d. With none
// it returns a *MissingError. A single-valued parameter's value is in force
// on every day. A name that is not registered is a *ValueError wrapping an
// *UnknownNameError (no set can hold a value of it).
func (s *Set) Lookup(name Name, d calendar.Date) (Value, error) {
	if s == nil {
		return Value{}, missing(name, d)
	}
	vs := s.byName[name]
	i := sort.Search(len(vs), func(i int) bool { return vs[i].From.After(d) })
	if i == 0 || !vs[i-1].InForce(d) {
		return Value{}, missing(name, d)
	}
	return vs[i-1], nil
}

func missing(name Name, d calendar.Date) error {
	spec, ok := specs[name]
	if !ok {
		return &ValueError{Index: -1, Name: nameOf(name), Err: unknownName(name)}
	}
	if spec.Single {
		d = calendar.Date{}
	}
	return &MissingError{Name: name, Date: d}
}

// Values returns every value of s, by name then From.
func (s *Set) Values() []Value {
	if s == nil {
		return nil
	}
	names := make([]Name, 0, len(s.byName))
	for n := range s.byName {
		names = append(names, n)
	}
	slices.Sort(names)
	var out []Value
	for _, n := range names {
		out = append(out, s.byName[n]...)
	}
	return out
}

// Parse reads a JSON array of Values strictly: an unknown key, a
// malformed decimal or date, a value null or absent, of the wrong kind or
// out of its range, an unknown name, a missing from date or source, an
// unknown status, more than 10000 values, or two values of one
// parameter on the same day is a *ValueError naming the value's position
// (Index), parameter and from date.
func Parse(data []byte) ([]Value, error) {
	var raws []json.RawMessage
	if err := strictjson.Decode(data, &raws); err != nil {
		return nil, &ValueError{Index: -1, Name: "(input)", Err: fmt.Errorf("%w: %w", errSyntax, err)}
	}
	if len(raws) > maxValues {
		return nil, &ValueError{Index: -1, Name: "(input)", Err: errzh.With(fmt.Errorf("%w: %d values, at most %d", errTooMany, len(raws), maxValues),
			"共 %d 个取值，最多 %d 个", len(raws), maxValues)}
	}
	vs := make([]Value, len(raws))
	for i, raw := range raws {
		if err := vs[i].UnmarshalJSON(raw); err != nil {
			var ve *ValueError
			if errors.As(err, &ve) {
				ve.Index = i
				return nil, ve
			}
			return nil, &ValueError{Index: i, Name: "(input)", Err: err}
		}
	}
	if _, err := NewSet(vs...); err != nil {
		return nil, err
	}
	return vs, nil
}

// wireValue is a Value as JSON writes it, each field as text so that the
// reader decides how to read "value" by the name, and says which field is
// wrong without repeating the host's text.
type wireValue struct {
	Name   string    `json:"name"`
	Value  *rawValue `json:"value"` // nil: absent or null (the strict layer reads null as none only for a pointer)
	From   string    `json:"from"`
	Until  string    `json:"until"`
	Source string    `json:"source"`
	Status string    `json:"status"`
}

// rawValue is the text of "value": set when the key is present, null when
// it is JSON null, quoted when a string.
type rawValue struct {
	set, null, quoted bool
	text              string
}

const (
	maxValueText  = 40
	maxNameBytes  = 64
	maxSourceText = 1000
	maxStatusText = 16
)

func (r *rawValue) UnmarshalJSON(b []byte) error {
	r.set = true
	b = bytes.TrimSpace(b)
	switch {
	case string(b) == "null":
		r.null = true
		return nil
	case len(b) > maxValueText+2:
		return fmt.Errorf("\"value\" is %d characters long: at most %d", len(b), maxValueText)
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return errors.New("\"value\" is not a valid JSON string")
		}
		r.text, r.quoted = s, true
	case len(b) > 0 && (b[0] == '-' || (b[0] >= '0' && b[0] <= '9')):
		r.text = string(b)
	default:
		return errors.New("\"value\" must be a string or a number")
	}
	return nil
}

// UnmarshalJSON reads one value strictly, its "value" by the kind of its
// name (Spec), and validates it (Validate). Errors are *ValueError.
func (v *Value) UnmarshalJSON(data []byte) error {
	if v == nil {
		return &ValueError{Index: -1, Name: "(input)", Err: errzh.With(fmt.Errorf("%w: decoding into a nil *Value", errSyntax),
			"解码目标为 nil（*Value）")}
	}
	var w wireValue
	if err := strictjson.Decode(data, &w); err != nil {
		return &ValueError{Index: -1, Name: "(input)", Err: fmt.Errorf("%w: %w", errSyntax, err)}
	}
	out, err := w.resolve()
	name := nameOf(Name(w.Name))
	if len(w.Name) > maxNameBytes {
		name = shown(w.Name)
	}
	if err != nil {
		return &ValueError{Index: -1, Name: name, From: out.From, Err: err}
	}
	if err := out.Validate(); err != nil {
		return &ValueError{Index: -1, Name: name, From: out.From, Err: err}
	}
	*v = out
	return nil
}

// resolve turns the wire form into a Value; on an error the Value holds
// what was read (for the error's from date).
func (w wireValue) resolve() (Value, error) {
	var v Value
	var err error
	if w.From != "" {
		if v.From, err = calendar.ParseDate(w.From); err != nil {
			return v, errzh.With(fmt.Errorf("%w: \"from\" is not a date YYYY-MM-DD", errSyntax),
				"\"from\" 不是 YYYY-MM-DD 形式的日期")
		}
	}
	if w.Until != "" {
		if v.Until, err = calendar.ParseDate(w.Until); err != nil {
			return v, errzh.With(fmt.Errorf("%w: \"until\" is not a date YYYY-MM-DD", errSyntax),
				"\"until\" 不是 YYYY-MM-DD 形式的日期")
		}
	}
	switch {
	case strings.TrimSpace(w.Name) == "":
		return v, errNoName
	case len(w.Name) > maxNameBytes:
		return v, &UnknownNameError{detail: fmt.Sprintf("a name of %d bytes", len(w.Name))}
	case len(w.Source) > maxSourceText:
		return v, errzh.With(fmt.Errorf("%w: a source of %d bytes, at most %d", errSyntax, len(w.Source), maxSourceText),
			"来源（source）共 %d 字节，最多 %d 字节", len(w.Source), maxSourceText)
	case len(w.Status) > maxStatusText:
		return v, errzh.With(fmt.Errorf("%w, not a text of %d bytes", errBadStatus, len(w.Status)),
			"所填为 %d 字节的文字", len(w.Status))
	}
	v.Name, v.Source, v.Status = Name(w.Name), w.Source, Status(w.Status)
	spec, known := specs[v.Name]
	if !known {
		return v, v.Validate() // the unknown name, with a suggestion
	}
	switch {
	case w.Value == nil || !w.Value.set:
		return v, errzh.With(fmt.Errorf("%w: write %s", errNoValue, spec.example()),
			"应写 %s", spec.exampleZH())
	case w.Value.null:
		return v, errzh.With(fmt.Errorf("%w: \"value\" is null: write %s", errNoValue, spec.example()),
			"\"value\" 为 null：应写 %s", spec.exampleZH())
	}
	text := w.Value.text
	if spec.Kind == KindDate {
		d, derr := calendar.ParseDate(text)
		if derr != nil || !w.Value.quoted {
			if _, ok := parseDecimal(text); ok {
				return v, errzh.With(fmt.Errorf("%w: %s is a date: write %s without \"from\" (the old form \"value\": \"1\" with the date in \"from\" is no longer read)", errKind, w.Name, spec.example()),
					"%s 是日期：写 %s，不写 \"from\"（旧写法 \"value\": \"1\" 而把日期写在 \"from\" 中，已不再读取）", w.Name, spec.example())
			}
			return v, errzh.With(fmt.Errorf("%w: \"value\" of %s is not a date YYYY-MM-DD: write %s", errSyntax, w.Name, spec.example()),
				"%s 的 \"value\" 不是 YYYY-MM-DD 形式的日期：应写 %s", w.Name, spec.example())
		}
		v.Date = d
		return v, nil
	}
	d, ok := parseDecimal(text)
	if !ok {
		if _, err := calendar.ParseDate(text); err == nil {
			return v, errzh.With(fmt.Errorf("%w: %s is a decimal in %s, not a date: write %s", errKind, w.Name, spec.Unit, spec.example()),
				"%s 是以 %s 计的数值，不是日期：写 %s", w.Name, spec.Unit, spec.exampleZH())
		}
		return v, errzh.With(fmt.Errorf("%w: \"value\" of %s is not a decimal: write %s", errSyntax, w.Name, spec.example()),
			"%s 的 \"value\" 不是数值：应写 %s", w.Name, spec.exampleZH())
	}
	v.Value = d
	return v, nil
}

// parseDecimal reads a decimal of at most maxValueText characters whose
// exponent, if written, is within ±18, before decimal sees it (a dozen
// characters "1e2000000000" would otherwise build a number of two billion
// digits).
func parseDecimal(s string) (decimal.Decimal, bool) {
	if s == "" || len(s) > maxValueText {
		return decimal.Decimal{}, false
	}
	mant, exp, hasExp := strings.Cut(strings.ToLower(s), "e")
	if hasExp {
		e := strings.TrimLeft(exp, "+-")
		if e == "" || len(e) > 2 || strings.Trim(e, "0123456789") != "" {
			return decimal.Decimal{}, false
		}
	}
	for i := 0; i < len(mant); i++ {
		c := mant[i]
		if !(c >= '0' && c <= '9') && c != '.' && !(i == 0 && (c == '-' || c == '+')) {
			return decimal.Decimal{}, false
		}
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Decimal{}, false
	}
	return d, true
}

// MarshalJSON writes v as UnmarshalJSON reads it: "value" is the decimal
// or, for a date parameter, the date.
func (v Value) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Name   Name          `json:"name"`
		Value  string        `json:"value"`
		From   calendar.Date `json:"from,omitzero"`
		Until  calendar.Date `json:"until,omitzero"`
		Source string        `json:"source"`
		Status Status        `json:"status"`
	}{v.Name, v.Text(), v.From, v.Until, v.Source, v.Status})
}

// Defaults returns the values param embeds itself because more than one
// package reads them: the 《实施办法》's commencement (Commencement),
// 2025-07-01, provisional. levy.DefaultParams and benefits.DefaultParams
// include it; a host's value replaces it.
func Defaults() []Value {
	d, _ := calendar.DateOf(2025, 7, 1)
	return []Value{{Name: Commencement, Date: d, Status: Provisional,
		Source: "沪人社规〔2025〕17号 (《实施办法》): 2025-07-01, the day Shanghai's expanded pilot began under it " +
			"(外卖 merged into 即时配送 from that day; secondary reprints); the 《实施办法》's own commencement clause was not found"}}
}
