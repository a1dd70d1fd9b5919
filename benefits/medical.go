package benefits

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/money"
)

// Medical is an injury's medical costs when a third party is liable
// (第三十四条), with one basis for the third party's part.
type Medical struct {
	// Total is every medical cost of the injury; Eligible the part within
	// the work-injury catalogs and standards (第三十二条), which the fund
	// covers.
	Total    decimal.Decimal `json:"total" strict:"required,decimals=2"`
	Eligible decimal.Decimal `json:"eligible" strict:"required,decimals=2"`
	// Exactly one basis:
	// DeterminedMedical: the medical amount the judgment, mediation or
	// arbitration document assigns to the third party (民事伤害赔偿法律文书确定的医疗费).
	DeterminedMedical *decimal.Decimal `json:"determined_medical,omitempty" strict:"decimals=2"`
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
	// Paid is what the third party has paid toward its part so far, in fen.
	Paid decimal.Decimal `json:"paid" strict:"required,decimals=2"`
}

// Recovery is the fund paying first: what it advances in the third party's
// place and the claim it holds for it. The advance is never a second
// payment: the fund recovers exactly it, and the third party's remaining
// debt to the worker falls by as much.
type Recovery struct {
	// Advanced is what the fund pays now for the third party.
	Advanced decimal.Decimal `json:"advanced"`
	// FundPaysNow is the fund's own part plus the advance.
	FundPaysNow decimal.Decimal `json:"fund_pays_now"`
	// Recover is the claim against the third party (equal to Advanced).
	Recover decimal.Decimal `json:"recover"`
	From    string          `json:"from"`
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
	ThirdParty decimal.Decimal
	Fund       decimal.Decimal
	Worker     decimal.Decimal
	Rule       MedicalRule
	Basis      string
	// Recovery is set when the fund pays first.
	Recovery    *Recovery
	Explanation []string
}

// Errors of SplitMedical.
var (
	ErrNoThirdPartyBasis = errcode.New("no_third_party_basis", errcode.Stop,
		"benefits: no basis for the third party's part: give the determined medical amount, the liability ratio, or (road accidents) the host's civil-liability table (第三十四条)",
		"没有第三方承担医疗费的依据（第三十四条）")
	ErrBadMedical = errcode.New("bad_medical", errcode.Stop,
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
func SplitMedical(m Medical) (MedicalSplit, error) {
	bad := func(f string, a ...any) (MedicalSplit, error) {
		return MedicalSplit{}, fmt.Errorf("%w: %s", ErrBadMedical, fmt.Sprintf(f, a...))
	}
	figures := []decimal.Decimal{m.Total, m.Eligible}
	for _, p := range []*decimal.Decimal{m.DeterminedMedical, m.Ratio} {
		if p != nil {
			figures = append(figures, *p)
		}
	}
	if m.Road != nil {
		for _, r := range m.Road.Table {
			figures = append(figures, r)
		}
	}
	if m.FundPaysFirst != nil {
		figures = append(figures, m.FundPaysFirst.Paid)
	}
	for _, v := range figures {
		if err := money.Sane(v); err != nil {
			return bad("%v", err)
		}
	}
	for name, v := range map[string]decimal.Decimal{"total": m.Total, "eligible": m.Eligible} {
		if v.IsNegative() || !v.Equal(v.Round(2)) {
			return bad("%s %s: an amount of money, in fen, not negative", name, v)
		}
	}
	if m.Eligible.GreaterThan(m.Total) {
		return bad("eligible %s exceeds total %s", m.Eligible, m.Total)
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
		return bad("give one basis for the third party's part, not %d", bases)
	}
	rule := m.Rule
	if rule == "" {
		rule = MedicalTopUp
	}
	if rule != MedicalTopUp && rule != MedicalOwnShare {
		return bad("rule %s (want top_up or own_share)", shown(string(m.Rule)))
	}
	if rule == MedicalOwnShare && m.DeterminedMedical != nil {
		return bad("the own-share rule needs the third party's liability ratio (ratio, or the road table), not a determined amount")
	}
	if f := m.FundPaysFirst; f != nil && (strings.TrimSpace(f.ThirdParty) == "" || f.Paid.IsNegative() || !f.Paid.Equal(f.Paid.Round(2))) {
		return bad("paying first needs the third party (or 无法确定第三人) and what it paid, in fen, not negative")
	}
	s := MedicalSplit{Rule: rule}
	var r decimal.Decimal // the ratio, for the own-share rule
	switch {
	case m.DeterminedMedical != nil:
		d := *m.DeterminedMedical
		if d.IsNegative() || !d.Equal(d.Round(2)) || d.GreaterThan(m.Total) {
			return bad("determined medical amount %s: in fen, not negative, not above the total %s", d, m.Total)
		}
		s.ThirdParty = d
		s.Basis = fmt.Sprintf("the medical amount the legal documents assign to the third party: %s 元", d.StringFixed(2))
	case m.Ratio != nil:
		r = *m.Ratio
		if r.IsNegative() || r.GreaterThan(decimal.NewFromInt(1)) {
			return bad("ratio %s is not between 0 and 1", r)
		}
		s.ThirdParty = m.Total.Mul(r).Round(2)
		s.Basis = fmt.Sprintf("the third party's liability ratio %s × the total %s 元", r, m.Total.StringFixed(2))
	default:
		rd := m.Road
		var ok bool
		r, ok = rd.Table[rd.Level]
		switch {
		case !ok:
			return bad("the civil-liability table has no ratio for the level %s", shown(rd.Level))
		case strings.TrimSpace(rd.TableSource) == "":
			return bad("the civil-liability table needs its source")
		case r.IsNegative() || r.GreaterThan(decimal.NewFromInt(1)):
			return bad("the table's ratio %s for %s is not between 0 and 1", shownNumber(r.String()), shown(rd.Level))
		}
		s.Basis = fmt.Sprintf("road accident with no ratio: level %q → %s under %s (第三十四条第四款)", rd.Level, r, rd.TableSource)
		if rd.NoFault && rd.VulnerableVictim && r.GreaterThan(noFaultCap) {
			r = noFaultCap
			s.Basis += "; a motor vehicle without fault bears at most 10% toward a pedestrian or non-motor vehicle (道路交通安全法 第七十六条): 0.1"
		}
		s.ThirdParty = m.Total.Mul(r).Round(2)
	}
	var fundLine string
	if rule == MedicalOwnShare {
		// The worker's own share, eligible × (1 − ratio), rounded half up to
		// the fen once (a benefit). Only when both it and the third party's
		// ratio × total round up from exactly half a fen can they pass the
		// total by a fen: the third party's estimate then gives way.
		s.Fund = m.Eligible.Mul(decimal.NewFromInt(1).Sub(r)).Round(2)
		fundLine = fmt.Sprintf("fund: the worker's own share of the eligible cost, %s × (1 − %s) = %s 元, rounded half up to the fen (第三十四条: 报销本人责任范围内医疗费用)",
			m.Eligible.StringFixed(2), r, s.Fund.StringFixed(2))
		if over := s.Fund.Add(s.ThirdParty).Sub(m.Total); over.IsPositive() {
			s.ThirdParty = s.ThirdParty.Sub(over)
			fundLine += fmt.Sprintf("; the third party's part rounded down by %s 元 so that the parts add up to the total", over.StringFixed(2))
		}
	} else {
		s.Fund = m.Eligible.Sub(s.ThirdParty)
		if s.Fund.IsNegative() {
			s.Fund = decimal.Zero
		}
		fundLine = fmt.Sprintf("fund: the eligible %s − the third party's %s, not below zero = %s 元 (第三十四条: 不足部分予以补足，不得重复享受)", m.Eligible.StringFixed(2), s.ThirdParty.StringFixed(2), s.Fund.StringFixed(2))
	}
	s.Worker = m.Total.Sub(s.ThirdParty).Sub(s.Fund)
	s.Explanation = []string{
		"third party: " + s.ThirdParty.StringFixed(2) + " 元 (" + s.Basis + ")",
		fundLine,
		fmt.Sprintf("worker: the total %s − %s − %s = %s 元", m.Total.StringFixed(2), s.ThirdParty.StringFixed(2), s.Fund.StringFixed(2), s.Worker.StringFixed(2)),
	}
	if f := m.FundPaysFirst; f != nil {
		if f.Paid.GreaterThan(s.ThirdParty) {
			return bad("the third party paid %s, more than its part %s", f.Paid, s.ThirdParty)
		}
		// The fund advances the eligible cost the third party should bear
		// and has not paid: min(eligible − fund, third party) − paid.
		inEligible := decimal.Min(m.Eligible.Sub(s.Fund), s.ThirdParty)
		adv := inEligible.Sub(f.Paid)
		if adv.IsNegative() {
			adv = decimal.Zero
		}
		s.Recovery = &Recovery{Advanced: adv, FundPaysNow: s.Fund.Add(adv), Recover: adv, From: f.ThirdParty}
		s.Explanation = append(s.Explanation,
			fmt.Sprintf("the fund pays first (社会保险法 第四十二条): the third party's part within the eligible cost %s − paid %s = %s 元 advanced; the fund pays %s 元 now and recovers %s 元 from %s",
				inEligible.StringFixed(2), f.Paid.StringFixed(2), adv.StringFixed(2), s.Recovery.FundPaysNow.StringFixed(2), adv.StringFixed(2), f.ThirdParty))
	}
	s.Explanation = append(s.Explanation, "no other benefit is reduced by the civil compensation (社会保险法 第四十二条)")
	return s, nil
}
