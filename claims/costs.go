package claims

import (
	"fmt"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/money"
)

// Cost is one dated cost of the injury (a medical bill, a day's benefit).
type Cost struct {
	Date   calendar.Date `json:"date"`
	Amount money.Amount  `json:"amount" strict:"required"`
	Item   string        `json:"item,omitempty"`
	// IdentityHarm: the host found that this cost arose from the platform's
	// missing identity check (第六十九条第二款: 因未对新就业形态人员进行身份核验
	// 导致其职业伤害保障相关权益受损的，由平台企业承担责任). Only with
	// Case.IdentityNotVerified.
	IdentityHarm bool `json:"identity_harm,omitempty"`
}

// CostSplit divides costs between the fund and the platform. It marshals
// itself as {"from", "to", "open", "fund", "platform", "platform_costs",
// "reasons", "rulebook"}, the period's days and the costs absent when the
// platform bears nothing; amounts are strings with two decimals.
type CostSplit struct {
	// From and To bound the platform's period (inclusive); both zero when
	// the platform bears nothing. Open: the period has begun and not yet
	// ended (the application is not yet accepted), To is zero and every
	// cost from From on is the platform's so far.
	From     calendar.Date `json:"from,omitzero"`
	To       calendar.Date `json:"to,omitzero"`
	Open     bool          `json:"open,omitempty"`
	Fund     money.Amount  `json:"fund"`
	Platform money.Amount  `json:"platform"`
	// PlatformCosts lists the costs the platform bears.
	PlatformCosts []Cost   `json:"platform_costs,omitempty"`
	Reasons       []string `json:"reasons"`
	// Rulebook is the Fingerprint of the rulebook that split them.
	Rulebook string `json:"rulebook,omitempty"`
}

// errBadCost is wrapped by SplitLateCosts's errors about a cost.
var errBadCost = errcode.New("bad_cost", errcode.Stop,
	"claims: invalid cost",
	"费用数据不合要求")

// SplitLateCosts divides the case's dated costs between the fund and the
// platform (第二十二条第二款: 平台企业未在事故伤害发生之日起30日内提交职业伤害待遇给付
// 申请，在此期间发生的……费用由平台企业承担). It reads from the case the day the
// application was filed (Case.AppliedOn) and accepted (Case.AcceptedOn),
// the platform's extension (Case.PlatformExtension) and the identity check
// (Case.IdentityNotVerified).
//
// The platform is late when no application was filed by the last day of
// its window, or of its granted extension (as JudgeFiling says), whoever
// filed in the end. "在此期间" runs, by default, from the accident's day to
// the day the application was accepted (受理), both included: 人社部发〔2013〕
// 34号's reading of the identical 工伤保险条例 第十七条第四款. Rules.LateCostFrom =
// after_window starts it the day after the window (or the extension)
// closed; Rules.LateCostTo = filing ends it on the day the application was
// filed. Costs outside the period are the fund's. While the application is
// not yet accepted (default end point), the period is open and every cost
// from its start on is the platform's.
//
// With Case.IdentityNotVerified (第六十九条), the costs the host marks as
// caused by the missing identity check (Cost.IdentityHarm) are the
// platform's whatever the filing date; the flag moves no other cost.
//
// A cost is dated on or after the accident (an earlier one is no cost of
// this injury: the code bad_cost, never booked to the fund unnoticed). Amounts
// must not be negative; nothing is rounded. Fund + Platform equals the sum,
// and a sum beyond money's range is the code bad_cost. The
// error is for a bad cost (the code bad_cost), a case with no application
// (the code not_applied), lateness that cannot be told while a cost depends on it,
// and the errors of ApplicationWindows.
func (rb *Rulebook) SplitLateCosts(c Case, costs []Cost) (CostSplit, error) {
	if err := rb.ok(); err != nil {
		return CostSplit{}, err
	}
	w, err := rb.ApplicationWindows(c)
	if err != nil {
		return CostSplit{}, err
	}
	if c.AppliedOn.IsZero() {
		return CostSplit{}, errNotApplied
	}
	for i, cost := range costs {
		switch {
		case cost.Date.IsZero():
			return CostSplit{}, codeZH(errBadCost, fmt.Errorf("%w: cost #%d has no date", errBadCost, i+1),
				"第 %d 笔费用没有日期", i+1)
		case cost.Date.Before(c.Accident):
			return CostSplit{}, codeZH(errBadCost, fmt.Errorf("%w: cost #%d is dated %s, before the accident %s: not a cost of this injury", errBadCost, i+1, cost.Date, c.Accident),
				"第 %d 笔费用的日期 %s 早于事故日期 %s：不是本次伤害的费用", i+1, cost.Date, c.Accident)
		case cost.Amount.Sign() < 0:
			return CostSplit{}, codeZH(errBadCost, fmt.Errorf("%w: cost #%d is negative", errBadCost, i+1),
				"第 %d 笔费用为负数", i+1)
		case cost.IdentityHarm && !c.IdentityNotVerified:
			return CostSplit{}, codeZH(errBadCost, fmt.Errorf("%w: cost #%d is marked identity_harm, but the case does not find the identity unverified (第六十九条)", errBadCost, i+1),
				"第 %d 笔费用标明因未核验身份产生（identity_harm），但案件没有认定平台企业未核验身份（第六十九条）", i+1)
		}
	}
	harmed, others := 0, 0
	for _, cost := range costs {
		if c.IdentityNotVerified && cost.IdentityHarm {
			harmed++
		} else {
			others++
		}
	}
	split := CostSplit{Rulebook: rb.fingerprint}
	plat := w.side(true)
	filedOn := c.AppliedOn
	windowEnd := w.Platform.Date
	if plat.ext.Granted {
		windowEnd = plat.ext.Deadline
	}
	inTime, ok, why := plat.by(filedOn)
	if !ok && others > 0 {
		return CostSplit{}, withZH(fmt.Errorf("claims: cannot tell whether the platform was late: %w", why),
			"平台企业是否逾期申请尚不能判断："+errChinese(why))
	}
	if c.IdentityNotVerified {
		if harmed == 0 {
			split.Reasons = append(split.Reasons, "平台企业未对新就业形态人员进行身份核验（第六十九条第二款）：调用方未指明哪些费用因此产生，故不据此转由平台企业承担任何费用；平台只对未核验身份造成的损害负责")
		} else {
			split.Reasons = append(split.Reasons, fmt.Sprintf("平台企业未对新就业形态人员进行身份核验：调用方指明的 %d 笔费用因此产生，由平台企业承担（第六十九条第二款）；其余费用按第二十二条第二款处理", harmed))
		}
	}
	if r := plat.refusedText(); r != "" && ok {
		split.Reasons = append(split.Reasons, r)
	}
	platformBears := false
	switch {
	case !ok:
		// Every cost is identity-harmed: lateness need not be known.
	case inTime && plat.ext.Granted:
		split.Reasons = append(split.Reasons, fmt.Sprintf("%s 提出申请，在经同意延长至 %s 的平台申请期限内（第二十二条第一款）：费用均由基金支付，不适用第二十二条第二款",
			filedOn, plat.ext.Deadline))
	case inTime:
		split.Reasons = append(split.Reasons, fmt.Sprintf("%s 提出申请，在平台企业的申请期限（%s）内：费用均由基金支付，不适用第二十二条第二款",
			filedOn, lastDayText(w.Platform)))
	default:
		platformBears = true
		switch rb.rules.LateCostFrom {
		case LateCostAfterWindow:
			split.From, _ = windowEnd.AddDays(1)
		default:
			split.From = w.Accident
		}
		var end string
		switch {
		case rb.rules.LateCostTo == LateCostToFiling:
			split.To, end = filedOn, fmt.Sprintf("提出申请之日 %s（可选理解 late_cost_to=filing）", filedOn)
		case c.AcceptedOn.IsZero():
			split.Open, end = true, "受理之日；申请尚未受理，期间尚未结束"
		default:
			split.To, end = c.AcceptedOn, fmt.Sprintf("受理之日 %s", c.AcceptedOn)
		}
		from := "事故伤害发生之日"
		if rb.rules.LateCostFrom == LateCostAfterWindow {
			from = "申请期限届满次日（可选理解 late_cost_from=after_window）"
		}
		late := fmt.Sprintf("平台企业的申请期限 %s 届满，%s 才提出申请：平台企业未在%d日内提出申请（第二十二条第二款）", windowEnd, filedOn, platformWindowDays)
		if plat.ext.Granted {
			late = fmt.Sprintf("平台企业经同意延长的申请期限 %s 届满，%s 才提出申请：平台企业未在延长后的期限内提出申请（第二十二条第一款、第二款）", windowEnd, filedOn)
		}
		split.Reasons = append(split.Reasons, late,
			fmt.Sprintf("平台企业承担自%s %s 起至%s止发生的费用", from, split.From, end))
		if rb.rules.LateCostFrom == LateCostFromAccident && rb.rules.LateCostTo == LateCostToAcceptance {
			split.Reasons = append(split.Reasons,
				"依据：人社部发〔2013〕34号第七条对《工伤保险条例》第十七条第四款相同表述的解释：“这里用人单位承担工伤待遇等有关费用的期间是指从事故伤害发生之日或职业病确诊之日起到社会保险行政部门受理工伤认定申请之日止。”",
				"本库的理解：由谁最终提出申请（平台企业，或新就业形态人员、近亲属、工会组织）不影响平台企业的这一责任")
		}
		if !split.Open {
			split.Reasons = append(split.Reasons, fmt.Sprintf("平台企业承担的期间：%s 至 %s（含首尾两日）", split.From, split.To))
		}
		if !plat.ext.Granted && w.Platform.Known() {
			for _, rp := range w.Platform.ReplacedSchedules() {
				split.Reasons = append(split.Reasons, fmt.Sprintf("平台申请期限按调用方载入的 %d 年放假安排（%s）计算，该安排替换了官方通知（%s）", rp.Year, rp.By, rp.Replaced))
			}
		}
	}
	var total money.Amount
	for i, cost := range costs {
		var ok bool
		if total, ok = total.Add(cost.Amount); !ok { // Fund and Platform are parts of it: they fit too
			return CostSplit{}, codeZH(errBadCost, fmt.Errorf("%w: the costs up to #%d add up beyond money's range", errBadCost, i+1),
				"到第 %d 笔为止的费用合计超出金额可表示的范围", i+1)
		}
		switch {
		case c.IdentityNotVerified && cost.IdentityHarm:
			split.Platform, _ = split.Platform.Add(cost.Amount)
			split.PlatformCosts = append(split.PlatformCosts, cost)
			split.Reasons = append(split.Reasons, fmt.Sprintf("%s %s %s 元：因未核验身份产生，由平台企业承担（第六十九条第二款）", cost.Date, cost.Item, cost.Amount))
		case platformBears && !cost.Date.Before(split.From) && (split.Open || !cost.Date.After(split.To)):
			split.Platform, _ = split.Platform.Add(cost.Amount)
			split.PlatformCosts = append(split.PlatformCosts, cost)
		default:
			split.Fund, _ = split.Fund.Add(cost.Amount)
		}
	}
	split.Reasons = append(split.Reasons, fmt.Sprintf("基金支付 %s 元，平台企业承担 %s 元（各笔费用原额相加，不作舍入）", split.Fund, split.Platform))
	return split, nil
}
