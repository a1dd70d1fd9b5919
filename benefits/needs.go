package benefits

import (
	"errors"
	"fmt"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/param"
)

// Need is a parameter a case needs that the host has not supplied.
type Need struct {
	// Param is the parameter's name.
	Param string `json:"param"`
	// On is a day the value must be in force (zero for the commencement,
	// whose value's From is the date itself).
	On calendar.Date `json:"on,omitzero"`
	// Why says what it is for.
	Why string `json:"why,omitempty"`
}

func (n Need) String() string {
	s := n.Param
	if !n.On.IsZero() {
		s += " in force on " + n.On.String()
	}
	if n.Why != "" {
		s += ": " + n.Why
	}
	return s
}

type needList struct{ list []Need }

func (l *needList) add(n Need) {
	for _, m := range l.list {
		if m.Param == n.Param && m.On == n.On {
			return
		}
	}
	l.list = append(l.list, n)
}

// Needs lists, all at once, every parameter that Compute needs for the case
// and params does not give (a wage of a year not yet published, the
// 《实施办法》's commencement, the nursing percentages…), in the order the
// computation meets them; none when the case can be computed. Other errors
// (a bad case, ErrNoParams) are returned as Compute returns them.
//
// When the 《实施办法》's commencement itself is missing, what 第四十五条
// would need (the 2024 wage, the later years' standards, the nursing bases
// of those years) depends on that date and is not listed: supply the
// commencement and ask again (a second round lists them).
func Needs(c Case, params *param.Set, rules Rules) ([]Need, error) {
	l := &needList{}
	if _, err := compute(c, params, rules, l); err != nil {
		return l.list, err
	}
	return l.list, nil
}

// ScheduleNeeds lists every parameter the schedule from..to needs and params
// does not give (each year's standard under 第四十五条, the 2024 wage).
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
// schedule) needs that neither the defaults nor the file give.
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
	return l.list, nil
}
