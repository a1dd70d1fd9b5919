package golden

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/zhishang/zhishang/internal/redact"
	"strconv"
	"strings"
)

// Leaf is one scalar of a JSON value (or an empty object or list), by its
// path: items[2].amount. Value is the JSON text of the scalar: a string
// keeps its quotes, so "3" and 3 differ.
type Leaf struct {
	Path  string `json:"path"`
	Value string `json:"value"`
}

// Flatten lists the leaves of a JSON value in the order they are written.
// An empty object or list is a leaf of its own ({} or []), so that
// Unflatten gives the same value back.
func Flatten(raw []byte) ([]Leaf, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var out []Leaf
	if err := flattenValue(dec, "", &out); err != nil {
		return nil, err
	}
	return out, nil
}

func flattenValue(dec *json.Decoder, path string, out *[]Leaf) error {
	t, err := dec.Token()
	if err != nil {
		return err
	}
	switch t := t.(type) {
	case json.Delim:
		switch t {
		case '{':
			n := 0
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					return err
				}
				key, _ := k.(string)
				p := key
				if path != "" {
					p = path + "." + key
				}
				if err := flattenValue(dec, p, out); err != nil {
					return err
				}
				n++
			}
			if _, err := dec.Token(); err != nil {
				return err
			}
			if n == 0 {
				*out = append(*out, Leaf{path, "{}"})
			}
		case '[':
			n := 0
			for dec.More() {
				if err := flattenValue(dec, path+"["+strconv.Itoa(n)+"]", out); err != nil {
					return err
				}
				n++
			}
			if _, err := dec.Token(); err != nil {
				return err
			}
			if n == 0 {
				*out = append(*out, Leaf{path, "[]"})
			}
		default:
			return fmt.Errorf("unexpected %v", t)
		}
	case string:
		b, _ := json.Marshal(t)
		*out = append(*out, Leaf{path, string(b)})
	case json.Number:
		*out = append(*out, Leaf{path, t.String()})
	case bool:
		*out = append(*out, Leaf{path, strconv.FormatBool(t)})
	case nil:
		*out = append(*out, Leaf{path, "null"})
	}
	return nil
}

// Difference is one field where the actual output differs from the
// expected one. Expected and Actual are JSON text; "" means the field is
// absent on that side.
type Difference struct {
	Path     string `json:"path"`
	Expected string `json:"expected"`
	Actual   string `json:"actual"`
}

func (d Difference) String() string {
	return fmt.Sprintf("%s: expected %s, got %s", d.Path, Show(d.Expected), Show(d.Actual))
}

// Chinese is the difference as a clerk reads it, for a case of the kind
// kindName: the field's Chinese name with its path (FieldZH; the path
// alone when the field has no Chinese name, 整个输出 for the whole output),
// then 期望 and 实际 with each value as the report shows it (ValueText:
// （无） for an absent field, a fixed list's value with its Chinese name):
//
//	待遇项目·金额（items[2].amount）：期望 3897.15，实际 3340.41
func (d Difference) Chinese(kindName string) string {
	field := d.Path
	switch zh := FieldZH(kindName, d.Path); {
	case d.Path == "":
		field = "整个输出"
	case zh != "" && zh != d.Path:
		field = zh + "（" + d.Path + "）"
	}
	return field + "：期望 " + ValueText(kindName, true, d.Path, d.Expected) + "，实际 " + ValueText(kindName, true, d.Path, d.Actual)
}

// Show renders a leaf's JSON text for a reader: a string without its
// quotes (unless it is empty), "(absent)" for a missing field.
func Show(v string) string {
	if v == "" {
		return "(absent)"
	}
	if len(v) > 2 && v[0] == '"' {
		var s string
		if json.Unmarshal([]byte(v), &s) == nil {
			return s
		}
	}
	return v
}

// Diff lists the fields where two JSON values differ, by path, in the
// order of the expected value (then the fields only the actual has). Two
// invalid values are compared as text.
func Diff(expected, actual string) []Difference {
	e, err1 := Flatten([]byte(expected))
	a, err2 := Flatten([]byte(actual))
	if err1 != nil || err2 != nil {
		if expected == actual {
			return nil
		}
		return []Difference{{Path: "", Expected: expected, Actual: actual}}
	}
	av := make(map[string]string, len(a))
	for _, l := range a {
		av[l.Path] = l.Value
	}
	seen := make(map[string]bool, len(e))
	var out []Difference
	for _, l := range e {
		seen[l.Path] = true
		if got, ok := av[l.Path]; !ok || got != l.Value {
			out = append(out, Difference{l.Path, l.Value, got})
		}
	}
	for _, l := range a {
		if !seen[l.Path] {
			out = append(out, Difference{l.Path, "", l.Value})
		}
	}
	return out
}

// Unflatten builds the JSON value whose leaves are leaves (the inverse of
// Flatten). Paths must name list items from [0] without a gap, and a path
// may not be both a leaf and a container.
func Unflatten(leaves []Leaf) ([]byte, error) {
	root := &node{}
	for _, l := range leaves {
		segs, err := splitPath(l.Path)
		if err != nil {
			return nil, err
		}
		n := root
		for _, s := range segs {
			if s.index == -2 {
				return nil, fmt.Errorf("路径 %s 缺少列表序号", redact.Value(l.Path))
			}
			// A list is continuous from [0] and each item takes at least one
			// leaf: an index past the number of leaves leaves a gap. Refused
			// here, before a node allocates items up to it.
			if s.index >= len(leaves) {
				return nil, fmt.Errorf("路径 %s 的列表序号 %d 超过列数 %d：列表序号须从 [0] 起连续", redact.Value(l.Path), s.index, len(leaves))
			}
			n = n.child(s)
			if n == nil {
				return nil, fmt.Errorf("路径 %s 与另一列冲突", redact.Value(l.Path))
			}
		}
		if n.leaf != "" || len(n.keys) > 0 || len(n.items) > 0 {
			return nil, fmt.Errorf("路径 %s 出现了两次或与另一列冲突", redact.Value(l.Path))
		}
		if !json.Valid([]byte(l.Value)) {
			return nil, fmt.Errorf("路径 %s 的值不是合法的 JSON：%s", redact.Value(l.Path), redact.Value(l.Value))
		}
		n.leaf = l.Value
	}
	var b bytes.Buffer
	if err := root.write(&b, ""); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

type seg struct {
	key   string
	index int // -1 for a key, -2 for [] (any item)
}

func splitPath(p string) ([]seg, error) {
	var out []seg
	for p != "" {
		switch {
		case p[0] == '[':
			j := strings.IndexByte(p, ']')
			if j < 0 {
				return nil, fmt.Errorf("路径 %q 缺少 ]", p)
			}
			if j == 1 { // [] : any item, in a dictionary path
				out = append(out, seg{index: -2})
				p = p[2:]
				continue
			}
			i, err := strconv.Atoi(p[1:j])
			if err != nil || i < 0 {
				return nil, fmt.Errorf("路径中的序号 %q 不是非负整数", p[1:j])
			}
			out = append(out, seg{index: i})
			p = p[j+1:]
		case p[0] == '.':
			p = p[1:]
		default:
			j := strings.IndexAny(p, ".[")
			if j < 0 {
				j = len(p)
			}
			out = append(out, seg{key: p[:j], index: -1})
			p = p[j:]
		}
	}
	return out, nil
}

type node struct {
	leaf  string
	keys  []string
	kids  map[string]*node
	items []*node
	isArr bool
	isObj bool
}

func (n *node) child(s seg) *node {
	if n.leaf != "" {
		return nil
	}
	if s.index < 0 {
		if n.isArr {
			return nil
		}
		n.isObj = true
		if n.kids == nil {
			n.kids = map[string]*node{}
		}
		c, ok := n.kids[s.key]
		if !ok {
			c = &node{}
			n.kids[s.key] = c
			n.keys = append(n.keys, s.key)
		}
		return c
	}
	if n.isObj {
		return nil
	}
	n.isArr = true
	for len(n.items) <= s.index {
		n.items = append(n.items, nil)
	}
	if n.items[s.index] == nil {
		n.items[s.index] = &node{}
	}
	return n.items[s.index]
}

var errGap = errors.New("gap")

func (n *node) write(b *bytes.Buffer, path string) error {
	switch {
	case n.leaf != "":
		b.WriteString(n.leaf)
	case n.isObj:
		b.WriteByte('{')
		for i, k := range n.keys {
			if i > 0 {
				b.WriteByte(',')
			}
			q, _ := json.Marshal(k)
			b.Write(q)
			b.WriteByte(':')
			p := k
			if path != "" {
				p = path + "." + k
			}
			if err := n.kids[k].write(b, p); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	case n.isArr:
		b.WriteByte('[')
		for i, it := range n.items {
			p := path + "[" + strconv.Itoa(i) + "]"
			if it == nil {
				return fmt.Errorf("列表 %s 缺少第 %d 项（序号不连续）: %w", path, i+1, errGap)
			}
			if i > 0 {
				b.WriteByte(',')
			}
			if err := it.write(b, p); err != nil {
				return err
			}
		}
		b.WriteByte(']')
	default:
		b.WriteString("null")
	}
	return nil
}
