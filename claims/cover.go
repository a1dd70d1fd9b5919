package claims

import (
	"errors"
	"fmt"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
)

// CoverStatus is the answer of 第四十三条 for an accident's month.
type CoverStatus string

const (
	// Covered: the platform paid the fee for the month of the accident.
	Covered CoverStatus = "covered"
	// CoverPending: the fee for the month is not paid yet, and its
	// declaration deadline (第十四条: 月份终了之日起15日内, in the following
	// month) has not passed as of the case's date. The case goes on; cover
	// is settled once the fee is paid or the deadline passes.
	CoverPending CoverStatus = "pending"
	// NotCovered: the declaration deadline passed and the month's fee is
	// unpaid (arrears).
	NotCovered CoverStatus = "not_covered"
)

// Chinese returns the status as a clerk reads it: 在保障期内（平台已缴当月保障费）,
// 待定（当月保障费尚未到期）, 不在保障期内（平台欠缴当月保障费）.
func (s CoverStatus) Chinese() string {
	switch s {
	case Covered:
		return "在保障期内（平台已缴当月保障费）"
	case CoverPending:
		return "待定（当月保障费尚未到期）"
	case NotCovered:
		return "不在保障期内（平台欠缴当月保障费）"
	}
	return string(s)
}

// CoverResult is the 第四十三条 check with its reasons. It marshals itself
// as {"status", "month", "due", "as_of", "reasons", "rulebook"}, "due"
// absent when cover is settled by a payment.
type CoverResult struct {
	Status CoverStatus `json:"status"`
	// Month is the accident's month (Beijing day), the fee period that
	// decides cover.
	Month calendar.Month `json:"month"`
	// Due is the month's declaration deadline (第十四条) when the month is
	// not paid, known or unknown: in a year the calendar does not cover it
	// is unknown (Due.Known false, Due.Err naming the year, Due.NotBefore the
	// 15th of the following month). The zero Deadline when the month is paid.
	Due calendar.Deadline `json:"due,omitzero"`
	// AsOf is the day cover was judged on (the host's today).
	AsOf calendar.Date `json:"as_of"`
	// Reasons explain the answer, citing the articles.
	Reasons []string `json:"reasons"`
	// Rulebook is the Fingerprint of the rulebook that checked it.
	Rulebook string `json:"rulebook,omitempty"`
}

// errNoAsOf is returned by CheckCover without the as-of day.
var errNoAsOf = errcode.New("cover_no_as_of", errcode.FixCall,
	"claims: no as-of day (the host's today) to judge whether the fee is due",
	"缺少判断日期（调用方的当天），无法判断当月保障费是否到期")

// CheckCover answers 第四十三条 (平台企业按规定缴纳职业伤害保障费的当月，新就业形态
// 人员发生事故伤害的，可按本规程规定享受职业伤害保障待遇) for an accident on the
// given day, as of asOf (the host's today):
//
//   - Covered when the accident's month is among the months the platform
//     paid for;
//   - CoverPending when it is not paid and its declaration deadline (第十四条,
//     in the following month) has not passed as of asOf: an accident this
//     month, or last month before the 15th-or-so, is pending, not refused;
//   - NotCovered when the deadline passed unpaid: the fee is in arrears.
//
// When the declaration deadline falls in a year the calendar does not cover,
// it is still known that it is not before the 15th of the following month:
// as of that day or earlier the answer is CoverPending; later it stays
// CoverPending with Due unknown, its Err naming the year (never "not covered" on a guess).
//
// An accident before 373号 took effect (第八十一条, InForce) is judged all
// the same with a reason saying so, or refused with ErrBeforeInForce under
// Rules.BeforeInForce = refuse.
func (rb *Rulebook) CheckCover(accident calendar.Date, paidMonths []calendar.Month, asOf calendar.Date) (CoverResult, error) {
	if err := rb.ok(); err != nil {
		return CoverResult{}, err
	}
	if accident.IsZero() {
		return CoverResult{}, errNoAccident
	}
	if asOf.IsZero() {
		return CoverResult{}, errNoAsOf
	}
	if err := rb.refuseBefore(accident, "accident"); err != nil {
		return CoverResult{}, err
	}
	m := calendar.MonthOfDate(accident)
	r := CoverResult{Month: m, AsOf: asOf, Rulebook: rb.fingerprint}
	if accident.Before(InForce()) {
		r.Reasons = append(r.Reasons, fmt.Sprintf("事故发生在 %s，沪人社福〔2025〕373号自 %s 起施行（第八十一条）：仍按本规程判断，并予注明", accident, InForce()))
	}
	for _, p := range paidMonths {
		if p == m {
			r.Status = Covered
			r.Reasons = append(r.Reasons, fmt.Sprintf("平台企业已缴纳事故发生当月（%s，事故日 %s）的职业伤害保障费：享受保障（第四十三条）", m, accident))
			return r, nil
		}
	}
	var dueErr error
	r.Due, dueErr = rb.cal.DeclarationDeadline(m)
	raw := m.Last()
	raw, _ = raw.AddDays(15)
	switch {
	case dueErr == nil && asOf.After(r.Due.Date):
		r.Status = NotCovered
		r.Reasons = append(r.Reasons,
			fmt.Sprintf("事故发生当月（%s，事故日 %s）的保障费应于 %s 前申报缴纳（第十四条），截至 %s 仍未缴纳：欠费", m, accident, r.Due.Date, asOf),
			"不享受保障：平台企业按规定缴纳保障费的当月发生的事故伤害方可享受待遇（第四十三条）",
			"平台企业应为每单缴费（第三条“每单必保，每人必保”，第十四条）；本库的理解：因其欠费致新就业形态人员不能享受待遇的，由平台企业承担责任（规程未明文规定，由经办机构依法认定）")
	case dueErr == nil:
		r.Status = CoverPending
		r.Reasons = append(r.Reasons, fmt.Sprintf("事故发生当月（%s，事故日 %s）的保障费申报期限为 %s（第十四条），截至 %s 尚未缴纳：待定，不作不予保障处理（第四十三条）", m, accident, r.Due.Date, asOf))
	case errors.Is(dueErr, calendar.ErrNotCovered):
		r.Status = CoverPending
		if !asOf.After(raw) {
			r.Reasons = append(r.Reasons, fmt.Sprintf("%s 的保障费申报期限不早于 %s（第十四条；确切日期未知：%s），截至 %s 尚未缴纳：待定，不作不予保障处理（第四十三条）", m, raw, errChinese(dueErr), asOf))
		} else {
			r.Reasons = append(r.Reasons, fmt.Sprintf("%s 的保障费截至 %s 尚未缴纳，其申报期限（不早于 %s，第十四条）是否已过尚不能确定：%s；待放假安排载入后判断，暂为待定（第四十三条）", m, asOf, raw, errChinese(dueErr)))
		}
	default:
		return CoverResult{}, dueErr
	}
	if dueErr == nil {
		for _, rp := range r.Due.ReplacedSchedules() {
			r.Reasons = append(r.Reasons, fmt.Sprintf("申报期限按调用方载入的 %d 年放假安排（%s）计算，该安排替换了官方通知（%s）", rp.Year, rp.By, rp.Replaced))
		}
	}
	return r, nil
}
