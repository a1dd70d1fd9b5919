package analysis

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
	"github.com/zhishang/zhishang/internal/redact"
	"github.com/zhishang/zhishang/internal/strictjson"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/param"
)

// Reform is a proposed change of policy (第七十六条第二款: 费率和待遇水平等进行调整):
// dated parameter values laid over the current ones, and platform terms
// that replace a platform's current terms whole. The zero Reform changes
// nothing.
//
// A reform file, as ParseReform reads it:
//
//	{
//	  "title": "出行基准额自2026年1月起调为每单0.02元",
//	  "parameters": [{"name": "levy.base.ride_hailing", "value": "0.02", "from": "2026-01-01",
//	                  "source": "测算方案（示例）", "status": "provisional"}],
//	  "terms": [{"platform": "platform-b", "first_month": "2025-01",
//	             "instant_delivery": [{"from": "2026-01", "level": "higher", "source": "…"}],
//	             "floating": [{"year": 2026, "industry": "instant_delivery", "factor": "1.2", "source": "…"}]}]
//	}
type Reform struct {
	// Title says what the reform is, in a sentence.
	Title string `json:"title"`
	// Parameters are param values, checked by param (registered name, kind,
	// range, source, status, no two of one name on one day). Each replaces
	// the current value of its name and from date, else is added
	// (param.Set.With's rule): a value from a later day takes over from it.
	Parameters []param.Value `json:"parameters,omitempty"`
	// Terms replace the current terms of their platform whole (or add a
	// platform): levy.Terms, checked by levy.
	Terms []levy.Terms `json:"terms,omitempty"`
}

// maxTitle is the most characters a reform's title may have.
const maxTitle = 200

// ReformError is a reform refused: which part (title, parameters[i],
// terms[i], or the levy or benefits rulebook the reform builds) and why. It
// wraps bad_reform and the error of the package that refused it (a
// *param.ValueError, levy's bad_terms, a *jsonerr.Error).
type ReformError struct {
	// Field is "title", "parameters", "parameters[2]", "terms[0]", "levy"
	// or "" for the document as a whole.
	Field string
	Err   error
}

func (e *ReformError) Error() string {
	if e == nil {
		return errBadReform.Error()
	}
	if e.Field == "" {
		return fmt.Sprintf("%v: %v", errBadReform, e.Err)
	}
	return fmt.Sprintf("%v: %s: %v", errBadReform, e.Field, e.Err)
}

func (e *ReformError) Unwrap() []error {
	if e == nil {
		return []error{errBadReform}
	}
	return []error{errBadReform, e.Err}
}

// Validate checks r: a title of at most 200 printable characters;
// every parameter value valid with no two of one name in force on one day
// (param.NewSet); every terms valid (levy.Terms.Validate) and no platform
// given twice. The zero Reform is valid.
func (r Reform) Validate() error {
	switch {
	case !utf8.ValidString(r.Title) || redact.Printable(r.Title) != r.Title:
		return &ReformError{Field: "title", Err: errors.New("not printable text")}
	case utf8.RuneCountInString(r.Title) > maxTitle:
		return &ReformError{Field: "title", Err: fmt.Errorf("%d characters, at most %d", utf8.RuneCountInString(r.Title), maxTitle)}
	}
	for i, v := range r.Parameters {
		if err := v.Validate(); err != nil {
			return &ReformError{Field: fmt.Sprintf("parameters[%d]", i), Err: &param.ValueError{Index: i, Name: string(v.Name), From: v.From, Err: err}}
		}
	}
	if _, err := param.NewSet(r.Parameters...); err != nil {
		return &ReformError{Field: "parameters", Err: err}
	}
	seen := map[string]bool{}
	for i, t := range r.Terms {
		if err := t.Validate(); err != nil {
			return &ReformError{Field: fmt.Sprintf("terms[%d]", i), Err: err}
		}
		if seen[t.Platform] {
			return &ReformError{Field: fmt.Sprintf("terms[%d]", i), Err: errzh.With(fmt.Errorf("%w: a second terms for platform %s", levyBadTerms, redact.Head(t.Platform)),
				"terms[%d]：平台 %s 的费率条款给了两次", i, redact.Head(t.Platform))}
		}
		seen[t.Platform] = true
	}
	return nil
}

// isZero reports whether r changes nothing: no parameter and no terms.
func (r Reform) isZero() bool { return len(r.Parameters) == 0 && len(r.Terms) == 0 }

// ParseReform reads a reform file strictly, through the library's strict
// JSON layer with its limits (package jsonerr: 8 MiB, 64 levels, unknown
// keys and null refused): "title" (required, at most 200 characters),
// "parameters" read by param.Parse (each value checked against its
// registered Spec; at most 10000 values) and "terms" as levy reads them
// (levy.Terms). Every refusal is a *ReformError (bad_reform).
func ParseReform(data []byte) (Reform, error) {
	var w struct {
		Title      string          `json:"title"`
		Parameters json.RawMessage `json:"parameters"`
		Terms      []levy.Terms    `json:"terms"`
	}
	if err := strictjson.Decode(data, &w); err != nil {
		return Reform{}, &ReformError{Err: err}
	}
	if strings.TrimSpace(w.Title) == "" {
		return Reform{}, &ReformError{Field: "title", Err: errors.New("missing: a reform file says what it is")}
	}
	r := Reform{Title: w.Title, Terms: w.Terms}
	if len(w.Parameters) > 0 {
		vs, err := param.Parse(w.Parameters)
		if err != nil {
			field := "parameters"
			var ve *param.ValueError
			if errors.As(err, &ve) && ve.Index >= 0 {
				field = fmt.Sprintf("parameters[%d]", ve.Index)
			}
			return Reform{}, &ReformError{Field: field, Err: err}
		}
		r.Parameters = vs
	}
	if err := r.Validate(); err != nil {
		return Reform{}, err
	}
	return r, nil
}

// levyValue reports whether a reform value goes to the levy setup: a
// parameter levy reads (levy.Params: its own and the 《实施办法》's
// commencement, which levy and benefits both read).
func levyValue(v param.Value) bool { return reads(levy.Params(), v.Name) }

// benefitsValue reports whether a reform value goes to the cases'
// parameters: a parameter benefits reads (benefits.Params).
func benefitsValue(v param.Value) bool { return reads(benefits.Params(), v.Name) }

// reads reports whether a package's list of parameters holds name.
func reads(specs []param.Spec, name param.Name) bool {
	return slices.ContainsFunc(specs, func(s param.Spec) bool { return s.Name == name })
}

// overlay returns current with the values of over that keep(v) laid over
// it as param.Set.With lays them: a value replaces the current value of the
// same name and from date (a single-valued parameter's whatever its date);
// the others are kept, and over's are added after them. Neither slice is
// changed.
func overlay(current, over []param.Value, keep func(param.Value) bool) []param.Value {
	var add []param.Value
	for _, v := range over {
		if keep(v) {
			add = append(add, v)
		}
	}
	out := make([]param.Value, 0, len(current)+len(add))
	for _, c := range current {
		replaced := false
		for _, v := range add {
			if v.Name == c.Name && v.From == c.From {
				replaced = true
				break
			}
		}
		if !replaced {
			out = append(out, c)
		}
	}
	return append(out, add...)
}

// Setup returns the reformed levy setup: current's parameters with r's
// levy values laid over them (levy.* and the commencement), and current's
// terms with r's replacing those of the same platform (in current's order,
// new platforms after). It is the setup a host would give
// examples/monthly-levy -params to bill under the reform. current is not
// changed.
func (r Reform) Setup(current levy.Setup) levy.Setup {
	out := levy.Setup{Parameters: overlay(current.Parameters, r.Parameters, levyValue)}
	given := map[string]levy.Terms{}
	for _, t := range r.Terms {
		given[t.Platform] = t
	}
	out.Terms = make([]levy.Terms, 0, len(current.Terms)+len(r.Terms))
	done := map[string]bool{}
	for _, t := range current.Terms {
		if n, ok := given[t.Platform]; ok {
			t = n
			done[t.Platform] = true
		}
		out.Terms = append(out.Terms, t)
	}
	for _, t := range r.Terms {
		if !done[t.Platform] {
			out.Terms = append(out.Terms, t)
		}
	}
	return out
}

// CaseParameters returns a case's parameters with r's benefit values (every
// value but levy.*) laid over them: the "parameters" a host would write in
// the case file for examples/benefit-calculator to compute the award under
// the reform. current is not changed.
func (r Reform) CaseParameters(current []param.Value) []param.Value {
	return overlay(current, r.Parameters, benefitsValue)
}

// levyBadTerms is levy's code for invalid terms (bad_terms), which a
// reform with two terms for one platform wraps as levy would: levy lists it
// in Codes but does not export it (issue 20).
var levyBadTerms = func() errcode.Code {
	for _, c := range levy.Codes() {
		if c.Code() == "bad_terms" {
			return c
		}
	}
	return errcode.Code{}
}()
