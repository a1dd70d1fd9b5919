package ledger

import (
	"fmt"
	"sort"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
	"github.com/zhishang/zhishang/money"
)

// Payment is one benefit payment the insurer made on the fund's behalf
// (第五十五、五十七条).
type Payment struct {
	ID      string        `json:"id"`
	Date    calendar.Date `json:"date"`
	Insurer string        `json:"insurer"`
	Worker  string        `json:"worker"`
	Subject Subject       `json:"subject"` // an expense subject: BenefitSubject(kind), Medical, AssessmentFee
	Amount  money.Amount  `json:"amount" strict:"required"`
}

// Settlement is what the fund settles with an insurer for one month's
// payments, by expenditure item (第五十七条: 按月结算), and the payments above
// the warning limit listed for review (第五十六条).
type Settlement struct {
	Insurer  string         `json:"insurer"`
	Month    calendar.Month `json:"month"`     // the month the insurer paid
	SettleIn calendar.Month `json:"settle_in"` // the month the fund settles: the next one
	ByItem   []ItemTotal    `json:"by_item"`
	// Review lists the payments above the warning limit (第五十六条).
	Review []Payment `json:"review"`
	// Postings book the payments as expenditure owed to the insurer; Settle
	// is the posting that pays the insurer from the special account.
	Postings []Posting `json:"postings"`
	Settle   Posting   `json:"settle"`
	// Total is the month's payments (the last field: JSON has always
	// written it last).
	Total money.Amount `json:"total"`
}

// ItemTotal is one expenditure item's total.
type ItemTotal struct {
	Subject Subject      `json:"subject"`
	Count   int          `json:"count"`
	Amount  money.Amount `json:"amount"`
}

// code bad_payment is wrapped by Settle's input errors.
var errBadPayment = errcode.New("bad_payment", errcode.Stop,
	"ledger: invalid benefit payment",
	"支付数据不合要求")

// Settle computes an insurer's settlement for the payments it made in month:
// totals by expenditure item, the payments above warningLimit (zero: none
// set) for extra review, the postings that book each payment (debit its
// expense subject, credit InsurerPayable, in the payment's month), and the
// posting that settles the insurer on settleOn, a day of the next month
// (debit InsurerPayable, credit SpecialAccount), booked in that month, when
// the money leaves the special account. Totals are checked sums: a month
// whose total is more than one posting line may carry (10¹² 元) is
// code bad_payment; the postings pass Post's checks when posted. Settle does
// not know the insurer's agreements: CheckPayments, beside it, refuses
// payments made inside a 第六十四条 ban. Payments of other months or
// insurers, or repeated IDs, are errors, not silently dropped; an insurer,
// payment or worker ID that validID refuses is code bad_payment and code bad_id.
// The postings carry their Origin (BenefitPayment, InsurerSettlement), so
// their IDs ("benefit-paid:<payment ID>", "insurer-settlement:<insurer>:
// <month>") are no posting's the host writes.
func Settle(insurer string, month calendar.Month, payments []Payment, warningLimit money.Amount, settleOn calendar.Date) (Settlement, error) {
	if err := validID(insurer); err != nil {
		return Settlement{}, errzh.With(fmt.Errorf("%w: insurer: %w", errBadPayment, err),
			"商业保险机构：%s", errzh.Of(err))
	}
	if month.IsZero() || settleOn.IsZero() {
		return Settlement{}, errzh.With(fmt.Errorf("%w: no month or settlement day", errBadPayment),
			"没有月份或结算日期")
	}
	next, err := month.AddMonths(1)
	if err != nil {
		return Settlement{}, errzh.With(fmt.Errorf("%w: %v", errBadPayment, err),
			"%s", errzh.Of(err))
	}
	if calendar.MonthOfDate(settleOn) != next {
		return Settlement{}, errzh.With(fmt.Errorf("%w: settlement on %s is not in %s, the month after %s (第五十七条)", errBadPayment, settleOn, next, month),
			"结算日期 %s 不在 %s 的次月 %s（第五十七条）", settleOn, month, next)
	}
	s := Settlement{Insurer: insurer, Month: month, SettleIn: next, Review: []Payment{}}
	byItem := map[Subject]*ItemTotal{}
	seen := map[string]bool{}
	for i, p := range payments {
		if err := validID(p.ID); err != nil {
			return Settlement{}, errzh.With(fmt.Errorf("%w: payment #%d: ID: %w", errBadPayment, i+1, err),
				"第 %d 笔支付：编号：%s", i+1, errzh.Of(err))
		}
		if err := validID(p.Worker); err != nil { // the worker is not echoed: the ID may be an identity number
			return Settlement{}, errzh.With(fmt.Errorf("%w: payment %s: worker: %w", errBadPayment, echo(p.ID), err),
				"支付 %s：从业人员：%s", echo(p.ID), errzh.Of(err))
		}
		switch {
		case seen[p.ID]:
			return Settlement{}, errzh.With(fmt.Errorf("%w: payment #%d: repeated ID %s", errBadPayment, i+1, echo(p.ID)),
				"第 %d 笔支付：编号 %s 重复", i+1, echo(p.ID))
		case p.Insurer != insurer:
			return Settlement{}, errzh.With(fmt.Errorf("%w: payment %s is by %s, not %s", errBadPayment, echo(p.ID), echo(p.Insurer), echo(insurer)),
				"支付 %s 由 %s 支付，不是 %s", echo(p.ID), echo(p.Insurer), echo(insurer))
		case calendar.MonthOfDate(p.Date) != month:
			return Settlement{}, errzh.With(fmt.Errorf("%w: payment %s dated %s is not in %s", errBadPayment, echo(p.ID), dateText(p.Date), month),
				"支付 %s 的日期 %s 不在 %s", echo(p.ID), dateZH(p.Date), month)
		case TypeOf(p.Subject) != Expense || !known(p.Subject):
			return Settlement{}, errzh.With(fmt.Errorf("%w: payment %s: %s is not an expenditure subject of the scheme", errBadPayment, echo(p.ID), echo(string(p.Subject))),
				"支付 %s：%s 不是职业伤害保障的支出科目", echo(p.ID), echo(string(p.Subject)))
		case p.Amount.Sign() <= 0:
			return Settlement{}, errzh.With(fmt.Errorf("%w: payment %s: the amount is not positive", errBadPayment, echo(p.ID)),
				"支付 %s：金额不是正数", echo(p.ID))
		}
		seen[p.ID] = true
		t := byItem[p.Subject]
		if t == nil {
			t = &ItemTotal{Subject: p.Subject}
			byItem[p.Subject] = t
		}
		t.Count++
		var ok1, ok2 bool
		t.Amount, ok1 = t.Amount.Add(p.Amount)
		s.Total, ok2 = s.Total.Add(p.Amount)
		if !ok1 || !ok2 {
			return Settlement{}, errzh.With(fmt.Errorf("%w: the month's total is more than one posting line may carry (10¹² 元)", errBadPayment),
				"当月合计超过一行分录能记的金额（10¹² 元）")
		}
		if !warningLimit.IsZero() && p.Amount.Cmp(warningLimit) > 0 {
			s.Review = append(s.Review, p)
		}
		o := Origin{Kind: BenefitPayment, Ref: p.ID, Seq: 1}
		s.Postings = append(s.Postings, Posting{ID: o.postingID(), Origin: o, Date: p.Date, Period: month,
			Counterparty: Counterparty{Kind: WorkerParty, ID: p.Worker}, Basis: Basis{Rule: RuleInsurerPayment, Insurer: insurer},
			Lines: []Line{{Subject: p.Subject, Debit: p.Amount}, {Subject: InsurerPayable, Credit: p.Amount}}})
	}
	for _, t := range byItem {
		s.ByItem = append(s.ByItem, *t)
	}
	sort.Slice(s.ByItem, func(a, b int) bool { return s.ByItem[a].Subject < s.ByItem[b].Subject })
	if !lineOK(s.Total) {
		return Settlement{}, errzh.With(fmt.Errorf("%w: the month's total %s 元 is more than one posting line may carry (10¹² 元)", errBadPayment, s.Total),
			"当月合计 %s 元超过一行分录能记的金额（10¹² 元）", s.Total)
	}
	if s.Total.Sign() > 0 {
		o := Origin{Kind: InsurerSettlement, Ref: insurer, Month: month, Seq: 1}
		s.Settle = Posting{ID: o.postingID(), Origin: o, Date: settleOn, Period: next,
			Counterparty: Counterparty{Kind: InsurerParty, ID: insurer}, Basis: Basis{Rule: RuleMonthlySettlement},
			Lines: []Line{{Subject: InsurerPayable, Debit: s.Total}, {Subject: SpecialAccount, Credit: s.Total}}}
	}
	return s, nil
}

// EndReason is why an insurer's 委托服务协议 ended early.
type EndReason string

// The reasons of 第六十四条 (items (一)–(六)): each ends the agreement early
// and bars the insurer from the scheme's 委托承办 work for three years.
// Expired is an agreement that ran its term or ended for any other reason:
// no ban.
const (
	FailedAnnualReview  EndReason = "failed_annual_review" // (一) 年度考核不合格
	SeriousFailure      EndReason = "serious_failure"      // (二) 服务能力严重不足、服务质量严重不达标等重大情况
	Misappropriation    EndReason = "misappropriation"     // (三) 挪用、截留、侵占职业伤害保障资金
	Fraud               EndReason = "fraud"                // (四) 骗取、套取职业伤害保障资金
	InformationSecurity EndReason = "information_security" // (五) 违反信息安全管理规定
	OtherViolation      EndReason = "other_violation"      // (六) 违反法律法规的其他情形
	Expired             EndReason = "expired"              // not 第六十四条: no ban
)

// bans reports whether r is one of 第六十四条's reasons.
func (r EndReason) bans() bool {
	switch r {
	case FailedAnnualReview, SeriousFailure, Misappropriation, Fraud, InformationSecurity, OtherViolation:
		return true
	}
	return false
}

// AgreementEnd records that an insurer's agreement ended, when and why.
type AgreementEnd struct {
	Insurer string        `json:"insurer"`
	Ended   calendar.Date `json:"ended"`
	Reason  EndReason     `json:"reason"`
}

// ErrInsurerBanned: the insurer is inside a 第六十四条 ban (3年内不得再参与本市
// 职业伤害保障委托承办工作), or made a payment after its agreement ended.
var ErrInsurerBanned = errcode.New("insurer_banned", errcode.Stop,
	"ledger: the insurer may not take part in the scheme's work (第六十四条)",
	"该商业保险机构在禁入期内，不得参与职业伤害保障委托承办工作（第六十四条）")

// code bad_agreement_end: an AgreementEnd with no insurer, no date or an unknown
// reason.
var errBadAgreementEnd = errcode.New("bad_agreement_end", errcode.Stop,
	"ledger: invalid record of an agreement's end",
	"协议终止记录不合要求")

// BanEnds returns the last day of the three-year ban that an end for a
// 第六十四条 reason starts, and false for one that starts none. Reading: the
// three years are counted as 民法典 counts a period in years: the day of the
// end is not counted (第二百零一条), and the period ends on the
// corresponding day three years later, or the month's last day when there
// is none (第二百零二条); the insurer may be chosen again from the next day.
func (e AgreementEnd) BanEnds() (calendar.Date, bool, error) {
	if e.Insurer == "" || e.Ended.IsZero() || !(e.Reason.bans() || e.Reason == Expired) {
		return calendar.Date{}, false, errzh.With(fmt.Errorf("%w: insurer %s, ended %s, reason %s", errBadAgreementEnd, echo(e.Insurer), dateText(e.Ended), echo(string(e.Reason))),
			"商业保险机构 %s，终止日期 %s，原因 %s", echo(e.Insurer), dateZH(e.Ended), echo(string(e.Reason)))
	}
	if !e.Reason.bans() {
		return calendar.Date{}, false, nil
	}
	y, m, d := e.Ended.Date()
	last, err := calendar.DateOf(y+3, m, d)
	for err != nil && d > 28 { // no corresponding day (29 February): the month's last day
		d--
		last, err = calendar.DateOf(y+3, m, d)
	}
	if err != nil {
		return calendar.Date{}, false, errzh.With(fmt.Errorf("%w: %v", errBadAgreementEnd, err),
			"%s", errzh.Of(err))
	}
	return last, true, nil
}

// CheckInsurer returns nil when insurer may be chosen (委托) on day on, and
// ErrInsurerBanned, naming the end and the ban's last day, when one of ends
// for a 第六十四条 reason bans it then (第六十四条: 3年内不得再参与), from the
// day the agreement ended (it may not be chosen again that day either)
// through BanEnds. Ends of
// other insurers are ignored; a malformed end is code bad_agreement_end.
func CheckInsurer(insurer string, on calendar.Date, ends []AgreementEnd) error {
	for _, e := range ends {
		last, bans, err := e.BanEnds()
		if err != nil {
			return err
		}
		if e.Insurer == insurer && bans && !on.Before(e.Ended) && !on.After(last) {
			return errzh.With(fmt.Errorf("%w: %s's agreement ended on %s (%s); banned to %s inclusive", ErrInsurerBanned, echo(insurer), e.Ended, e.Reason, last),
				"%s 的协议于 %s 终止（%s），至 %s（含）不得再参与", echo(insurer), e.Ended, e.Reason.nameZH(), last)
		}
	}
	return nil
}

// CheckPayments is the check beside Settle: it refuses (ErrInsurerBanned)
// a payment made by an insurer inside a 第六十四条 ban, after the day its
// agreement ended and up to the ban's last day; such a payment is not the
// scheme's 委托承办 work and the fund does not settle it. The package keeps
// no register of agreements: an end for another reason (Expired) bans
// nothing, and the host refuses payments outside any agreement itself.
func CheckPayments(payments []Payment, ends []AgreementEnd) error {
	for _, e := range ends {
		last, bans, err := e.BanEnds()
		if err != nil {
			return err
		}
		if !bans {
			continue
		}
		for _, p := range payments {
			if p.Insurer == e.Insurer && p.Date.After(e.Ended) && !p.Date.After(last) {
				return errzh.With(fmt.Errorf("%w: payment %s on %s by %s, whose agreement ended on %s (%s): banned to %s inclusive", ErrInsurerBanned, echo(p.ID), p.Date, echo(p.Insurer), e.Ended, e.Reason, last),
					"支付 %s（%s）由 %s 支付，其协议于 %s 终止（%s），至 %s（含）不得再参与", echo(p.ID), p.Date, echo(p.Insurer), e.Ended, e.Reason.nameZH(), last)
			}
		}
	}
	return nil
}
