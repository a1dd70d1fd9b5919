package golden

import (
	"sort"
	"strings"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/jsonerr"
)

// The runner's own codes: the forms its kinds give errors that carry no
// code of one package (the code strings are the cases' wire format).
var (
	// codeInvalid names an error that carries no code (a host's own, or a
	// plain error of the standard library), and, as "invalid: <field>:
	// <why>", a record eligibility refuses.
	codeInvalid = errcode.New("invalid", errcode.Stop,
		"golden: invalid input (the reason follows)",
		"输入不合要求")
	// codeField names a CSV field eligibility refuses, as "field:<column>".
	codeField = errcode.New("field", errcode.SkipRow,
		"golden: a field is not a value of its column (the column follows)",
		"某个字段不合要求")
)

// registered are the codes the kinds packages register (RegisterCodes): by
// identifier, each package's code with it.
var registered = map[string][]pkgCode{}

type pkgCode struct {
	pkg  string
	code errcode.Code
}

func init() {
	RegisterCodes("golden", codeInvalid, codeField)
	// What the strict JSON layer refuses in an input is the case's error
	// (inputRefusal).
	RegisterCodes("jsonerr", jsonerr.Codes()...)
}

// RegisterCodes registers the codes of package pkg (its Codes function),
// so that CodeZH and the dictionary give their Chinese meaning. Each kinds
// package registers its rule packages' codes; registering a code twice is
// harmless.
func RegisterCodes(pkg string, codes ...errcode.Code) {
	for _, c := range codes {
		dup := false
		for _, r := range registered[c.Code()] {
			dup = dup || r.code == c || (r.pkg == pkg && r.code.Chinese() == c.Chinese())
		}
		if !dup {
			registered[c.Code()] = append(registered[c.Code()], pkgCode{pkg, c})
		}
	}
}

// ErrorCode is the error code of err for an "error" field: the identifier
// of its code (errcode.Of: the first code it wraps), "invalid" for an
// error that carries none, "" for nil. A kinds package adds the details of
// the errors that carry them (not_covered:2027, missing_parameter:NAME).
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	if c := errcode.Of(err); !c.IsZero() {
		return c.Code()
	}
	return codeInvalid.Code()
}

// codeMeaning is the Chinese meaning of a code's identifier: its package's
// Chinese, or, when packages give one identifier different meanings
// (calendar's not_covered, a year whose schedule is not loaded; benefits',
// the month's levy unpaid), each with its package.
func codeMeaning(id string) string {
	rs := registered[id]
	switch len(rs) {
	case 0:
		return ""
	case 1:
		return rs[0].code.Chinese()
	}
	var parts []string
	seen := map[string]bool{}
	for _, r := range rs {
		if !seen[r.code.Chinese()] {
			seen[r.code.Chinese()] = true
			parts = append(parts, r.pkg+"："+r.code.Chinese())
		}
	}
	if len(parts) == 1 {
		return rs[0].code.Chinese()
	}
	sort.Strings(parts)
	return strings.Join(parts, "；")
}

// registeredIDs lists the identifiers of the registered codes, sorted.
func registeredIDs() []string {
	ids := make([]string, 0, len(registered))
	for id := range registered {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// ErrorZH is the Chinese meaning of err, whose code is code (as a kind
// gives it): the Chinese of the error itself where it has one (a year not
// covered names the year, a field refused names the field), else the
// meaning of the code.
func ErrorZH(err error, code string) string {
	head, _, _ := strings.Cut(code, ":")
	own := head == codeInvalid.Code() || head == codeField.Code()
	if zh := chineseOf(err, head, own, 0); zh != "" {
		return zh
	}
	return CodeZH(code)
}

// chineseOf walks err's tree depth first, as errors.As does, for the first
// error with a Chinese method whose code is head (any, when any is true).
func chineseOf(err error, head string, any bool, depth int) string {
	if err == nil || depth > 32 {
		return ""
	}
	if c, ok := err.(Chinese); ok && (any || errcode.Of(err).Code() == head) {
		if zh := c.Chinese(); zh != "" {
			return zh
		}
	}
	switch x := err.(type) {
	case interface{ Unwrap() error }:
		return chineseOf(x.Unwrap(), head, any, depth+1)
	case interface{ Unwrap() []error }:
		for _, e := range x.Unwrap() {
			if zh := chineseOf(e, head, any, depth+1); zh != "" {
				return zh
			}
		}
	}
	return ""
}
