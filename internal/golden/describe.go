package golden

import (
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// Field is one field of a kind's input or output, for the dictionary and
// the report.
type Field struct {
	// Path is the field's path with list items written [] (dependents[].relation).
	Path string
	// Key is the field's JSON key, the last part of Path.
	Key string
	// Type is the Go type, as pkg.Name for a named type (calendar.Date).
	Type reflect.Type
	// Optional is true when the field may be left out.
	Optional bool
}

// TypeZH is the field's type in Chinese.
func (f Field) TypeZH() string { return typeZH(f.Type) }

// Fields lists the fields of a kind's input and output, in the order of
// their Go types; ok is false for an unknown kind.
func Fields(kindName string) (in, out []Field, ok bool) {
	k, ok := kinds[kindName]
	if !ok {
		return nil, nil, false
	}
	walkType(k.in, "", false, map[reflect.Type]bool{}, &in)
	walkType(k.out, "", false, map[reflect.Type]bool{}, &out)
	return in, out, true
}

var (
	textMarshaler  = reflect.TypeFor[encoding.TextMarshaler]()
	jsonMarshaler  = reflect.TypeFor[json.Marshaler]()
	rawMessage     = reflect.TypeFor[json.RawMessage]()
	paramValueText = reflect.TypeFor[valueText]()
)

// valueText stands for param.Value's "value" in the dictionary: a decimal or
// a date, by the parameter's name.
type valueText string

// paramValue is param.Value, which has its own JSON codec (it reads "value"
// as a decimal or a date by the parameter's name) but is an object with
// fixed keys: the dictionary lists them, "value" as a valueText. Its kinds
// package registers it (RegisterParamValue); nil until then.
var paramValue reflect.Type

// RegisterParamValue tells the dictionary that values of t (param.Value)
// are objects whose keys it lists, its key "value" a decimal or a date by
// the parameter's name, although t reads and writes its own JSON.
func RegisterParamValue(t reflect.Type) { paramValue = t }

// shapes maps a type that writes its own JSON object (a result type's
// MarshalJSON) to a struct with the same JSON keys, for the dictionary to
// list (RegisterShape).
var shapes = map[reflect.Type]reflect.Type{}

// RegisterShape tells the dictionary that values of t, which write their
// own JSON, are objects with the keys of the struct shape (its json tags):
// a kinds package registers its results' shapes and tests that the keys
// written are the shape's.
func RegisterShape(t, shape reflect.Type) { shapes[t] = shape }

// isLeaf reports whether values of t are written as one JSON scalar (or
// as a value the dictionary does not open, such as raw JSON).
func isLeaf(t reflect.Type) bool {
	if t == rawMessage {
		return true
	}
	if paramValue != nil && t == paramValue {
		return false
	}
	if _, ok := shapes[t]; ok {
		return false
	}
	if _, ok := typeNamesZH[t.String()]; ok {
		return true
	}
	if t.Implements(textMarshaler) || reflect.PointerTo(t).Implements(textMarshaler) ||
		t.Implements(jsonMarshaler) || reflect.PointerTo(t).Implements(jsonMarshaler) {
		return true
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Slice, reflect.Array, reflect.Pointer:
		return false
	}
	return true
}

func walkType(t reflect.Type, prefix string, optional bool, seen map[reflect.Type]bool, out *[]Field) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
		optional = true
	}
	if s, ok := shapes[t]; ok {
		t = s
	}
	if isLeaf(t) {
		if prefix != "" {
			*out = append(*out, Field{Path: prefix, Key: lastKey(prefix), Type: t, Optional: optional})
		}
		return
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		e := t.Elem()
		for e.Kind() == reflect.Pointer {
			e = e.Elem()
		}
		if isLeaf(e) {
			*out = append(*out, Field{Path: prefix, Key: lastKey(prefix), Type: t, Optional: optional})
			return
		}
		walkType(e, prefix+"[]", optional, seen, out)
	case reflect.Struct:
		if seen[t] {
			return
		}
		seen[t] = true
		defer delete(seen, t)
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			opt := optional || strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero")
			if f.Anonymous && name == "" {
				ft := f.Type
				for ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if ft.Kind() == reflect.Struct && !isLeaf(ft) {
					walkType(ft, prefix, opt, seen, out)
					continue
				}
			}
			if !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			p := name
			if prefix != "" {
				p = prefix + "." + name
			}
			ft := f.Type
			if paramValue != nil && t == paramValue && name == "value" {
				ft = paramValueText
			}
			walkType(ft, p, opt, seen, out)
		}
	}
}

func lastKey(p string) string {
	p = strings.TrimSuffix(p, "[]")
	if i := strings.LastIndexByte(p, '.'); i >= 0 {
		p = p[i+1:]
	}
	return strings.TrimSuffix(p, "[]")
}

var knownFieldsOnce = sync.OnceValue(func() []string {
	set := map[string]bool{"title": true, "articles": true, "kind": true, "input": true, "expect": true, "note": true}
	for _, name := range Kinds() {
		in, out, _ := Fields(name)
		for _, f := range append(in, out...) {
			set[f.Key] = true
		}
	}
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
})

// knownFields lists every JSON key of every kind, sorted.
func knownFields() []string { return knownFieldsOnce() }

// FieldZH gives the Chinese name of a field of a kind's input or output by
// its path, with or without list numbers (dependents[0].relation or
// dependents[].relation): each part by its Chinese name, list items
// numbered from 1, joined by ·. A key without a Chinese name keeps its key.
func FieldZH(kindName, path string) string {
	segs, err := splitPath(path)
	if err != nil || len(segs) == 0 {
		return path
	}
	var b strings.Builder
	norm := ""
	for i, s := range segs {
		if s.index != -1 {
			norm += "[]"
			if s.index >= 0 {
				fmt.Fprintf(&b, "%d", s.index+1)
			}
			continue
		}
		if norm != "" {
			norm += "."
		}
		norm += s.key
		if i > 0 {
			b.WriteString("·")
		}
		name, ok := fieldsZH[kindName+":"+norm]
		if !ok {
			if name, ok = fieldsZH[s.key]; !ok {
				name = s.key
			}
		}
		b.WriteString(name)
	}
	return b.String()
}

// FieldType gives the Go type (as pkg.Name) of the leaf at path (with or
// without list numbers) of a kind's input (output false) or output, or "".
func FieldType(kindName string, output bool, path string) string {
	in, out, ok := Fields(kindName)
	if !ok {
		return ""
	}
	fs := in
	if output {
		fs = out
	}
	norm := listIndex.ReplaceAllString(path, "[]")
	for _, f := range fs {
		switch {
		case f.Path == norm:
			return f.Type.String()
		case f.Path+"[]" == norm && (f.Type.Kind() == reflect.Slice || f.Type.Kind() == reflect.Array):
			return f.Type.Elem().String()
		}
	}
	return ""
}

var listIndex = regexp.MustCompile(`\[\d+\]`)

// ValueText is how the report shows a leaf's value: its JSON text without
// quotes, and its Chinese name when the value is one of a fixed list (a
// benefit item, a state, a material) or an error code.
func ValueText(kindName string, output bool, path, value string) string {
	s := Show(value)
	if value == "" {
		return "（无）"
	}
	var zh string
	if lastKey(listIndex.ReplaceAllString(path, "[]")) == "error" {
		zh = CodeZH(s)
	} else if value[0] == '"' {
		zh = ValueZH(FieldType(kindName, output, path), s)
	}
	if value == "true" {
		zh = "是"
	} else if value == "false" {
		zh = "否"
	}
	if zh != "" && zh != s {
		return s + "（" + zh + "）"
	}
	return s
}
