package levy

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"sort"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/param"
)

// Rulebook is what the levy is computed from: the holiday calendar (the
// 第九、十三、十四条 deadlines move over days off), the parameter set (the
// 第十一条 base amounts) and each platform headquarters' terms (its first
// enrolment, instant-delivery levels and floating, 第十一、十二条). It is
// built once by NewRulebook, which checks all three; its methods compute
// the rates, bills, reconciliations and deadlines and never check them
// again. It is immutable and safe for concurrent use.
//
// Every result a Rulebook computes records its Fingerprint, so that an
// auditor can tell what the result was computed from.
//
// The zero Rulebook, like a nil *Rulebook, holds nothing: its methods
// return no_rulebook.
type Rulebook struct {
	cal         *calendar.Calendar
	set         *param.Set
	terms       map[string]Terms
	fingerprint string
}

// errNoRulebook is returned by the methods of a nil or zero *Rulebook
// (build one with NewRulebook or ParseSetup).
var errNoRulebook = errcode.New("no_rulebook", errcode.FixCall,
	"levy: no rulebook (build one with levy.NewRulebook or levy.ParseSetup)",
	"没有提供规则集（须由 NewRulebook 等生成）")

// baseParams are the parameters a rate is read from (第十一条).
var baseParams = [...]param.Name{ParamRideHailing, ParamInstantLower, ParamInstantHigher, ParamInstantNewPlatform, ParamIntraCityFreight}

// NewRulebook returns the Rulebook of cal, set (DefaultParams, NewParams or
// a host's set) and the platforms' terms. A nil cal is
// calendar.ErrNilCalendar; a nil set no_params, and a set without any
// value of a base amount of 第十一条 (ParamRideHailing …) a
// *param.MissingError naming it, wrapped in no_params; terms that do not
// Validate, or two terms for one platform, bad_terms.
//
// A set whose base amount is not in force on a day with orders (before
// the commencement) is not refused here: the rate of that day is a
// *param.MissingError naming the parameter and the day, and Bills reports
// that platform's month so, billing the others.
//
//	rb, err := levy.NewRulebook(calendar.Default(), levy.DefaultParams(),
//		levy.Terms{Platform: "platform-b", FirstMonth: first})
func NewRulebook(cal *calendar.Calendar, set *param.Set, terms ...Terms) (*Rulebook, error) {
	switch {
	case cal == nil:
		return nil, calendar.ErrNilCalendar
	case set == nil:
		return nil, errNoParams
	}
	held := map[param.Name]bool{}
	for _, v := range set.Values() {
		held[v.Name] = true
	}
	for _, name := range baseParams {
		if !held[name] {
			// The parameter missing first (errcode.Of: missing_parameter),
			// then no_params: fmt.Errorf lists wrapped errors in the
			// order of its arguments.
			return nil, fmt.Errorf("%[2]w: %[1]w", &param.MissingError{Name: name}, errNoParams)
		}
	}
	r := &Rulebook{cal: cal, set: set, terms: make(map[string]Terms, len(terms))}
	for _, t := range terms {
		if err := t.Validate(); err != nil {
			return nil, err
		}
		if _, dup := r.terms[t.Platform]; dup {
			return nil, &termsError{en: "two terms for platform " + echo(t.Platform), zh: "平台 " + echo(t.Platform) + " 的费率设置写了两次"}
		}
		// A copy in a canonical order: the host's slices are not shared,
		// and the fingerprint does not depend on the order they were given in.
		t.InstantDelivery = slices.Clone(t.InstantDelivery)
		slices.SortFunc(t.InstantDelivery, func(a, b LevelAssignment) int { return a.From.Compare(b.From) })
		t.Floating = slices.Clone(t.Floating)
		slices.SortFunc(t.Floating, func(a, b Floating) int {
			return cmp.Or(cmp.Compare(a.Year, b.Year), cmp.Compare(a.Industry, b.Industry))
		})
		r.terms[t.Platform] = t
	}
	all := make([]Terms, 0, len(r.terms))
	for _, p := range r.Platforms() {
		all = append(all, r.terms[p])
	}
	rules, err := json.Marshal(all)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errBadTerms, err) // valid terms marshal
	}
	sum := sha256.Sum256([]byte("levy/rulebook/v1\n" + cal.Fingerprint() + "\n" + set.Fingerprint() + "\n" + string(rules)))
	r.fingerprint = hex.EncodeToString(sum[:])
	return r, nil
}

// ok returns no_rulebook for a nil or zero r.
func (r *Rulebook) ok() error {
	if r == nil || r.cal == nil {
		return errNoRulebook
	}
	return nil
}

// Fingerprint identifies what r was built from: a SHA-256, in 64
// lowercase hexadecimal digits, of "levy/rulebook/v1", the calendar's
// Fingerprint, the parameter set's Fingerprint and the terms as JSON
// (sorted by platform, levels by month, floatings by year and industry),
// one a line. Two rulebooks with the same fingerprint compute alike. Every
// Rate, Bill and Reconciliation r computes records it (Rulebook). A nil
// or zero r has none ("").
func (r *Rulebook) Fingerprint() string {
	if r.ok() != nil {
		return ""
	}
	return r.fingerprint
}

// Platforms returns the platforms r has terms for, sorted (none for a nil
// or zero r).
func (r *Rulebook) Platforms() []string {
	if r.ok() != nil {
		return nil
	}
	out := make([]string, 0, len(r.terms))
	for p := range r.terms {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// registrationWorkdays is the period of 第十三条第二款: the platform
// headquarters registers with its tax office within 10 working days of
// receiving the notice (收到通知后 10 个工作日内).
const registrationWorkdays = 10

// RegistrationDeadline returns the 第十三条 deadline for a notice received on
// the given day: the 10th working day after it, on r's calendar. A year
// the calendar does not cover is a *calendar.YearNotCoveredError.
func (r *Rulebook) RegistrationDeadline(received calendar.Date) (calendar.Deadline, error) {
	if err := r.ok(); err != nil {
		return calendar.Deadline{}, err
	}
	return r.cal.WithinWorkdays(received, registrationWorkdays)
}

// Unbilled is a platform with orders in a fee period that Bills could not
// bill, and why: no terms in the rulebook (ErrNoTerms), not enrolled in
// the period (ErrNotEnrolled), no instant-delivery level for it
// (ErrNoLevel), no base amount in force on a day with orders (a
// *param.MissingError), or orders that do not fit (an
// *eligibility.OverflowError). Its orders are still counted; only its bill
// is missing (部分结果).
type Unbilled struct {
	Platform string
	Err      error
}

// MarshalJSON writes {"platform": …, "error": {"code": …, "chinese": …}}:
// the error as its code and Chinese text (errcode.Wire), never its English
// message.
func (u Unbilled) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Platform string             `json:"platform"`
		Error    *errcode.WireError `json:"error"`
	}{u.Platform, errcode.Wire(u.Err)})
}

// UnmarshalJSON reads what MarshalJSON writes, strictly: Err is then the
// *errcode.WireError read, which errors.Is matches against the code it
// names (errors.Is(u.Err, ErrNoTerms)).
func (u *Unbilled) UnmarshalJSON(data []byte) error {
	if u == nil {
		return fmt.Errorf("%w: UnmarshalJSON on a nil *Unbilled", errcode.ErrBadWire)
	}
	var w struct {
		Platform *string            `json:"platform"`
		Error    *errcode.WireError `json:"error"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		return fmt.Errorf("levy: unbilled: %w", err)
	}
	if w.Platform == nil || w.Error == nil {
		return fmt.Errorf("levy: unbilled: %w: want platform and error", errcode.ErrBadWire)
	}
	*u = Unbilled{Platform: *w.Platform, Err: w.Error}
	return nil
}

// Bills returns the bill (Bill) of every platform with orders in t in
// period, sorted by platform, and the platforms that could not be billed,
// each with why (Unbilled): one platform's missing terms or rate never
// keeps the others from their bills. The error is only for a nil or zero
// r (no_rulebook), a nil t (no_tally) and a zero period
// (calendar.ErrZeroDate).
func (r *Rulebook) Bills(t *eligibility.Tally, period calendar.Month) ([]Bill, []Unbilled, error) {
	if err := r.ok(); err != nil {
		return nil, nil, err
	}
	switch {
	case t == nil:
		return nil, nil, errNoTally
	case period.IsZero():
		return nil, nil, calendar.ErrZeroDate
	}
	var bills []Bill
	var unbilled []Unbilled
	for _, p := range t.Month(period).Platforms() {
		b, err := r.Bill(t, p, period)
		if err != nil {
			unbilled = append(unbilled, Unbilled{Platform: p, Err: err})
			continue
		}
		bills = append(bills, b)
	}
	return bills, unbilled, nil
}
