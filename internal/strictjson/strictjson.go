// Package strictjson is the one door every JSON reader of the library goes
// through: exactly one value, no unknown key, no key written twice or in
// another case, no null where a value belongs, no required field missing,
// nothing after the value, and every limit of package jsonerr checked
// before anything is parsed or decoded. Its refusals are *jsonerr.Error
// values (bounded, masked, with the path and byte offset).
//
// encoding/json alone is not strict enough for host input: it matches an
// object's keys to struct fields case-insensitively ("ACCIDENT" fills
// accident), lets a key written twice keep its last value silently
// ({"total":"999.99","total":"248.33"} reads as 248.33), reads null and an
// absent amount as 0, hands shopspring/decimal any number however long (a
// megabyte of digits takes minutes to parse; "1e999999999" hangs whoever
// prints it), and its messages quote keys and values whole.
//
// # Limits
//
// Checked in one linear pass over the input before encoding/json sees it
// (Limits; zero fields take jsonerr's defaults):
//
//   - size: jsonerr.MaxBytes (8 MiB) unless the reader states another;
//   - nesting: jsoncode.MaxDepth (64) levels; the pass recurses once per
//     level and stops there, so no input can overflow the stack;
//   - a key jsoncode.MaxKey (128) bytes, a string jsoncode.MaxString (64 KiB);
//   - every key and string UTF-8: a byte that is not, or an unpaired
//     surrogate escape ("\ud800"), is ErrSyntax (encoding/json would read
//     it as U+FFFD, and two IDs that differ there as one);
//   - a number jsoncode.MaxNumber (40) bytes, exponent within ±300;
//   - a decimal (decimal.Decimal, as a number or a string; money.Amount,
//     as a string): plain syntax, at most 20 digits written out, at most 18
//     decimals, 2 for a money.Amount, or the field's `strict:"decimals=N"`;
//   - null only where it means "none" (a pointer, slice, map or interface);
//     a field tagged `strict:"required"` must be present;
//   - a time.Time is RFC 3339 with a point before the fraction (time.Parse
//     also takes a comma).
//
// Memory: the pass makes one allocation for a usual input (the scanner,
// which holds the keys of the open objects and the path in its own
// arrays; 1.3 kB) and, for an object of more than 16 keys, a set of their
// hashes: at most about 80 bytes allocated per distinct key (the set's
// growth included), whatever the keys' length. A
// refused input costs the same: the pass stops at the first refusal and
// renders its path only then (TestMemoryBounded holds both).
//
// # Speed
//
// The check is one pass (a small scanner, no json.Decoder tokens) plus the
// destination type's json and strict tags, read once per type: about 1.25×
// encoding/json alone. Figures: BENCHMARKS.md.
package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/internal/redact"
	"github.com/zhishang/zhishang/jsonerr"
)

// Limits are a reader's limits; a zero field takes jsonerr's default
// (MaxBytes, MaxDepth, MaxKey, MaxString). MaxDepth is at most 10000
// (encoding/json's own limit).
type Limits struct {
	MaxBytes  int
	MaxDepth  int
	MaxKey    int
	MaxString int
}

func (l Limits) resolved() Limits {
	def := func(v, d int) int {
		if v <= 0 {
			return d
		}
		return v
	}
	return Limits{
		MaxBytes:  def(l.MaxBytes, jsonerr.MaxBytes),
		MaxDepth:  min(def(l.MaxDepth, jsoncode.MaxDepth), 10000),
		MaxKey:    def(l.MaxKey, jsoncode.MaxKey),
		MaxString: def(l.MaxString, jsoncode.MaxString),
	}
}

// Decode decodes data into v strictly, with the default limits.
func Decode(data []byte, v any) error { return DecodeLimits(data, v, Limits{}) }

// DecodeLimits decodes data into v strictly, with lim. Its error is a
// *jsonerr.Error, or a plain error for a destination whose strict tags are
// malformed (the library's own mistake).
func DecodeLimits(data []byte, v any, lim Limits) error {
	lim = lim.resolved()
	if len(data) > lim.MaxBytes {
		return &jsonerr.Error{Err: jsonerr.ErrTooLarge, Offset: -1, Limit: lim.MaxBytes,
			Detail: fmt.Sprintf("%d bytes", len(data))}
	}
	t := reflect.TypeOf(v)
	sc, err := schemaFor(t)
	if err != nil {
		return err
	}
	if err := check(data, sc, lim); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return decodeError(data, sc, lim, err)
	}
	return nil
}

// Check checks data against every rule and limit Decode applies before
// decoding, for values of type t (nil: any JSON value, keys checked for
// duplicates only). It returns a *jsonerr.Error or nil.
func Check(data []byte, t reflect.Type, lim Limits) error {
	lim = lim.resolved()
	if len(data) > lim.MaxBytes {
		return &jsonerr.Error{Err: jsonerr.ErrTooLarge, Offset: -1, Limit: lim.MaxBytes}
	}
	sc, err := schemaFor(t)
	if err != nil {
		return err
	}
	return check(data, sc, lim)
}

func check(data []byte, sc *schema, lim Limits) error {
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		// encoding/json says "invalid character 'ï'": its error stays the
		// Cause (and its offset the Offset), the message names the mark.
		err := syntaxError(data, 0)
		if je, ok := err.(*jsonerr.Error); ok {
			je.Detail = "the file starts with a byte order mark (U+FEFF, as some editors save UTF-8): save it as UTF-8 without one"
		}
		return err
	}
	s := newScanner(data, lim, -1)
	s.value(sc)
	switch {
	case s.err != nil && !isLimit(s.err.Err):
		// A refusal of what the JSON says: a limit exceeded or a syntax
		// error anywhere is told first, as encoding/json would tell a
		// syntax error before a key (the file is fixed in reading order).
		whole := newScanner(data, lim, -1)
		whole.syntaxOnly = true
		whole.value(anySchema)
		switch {
		case whole.err != nil:
			return whole.err
		case whole.bad:
			return syntaxError(data, whole.pos)
		}
		return s.err
	case s.err != nil:
		return s.err
	case s.bad:
		return syntaxError(data, s.pos)
	case s.pos < len(data):
		return &jsonerr.Error{Err: jsoncode.ErrTrailing, Offset: int64(s.pos)}
	}
	return nil
}

// syntaxError is the refusal of data that is not JSON: encoding/json's
// *json.SyntaxError (its messages quote one character at most) as Cause.
// (Unmarshal into a json.RawMessage checks the input before it copies
// anything: on invalid data it allocates only the error.)
func syntaxError(data []byte, at int) error {
	var raw json.RawMessage
	err := json.Unmarshal(data, &raw)
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &jsonerr.Error{Err: jsoncode.ErrSyntax, Offset: se.Offset, Cause: se}
	}
	return &jsonerr.Error{Err: jsoncode.ErrSyntax, Offset: int64(at)}
}

// decodeError turns encoding/json's error (data passed check) into a
// *jsonerr.Error with a path: a type error is placed by its offset; a
// value's own parser's error (a date, an enumeration, a nested strict
// reader) by running the parsers again in document order up to the first
// that fails (only on this error path).
func decodeError(data []byte, sc *schema, lim Limits, err error) error {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te):
		s := newScanner(data, lim, int(te.Offset))
		s.value(sc)
		out := &jsonerr.Error{Err: jsoncode.ErrType, Offset: te.Offset, Cause: te, Detail: typeDetail(te)}
		if s.found != nil {
			out.Path, out.Offset = s.found.Path, s.found.Offset
		} else if te.Field != "" {
			out.Path = boundPath("$." + redact.Mask(redact.Printable(te.Field)))
		}
		return out
	case errors.As(err, &se):
		return &jsonerr.Error{Err: jsoncode.ErrSyntax, Offset: se.Offset, Cause: se}
	}
	if name, ok := strings.CutPrefix(err.Error(), `json: unknown field "`); ok {
		// A key two embedded structs both promote at one depth: encoding/json
		// drops both.
		name, _, _ = strings.Cut(name, `"`)
		return &jsonerr.Error{Err: jsoncode.ErrUnknownKey, Key: redact.Value(name), Offset: -1}
	}
	s := newScanner(data, lim, -1)
	s.probe = true
	s.value(sc)
	if s.found != nil {
		var inner *jsonerr.Error
		if errors.As(s.probeErr, &inner) && s.probeErr == error(inner) {
			// A nested strict reader (an UnmarshalJSON method): its place in
			// this document.
			out := *inner
			out.Path = boundPath(s.found.Path + strings.TrimPrefix(inner.Path, "$"))
			if inner.Offset >= 0 {
				out.Offset = s.found.Offset + inner.Offset
			} else {
				out.Offset = s.found.Offset
			}
			return &out
		}
		s.found.Cause = err
		return s.found
	}
	return &jsonerr.Error{Err: jsoncode.ErrValue, Offset: -1, Cause: err}
}

func typeDetail(te *json.UnmarshalTypeError) string {
	v := te.Value
	if n, ok := strings.CutPrefix(v, "number "); ok {
		v = "number " + redact.Value(n)
	}
	want := "another type"
	if te.Type != nil {
		want = te.Type.Kind().String()
		if te.Type.Name() != "" {
			want = te.Type.Name()
		}
	}
	return fmt.Sprintf("%s, want %s", v, want)
}

// schema says what a value at one place of the destination may be.
type schema struct {
	kind kind
	// nullable: null is a value here ("none"): a pointer, slice, map or
	// interface.
	nullable bool
	fields   []field // structKind
	nreq     int     // structKind: fields with strict:"required"
	elem     *schema // a map's values, a list's items, a pointer's target
	decimals int     // decimalKind: at most this many digits after the point
	// typ is, for a value with its own parser (parserKind, decimalKind,
	// timeKind), the type, for finding which value it refused; text: by
	// encoding.TextUnmarshaler (only strings reach it).
	typ  reflect.Type
	text bool
}

type kind uint8

const (
	anyKind    kind = iota // no known keys: duplicates only
	structKind             // keys are the fields' names, exact case
	mapKind                // keys are data
	listKind
	ptrKind     // null is nil; otherwise elem
	decimalKind // a decimal: digits checked before it is parsed
	timeKind    // an RFC 3339 time
	parserKind  // a value with its own parser (keys inside are its business)
	valueKind   // a string, number or bool
)

type field struct {
	name string
	s    *schema
	req  int // index among the required fields, or -1
}

// schemas memoizes schemaFor: reflect.Type → *schema. A schema never
// changes once stored (as encoding/json's own field cache), so this is a
// cache, not state: every call sees the same answer.
var schemas sync.Map

var anySchema = &schema{kind: anyKind, nullable: true}

// schemaFor returns the schema of values of type t (the pointer passed to
// Decode: its target's schema).
func schemaFor(t reflect.Type) (*schema, error) {
	if t == nil {
		return anySchema, nil
	}
	if sc, ok := schemas.Load(t); ok {
		return sc.(*schema), nil
	}
	b := builder{types: map[reflect.Type]*schema{}}
	sc := b.schemaOf(t)
	if b.err != nil {
		return nil, b.err
	}
	if t.Kind() == reflect.Pointer {
		// Decode's argument. A document that is null says nothing: even a
		// list it fills (null would read as no schedules at all) refuses it.
		top := *sc.elem
		top.nullable = false
		sc = &top
	}
	got, _ := schemas.LoadOrStore(t, sc)
	return got.(*schema), nil
}

// builder builds one type's schema; types holds those begun, so a type
// that contains itself ends.
type builder struct {
	types map[reflect.Type]*schema
	err   error
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	timeType        = reflect.TypeFor[time.Time]()
	rawType         = reflect.TypeFor[json.RawMessage]()
)

// The decimal and amount types are recognised by name, not by a reflect.Type
// of shopspring/decimal or money, so that a package that reads JSON
// through this one (calendar, param) does not import a module it does not
// use: calendar depends on the standard library and this module only.
const (
	decimalPkg = "github.com/shopspring/decimal"
	moneyPkg   = "github.com/zhishang/zhishang/money"
)

// isAmount reports whether t is money.Amount (whole fen, written with two
// decimals).
func isAmount(t reflect.Type) bool { return t.PkgPath() == moneyPkg && t.Name() == "Amount" }

// isDecimal reports whether t is convertible to decimal.Decimal:
// decimal.Decimal itself or a type defined over it. Such a struct's fields are the unexported ones declared in
// package decimal, and only such a struct has them.
func isDecimal(t reflect.Type) bool {
	if t.Kind() != reflect.Struct || t.NumField() == 0 {
		return false
	}
	for i := range t.NumField() {
		if f := t.Field(i); f.IsExported() || f.PkgPath != decimalPkg {
			return false
		}
	}
	return true
}

func (b *builder) schemaOf(t reflect.Type) *schema {
	if sc, ok := b.types[t]; ok {
		return sc
	}
	sc := &schema{}
	b.types[t] = sc // before filling: a type may contain itself
	pj := reflect.PointerTo(t).Implements(jsonUnmarshaler)
	pt := reflect.PointerTo(t).Implements(textUnmarshaler)
	switch {
	case t.Kind() == reflect.Pointer:
		sc.kind, sc.nullable = ptrKind, true
		sc.elem = b.schemaOf(t.Elem())
	case t == rawType:
		sc.kind, sc.nullable = anyKind, true
	case isAmount(t):
		// Its digits checked here, then its own UnmarshalText (only a
		// string reaches it: a number is a type error).
		sc.kind, sc.typ, sc.decimals, sc.text = decimalKind, t, jsoncode.AmountDecimals, true
	case isDecimal(t) && pj:
		sc.kind, sc.typ, sc.decimals = decimalKind, t, jsoncode.MaxDecimals
	case t == timeType:
		sc.kind, sc.typ = timeKind, t
	case pj || pt:
		sc.kind, sc.typ, sc.text = parserKind, t, !pj
		switch t.Kind() {
		case reflect.Slice, reflect.Map, reflect.Interface:
			sc.nullable = true
		}
	case t.Kind() == reflect.Struct:
		sc.kind = structKind
		sc.fields = make([]field, 0, t.NumField())
		b.addFields(sc, t, 0, map[string]int{})
	case t.Kind() == reflect.Map:
		sc.kind, sc.nullable = mapKind, true
		sc.elem = b.schemaOf(t.Elem())
	case t.Kind() == reflect.Slice || t.Kind() == reflect.Array:
		sc.kind, sc.nullable = listKind, t.Kind() == reflect.Slice
		sc.elem = b.schemaOf(t.Elem())
	case t.Kind() == reflect.Interface:
		sc.kind, sc.nullable = anyKind, true
	default:
		sc.kind = valueKind
	}
	return sc
}

// addFields adds t's fields as encoding/json names them: the json tag's
// name, else the Go name; "-" and unexported fields skipped; an untagged
// embedded struct's fields promoted (a shallower field wins, whichever is
// declared first; two at the same depth both stay, which can only make the
// case check stricter). A
// field's strict tag may say "required" and "decimals=N".
func (b *builder) addFields(sc *schema, t reflect.Type, depth int, seen map[string]int) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		ft := f.Type
		if f.Anonymous {
			for ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if !f.IsExported() && ft.Kind() != reflect.Struct {
				continue
			}
			if name == "" && ft.Kind() == reflect.Struct {
				b.addFields(sc, ft, depth+1, seen)
				continue
			}
		} else if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if d, ok := seen[name]; ok && d < depth {
			continue
		} else if ok && d > depth {
			// A shallower field hides the deeper ones of its name, which
			// were added first (an embedded struct before the field):
			// encoding/json fills this one, so this one is checked.
			keep := sc.fields[:0]
			for _, g := range sc.fields {
				if g.name != name {
					keep = append(keep, g)
				}
			}
			sc.fields = keep
		}
		seen[name] = depth
		fs := b.schemaOf(f.Type)
		req := -1
		if st, ok := f.Tag.Lookup("strict"); ok {
			for opt := range strings.SplitSeq(st, ",") {
				switch n, isDec := strings.CutPrefix(opt, "decimals="); {
				case opt == "required":
					if sc.nreq == 64 {
						b.fail(t, f, "required (more than 64 in one struct)")
						continue
					}
					req = sc.nreq
					sc.nreq++
				case isDec:
					d, err := strconv.Atoi(n)
					if err != nil || d < 0 || d > jsoncode.MaxDecimals {
						b.fail(t, f, opt)
						continue
					}
					var ok bool
					if fs, ok = withDecimals(fs, d); !ok {
						b.fail(t, f, opt+" on a field with no decimal")
					}
				default:
					b.fail(t, f, opt)
				}
			}
		}
		sc.fields = append(sc.fields, field{name: name, s: fs, req: req})
	}
}

func (b *builder) fail(t reflect.Type, f reflect.StructField, what string) {
	if b.err == nil {
		b.err = fmt.Errorf("strictjson: %s.%s: bad strict tag option %q", t, f.Name, what)
	}
}

// withDecimals returns sc with its decimal (sc itself, or the target of
// pointers, lists and maps) limited to d decimals.
func withDecimals(sc *schema, d int) (*schema, bool) {
	switch sc.kind {
	case decimalKind:
		cp := *sc
		cp.decimals = min(d, sc.decimals)
		return &cp, true
	case ptrKind, listKind, mapKind:
		e, ok := withDecimals(sc.elem, d)
		cp := *sc
		cp.elem = e
		return &cp, ok
	}
	return sc, false
}

// scanner walks one JSON value. It stops at the first refusal (err set) or
// at anything that is not valid JSON (bad set, err nil). With a target
// (≥ 0) it also records, as found, the place of the innermost value that
// spans the target offset; with probe, the first value whose own parser
// refuses it (found and probeErr).
type scanner struct {
	data  []byte
	pos   int
	lim   Limits
	depth int
	bad   bool
	err   *jsonerr.Error
	// path is the place of the value being scanned, for errors only.
	path []step
	// keys holds the keys of every open object, innermost last; each
	// object's keys start at its frame's mark.
	keys [][]byte
	// keyAts are the offsets of keys' opening quotes.
	keyAts []int32

	target int
	probe  bool
	// syntaxOnly: keys are not checked (the limits and the syntax are).
	syntaxOnly bool
	found      *jsonerr.Error
	probeErr   error

	// Room for a usual input: one allocation, the scanner itself.
	keysBuf   [32][]byte
	keyAtsBuf [32]int32
	pathBuf   [8]step
}

// newScanner returns a scanner at the first value of data. (Built in
// place: a composite literal of the scanner, which holds its buffers,
// would be copied to the heap with write barriers.)
func newScanner(data []byte, lim Limits, target int) *scanner {
	s := new(scanner)
	s.data, s.lim, s.target = data, lim, target
	s.keys, s.keyAts, s.path = s.keysBuf[:0], s.keyAtsBuf[:0], s.pathBuf[:0]
	s.pos = s.space(0)
	return s
}

// smallObject is how many keys an object has before its duplicate check
// uses a set instead of comparing with each key before.
const smallObject = 16

type step struct {
	// at is, for an object member, the offset of its key's opening quote
	// (the key is read again only to render an error's path: no pointer
	// here, so that the scan pays no write barrier); -1 for a list item.
	at    int32
	index int32 // for a list item
}

func (s *scanner) space(i int) int {
	for i < len(s.data) {
		switch s.data[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

func (s *scanner) stop() bool { return s.bad || s.err != nil || s.found != nil }

// value scans the value at s.pos and the space after it.
func (s *scanner) value(sc *schema) {
	if s.pos >= len(s.data) {
		s.bad = true
		return
	}
	start := s.pos
	c := s.data[start]
	if sc.kind == ptrKind {
		if c != 'n' {
			s.value(sc.elem)
			return
		}
		sc = anySchema
	}
	switch {
	case c == '{' || c == '[':
		if s.depth >= s.lim.MaxDepth {
			s.fail(jsoncode.ErrTooDeep, start, s.lim.MaxDepth, "")
			return
		}
		s.depth++
		if c == '{' {
			s.object(sc)
		} else {
			s.list(sc)
		}
		s.depth--
	case c == '"':
		max, kind := s.lim.MaxString, jsoncode.ErrStringLength
		if sc.kind == decimalKind {
			max, kind = jsoncode.MaxNumber, jsoncode.ErrNumber
		}
		raw, slow, ok := s.str(max, kind)
		if !ok {
			return
		}
		switch sc.kind {
		case decimalKind:
			if slow {
				s.fail(jsoncode.ErrNumber, start, 0, "not a decimal number")
				return
			}
			if !s.decimal(raw, sc, start, true) {
				return
			}
		case timeKind:
			if bytes.IndexByte(raw, ',') >= 0 {
				s.fail(jsoncode.ErrValue, start, 0, "not an RFC 3339 time: the fraction of a second follows a point, not a comma")
				return
			}
		}
	case c == 'n' || c == 't' || c == 'f':
		lit := "null"
		if c == 't' {
			lit = "true"
		} else if c == 'f' {
			lit = "false"
		}
		if !bytes.HasPrefix(s.data[start:], []byte(lit)) {
			s.bad = true
			return
		}
		s.pos += len(lit)
		if c == 'n' && !sc.nullable {
			s.fail(jsoncode.ErrNull, start, 0, "")
			return
		}
		if c == 'n' {
			if s.target >= 0 {
				s.done(start, nil)
			}
			s.pos = s.space(s.pos)
			return
		}
	default:
		if !s.number(sc) {
			return
		}
	}
	if s.stop() {
		return
	}
	if s.target >= 0 || s.probe {
		s.done(start, sc)
	}
	s.pos = s.space(s.pos)
}

// done is called after each value, spanning data[start:s.pos]: it records
// the value the target offset falls in, or, when probing, whether the
// value's own parser refuses it.
func (s *scanner) done(start int, sc *schema) {
	if s.target >= 0 && start <= s.target && s.target <= s.pos {
		s.found = &jsonerr.Error{Path: s.renderPath(""), Offset: int64(start)}
		return
	}
	if !s.probe || sc == nil || sc.typ == nil {
		return
	}
	raw := s.data[start:s.pos]
	p := reflect.New(sc.typ).Interface()
	var err error
	if sc.text {
		if raw[0] != '"' {
			return // a type error, not the parser's
		}
		var str string
		if json.Unmarshal(raw, &str) != nil {
			return
		}
		err = p.(encoding.TextUnmarshaler).UnmarshalText([]byte(str))
	} else {
		err = p.(json.Unmarshaler).UnmarshalJSON(raw)
	}
	if err != nil {
		s.found = &jsonerr.Error{Err: jsoncode.ErrValue, Path: s.renderPath(""), Offset: int64(start)}
		s.probeErr = err
	}
}

// str scans the string at s.pos and returns its raw contents (between the
// quotes) and whether they need decoding (an escape or a non-ASCII byte).
// It refuses a string longer than max bytes (as errKind) and marks the
// input bad for a control character, a bad escape or no closing quote.
func (s *scanner) str(max int, errKind error) (raw []byte, slow, ok bool) {
	start := s.pos + 1
	// Scan at most max bytes and the closing quote: a longer string is
	// refused there, never read to its end.
	end := len(s.data)
	if end-start > max+1 {
		end = start + max + 1
	}
	nonASCII := false
	for i := start; i < end; i++ {
		switch c := s.data[i]; {
		case c == '"':
			if nonASCII && !utf8.Valid(s.data[start:i]) {
				s.notUTF8(start - 1)
				return nil, false, false
			}
			s.pos = i + 1
			return s.data[start:i], slow, true
		case c == '\\':
			slow = true
			if i+1 >= len(s.data) {
				s.bad = true
				return nil, false, false
			}
			i++
			switch s.data[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				r, ok := hex4(s.data, i+1)
				if !ok {
					s.bad = true
					return nil, false, false
				}
				// A surrogate escape must be a high one followed at once by
				// a low one: encoding/json reads any other as U+FFFD.
				switch {
				case r >= 0xD800 && r <= 0xDBFF:
					lo, ok := hex4(s.data, i+7)
					if !ok || s.data[i+5] != '\\' || s.data[i+6] != 'u' || lo < 0xDC00 || lo > 0xDFFF {
						s.notUTF8(i - 1)
						return nil, false, false
					}
					i += 6
				case r >= 0xDC00 && r <= 0xDFFF:
					s.notUTF8(i - 1)
					return nil, false, false
				}
				i += 4
			default:
				s.bad = true
				return nil, false, false
			}
		case c < 0x20:
			s.bad = true
			return nil, false, false
		case c >= utf8.RuneSelf:
			slow, nonASCII = true, true
		}
	}
	if end < len(s.data) {
		s.fail(errKind, s.pos, max, "")
		return nil, false, false
	}
	s.bad = true
	return nil, false, false
}

// notUTF8 refuses the string whose bytes or escapes (at) are not UTF-8:
// encoding/json would read them as U+FFFD, and two IDs that differ there
// would read as one (RFC 8259 §8.1: JSON text is UTF-8).
func (s *scanner) notUTF8(at int) {
	s.fail(jsoncode.ErrSyntax, at, 0, "a string that is not UTF-8 (a byte that is not UTF-8, or an unpaired surrogate escape): it would be read as U+FFFD")
}

// hex4 reads the four hex digits at data[i:], if they are there.
func hex4(data []byte, i int) (rune, bool) {
	if i+4 > len(data) {
		return 0, false
	}
	var r rune
	for _, h := range data[i : i+4] {
		switch {
		case h >= '0' && h <= '9':
			r = r<<4 | rune(h-'0')
		case h >= 'a' && h <= 'f':
			r = r<<4 | rune(h-'a'+10)
		case h >= 'A' && h <= 'F':
			r = r<<4 | rune(h-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// isLimit tells a refusal that stops the pass where it is: the rest of
// the input is not read.
func isLimit(kind error) bool {
	switch kind {
	case jsonerr.ErrTooLarge, jsoncode.ErrTooDeep, jsoncode.ErrKeyLength, jsoncode.ErrStringLength, jsoncode.ErrNumber:
		return true
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// number scans a JSON number at s.pos (its grammar exactly), refusing one
// longer than jsoncode.MaxNumber bytes or with an exponent beyond
// ±jsoncode.MaxExponent, and checks a decimal's digits.
func (s *scanner) number(sc *schema) bool {
	d, start := s.data, s.pos
	i := start
	if i < len(d) && d[i] == '-' {
		i++
	}
	switch {
	case i < len(d) && d[i] == '0':
		i++
	case i < len(d) && d[i] >= '1' && d[i] <= '9':
		for i < len(d) && isDigit(d[i]) {
			i++
		}
	default:
		s.bad = true
		return false
	}
	if i < len(d) && d[i] == '.' {
		i++
		if i >= len(d) || !isDigit(d[i]) {
			s.bad = true
			return false
		}
		for i < len(d) && isDigit(d[i]) {
			i++
		}
	}
	hasExp := i < len(d) && (d[i] == 'e' || d[i] == 'E')
	if hasExp {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if i >= len(d) || !isDigit(d[i]) {
			s.bad = true
			return false
		}
		for i < len(d) && isDigit(d[i]) {
			i++
		}
	}
	if i-start > jsoncode.MaxNumber {
		s.fail(jsoncode.ErrNumber, start, jsoncode.MaxNumber, "longer than 40 bytes")
		return false
	}
	s.pos = i
	if sc.kind == decimalKind {
		return s.decimal(d[start:i], sc, start, false)
	}
	if !hasExp {
		return true
	}
	if _, ok := exponent(d[start:i]); !ok {
		s.fail(jsoncode.ErrNumber, start, jsoncode.MaxExponent, "exponent out of range")
		return false
	}
	return true
}

// exponent returns the exponent a number is written with (0 for none) and
// whether it is within ±jsoncode.MaxExponent; it reads at most a few digits.
func exponent(num []byte) (int, bool) {
	i := bytes.IndexAny(num, "eE")
	if i < 0 {
		return 0, true
	}
	e := num[i+1:]
	neg := false
	if len(e) > 0 && (e[0] == '+' || e[0] == '-') {
		neg = e[0] == '-'
		e = e[1:]
	}
	for len(e) > 1 && e[0] == '0' {
		e = e[1:]
	}
	if len(e) == 0 || len(e) > 4 {
		return 0, false
	}
	n := 0
	for _, c := range e {
		if !isDigit(c) {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	if n > jsoncode.MaxExponent {
		return 0, false
	}
	if neg {
		n = -n
	}
	return n, true
}

// decimal checks a decimal as written (a JSON number, or a string's
// contents: then the syntax shopspring/decimal accepts, which also takes a
// leading "+", ".5" and "5."), without parsing it: at most
// jsoncode.MaxNumber bytes, an exponent in range, at most jsoncode.MaxDigits
// digits written out and at most sc.decimals after the point.
func (s *scanner) decimal(num []byte, sc *schema, at int, quoted bool) bool {
	if len(num) > jsoncode.MaxNumber {
		s.fail(jsoncode.ErrNumber, at, jsoncode.MaxNumber, "longer than 40 bytes")
		return false
	}
	i := 0
	if i < len(num) && (num[i] == '-' || num[i] == '+') && quoted {
		i++
	} else if i < len(num) && num[i] == '-' {
		i++
	}
	intStart := i
	for i < len(num) && isDigit(num[i]) {
		i++
	}
	intDigits := num[intStart:i]
	var frac []byte
	if i < len(num) && num[i] == '.' {
		i++
		fs := i
		for i < len(num) && isDigit(num[i]) {
			i++
		}
		frac = num[fs:i]
	}
	exp := 0
	if i < len(num) && (num[i] == 'e' || num[i] == 'E') {
		j := i + 1
		if j < len(num) && (num[j] == '+' || num[j] == '-') {
			j++
		}
		if j == len(num) {
			s.fail(jsoncode.ErrNumber, at, 0, "not a decimal number")
			return false
		}
		for k := j; k < len(num); k++ {
			if !isDigit(num[k]) {
				s.fail(jsoncode.ErrNumber, at, 0, "not a decimal number")
				return false
			}
		}
		e, ok := exponent(num[i:])
		if !ok {
			s.fail(jsoncode.ErrNumber, at, jsoncode.MaxExponent, "exponent out of range")
			return false
		}
		exp, i = e, len(num)
	}
	if i != len(num) || len(intDigits)+len(frac) == 0 {
		s.fail(jsoncode.ErrNumber, at, 0, "not a decimal number")
		return false
	}
	// The significant digits: leading and trailing zeros stripped.
	all := len(intDigits) + len(frac)
	digit := func(k int) byte {
		if k < len(intDigits) {
			return intDigits[k]
		}
		return frac[k-len(intDigits)]
	}
	lead := 0
	for lead < all && digit(lead) == '0' {
		lead++
	}
	if lead == all {
		return true // zero
	}
	trail := 0
	for digit(all-1-trail) == '0' {
		trail++
	}
	sig := all - lead - trail
	last := exp - len(frac) + trail // the power of ten of the last significant digit
	decimals := max(0, -last)
	whole := max(0, sig+last)
	if decimals > sc.decimals {
		s.fail(jsoncode.ErrDecimals, at, sc.decimals, fmt.Sprintf("%d decimals", decimals))
		return false
	}
	if whole+decimals > jsoncode.MaxDigits {
		s.fail(jsoncode.ErrNumber, at, jsoncode.MaxDigits, "more than 20 digits written out")
		return false
	}
	return true
}

func (s *scanner) object(sc *schema) {
	open := s.pos
	s.pos = s.space(s.pos + 1)
	mark := len(s.keys)
	var set *keySet
	var seen uint64 // required fields met, by index
	defer func() { s.keys, s.keyAts = s.keys[:mark], s.keyAts[:mark] }()
	if s.pos < len(s.data) && s.data[s.pos] == '}' {
		s.pos++
		s.required(sc, open, seen)
		return
	}
	for {
		if s.pos >= len(s.data) || s.data[s.pos] != '"' {
			s.bad = true
			return
		}
		at := s.pos
		raw, slow, ok := s.str(s.lim.MaxKey, jsoncode.ErrKeyLength)
		if !ok {
			if s.err != nil && s.err.Err == jsoncode.ErrKeyLength {
				s.err.Key = redact.HeadValue(string(s.data[at+1 : at+1+s.lim.MaxKey]))
			}
			return
		}
		key := raw
		if s.syntaxOnly {
			s.pos = s.space(s.pos)
			if s.pos >= len(s.data) || s.data[s.pos] != ':' {
				s.bad = true
				return
			}
			s.pos = s.space(s.pos + 1)
			s.value(anySchema)
			if !s.next('}') {
				return
			}
			continue
		}
		if slow {
			// Resolve escapes and invalid UTF-8 as encoding/json does.
			var k string
			if json.Unmarshal(s.data[at:s.pos], &k) != nil {
				s.bad = true
				return
			}
			key = []byte(k)
		}
		if set != nil {
			if s.seen(set, key, at) {
				s.keyFail(jsoncode.ErrDuplicateKey, key, "", at)
				return
			}
		} else {
			for _, k := range s.keys[mark:] {
				if bytes.Equal(k, key) {
					s.keyFail(jsoncode.ErrDuplicateKey, key, "", at)
					return
				}
			}
			if len(s.keys)-mark == smallObject {
				// A big object (a map of many entries): a set of the keys'
				// hashes keeps the pass linear and its memory small per key.
				set = &keySet{seed: maphash.MakeSeed(), first: make(map[uint64]int32, 2*smallObject)}
				for i, k := range s.keys[mark:] {
					s.seen(set, k, int(s.keyAts[mark+i]))
				}
				s.seen(set, key, at)
			}
		}
		var child *schema
		switch sc.kind {
		case structKind:
			child = nil
			for _, f := range sc.fields {
				if f.name == string(key) {
					child = f.s
					if f.req >= 0 {
						seen |= 1 << f.req
					}
					break
				}
			}
			if child == nil {
				for _, f := range sc.fields {
					if strings.EqualFold(f.name, string(key)) {
						s.keyFail(jsoncode.ErrKeyCase, key, f.name, at)
						return
					}
				}
				s.keyFail(jsoncode.ErrUnknownKey, key, "", at)
				return
			}
		case mapKind:
			child = sc.elem
		default:
			child = anySchema
		}
		if set == nil {
			s.keys = append(s.keys, key)
			s.keyAts = append(s.keyAts, int32(at))
		}
		s.pos = s.space(s.pos)
		if s.pos >= len(s.data) || s.data[s.pos] != ':' {
			s.bad = true
			return
		}
		s.pos = s.space(s.pos + 1)
		s.path = append(s.path, step{at: int32(at)})
		s.value(child)
		s.path = s.path[:len(s.path)-1]
		if !s.next('}') {
			break
		}
	}
	if !s.stop() {
		s.required(sc, open, seen)
	}
}

// required refuses a struct's object (opened at open) that lacks a
// required field; seen has the required fields met.
func (s *scanner) required(sc *schema, open int, seen uint64) {
	if sc.kind != structKind || sc.nreq == 0 || seen == 1<<sc.nreq-1 {
		return
	}
	for _, f := range sc.fields {
		if f.req >= 0 && seen&(1<<f.req) == 0 {
			s.err = &jsonerr.Error{Err: jsoncode.ErrRequired, Key: redact.Value(f.name),
				Path: s.renderPath(f.name), Offset: int64(open)}
			return
		}
	}
}

// keySet is the set of a big object's keys: the offset of the first key
// of each hash, and the rare others of a hash already taken.
type keySet struct {
	seed  maphash.Seed
	first map[uint64]int32
	more  []hashAt
}

type hashAt struct {
	h  uint64
	at int32
}

// seen reports whether key (its quote at offset at) is in set, and adds
// it if not.
func (s *scanner) seen(set *keySet, key []byte, at int) bool {
	h := maphash.Bytes(set.seed, key)
	o, ok := set.first[h]
	if !ok {
		set.first[h] = int32(at)
		return false
	}
	if bytes.Equal(s.keyAt(int(o)), key) {
		return true
	}
	for _, m := range set.more {
		if m.h == h && bytes.Equal(s.keyAt(int(m.at)), key) {
			return true
		}
	}
	set.more = append(set.more, hashAt{h, int32(at)})
	return false
}

// keyAt returns the key whose opening quote is at offset at, decoded.
func (s *scanner) keyAt(at int) []byte {
	end := at + 1
	for end < len(s.data) && s.data[end] != '"' {
		if s.data[end] == '\\' {
			end++
		}
		end++
	}
	raw := s.data[at+1 : end]
	if bytes.IndexByte(raw, '\\') < 0 && utf8.Valid(raw) {
		return raw
	}
	var k string
	_ = json.Unmarshal(s.data[at:end+1], &k)
	return []byte(k)
}

// next reads what follows a member of an object or an element of a list:
// a comma (true: another follows) or the closing byte (false: done). Anything
// else, or the end of the input, marks the input bad.
func (s *scanner) next(closing byte) bool {
	if s.stop() {
		return false
	}
	if s.pos >= len(s.data) {
		s.bad = true
		return false
	}
	switch s.data[s.pos] {
	case ',':
		s.pos = s.space(s.pos + 1)
		return true
	case closing:
		s.pos++
		return false
	}
	s.bad = true
	return false
}

func (s *scanner) list(sc *schema) {
	s.pos = s.space(s.pos + 1)
	if s.pos < len(s.data) && s.data[s.pos] == ']' {
		s.pos++
		return
	}
	elem := anySchema
	if sc.kind == listKind {
		elem = sc.elem
	}
	for i := 0; ; i++ {
		s.path = append(s.path, step{at: -1, index: int32(i)})
		s.value(elem)
		s.path = s.path[:len(s.path)-1]
		if !s.next(']') {
			return
		}
	}
}

func (s *scanner) fail(kind error, at, limit int, detail string) {
	s.err = &jsonerr.Error{Err: kind, Path: s.renderPath(""), Offset: int64(at), Limit: limit, Detail: detail}
}

func (s *scanner) keyFail(kind error, key []byte, want string, at int) {
	s.err = &jsonerr.Error{Err: kind, Key: redact.Value(string(key)), Want: want,
		Path: s.renderPath(string(key)), Offset: int64(at)}
}

// renderPath renders the path of the value being scanned, with key (if
// not "") as its last step: each key masked and cut, the whole bounded.
func (s *scanner) renderPath(key string) string {
	var b strings.Builder
	b.WriteByte('$')
	for _, st := range s.path {
		if st.at < 0 {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(int(st.index)))
			b.WriteByte(']')
		} else {
			b.WriteByte('.')
			b.WriteString(redact.Value(string(s.keyAt(int(st.at)))))
		}
	}
	if key != "" {
		b.WriteByte('.')
		b.WriteString(redact.Value(key))
	}
	return boundPath(b.String())
}

// maxPath bounds a rendered path: its head and its tail around "…".
const maxPath = 200

func boundPath(p string) string {
	if len(p) <= maxPath {
		return p
	}
	head := redact.Cut(p, 60)
	head = strings.TrimSuffix(head, "…")
	tail := len(p) - (maxPath - 60 - len("…"))
	for tail < len(p) && !utf8.RuneStart(p[tail]) {
		tail++
	}
	return head + "…" + p[tail:]
}
