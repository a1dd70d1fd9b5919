package explain

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Lang names a catalogue's language.
type Lang string

const (
	// Chinese is the language clerks read.
	Chinese Lang = "zh"
	// English is the language of developers and logs.
	English Lang = "en"
)

// Entry is one message of a catalogue: the template that renders the steps
// with Key. A package lists its entries (one list per language) and a host
// joins the lists it needs into one Catalogue.
type Entry struct {
	Key      string
	Template string
}

// Errors of NewCatalogue and of rendering; a returned error wraps one of
// them (errors.Is).
var (
	// ErrTemplate: an entry's key or template is malformed.
	ErrTemplate = errors.New("explain: bad template")
	// ErrDuplicate: two entries with the same key.
	ErrDuplicate = errors.New("explain: duplicate key")
	// ErrNoMessage: a step's key has no template in the catalogue.
	ErrNoMessage = errors.New("explain: no message for the key")
	// ErrNoValue: a template's placeholder names no value of the step.
	ErrNoValue = errors.New("explain: no value for a placeholder")
)

// MaxTemplate is the longest template NewCatalogue accepts, in bytes.
const MaxTemplate = 4096

// segment is a piece of a parsed template: literal text, or (name != "")
// a placeholder, or (group != "" too) a term placeholder.
type segment struct {
	text, name, group string
}

// Catalogue renders steps in one language. It is an immutable value built
// by NewCatalogue; the zero Catalogue has no messages (every step renders
// as a marker, with ErrNoMessage).
type Catalogue struct {
	lang Lang
	msgs map[string][]segment
}

// NewCatalogue builds the catalogue of lang from lists of entries (each
// package's list, joined). It refuses, naming the key: an empty or
// malformed key, a duplicate key, an empty template or one longer than
// MaxTemplate, an unclosed "{", an empty or malformed placeholder name, and
// a "}" that is not doubled.
func NewCatalogue(lang Lang, lists ...[]Entry) (Catalogue, error) {
	c := Catalogue{lang: lang, msgs: map[string][]segment{}}
	for _, l := range lists {
		for _, e := range l {
			if !validName(e.Key) {
				return Catalogue{}, fmt.Errorf("%w: key %s", ErrTemplate, quote(e.Key))
			}
			if _, dup := c.msgs[e.Key]; dup {
				return Catalogue{}, fmt.Errorf("%w: %s", ErrDuplicate, e.Key)
			}
			segs, err := parse(e.Template)
			if err != nil {
				return Catalogue{}, fmt.Errorf("%w: %s: %w", ErrTemplate, e.Key, err)
			}
			c.msgs[e.Key] = segs
		}
	}
	return c, nil
}

// parse splits a template into literal text and placeholders.
func parse(t string) ([]segment, error) {
	if t == "" {
		return nil, errors.New("empty template")
	}
	if len(t) > MaxTemplate {
		return nil, fmt.Errorf("template of %d bytes, more than %d", len(t), MaxTemplate)
	}
	var segs []segment
	var lit strings.Builder
	for i := 0; i < len(t); {
		switch t[i] {
		case '{':
			if i+1 < len(t) && t[i+1] == '{' {
				lit.WriteByte('{')
				i += 2
				continue
			}
			j := strings.IndexByte(t[i+1:], '}')
			if j < 0 {
				return nil, fmt.Errorf("unclosed { at byte %d", i)
			}
			name, group, term := strings.Cut(t[i+1:i+1+j], ":")
			if !validName(name) || term && !validName(group) {
				return nil, fmt.Errorf("placeholder %s at byte %d: a name (and a term's group) is letters, digits, _ . -", quote(t[i+1:i+1+j]), i)
			}
			if lit.Len() > 0 {
				segs = append(segs, segment{text: lit.String()})
				lit.Reset()
			}
			segs = append(segs, segment{name: name, group: group})
			i += j + 2
		case '}':
			if i+1 < len(t) && t[i+1] == '}' {
				lit.WriteByte('}')
				i += 2
				continue
			}
			return nil, fmt.Errorf("stray } at byte %d (a literal brace is }})", i)
		default:
			lit.WriteByte(t[i])
			i++
		}
	}
	if lit.Len() > 0 {
		segs = append(segs, segment{text: lit.String()})
	}
	return segs, nil
}

// Lang is the catalogue's language.
func (c Catalogue) Lang() Lang { return c.lang }

// Keys lists the catalogue's keys, sorted.
func (c Catalogue) Keys() []string {
	out := make([]string, 0, len(c.msgs))
	for k := range c.msgs {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// placeholders lists the names a key's template uses, sorted, once each
// (a term as name:group).
func (c Catalogue) placeholders(key string) []string {
	var out []string
	for _, s := range c.msgs[key] {
		switch {
		case s.group != "":
			out = append(out, s.name+":"+s.group)
		case s.name != "":
			out = append(out, s.name)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Agree reports, joined, every key one catalogue has and the other lacks,
// and every key whose templates use different placeholders: two
// catalogues of one package should agree, so that each language says
// everything the other does.
func Agree(a, b Catalogue) error {
	var errs []error
	for _, k := range a.Keys() {
		if _, ok := b.msgs[k]; !ok {
			errs = append(errs, fmt.Errorf("%w: %s has %s, %s lacks it", ErrNoMessage, a.lang, k, b.lang))
			continue
		}
		if pa, pb := a.placeholders(k), b.placeholders(k); !slices.Equal(pa, pb) {
			errs = append(errs, fmt.Errorf("%w: %s: %s uses %v, %s uses %v", ErrNoValue, k, a.lang, pa, b.lang, pb))
		}
	}
	for _, k := range b.Keys() {
		if _, ok := a.msgs[k]; !ok {
			errs = append(errs, fmt.Errorf("%w: %s has %s, %s lacks it", ErrNoMessage, b.lang, k, a.lang))
		}
	}
	return errors.Join(errs...)
}

// Render returns the text of s. A key without a template renders as
// "⟦?key name=value …⟧" (every value shown, so no figure is lost) and a
// placeholder without a value as "⟦?name⟧"; either way the text is returned
// with an error wrapping ErrNoMessage or ErrNoValue. Render never panics.
func (c Catalogue) Render(s Step) (string, error) {
	segs, ok := c.msgs[s.Key]
	if !ok {
		var b strings.Builder
		b.WriteString("⟦?")
		b.WriteString(s.Key)
		for _, v := range s.Inputs {
			b.WriteString(" " + v.Name + "=" + v.Value)
		}
		if s.Output != nil {
			b.WriteString(" " + s.Output.Name + "=" + s.Output.Value)
		}
		b.WriteString("⟧")
		return b.String(), fmt.Errorf("%w: %s (%s)", ErrNoMessage, quote(s.Key), c.lang)
	}
	var b strings.Builder
	var errs []error
	c.render(&b, segs, s, true, &errs)
	if errs != nil {
		return b.String(), fmt.Errorf("%s: %w", s.Key, errors.Join(errs...))
	}
	return b.String(), nil
}

// render writes segs for s; terms says whether a term placeholder may be
// expanded (not inside a term: one level only).
func (c Catalogue) render(b *strings.Builder, segs []segment, s Step, terms bool, errs *[]error) {
	for _, seg := range segs {
		if seg.name == "" {
			b.WriteString(seg.text)
			continue
		}
		v, ok := s.Lookup(seg.name)
		if !ok {
			b.WriteString("⟦?" + seg.name + "⟧")
			*errs = append(*errs, fmt.Errorf("%w: %s (%s)", ErrNoValue, seg.name, c.lang))
			continue
		}
		if seg.group == "" {
			b.WriteString(v)
			continue
		}
		key := seg.group + "." + v
		t, ok := c.msgs[key]
		if !terms || !ok || !validName(v) {
			b.WriteString("⟦?" + key + "⟧")
			*errs = append(*errs, fmt.Errorf("%w: term %s (%s)", ErrNoMessage, quote(key), c.lang))
			continue
		}
		c.render(b, t, s, false, errs)
	}
}

// Lines renders each step of e, in order; the error joins those of Render.
func (c Catalogue) Lines(e Explanation) ([]string, error) {
	out := make([]string, len(e))
	var errs []error
	for i, s := range e {
		var err error
		out[i], err = c.Render(s)
		if err != nil {
			errs = append(errs, err)
		}
	}
	return out, errors.Join(errs...)
}

// Text renders the steps of e and joins them with nothing between: a
// sentence made of a main step and the clauses that qualify it.
func (c Catalogue) Text(e Explanation) (string, error) {
	lines, err := c.Lines(e)
	return strings.Join(lines, ""), err
}
