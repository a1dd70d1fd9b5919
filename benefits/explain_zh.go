package benefits

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// labelZH names a pension's relation or a nursing level in Chinese.
var labelZH = map[string]string{
	string(Spouse): "配偶", string(Other): "其他供养亲属",
	string(NursingFull): "生活完全不能自理", string(NursingMostly): "生活大部分不能自理", string(NursingPartly): "生活部分不能自理",
}

func (f formula) labelZH() string {
	if s, ok := labelZH[f.label]; ok {
		return s
	}
	return f.label
}

// zh returns the formula in Chinese, with the same figures as String. A
// formula read back from JSON (its English text) is returned as is.
func (f formula) zh() string {
	var s string
	switch f.kind {
	case fText:
		return f.label
	case fMonths:
		return fmt.Sprintf("%s 个月 × %s × W = %s × %s × %s ÷ 12", f.a, f.b, f.a, f.b, f.c)
	case fPeriodic:
		s = fmt.Sprintf("%d 级伤残津贴 %s × %s × W = %s × %s × %s ÷ 12，按月支付，自 %s 起（鉴定结论作出的次月，第三十八条）", f.n, f.a, f.b, f.a, f.b, f.c, f.start)
		if f.at2024 {
			s = fmt.Sprintf("%d 级伤残津贴 %s × %s × W(2024) = %s × %s × %s ÷ 12，按月支付，自 %s 起（第三十八条；第四十五条第一款）", f.n, f.a, f.b, f.a, f.b, f.d, f.start)
		}
	case fNursing:
		s = fmt.Sprintf("%s × 生活护理费基数 %s ÷ 12，按月支付（%s），自 %s 起", f.a, f.b, f.labelZH(), f.start)
		if f.at2024 {
			s = fmt.Sprintf("%s × W(2024) %s ÷ 12，按月支付（%s），自 %s 起（第四十五条第一款）", f.a, f.d, f.labelZH(), f.start)
		}
	case fDeathGrant:
		return fmt.Sprintf("%s × 上一年度全国城镇居民人均可支配收入 %s", f.a, f.b)
	case fPension:
		w, wname := f.c, "W"
		if f.at2024 {
			w, wname = f.d, "W(2024)"
		}
		s = fmt.Sprintf("%s份额 %s × %s × %s = %s × %s × %s ÷ 12，按月支付，自 %s 起", f.labelZH(), f.a, f.b, wname, f.a, f.b, w, f.start)
		if f.lone {
			s += "（孤寡老人或孤儿：加发 10 个百分点）"
		}
		if f.capped {
			s += fmt.Sprintf("，按上限 %s × %s 同比例核减（各份额合计为 W 的 %s × %s）", f.e, wname, decimal.New(f.nanos, -9), f.b)
		}
	default:
		return ""
	}
	if !f.since.IsZero() {
		if f.at2024 {
			s += "；每年不低于当年标准（第四十五条第二款）"
		} else {
			s += fmt.Sprintf("；自 %s 起按 2024 年工资计发，每年不低于当年标准（第四十五条：《实施办法》施行前受伤或死亡）", f.since)
		}
	}
	return s
}

// zh returns the note in Chinese, with the same figures as String. A note
// read back from JSON (its English text) is returned as is.
func (n note) zh() string {
	switch n.kind {
	case nWarning:
		return fmt.Sprintf("有一笔支付超过预警金额 %s 元：需另行复核（第五十六条）", n.a.StringFixed(2))
	case nVeteran:
		return "退役军人旧伤复发：不支付一次性伤残补助金（第四十二条）"
	case nDeathSituation:
		t := "死亡情形" + n.situation.Chinese()
		switch n.situation {
		case DeathFromInjury, DeathDuringTreatment:
			t += "：支付丧葬补助金、供养亲属抚恤金和一次性职业伤害死亡补助金（工伤保险条例 第三十九条）"
		case DeathAfterTreatmentGrade1to4:
			t += "：只支付丧葬补助金和供养亲属抚恤金（参照工伤保险条例 第三十九条第三款，暂定读法）"
		}
		if n.causeNotStated {
			t += "；案件未写明死因，按因职业伤害死亡处理"
		}
		return t
	case nCapped:
		return fmt.Sprintf("供养亲属各份额合计为死亡计发基数的 %s（%s × W 的 %s），超过上限 %s × W（人社厅函〔2025〕79号 第三十九条）：各份额同比例核减，抚恤金合计每月 %s 元",
			n.a, n.a, n.b, n.c, n.d.StringFixed(2))
	case nPlatform:
		return n.String()
	}
	return n.text
}

// StringZH describes the platform's line in Chinese (第四十六条).
func (l PlatformLine) StringZH() string {
	s := l.Kind.Chinese() + "：" + l.Amount.String() + " 元"
	switch {
	case !l.From.IsZero() && !l.To.IsZero():
		s += fmt.Sprintf("（%s 至 %s）", l.From, l.To)
	case !l.From.IsZero():
		s += fmt.Sprintf("（%s 起）", l.From)
	case !l.To.IsZero():
		s += fmt.Sprintf("（至 %s）", l.To)
	}
	who := "所在平台企业"
	if l.Platform != "" {
		who = l.Platform
	}
	s += "，由 " + who + " 支付（第四十六条）"
	if l.Basis != "" {
		s += "；" + l.Basis
	}
	return s
}

// ExplainZH returns the same lines as Explanation, in Chinese: each item with
// its amount, formula, articles and parameters; the totals; the platform's
// lines apart; the notes.
func (a Award) ExplainZH() []string {
	var out []string
	for _, it := range a.Items {
		who := ""
		if it.Beneficiary != "" {
			who = "（" + it.Beneficiary + "）"
		}
		per := ""
		if it.Periodic {
			per = "/月"
			if !it.EndMonth.IsZero() {
				per += "，至 " + it.EndMonth.String() + " 止"
			}
		}
		name := it.Kind.Chinese()
		if name == "" {
			name = string(it.Kind)
		}
		line := fmt.Sprintf("%s%s：%s 元%s = %s，四舍五入到分（%s）", name, who, it.Amount.String(), per, it.formula.zh(), strings.Join(it.Articles, "；"))
		if it.Provisional {
			line += "【暂定】"
		}
		if it.Flagged {
			line += "【超过预警金额：需另行复核，第五十六条】"
		}
		out = append(out, line)
		for _, p := range it.Params {
			out = append(out, "    "+p.StringZH())
		}
	}
	out = append(out, fmt.Sprintf("基金支付一次性项目：%s 元；按月项目：每月 %s 元", a.OneTimeTotal.String(), a.MonthlyTotal.String()))
	for _, l := range a.Platform {
		out = append(out, "    "+l.StringZH())
	}
	if len(a.Platform) > 0 {
		out = append(out, fmt.Sprintf("平台企业支付（第四十六条，不由基金支付）：%s 元", a.PlatformTotal.String()))
	}
	for _, n := range a.notes {
		out = append(out, n.zh())
	}
	return out
}

// MedicalZH returns the explanation of s, the split of m, in Chinese, with
// the same figures as s.Explanation (第三十四条; 社会保险法 第四十二条).
func MedicalZH(m Medical, s MedicalSplit) []string {
	var basis string
	var r decimal.Decimal
	switch {
	case m.DeterminedMedical != nil:
		basis = fmt.Sprintf("法律文书确定由第三人承担的医疗费：%s 元", m.DeterminedMedical)
	case m.Ratio != nil:
		r = *m.Ratio
		basis = fmt.Sprintf("第三人责任比例 %s × 医疗费总额 %s 元", r, m.Total)
	case m.Road != nil:
		rd := m.Road
		r = rd.Table[rd.Level]
		basis = fmt.Sprintf("道路交通事故未确定责任比例：责任等级 %q → %s，依据 %s（第三十四条第四款）", rd.Level, r, rd.TableSource)
		if rd.NoFault && rd.VulnerableVictim && r.GreaterThan(noFaultCap) {
			r = noFaultCap
			basis += "；机动车无过错的，对行人或非机动车一方承担不超过 10% 的赔偿责任（道路交通安全法 第七十六条）：0.1"
		}
	}
	out := []string{"第三人承担：" + s.ThirdParty.String() + " 元（" + basis + "）"}
	if s.Rule == MedicalOwnShare {
		theirs := share(m.Eligible, r)
		out = append(out, fmt.Sprintf("基金支付：本人责任范围内的合规医疗费，%s × (1 − %s) = %s − %s = %s 元（第三十四条：报销本人责任范围内医疗费用）",
			m.Eligible, r, m.Eligible, theirs, s.Fund))
	} else {
		out = append(out, fmt.Sprintf("基金支付：合规医疗费 %s − 第三人承担 %s，不低于零 = %s 元（第三十四条：不足部分予以补足，不得重复享受）",
			m.Eligible, s.ThirdParty, s.Fund))
	}
	out = append(out, fmt.Sprintf("本人负担：医疗费总额 %s − %s − %s = %s 元", m.Total, s.ThirdParty, s.Fund, s.Worker))
	if f, rc := m.FundPaysFirst, s.Recovery; f != nil && rc != nil {
		out = append(out, fmt.Sprintf("基金先行支付（社会保险法 第四十二条）：合规医疗费中应由第三人承担的 %s − 已支付 %s = 先行垫付 %s 元；基金现支付 %s 元，并向 %s 追偿 %s 元",
			inEligibleOf(m, s), f.Paid, rc.Advanced, rc.FundPaysNow, rc.From, rc.Recover))
	}
	out = append(out, "其他待遇不因民事赔偿而减少（社会保险法 第四十二条）")
	return out
}
