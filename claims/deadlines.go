package claims

import (
	"fmt"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
)

// The working-day periods after acceptance.
const (
	decisionWorkdays      = 30 // 第二十六条第一款: 在 30 个工作日内作出确认结论
	clearDecisionWorkdays = 7  // 第二十六条第一款: 事实清楚、证据充分、权利义务明确的 … 7 个工作日内
	deliveryWorkdays      = 3  // 第二十七条: 作出职业伤害确认结论之日起 3 个工作日内送达
	reviewWorkdays        = 20 // 第四十四条第三款: 自受理之日起 20 个工作日内作出审核意见
	supplementWorkdays    = 5  // 第四十四条第三款: 申请人应当在 5 个工作日内补正全部材料
)

// errCaseDates is wrapped by the errors of a stored case whose dates are
// out of order.
var errCaseDates = errcode.New("case_dates", errcode.Stop,
	"claims: the case's dates are out of order",
	"案件的各项日期先后顺序不对")

// errNotAccepted is returned by DecisionDeadline for a case not accepted.
var errNotAccepted = errcode.New("not_accepted", errcode.Stop,
	"claims: the case is not accepted: no decision deadline yet",
	"案件尚未受理，尚无确认结论期限")

// DecisionDeadline is the day by which the district bureau decides the
// case's application (第二十六条), counted from its acceptance
// (Case.AcceptedOn) under Rules.DecisionClock. Facts clear at acceptance
// (Case.Clarity Clear, found on the acceptance's day or with no day
// stored): 7 working days from acceptance; not clear: 30 from acceptance,
// also when the facts are found clear later (EventFactsClear on
// Case.ClearOn). Under ClockFromFoundClear, facts found clear later start 7
// working days from that day, never past the 30 working days from
// acceptance, which bind in every case.
//
// The clarity is required: an unstated one (the zero Clarity) is
// ErrUnstated naming it, never read as not clear. A case not accepted is
// the code not_accepted. Under Rules.BeforeInForce = refuse, a case whose accident
// (or, without one, acceptance) is before InForce is ErrBeforeInForce
// (第八十一条); Deadlines marks such steps under the default.
func (rb *Rulebook) DecisionDeadline(c Case) (calendar.Deadline, error) {
	if err := rb.ok(); err != nil {
		return calendar.Deadline{}, err
	}
	from := c.Accident
	if from.IsZero() {
		from = c.AcceptedOn
	}
	if err := rb.refuseBefore(from, "accident"); err != nil {
		return calendar.Deadline{}, err
	}
	switch {
	case c.AcceptedOn.IsZero():
		return calendar.Deadline{}, errNotAccepted
	case c.Clarity == "":
		return calendar.Deadline{}, unstated("clarity")
	case !c.Clarity.Valid():
		return calendar.Deadline{}, errBadClarity
	case !c.ClearOn.IsZero() && c.ClearOn.Before(c.AcceptedOn):
		return calendar.Deadline{}, codeZH(errCaseDates, fmt.Errorf("%w: facts found clear on %s, before the acceptance on %s", errCaseDates, c.ClearOn, c.AcceptedOn),
			"查清事实日期 %s 早于受理日期 %s", c.ClearOn, c.AcceptedOn)
	}
	if c.Clarity == Clear && (c.ClearOn.IsZero() || c.ClearOn == c.AcceptedOn) {
		return rb.cal.WithinWorkdays(c.AcceptedOn, clearDecisionWorkdays)
	}
	full, ferr := rb.cal.WithinWorkdays(c.AcceptedOn, decisionWorkdays)
	if c.Clarity != Clear || rb.rules.DecisionClock == ClockFromAcceptance {
		// Not clear at acceptance: the 30 working days.
		return full, ferr
	}
	clear, cerr := rb.cal.WithinWorkdays(c.ClearOn, clearDecisionWorkdays)
	switch {
	case ferr == nil && cerr == nil:
		if clear.Date.After(full.Date) {
			return full, nil
		}
		return clear, nil
	case ferr == nil && cerr != nil && clear.Err() != nil:
		// The 7 working days cannot be counted (a year not covered), but
		// they end no earlier than if every uncovered day were a working
		// day (their NotBefore): if the 30 end by then, the 30 bind.
		if !full.Date.After(clear.NotBefore()) {
			return full, nil
		}
		return clear, cerr // unknown, not before the 7's earliest day
	case cerr == nil && ferr != nil && full.Err() != nil:
		// The same, the other way: the 30 cannot be counted; the 7 bind if
		// they end by the earliest day the 30 could end.
		if !clear.Date.After(full.NotBefore()) {
			return clear, nil
		}
		return full, ferr // unknown, not before the 30's earliest day
	case cerr != nil && ferr != nil && clear.Err() != nil && full.Err() != nil && clear.NotBefore().Before(full.NotBefore()):
		return clear, cerr // neither known: not before the earlier
	case ferr == nil:
		return calendar.Deadline{}, cerr
	}
	return full, ferr
}

// refuseBefore is ErrBeforeInForce for a day before InForce under
// Rules.BeforeInForce = refuse (第八十一条): a step that late belongs to an
// accident before it too. what names the day.
func (rb *Rulebook) refuseBefore(day calendar.Date, what string) error {
	if rb.rules.BeforeInForce == BeforeInForceRefuse && !day.IsZero() && day.Before(InForce()) {
		return codeZH(ErrBeforeInForce, fmt.Errorf("%w: %s %s", ErrBeforeInForce, what, day),
			"%s %s", beforeZH[what], day)
	}
	return nil
}

// DeliveryDeadline is the day by which the conclusion made on the given day
// is delivered: the 3rd working day after it (第二十七条). Under
// Rules.BeforeInForce = refuse, a day before InForce is ErrBeforeInForce; so
// for ReviewDeadline and SupplementDeadline.
func (rb *Rulebook) DeliveryDeadline(decided calendar.Date) (calendar.Deadline, error) {
	if err := rb.ok(); err != nil {
		return calendar.Deadline{}, err
	}
	if err := rb.refuseBefore(decided, "conclusion"); err != nil {
		return calendar.Deadline{}, err
	}
	return rb.cal.WithinWorkdays(decided, deliveryWorkdays)
}

// ReviewDeadline is the day by which the city agency gives its review
// opinion on a benefit claim it accepted on the given day: the 20th working
// day after it (第四十四条第三款: 自受理之日起20个工作日内作出审核意见). A request
// to supplement does not move it: the article counts from acceptance.
func (rb *Rulebook) ReviewDeadline(accepted calendar.Date) (calendar.Deadline, error) {
	if err := rb.ok(); err != nil {
		return calendar.Deadline{}, err
	}
	if err := rb.refuseBefore(accepted, "benefit claim accepted"); err != nil {
		return calendar.Deadline{}, err
	}
	return rb.cal.WithinWorkdays(accepted, reviewWorkdays)
}

// SupplementDeadline is the day by which an applicant asked on the given
// day to supplement materials on review must do so: the 5th working day
// after the request (第四十四条第三款: 申请人应当在5个工作日内补正全部材料). This
// is not 第二十五条's materials to follow after a 容缺 acceptance, which have
// no deadline.
func (rb *Rulebook) SupplementDeadline(asked calendar.Date) (calendar.Deadline, error) {
	if err := rb.ok(); err != nil {
		return calendar.Deadline{}, err
	}
	if err := rb.refuseBefore(asked, "supplement requested"); err != nil {
		return calendar.Deadline{}, err
	}
	return rb.cal.WithinWorkdays(asked, supplementWorkdays)
}
