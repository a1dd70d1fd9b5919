package explain

import "errors"

// Pair is a package's two catalogues, English for developers and Chinese
// for clerks, built from its message lists: the shape every package that
// explains itself keeps (levy, benefits, param).
type Pair struct {
	en, zh Catalogue
	err    error
}

// NewPair builds the English and the Chinese catalogue. A fault (a bad
// template, a duplicate key: the owning package's tests prevent it) is
// kept in Err and leaves that catalogue zero, whose renderings are
// visible markers, never a panic.
func NewPair(en, zh []Entry) Pair {
	var p Pair
	var errEN, errZH error
	p.en, errEN = NewCatalogue(English, en)
	p.zh, errZH = NewCatalogue(Chinese, zh)
	p.err = errors.Join(errEN, errZH)
	return p
}

// Err is the faults NewPair met building the catalogues (both, joined), or nil.
func (p Pair) Err() error { return p.err }

// In is the catalogue of lang: Chinese for explain.Chinese, else English.
func (p Pair) In(lang Lang) Catalogue {
	if lang == Chinese {
		return p.zh
	}
	return p.en
}

// Texts renders each explanation of lines in lang as one line (Text); a
// step without its message or a value shows as a marker in its line.
func (p Pair) Texts(lang Lang, lines []Explanation) []string {
	c := p.In(lang)
	out := make([]string, len(lines))
	for i, e := range lines {
		out[i], _ = c.Text(e)
	}
	return out
}
