package benefits

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/explain"
	guard "github.com/zhishang/zhishang/internal/money"
	"github.com/zhishang/zhishang/money"
)

// Medical is an injury's medical costs when a third party is liable
// (第三十四条), with one basis for the third party's part.
type Medical struct {
	// Total is every medical cost of the injury; Eligible the part within
	// the work-injury catalogs and standards (第三十二条), which the fund
	// covers.
	Total    money.Amount `json:"total" strict:"required"`
	Eligible money.Amount `json:"eligible" strict:"required"`
	// Exactly one basis:
	// DeterminedMedical: the medical amount the judgment, mediation or
	// arbitration document assigns to the third party (民事伤害赔偿法律文书确定的医疗费).
	DeterminedMedical *money.Amount `json:"determined_medical,omitempty"`
	// Ratio: the third party's liability ratio (0 to 1) in the documents.
	Ratio *decimal.Decimal `json:"ratio,omitempty"`
	// Road: a road accident whose documents give no ratio (第三十四条第四款).
	Road *Road `json:"road,omitempty"`
	// Rule is the reading the host applies; "" is MedicalTopUp.
	Rule MedicalRule `json:"rule,omitempty"`
	// FundPaysFirst, when set, says the third party has not paid (all) its
	// part yet and the fund pays first (社会保险法 第四十二条).
	FundPaysFirst *FundPaysFirst `json:"fund_pays_first,omitempty"`
}

// MedicalRule is a reading of 第三十四条 for the fund's part.
type MedicalRule string

const (
	// MedicalTopUp: the fund pays the eligible cost minus the medical amount
	// the civil documents assign to the third party, never below zero
	// (不足部分予以补足，不得重复享受). The default.
	MedicalTopUp MedicalRule = "top_up"
	// MedicalOwnShare: the fund pays the worker's own share of the eligible
	// cost, eligible × (1 − ratio) ("报销本人责任范围内医疗费用", 第三十四条
	// 第一款第（三）项); it needs a liability ratio (Ratio or Road).
	MedicalOwnShare MedicalRule = "own_share"
)

// FundPaysFirst is the third party's payment so far when the fund pays
// first and recovers from it (先行支付, 社会保险法 第四十二条).
type FundPaysFirst struct {
	// ThirdParty names whom the fund recovers from (or says it is unknown:
	// 无法确定第三人).
	ThirdParty string `json:"third_party"`
	// Paid is what the third party has paid toward its part so far.
	Paid money.Amount `json:"paid" strict:"required"`
}

// Recovery is the fund paying first: what it advances in the third party's
// place and the claim it holds for it. The advance is never a second
// payment: the fund recovers exactly it, and the third party's remaining
// debt to the worker falls by as much.
type Recovery struct {
	// Advanced is what the fund pays now for the third party.
	Advanced money.Amount `json:"advanced"`
	// FundPaysNow is the fund's own part plus the advance.
	FundPaysNow money.Amount `json:"fund_pays_now"`
	// Recover is the claim against the third party (equal to Advanced).
	Recover money.Amount `json:"recover"`
	From    string       `json:"from"`
}

// Road is the host-supplied civil-liability rule for a road accident with no
// ratio: the third party's responsibility level and the table of ratios the
// host applies (道路交通安全法 第七十六条 sets no percentages for 主要, 同等,
// 次要; Shanghai's 2005 table was repealed, so the library invents none).
type Road struct {
	Level       string                     `json:"level"`
	Table       map[string]decimal.Decimal `json:"table"`
	TableSource string                     `json:"table_source"`
	// VulnerableVictim: the worker was a pedestrian or on a non-motor
	// vehicle and the third party drove a motor vehicle.
	VulnerableVictim bool `json:"vulnerable_victim,omitempty"`
	// NoFault: the motor vehicle had no fault; toward a vulnerable victim it
	// bears at most 10% (道路交通安全法 第七十六条第一款第（二）项).
	NoFault bool `json:"no_fault,omitempty"`
}

// MedicalSplit divides the medical costs. Fund + ThirdParty + Worker = Total.
type MedicalSplit struct {
	ThirdParty money.Amount `json:"third_party"`
	Fund       money.Amount `json:"fund"`
	Worker     money.Amount `json:"worker"`
	Rule       MedicalRule  `json:"rule"`
	Basis      string       `json:"basis"`
	// Recovery is set when the fund pays first.
	Recovery    *Recovery `json:"recovery,omitempty"`
	Explanation []string  `json:"explanation"`
}

// Errors of SplitMedical.
var (
	ErrNoThirdPartyBasis = errcode.New("no_third_party_basis", errcode.Stop,
		"benefits: no basis for the third party's part: give the determined medical amount, the liability ratio, or (road accidents) the host's civil-liability table (第三十四条)",
		"没有第三方承担医疗费的依据（第三十四条）")
	errBadMedical = errcode.New("bad_medical", errcode.Stop,
		"benefits: invalid medical costs",
		"医疗费数据不合要求")
)

var noFaultCap = decimal.New(1, -1) // 10%

// SplitMedical applies 第三十四条 by the Medical's rule: by default
// (MedicalTopUp) the fund pays the eligible medical cost minus what the
// civil compensation assigns to medical cost, never below zero, and never
// twice (职业伤害医疗费不得重复享受); under MedicalOwnShare it pays the worker's
// own share of the eligible cost, eligible × (1 − ratio), rounded half up
// to the fen. With
// FundPaysFirst the fund also advances the third party's unpaid part within
// the eligible cost and holds a claim for exactly it (Recovery). The third party's part is
// the determined amount, or the ratio × the total cost, rounded half up to
// the fen; the worker bears the rest (costs outside the catalogs not paid by
// the third party). No other benefit is reduced by civil compensation
// (社会保险法 第四十二条; the court's 工伤保险行政案件规定 第八条). With no basis
// the answer is ErrNoThirdPartyBasis, not a guess.
// medicalAmountZH names SplitMedical's amounts in Chinese.
var medicalAmountZH = map[string]string{"total": "总医疗费", "eligible": "符合规定的医疗费", "determined medical amount": "已确定的医疗费金额", "paid": "第三方已支付"}

func SplitMedical(m Medical) (MedicalSplit, error) {
	bad := func(zh, f string, a ...any) (MedicalSplit, error) {
		return MedicalSplit{}, detail(errBadMedical, zh, f, a...)
	}
	var ratios []decimal.Decimal
	if m.Ratio != nil {
		ratios = append(ratios, *m.Ratio)
	}
	if m.Road != nil {
		for _, r := range m.Road.Table {
			ratios = append(ratios, r)
		}
	}
	for _, v := range ratios {
		if err := guard.Sane(v); err != nil {
			return MedicalSplit{}, &detailError{code: errBadMedical, en: err.Error(), zh: zhOf(err)}
		}
	}
	amounts := map[string]money.Amount{"total": m.Total, "eligible": m.Eligible}
	if m.DeterminedMedical != nil {
		amounts["determined medical amount"] = *m.DeterminedMedical
	}
	if m.FundPaysFirst != nil {
		amounts["paid"] = m.FundPaysFirst.Paid
	}
	for name, v := range amounts {
		if v.Sign() < 0 || tooLarge(v) {
			return MedicalSplit{}, &detailError{code: errBadMedical, en: fmt.Sprintf("%s %s: an amount not negative and below 10¹⁵ 元", name, v),
				zh: fmt.Sprintf("%s %s：金额应不为负且低于 10¹⁵ 元", medicalAmountZH[name], v)}
		}
	}
	if m.Eligible.Cmp(m.Total) > 0 {
		return bad("符合规定的医疗费 %s 超过总医疗费 %s", "eligible %s exceeds total %s", m.Eligible, m.Total)
	}
	bases := 0
	for _, set := range []bool{m.DeterminedMedical != nil, m.Ratio != nil, m.Road != nil} {
		if set {
			bases++
		}
	}
	switch {
	case bases == 0:
		return MedicalSplit{}, ErrNoThirdPartyBasis
	case bases > 1:
		return bad("第三方承担部分的依据只能给一个，现为 %d 个", "give one basis for the third party's part, not %d", bases)
	}
	rule := m.Rule
	if rule == "" {
		rule = MedicalTopUp
	}
	if rule != MedicalTopUp && rule != MedicalOwnShare {
		return bad("规则 %s（应为 top_up 或 own_share）", "rule %s (want top_up or own_share)", shown(string(m.Rule)))
	}
	if rule == MedicalOwnShare && m.DeterminedMedical != nil {
		return bad("按本人份额的规则须给第三方的责任比例（或道路交通事故的民事责任比例表），不能给已确定的金额", "the own-share rule needs the third party's liability ratio (ratio, or the road table), not a determined amount")
	}
	if f := m.FundPaysFirst; f != nil && strings.TrimSpace(f.ThirdParty) == "" {
		return bad("先行支付须写明第三方（或“无法确定第三人”）及其已支付的金额", "paying first needs the third party (or 无法确定第三人) and what it paid")
	}
	s := MedicalSplit{Rule: rule}
	var r decimal.Decimal // the ratio, for the own-share rule
	switch {
	case m.DeterminedMedical != nil:
		d := *m.DeterminedMedical
		if d.Cmp(m.Total) > 0 {
			return bad("已确定的医疗费金额 %s 超过总医疗费 %s", "determined medical amount %s: not above the total %s", d, m.Total)
		}
		s.ThirdParty = d
	case m.Ratio != nil:
		r = *m.Ratio
		if r.IsNegative() || r.GreaterThan(decimal.NewFromInt(1)) {
			return bad("责任比例 %s 不在 0 与 1 之间", "ratio %s is not between 0 and 1", r)
		}
		s.ThirdParty = share(m.Total, r)
	default:
		rd := m.Road
		var ok bool
		r, ok = rd.Table[rd.Level]
		switch {
		case !ok:
			return bad("民事责任比例表没有等级 %s 的比例", "the civil-liability table has no ratio for the level %s", shown(rd.Level))
		case strings.TrimSpace(rd.TableSource) == "":
			return bad("民事责任比例表须写明来源", "the civil-liability table needs its source")
		case r.IsNegative() || r.GreaterThan(decimal.NewFromInt(1)):
			return bad("表中 %[2]s 的比例 %[1]s 不在 0 与 1 之间", "the table's ratio %s for %s is not between 0 and 1", shownNumber(r.String()), shown(rd.Level))
		}
		if rd.NoFault && rd.VulnerableVictim && r.GreaterThan(noFaultCap) {
			r = noFaultCap
		}
		s.ThirdParty = share(m.Total, r)
	}
	if rule == MedicalOwnShare {
		// The worker's own share, eligible × (1 − ratio), rounded half up to
		// the fen once (a benefit). Only when both it and the third party's
		// ratio × total round up from exactly half a fen can they pass the
		// total by a fen: the third party's estimate then gives way.
		s.Fund = share(m.Eligible, decimal.NewFromInt(1).Sub(r))
		if over := minus(plus(s.Fund, s.ThirdParty), m.Total); over.Sign() > 0 {
			s.ThirdParty = minus(s.ThirdParty, over)
		}
	} else {
		s.Fund = minus(m.Eligible, s.ThirdParty)
		if s.Fund.Sign() < 0 {
			s.Fund = money.Amount{}
		}
	}
	s.Worker = minus(minus(m.Total, s.ThirdParty), s.Fund)
	if f := m.FundPaysFirst; f != nil {
		if f.Paid.Cmp(s.ThirdParty) > 0 {
			return bad("第三方已支付 %s，超过其应承担的 %s", "the third party paid %s, more than its part %s", f.Paid, s.ThirdParty)
		}
		// The fund advances the eligible cost the third party should bear
		// and has not paid: min(eligible − fund, third party) − paid.
		inEligible := inEligibleOf(m, s)
		adv := minus(inEligible, f.Paid)
		if adv.Sign() < 0 {
			adv = money.Amount{}
		}
		s.Recovery = &Recovery{Advanced: adv, FundPaysNow: plus(s.Fund, adv), Recover: adv, From: f.ThirdParty}
	}
	basis, lines := medicalSteps(m, s)
	s.Basis, _ = catalogue(explain.English).Text(basis)
	s.Explanation = render(explain.English, lines)
	return s, nil
}

// share is a × ratio rounded half up to the fen (money.Round); a is below
// 10¹⁵ 元 and the ratio from 0 to 1, so it is in range.
func share(a money.Amount, ratio decimal.Decimal) money.Amount {
	r, _ := money.Round(a.Decimal().Mul(ratio))
	return r
}

// inEligibleOf is the third party's part within the eligible cost:
// min(eligible − fund, third party).
func inEligibleOf(m Medical, s MedicalSplit) money.Amount {
	in := minus(m.Eligible, s.Fund)
	if s.ThirdParty.Cmp(in) < 0 {
		in = s.ThirdParty
	}
	return in
}
