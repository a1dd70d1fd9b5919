package ledger

// The scheme's subjects, kept apart from the ordinary work-injury ones
// (第六章 资金管理: 第四、四十七、四十九、五十条).

import (
	"strings"

	"github.com/zhishang/zhishang/benefits"
)

// Subject is an account of the scheme's books.
type Subject string

// The scheme's subjects. Every one is prefixed "ozb." (occupational-injury
// protection, 职业伤害保障) so that none can be confused with an ordinary
// work-injury subject (第四条: 单独设立职业伤害保障费收入类科目和支出类科目).
const (
	// SpecialAccount: the municipal social-security fund fiscal special
	// account where the money sits (第四十七条: 市级社会保障基金财政专户).
	SpecialAccount Subject = "ozb.asset.special_account"
	// LevyIncome: 职业伤害保障费收入 (第四、四十九条).
	LevyIncome Subject = "ozb.income.levy"
	// InterestIncome: its interest (第四条: 及其利息收入).
	InterestIncome Subject = "ozb.income.interest"
	// InsurerPayable: benefits the insurer paid and the fund settles the
	// next month (第五十七条).
	InsurerPayable Subject = "ozb.liability.insurer"
	// AssessmentFee and ServiceFee are expenditure (第五十条: 劳动能力鉴定费、委托承办服务费).
	AssessmentFee Subject = "ozb.expense.assessment_fee"
	ServiceFee    Subject = "ozb.expense.service_fee"
	// Medical: medical benefits (第三十二至三十五条).
	Medical Subject = "ozb.expense.medical"
	// Suspense: 暂收款, money the treasury received for the scheme whose
	// records do not yet agree (第十七、十八条). It is a liability: the money
	// is in the special account but not yet the scheme's income. Each such
	// receipt is an open item until it is cleared into income (or refunded).
	// The name follows the 暂收款 subject of the social-insurance funds'
	// accounting rules (社会保险基金会计制度, 财会〔2017〕28号); that the
	// subject is so named there could not be verified against the text
	// (provisional), the cash basis of those rules could (总说明 第五条:
	// 一般采用收付实现制).
	Suspense Subject = "ozb.liability.suspense"
	// FundBalance: the fund's accumulated balance (基金结余, net assets),
	// the other side of the special account's opening balance when the
	// books start with money already in it (an opening posting: debit
	// SpecialAccount, credit FundBalance). The name follows the 基金结余 of
	// the social-insurance funds' accounting rules (provisional, as Suspense).
	FundBalance Subject = "ozb.net_assets.fund_balance"
)

// BenefitSubject is the expenditure subject of a benefit item of package
// benefits (第五十条: 职业伤害保障的各项待遇支出).
func BenefitSubject(k benefits.Kind) Subject { return Subject("ozb.expense." + string(k)) }

// Type is a subject's side of the books.
type Type string

const (
	Asset     Type = "asset"
	Liability Type = "liability"
	Income    Type = "income"
	Expense   Type = "expense"
	NetAssets Type = "net_assets"
)

// TypeOf returns the type of a subject of the scheme, or "" for one that is
// not the scheme's.
func TypeOf(s Subject) Type {
	str := string(s)
	switch {
	case strings.HasPrefix(str, "ozb.asset."):
		return Asset
	case strings.HasPrefix(str, "ozb.liability."):
		return Liability
	case strings.HasPrefix(str, "ozb.income."):
		return Income
	case strings.HasPrefix(str, "ozb.expense."):
		return Expense
	case strings.HasPrefix(str, "ozb.net_assets."):
		return NetAssets
	}
	return ""
}

var expenseKinds = []benefits.Kind{benefits.OneTimeDisabilityGrant, benefits.DisabilityAllowance, benefits.OneTimeAllowance,
	benefits.NursingAllowance, benefits.FuneralGrant, benefits.SurvivorPension, benefits.DeathGrant}

// nonNegative reports whether s is a subject whose balance over all periods
// may never go below zero, so that a posting taking it there is refused
// (ErrNegative): the special account (money cannot be paid out that is not
// there), the suspense subject (no more can be cleared than is held) and
// what the fund owes the insurer (the fund settles what the insurer paid,
// never more: 第五十七条). Income and expense subjects may go negative in a
// period: a refund or a reversal booked in a later period than the income or
// expense it corrects (第十六条) makes that period's figure negative, and
// that is the true figure of the period.
func nonNegative(s Subject) bool {
	return s == SpecialAccount || s == Suspense || s == InsurerPayable
}

// Subjects lists the scheme's subjects.
func Subjects() []Subject {
	out := []Subject{SpecialAccount, InsurerPayable, Suspense, FundBalance, LevyIncome, InterestIncome, Medical, AssessmentFee, ServiceFee}
	for _, k := range expenseKinds {
		out = append(out, BenefitSubject(k))
	}
	return out
}

// knownSubjects is the set of Subjects, built once and never changed.
var knownSubjects = func() map[Subject]bool {
	m := map[Subject]bool{}
	for _, s := range Subjects() {
		m[s] = true
	}
	return m
}()

// Known reports whether s is one of Subjects.
func known(s Subject) bool { return knownSubjects[s] }
