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
	Param param.Name `json:"param"`
	// On is a day the value must be in force (zero for the commencement,
	// a single value for all time, and for a provisional value).
	On calendar.Date `json:"on,omitzero"`
	// Why says what it is for; WhyZH says it in Chinese, for a clerk.
	Why   string `json:"why,omitempty"`
	WhyZH string `json:"why_zh,omitempty"`
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
		s += string(n.Param)
		if !n.On.IsZero() {
			s += " in force on " + n.On.String()
		}
	}
	if n.Why != "" {
		s += ": " + n.Why
	}
	return s
}

// Chinese is String in Chinese, for a clerk: "[缺少] NAME（须于 DAY
// 有效）：WHY" or "[暂定] NAME = FIGURE，自 DAY 起施行（SOURCE；状态：暂定）：WHY"
// (param.Value.Chinese; WhyZH, or Why when there is no Chinese).
func (n Need) Chinese() string {
	mark := n.Mark
	if mark == "" {
		mark = NeedMissing
	}
	label := string(mark)
	switch mark {
	case NeedMissing:
		label = "缺少"
	case NeedProvisional:
		label = "暂定"
	}
	s := "[" + label + "] "
	if mark == NeedProvisional && n.Value.Name != "" {
		s += n.Value.Chinese()
	} else {
		s += string(n.Param)
		if !n.On.IsZero() {
			s += "（须于 " + n.On.String() + " 有效）"
		}
	}
	why := n.WhyZH
	if why == "" {
		why = n.Why
	}
	if why != "" {
		s += "：" + why
	}
	return s
}

// Needs is what a case lacks and what its award rests on, as a Rulebook
// lists it (Rulebook.Needs, Rulebook.ScheduleNeeds).
type Needs struct {
	// List holds every missing parameter (NeedMissing), in the order the
	// computation meets them, then every provisional value the award rests
	// on (NeedProvisional); empty (not nil) when there is neither.
	List []Need `json:"needs"`
	// Rulebook is the Fingerprint of the Rulebook that listed them.
	Rulebook string `json:"rulebook,omitempty"`
}

// AnyMissing reports whether n lists a missing parameter (NeedMissing):
// the case cannot be computed until the host supplies it. Provisional
// values alone do not stop the computation.
func (n Needs) AnyMissing() bool {
	for _, x := range n.List {
		if x.Mark != NeedProvisional {
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
func (l *needList) rest(v param.Value, why, whyZH string) {
	l.rests = append(l.rests, Need{Mark: NeedProvisional, Param: v.Name, Why: why, WhyZH: whyZH, Value: v})
}

// provisional adds, after the missing parameters, every provisional value
// the award rests on: its items' parameters and the values recorded by
// rest, each once (by name and from date), in the order met.
func (l *needList) provisional(a Award) {
	var out []Need
	seen := map[string]bool{}
	consider := func(v param.Value, why, whyZH string) {
		key := string(v.Name) + "\x00" + v.From.String()
		if v.Status != param.Provisional || v.Source == placeholderSource || seen[key] {
			return
		}
		seen[key] = true
		out = append(out, Need{Mark: NeedProvisional, Param: v.Name, Why: why, WhyZH: whyZH, Value: v})
	}
	for _, it := range a.Items {
		for _, v := range it.Params {
			consider(v, "the "+it.Kind.Chinese()+" rests on it", it.Kind.Chinese()+"依赖这一数值")
		}
	}
	for _, r := range l.rests {
		consider(r.Value, r.Why, r.WhyZH)
	}
	for _, n := range out {
		l.list = append(l.list, n)
	}
}

// Needs lists, all at once, every parameter that Compute needs for the
// case and rb's parameters do not give (NeedMissing: a wage of a year not
// yet published, the nursing percentages…), in the order the computation
// meets them, then every provisional value the award rests on
// (NeedProvisional: the disability base ratio 0.6, inferred; the embedded
// commencement; a host's provisional figure). Needs.AnyMissing tells
// whether the case can be computed. Other errors (a bad case) are returned
// as Compute returns them, with what was listed until then.
func (rb *Rulebook) Needs(c Case) (Needs, error) {
	return rb.needs(c, nil)
}

// ScheduleNeeds lists what Needs lists and, after the award's missing
// parameters and before the provisional values, every parameter the
// schedule from..to (Schedule) needs and rb's parameters do not give (each
// year's standard under 第四十五条, the 2024 wage), NeedMissing. A bad
// range is bad_range.
func (rb *Rulebook) ScheduleNeeds(c Case, from, to calendar.Month) (Needs, error) {
	if rb.ok() == nil && (from.IsZero() || to.Before(from)) {
		return Needs{List: []Need{}, Rulebook: rb.fingerprint}, errRange
	}
	return rb.needs(c, &[2]calendar.Month{from, to})
}

func (rb *Rulebook) needs(c Case, schedule *[2]calendar.Month) (Needs, error) {
	if err := rb.ok(); err != nil {
		return Needs{List: []Need{}}, err
	}
	l := &needList{}
	out := func() Needs {
		if l.list == nil {
			l.list = []Need{}
		}
		return Needs{List: l.list, Rulebook: rb.fingerprint}
	}
	a, err := rb.compute(c, l)
	if err != nil {
		return out(), err
	}
	if schedule != nil {
		s := scheduler{params: rb.set, needs: l}
		if _, err := s.schedule(a, schedule[0], schedule[1]); err != nil {
			var mb *MissingBaseError
			if !errors.As(err, &mb) {
				return out(), withZH(fmt.Errorf("schedule: %w", err), "支付计划：%s", zhOf(err))
			}
		}
	}
	l.provisional(a)
	return out(), nil
}
