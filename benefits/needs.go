package benefits

import (
	"errors"
	"fmt"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/param"
)

// NeedMark says why a Need is listed.
type NeedMark string

const (
	// NeedMissing: no value is in force; Compute (or the schedule) fails
	// without it. The host supplies it.
	NeedMissing NeedMark = "missing"
	// NeedProvisional: a value is in force and the award rests on it, but
	// its status is provisional (inferred, or not yet published): the
	// award is computed, and a host with the official figure supplies it.
	NeedProvisional NeedMark = "provisional"
)

// Need is a parameter a case needs that the host has not supplied
// (NeedMissing), or a provisional value its award rests on
// (NeedProvisional).
type Need struct {
	// Mark says which.
	Mark NeedMark `json:"mark"`
	// Param is the parameter's name.
	Param string `json:"param"`
	// On is a day the value must be in force (zero for the commencement,
	// a single value for all time, and for a provisional value).
	On calendar.Date `json:"on,omitzero"`
	// Why says what it is for.
	Why string `json:"why,omitempty"`
	// Value is, for NeedProvisional, the value the award rests on, with its
	// figure, source and status.
	Value param.Value `json:"value,omitzero"`
}

// String is "[missing] NAME in force on DAY: WHY" or "[provisional]
// NAME = FIGURE from DAY (SOURCE; provisional): WHY".
func (n Need) String() string {
	mark := n.Mark
	if mark == "" {
		mark = NeedMissing
	}
	s := "[" + string(mark) + "] "
	if mark == NeedProvisional && n.Value.Name != "" {
		s += n.Value.String()
	} else {
		s += n.Param
		if !n.On.IsZero() {
			s += " in force on " + n.On.String()
		}
	}
	if n.Why != "" {
		s += ": " + n.Why
	}
	return s
}

// AnyMissing reports whether needs list a missing parameter (NeedMissing):
// the case cannot be computed until the host supplies it. Provisional
// values alone do not stop the computation.
func AnyMissing(needs []Need) bool {
	for _, n := range needs {
		if n.Mark != NeedProvisional {
			return true
		}
	}
	return false
}

// placeholderSource marks the value that stands for a missing one while
// Needs carries on (the lookups of award.go and transitional.go): it is listed as missing, not as
// provisional.
const placeholderSource = "(missing)"

type needList struct {
	list []Need
	// rests are the values consulted that are not in an item's Params
	// (the commencement), with why.
	rests []Need
}

func (l *needList) add(n Need) {
	if n.Mark == "" {
		n.Mark = NeedMissing
	}
	for _, m := range l.list {
		if m.Param == n.Param && m.On == n.On {
			return
		}
	}
	l.list = append(l.list, n)
}

// rest records that the award rests on v (listed by Needs when v is
// provisional).
func (l *needList) rest(v param.Value, why string) {
	l.rests = append(l.rests, Need{Mark: NeedProvisional, Param: v.Name, Why: why, Value: v})
}

// provisional adds, after the missing parameters, every provisional value
// the award rests on: its items' parameters and the values recorded by
// rest, each once (by name and from date), in the order met.
func (l *needList) provisional(a Award) {
	var out []Need
	seen := map[string]bool{}
	consider := func(v param.Value, why string) {
		key := v.Name + "\x00" + v.From.String()
		if v.Status != param.Provisional || v.Source == placeholderSource || seen[key] {
			return
		}
		seen[key] = true
		out = append(out, Need{Mark: NeedProvisional, Param: v.Name, Why: why, Value: v})
	}
	for _, it := range a.Items {
		for _, v := range it.Params {
			consider(v, "the "+it.Kind.Chinese()+" rests on it")
		}
	}
	for _, r := range l.rests {
		consider(r.Value, r.Why)
	}
	for _, n := range out {
		l.list = append(l.list, n)
	}
}

// Needs lists, all at once, every parameter that Compute needs for the
// case and params does not give (NeedMissing: a wage of a year not yet
// published, the nursing percentages…), in the order the computation meets
// them, then every provisional value the award rests on (NeedProvisional:
// the disability base ratio 0.6, inferred; the embedded commencement; a
// host's provisional figure). AnyMissing tells whether the case can be
// computed. Other errors (a bad case, ErrNoParams) are returned as Compute
// returns them.
//
// When the 《实施办法》's commencement itself is missing (a set built
// without DefaultParams), what 第四十五条 would need (the 2024 wage, the
// later years' standards, the nursing bases of those years) depends on that
// date and is not listed: supply the commencement and ask again (a second
// round lists them).
func Needs(c Case, params *param.Set, rules Rules) ([]Need, error) {
	l := &needList{}
	a, err := compute(c, params, rules, l)
	if err != nil {
		return l.list, err
	}
	l.provisional(a)
	return l.list, nil
}

// ScheduleNeeds lists every parameter the schedule from..to needs and params
// does not give (each year's standard under 第四十五条, the 2024 wage), all
// NeedMissing.
func (a Award) ScheduleNeeds(params *param.Set, from, to calendar.Month) ([]Need, error) {
	if params == nil {
		return nil, ErrNoParams
	}
	l := &needList{}
	s := scheduler{params: params, needs: l}
	if _, err := s.schedule(a, from, to); err != nil {
		return l.list, err
	}
	return l.list, nil
}

// Needs lists every parameter the case file's calculation (award and
// schedule) needs that neither the defaults nor the file give
// (NeedMissing), then every provisional value the award rests on
// (NeedProvisional), as the function Needs.
func (f CaseFile) Needs() ([]Need, error) {
	params, err := NewParams(f.Parameters...)
	if err != nil {
		return nil, err
	}
	l := &needList{}
	a, err := compute(f.Case, params, f.Rules, l)
	if err != nil {
		return l.list, err
	}
	if f.Schedule != nil {
		s := scheduler{params: params, needs: l}
		if _, err := s.schedule(a, f.Schedule.From, f.Schedule.To); err != nil {
			var mb *MissingBaseError
			if !errors.As(err, &mb) {
				return l.list, fmt.Errorf("schedule: %w", err)
			}
		}
	}
	l.provisional(a)
	return l.list, nil
}
