package benefits

import (
	"fmt"

	"github.com/shopspring/decimal"
)

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
