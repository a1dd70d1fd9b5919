// Package strictjson decodes JSON the way every reader of the library does:
// exactly one value, no unknown keys, nothing after it. A misspelt key is an
// error, never silently ignored.
//
// encoding/json alone is not strict enough for host input: it matches an
// object's keys to struct fields case-insensitively ("ACCIDENT" fills
// accident) and lets a key written twice keep its last value silently
// ({"total":"999.99","total":"248.33"} reads as 248.33). Decode refuses
// both before decoding, with a *KeyError naming the key, its path and its
// byte offset: nothing an input says is lost or double counted.
//
// The check is one linear pass over the input (a small scanner, no
// json.Decoder tokens) plus the destination type's json tags, read once per
// type. BenchmarkDecode, a 0.5 kB case file (medians of 5, 2 shared cores):
// the key check 0.9 µs and 1 allocation; Decode 7.3 µs and 47 allocations
// against 6.0 µs and 46 for encoding/json alone. The 1 kB sample case file
// into claims.CaseFile (claims BenchmarkStrictDecodeCaseSample, medians of
// 7): 18.0 µs and 78 allocations against 15.0 µs and 77.
package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// MaxDepth is how deeply objects and lists may nest. CheckKeys refuses a
// deeper input before it recurses further (a few million "[" would
// otherwise overflow the stack: a fatal error no recover catches).
const MaxDepth = 64

// ErrTooDeep is returned when objects and lists nest deeper than MaxDepth.
var ErrTooDeep = errors.New("JSON nests deeper than 64 levels")

// ErrTrailing is returned when data holds more than one JSON value.
var ErrTrailing = errors.New("unexpected data after the JSON value")

var (
	// ErrDuplicateKey: the same key is written twice in one object
	// (encoding/json would keep the last value and drop the first).
	ErrDuplicateKey = errors.New("duplicate key")
	// ErrKeyCase: a key matches a field's name only when case is ignored
	// ("ACCIDENT" for "accident"); encoding/json would accept it.
	ErrKeyCase = errors.New("key differs in case from the field name")
)

// KeyError is Decode's error for a key it refuses. It wraps ErrDuplicateKey
// or ErrKeyCase.
type KeyError struct {
	Err error
	// Key is the key as decoded (escapes resolved).
	Key string
	// Want is, for ErrKeyCase, the field's name as it must be written.
	Want string
	// Path is where the key is, as $.costs[2].date (the key included).
	Path string
	// Offset is the byte offset in the input of the key's opening quote.
	Offset int64
}

func (e *KeyError) Error() string {
	if errors.Is(e.Err, ErrKeyCase) {
		return fmt.Sprintf("key %q at %s (offset %d): must be written %q (keys are case-sensitive)", e.Key, e.Path, e.Offset, e.Want)
	}
	return fmt.Sprintf("key %q at %s (offset %d): written twice in the same object", e.Key, e.Path, e.Offset)
}

func (e *KeyError) Unwrap() error { return e.Err }

// Decode decodes data into v strictly.
func Decode(data []byte, v any) error {
	if err := CheckKeys(data, reflect.TypeOf(v)); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return ErrTrailing
	}
	return nil
}

// CheckKeys checks the first JSON value in data for a key written twice in
// one object and, where t (the type decoded into; nil for none) says which
// keys an object has, for a key that matches a field only when case is
// ignored. It returns a *KeyError, or nil: a syntax error is not its
// business (the decoder reports it), so it stops there and returns nil.
// Map keys are data: they are checked for duplicates, never for case.
func CheckKeys(data []byte, t reflect.Type) error {
	s := scanner{data: data}
	s.keys = s.keysBuf[:0]
	s.path = s.pathBuf[:0]
	s.pos = s.space(0)
	s.value(schemaFor(t))
	if s.err != nil {
		return s.err
	}
	if s.deep {
		return ErrTooDeep
	}
	return nil
}

// schema says what an object at one place of the destination holds.
type schema struct {
	kind   uint8 // anyKind, structKind, mapKind or listKind
	fields []field
	elem   *schema // of a map's values or a list's items
}

const (
	anyKind    = iota // no known keys: duplicates only
	structKind        // keys are the fields' names, exact case
	mapKind           // keys are data
	listKind
)

type field struct {
	name string
	s    *schema
}

// schemas memoizes schemaFor: reflect.Type → *schema. A schema never
// changes once stored (as encoding/json's own field cache), so this is a
// cache, not state: every call sees the same answer.
var schemas sync.Map

// schemaFor returns the schema of values of type t.
func schemaFor(t reflect.Type) *schema {
	if t == nil {
		return anySchema
	}
	if sc, ok := schemas.Load(t); ok {
		return sc.(*schema)
	}
	b := builder{types: map[reflect.Type]*schema{}}
	sc, _ := schemas.LoadOrStore(t, b.schemaOf(t))
	return sc.(*schema)
}

// builder builds one type's schema; types holds those begun, so a type
// that contains itself ends.
type builder struct {
	types map[reflect.Type]*schema
}

var (
	anySchema       = &schema{}
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

func (s *builder) schemaOf(t reflect.Type) *schema {
	for t.Kind() == reflect.Pointer {
		if t.Implements(jsonUnmarshaler) || t.Implements(textUnmarshaler) {
			return anySchema
		}
		t = t.Elem()
	}
	if sc, ok := s.types[t]; ok {
		return sc
	}
	if reflect.PointerTo(t).Implements(jsonUnmarshaler) || reflect.PointerTo(t).Implements(textUnmarshaler) {
		return anySchema
	}
	sc := &schema{}
	s.types[t] = sc // before filling: a type may contain itself
	switch t.Kind() {
	case reflect.Struct:
		sc.kind = structKind
		sc.fields = make([]field, 0, t.NumField())
		s.addFields(sc, t, 0, map[string]int{})
	case reflect.Map:
		sc.kind = mapKind
		sc.elem = s.schemaOf(t.Elem())
	case reflect.Slice, reflect.Array:
		sc.kind = listKind
		sc.elem = s.schemaOf(t.Elem())
	default:
		sc.kind = anyKind
	}
	return sc
}

// addFields adds t's fields as encoding/json names them: the json tag's
// name, else the Go name; "-" and unexported fields skipped; an untagged
// embedded struct's fields promoted (a shallower field wins; two at the
// same depth both stay, which can only make the case check stricter).
func (s *builder) addFields(sc *schema, t reflect.Type, depth int, seen map[string]int) {
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
				s.addFields(sc, ft, depth+1, seen)
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
		}
		seen[name] = depth
		sc.fields = append(sc.fields, field{name: name, s: s.schemaOf(f.Type)})
	}
}

// scanner walks one JSON value. It stops at the first refused key (err set)
// or at anything that is not valid JSON (bad set, err nil).
type scanner struct {
	data []byte
	pos  int
	bad  bool
	// depth is how many objects and lists are open; deep is set (and the
	// scan stops) when it would exceed MaxDepth.
	depth int
	deep  bool
	err  *KeyError
	// path is the place of the value being scanned, for errors only.
	path []step
	// keys holds the keys of every open object, innermost last; each
	// object's keys start at its frame's mark.
	keys [][]byte
	// Room for a usual input: one allocation, the scanner itself.
	keysBuf [32][]byte
	pathBuf [8]step
}

// smallObject is how many keys an object has before its duplicate check
// uses a set instead of comparing with each key before.
const smallObject = 16

type step struct {
	key   []byte // for an object member
	index int    // for a list item; -1 for an object member
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

func (s *scanner) stop() bool { return s.bad || s.deep || s.err != nil }

// value scans the value at s.pos and the space after it.
func (s *scanner) value(sc *schema) {
	if s.pos >= len(s.data) {
		s.bad = true
		return
	}
	switch c := s.data[s.pos]; {
	case c == '{' || c == '[':
		if s.depth == MaxDepth {
			s.deep = true
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
		if _, _, ok := s.str(); !ok {
			s.bad = true
			return
		}
	default:
		// A number or literal: skip to the next delimiter; the decoder
		// judges its spelling.
		i := s.pos
		for i < len(s.data) {
			switch s.data[i] {
			case ',', ']', '}', ' ', '\t', '\n', '\r', ':', '"', '[', '{':
				goto end
			}
			i++
		}
	end:
		if i == s.pos {
			s.bad = true
			return
		}
		s.pos = i
	}
	s.pos = s.space(s.pos)
}

// str scans the string at s.pos and returns its raw contents (between the
// quotes) and whether they need decoding (an escape or a non-ASCII byte).
func (s *scanner) str() (raw []byte, slow, ok bool) {
	start := s.pos + 1
	for i := start; i < len(s.data); i++ {
		switch c := s.data[i]; {
		case c == '"':
			s.pos = i + 1
			return s.data[start:i], slow, true
		case c == '\\':
			slow = true
			i++
		case c >= utf8.RuneSelf:
			slow = true
		}
	}
	return nil, false, false
}

func (s *scanner) object(sc *schema) {
	s.pos = s.space(s.pos + 1)
	mark := len(s.keys)
	var set map[string]struct{}
	defer func() { s.keys = s.keys[:mark] }()
	if s.pos < len(s.data) && s.data[s.pos] == '}' {
		s.pos++
		return
	}
	for {
		if s.pos >= len(s.data) || s.data[s.pos] != '"' {
			s.bad = true
			return
		}
		at := s.pos
		raw, slow, ok := s.str()
		if !ok {
			s.bad = true
			return
		}
		key := raw
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
			if _, dup := set[string(key)]; dup {
				s.fail(ErrDuplicateKey, string(key), "", at)
				return
			}
			set[string(key)] = struct{}{}
		} else {
			for _, k := range s.keys[mark:] {
				if bytes.Equal(k, key) {
					s.fail(ErrDuplicateKey, string(key), "", at)
					return
				}
			}
			if len(s.keys)-mark == smallObject {
				// A big object (a map of many entries): a set keeps the
				// pass linear.
				set = make(map[string]struct{}, 2*smallObject)
				for _, k := range s.keys[mark:] {
					set[string(k)] = struct{}{}
				}
				set[string(key)] = struct{}{}
			}
		}
		var child *schema
		switch sc.kind {
		case structKind:
			child = anySchema
			found := false
			for _, f := range sc.fields {
				if f.name == string(key) {
					child, found = f.s, true
					break
				}
			}
			if !found {
				for _, f := range sc.fields {
					if strings.EqualFold(f.name, string(key)) {
						s.fail(ErrKeyCase, string(key), f.name, at)
						return
					}
				}
				// Unknown: the decoder refuses it.
			}
		case mapKind:
			child = sc.elem
		default:
			child = anySchema
		}
		s.keys = append(s.keys, key)
		s.pos = s.space(s.pos)
		if s.pos >= len(s.data) || s.data[s.pos] != ':' {
			s.bad = true
			return
		}
		s.pos = s.space(s.pos + 1)
		s.path = append(s.path, step{key: key, index: -1})
		s.value(child)
		s.path = s.path[:len(s.path)-1]
		if !s.next('}') {
			return
		}
	}
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
		s.path = append(s.path, step{index: i})
		s.value(elem)
		s.path = s.path[:len(s.path)-1]
		if !s.next(']') {
			return
		}
	}
}

func (s *scanner) fail(err error, key, want string, at int) {
	var b strings.Builder
	b.WriteByte('$')
	for _, st := range s.path {
		if st.index >= 0 {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(st.index))
			b.WriteByte(']')
		} else {
			b.WriteByte('.')
			b.Write(st.key)
		}
	}
	b.WriteByte('.')
	b.WriteString(key)
	s.err = &KeyError{Err: err, Key: key, Want: want, Path: b.String(), Offset: int64(at)}
}
