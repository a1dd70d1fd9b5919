package benefits

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/internal/strictjson"
	"github.com/zhishang/zhishang/jsonerr"
	"github.com/zhishang/zhishang/money"
)

// MaxClaimJSONBytes is the largest medical claim ParseMedicalClaim reads
// (1 MiB): a host reading a claim from a stream reads at most this and one
// byte more (io.LimitReader), so that a larger one is refused, not read
// whole.
const MaxClaimJSONBytes = 1 << 20

// Limits of a medical claim's JSON (the package doc states each), checked
// by ParseMedicalClaim in one linear pass before anything is parsed: a
// document that passes them decodes into at most maxClaimJSONElements list
// items, so the memory the reader takes is bounded by them (a few hundred
// bytes an item), not by the input's bytes.
//
// Reading and judging a claim are not hot paths (a claim is read and
// judged once); figures against encoding/json in BENCHMARKS.md.
const (
	maxClaimJSONDepth    = 8     // objects and lists nested (a claim needs 5)
	maxClaimJSONString   = 1024  // bytes of one string as written, quotes and escapes included
	maxClaimJSONNumber   = 32    // bytes of one bare number or literal
	maxClaimJSONElements = 20000 // items of all lists together
)

// MarshalJSON writes true, false or null (unknown).
func (f Fact) MarshalJSON() ([]byte, error) {
	switch f {
	case FactUnknown:
		return []byte("null"), nil
	case FactYes:
		return []byte("true"), nil
	case FactNo:
		return []byte("false"), nil
	}
	return nil, claimErr(errBadMedicalClaim, "", "是否类事实的取值 %d 超出范围", "fact %d out of range", uint8(f))
}

// UnmarshalJSON reads true or false (null: unknown, for callers of
// encoding/json; ParseMedicalClaim refuses null, as leaving the key out says
// the same).
func (f *Fact) UnmarshalJSON(b []byte) error {
	if f == nil {
		return claimErr(errBadMedicalClaim, "", "解码目标为 nil（*Fact）", "decoding into a nil *Fact")
	}
	switch string(b) {
	case "true":
		*f = FactYes
	case "false":
		*f = FactNo
	case "null":
		*f = FactUnknown
	default:
		return errors.New("want true or false")
	}
	return nil
}

// The wire shapes: the public types with each line's amount as a pointer,
// so that a line without its amount is refused rather than read as 0.00.
type (
	claimFields MedicalClaim // no methods: no recursion into UnmarshalJSON
	claimWire   struct {
		claimFields
		Bills []billWire `json:"bills"`
	}
	billWire struct {
		Bill
		Lines []lineWire `json:"lines"`
	}
	lineWire struct {
		BillLine
		Amount *money.Amount `json:"amount"`
	}
)

// ParseMedicalClaim reads a medical claim from JSON, strictly, and validates
// it (Validate). Before parsing it checks the stated limits
// (MaxClaimJSONBytes and the others the package doc states) and refuses null anywhere (leave
// an unknown fact's key out). Unknown keys, a key in another case or
// written twice, a malformed date or amount and a line without its amount
// are errors. Every error has the code bad_medical_claim (errcode.Of;
// claim_limit first for a limit), names the place, is bounded, never echoing more than a short
// masked prefix of a value.
func ParseMedicalClaim(data []byte) (MedicalClaim, error) {
	var c MedicalClaim
	if err := c.UnmarshalJSON(data); err != nil {
		return MedicalClaim{}, err
	}
	if err := c.Validate(); err != nil {
		return MedicalClaim{}, err
	}
	return c, nil
}

// UnmarshalJSON reads the claim as ParseMedicalClaim does, without
// Validate (Rulebook.Assess validates).
func (c *MedicalClaim) UnmarshalJSON(data []byte) error {
	if c == nil {
		return claimErr(errBadMedicalClaim, "", "解码目标为 nil（*MedicalClaim）", "decoding into a nil *MedicalClaim")
	}
	if err := guardClaimJSON(data); err != nil {
		return err
	}
	var w claimWire
	if err := strictjson.DecodeLimits(data, &w, strictjson.Limits{MaxBytes: MaxClaimJSONBytes, MaxDepth: maxClaimJSONDepth, MaxString: maxClaimJSONString}); err != nil {
		return decodeError(err)
	}
	out := MedicalClaim(w.claimFields)
	out.Bills = make([]Bill, len(w.Bills))
	for i, bw := range w.Bills {
		b := bw.Bill
		b.Lines = make([]BillLine, len(bw.Lines))
		for j, lw := range bw.Lines {
			if lw.Amount == nil {
				return claimErr(errBadMedicalClaim, fmt.Sprintf("bills[%d].lines[%d].amount", i, j), "缺少金额", "missing")
			}
			l := lw.BillLine
			l.Amount = *lw.Amount
			b.Lines[j] = l
		}
		out.Bills[i] = b
	}
	if w.Bills == nil {
		out.Bills = nil
	}
	*c = out
	return nil
}

// guardClaimJSON checks, in one pass recursing into nothing, what the
// library's strict JSON layer (which then decodes the claim with the same
// size, depth and string limits) does not: the number of list items
// (maxClaimJSONElements), a bare number's length (maxClaimJSONNumber) and
// null anywhere.
func guardClaimJSON(data []byte) error {
	limit := func(zh, format string, args ...any) error {
		return claimErr(errClaimLimit, "", zh, format, args...)
	}
	if len(data) > MaxClaimJSONBytes {
		return decodeError(&jsonerr.Error{Err: jsonerr.ErrTooLarge, Offset: -1, Limit: MaxClaimJSONBytes, Detail: fmt.Sprintf("%d bytes", len(data))})
	}
	var lists [maxClaimJSONDepth]bool // at each depth: a list (true) or an object
	depth, elements := 0, 0
	first := false // just after '[': the next value is a first item
	for i := 0; i < len(data); i++ {
		ch := data[i]
		switch ch {
		case ' ', '\t', '\n', '\r':
			continue
		}
		if first {
			first = false
			if ch != ']' {
				elements++
			}
		}
		switch ch {
		case '"':
			start := i
			for i++; i < len(data) && data[i] != '"'; i++ {
				if data[i] == '\\' {
					i++
				}
			}
			if i-start+1 > maxClaimJSONString {
				return decodeError(&jsonerr.Error{Err: jsoncode.ErrStringLength, Offset: int64(start), Limit: maxClaimJSONString})
			}
		case '{', '[':
			if depth == maxClaimJSONDepth {
				return decodeError(&jsonerr.Error{Err: jsoncode.ErrTooDeep, Offset: int64(i), Limit: maxClaimJSONDepth})
			}
			lists[depth] = ch == '['
			depth++
			first = ch == '['
		case '}', ']':
			if depth > 0 {
				depth--
			}
		case ',':
			if depth > 0 && lists[depth-1] {
				elements++
			}
		case ':':
		default:
			start := i
			for i+1 < len(data) && !strings.ContainsRune(" \t\n\r,:[]{}\"", rune(data[i+1])) {
				i++
			}
			if i-start+1 > maxClaimJSONNumber {
				return decodeError(&jsonerr.Error{Err: jsoncode.ErrNumber, Offset: int64(start), Limit: maxClaimJSONNumber})
			}
			if string(data[start:i+1]) == "null" {
				return decodeError(&jsonerr.Error{Err: jsoncode.ErrNull, Offset: int64(start), Detail: "leave the key out instead"})
			}
		}
		if elements > maxClaimJSONElements {
			return limit("列表项超过 %d 个", "more than %d list items", maxClaimJSONElements)
		}
	}
	return nil
}

// decodeError turns the strict layer's refusal into a *claimError that
// names the place and wraps the *jsonerr.Error (errors.As reaches its kind,
// path and offset); its message is the layer's, bounded and masked.
func decodeError(err error) error {
	var je *jsonerr.Error
	if errors.As(err, &je) {
		kind := errBadMedicalClaim
		if errors.Is(err, jsonerr.ErrTooLarge) || errors.Is(err, jsoncode.ErrTooDeep) || errors.Is(err, jsoncode.ErrStringLength) || errors.Is(err, jsoncode.ErrKeyLength) || errors.Is(err, jsoncode.ErrNumber) {
			kind = errClaimLimit
		}
		return &claimError{path: claimBound(strings.TrimPrefix(strings.TrimPrefix(je.Path, "$"), ".")), why: claimBound(je.Error()), err: errors.Join(kind, je)}
	}
	return claimErr(errBadMedicalClaim, "", "", "%s", claimBound(err.Error()))
}

type findingJSON struct {
	Rule      ClaimRule         `json:"rule"`
	Verdict   Verdict           `json:"verdict,omitempty"`
	Article   string            `json:"article"`
	Date      calendar.Date     `json:"date,omitzero"`
	Amount    *money.Amount     `json:"amount,omitempty"`
	Materials []MedicalMaterial `json:"materials,omitempty"`
	Device    DeviceKind        `json:"device,omitempty"`
}

func findingsJSON(fs []Finding) []findingJSON {
	out := make([]findingJSON, len(fs))
	for i, f := range fs {
		out[i] = findingJSON{Rule: f.Rule, Verdict: f.Verdict(), Article: f.Rule.Article(), Date: f.date, Materials: f.materials, Device: f.device}
		if f.Rule == ruleAboveStandard {
			a := f.amount
			out[i].Amount = &a
		}
	}
	return out
}

type lineResultJSON struct {
	Bill       string        `json:"bill"`
	Line       int           `json:"line"`
	Item       string        `json:"item,omitempty"`
	Amount     money.Amount  `json:"amount"`
	Verdict    Verdict       `json:"verdict"`
	Payable    money.Amount  `json:"payable"`
	NotPayable money.Amount  `json:"not_payable"`
	Pending    money.Amount  `json:"pending"`
	Findings   []findingJSON `json:"findings"`
}

type payeeJSON struct {
	Payee
	Article string `json:"article"`
}

type claimResultJSON struct {
	Lines            []lineResultJSON `json:"lines"`
	Materials        []MaterialNeed   `json:"materials"`
	Complete         bool             `json:"complete"`
	Extra            []MaterialNeed   `json:"extra,omitempty"`
	Payee            payeeJSON        `json:"payee"`
	DirectSettlement bool             `json:"direct_settlement"`
	Total            money.Amount     `json:"total"`
	Payable          money.Amount     `json:"payable"`
	NotPayable       money.Amount     `json:"not_payable"`
	Pending          money.Amount     `json:"pending"`
	Split            *MedicalSplit    `json:"split,omitempty"`
	Notes            []findingJSON    `json:"notes,omitempty"`
	Explanation      []string         `json:"explanation"`
	ExplanationZH    []string         `json:"explanation_zh"`
	Rulebook         string           `json:"rulebook,omitempty"`
}

// MarshalJSON writes the result with its findings as data (rule, verdict,
// article, figures), every amount with two decimals, and the explanation in
// English and Chinese.
func (r ClaimResult) MarshalJSON() ([]byte, error) {
	w := claimResultJSON{Lines: make([]lineResultJSON, len(r.Lines)), Materials: r.Materials, Complete: r.complete(), Extra: r.Extra,
		Payee: payeeJSON{Payee: r.Payee, Article: r.Payee.Article()}, DirectSettlement: r.DirectSettlement,
		Total: r.Total, Payable: r.Payable, NotPayable: r.NotPayable, Pending: r.Pending,
		Split: r.Split, Notes: findingsJSON(r.Notes), Explanation: r.Explain(explain.English), ExplanationZH: r.Explain(explain.Chinese), Rulebook: r.Rulebook}
	if w.Materials == nil {
		w.Materials = []MaterialNeed{}
	}
	for i, l := range r.Lines {
		w.Lines[i] = lineResultJSON{Bill: l.Bill, Line: l.Line, Item: l.Item, Amount: l.Amount, Verdict: l.Verdict,
			Payable: l.Payable, NotPayable: l.NotPayable, Pending: l.Pending, Findings: findingsJSON(l.Findings)}
	}
	return json.Marshal(w)
}
