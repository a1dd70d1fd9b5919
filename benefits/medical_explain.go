package benefits

import (
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/explain"
)

// medicalSteps are the basis of the third party's part and the lines of
// the split s of m (第三十四条; 社会保险法 第四十二条), as steps: Compute
// renders them in English (MedicalSplit.Basis, Explanation), MedicalZH in
// Chinese.
func medicalSteps(m Medical, s MedicalSplit) (basis explain.Explanation, lines []explain.Explanation) {
	var r decimal.Decimal
	switch {
	case m.DeterminedMedical != nil:
		basis = explain.Explanation{step("benefits.medical.basis.determined", in("amount", m.DeterminedMedical.String()))}
	case m.Ratio != nil:
		r = *m.Ratio
		basis = explain.Explanation{step("benefits.medical.basis.ratio", in("ratio", r.String()), in("total", m.Total.String()))}
	case m.Road != nil:
		rd := m.Road
		r = rd.Table[rd.Level]
		b := step("benefits.medical.basis.road", in("level", strconv.Quote(rd.Level)), in("ratio", r.String()), in("source", rd.TableSource))
		b.Articles = []string{"第三十四条第四款"}
		basis = explain.Explanation{b}
		if rd.NoFault && rd.VulnerableVictim && r.GreaterThan(noFaultCap) {
			r = noFaultCap
			basis = append(basis, step("benefits.medical.basis.no_fault", in("cap", noFaultCap.String())))
		}
	}
	third := in("third_party", s.ThirdParty.String())
	head := explain.Explanation{step("benefits.medical.third_party", third)}
	head = append(append(head, basis...), step("benefits.medical.close"))
	lines = append(lines, head)
	var fund explain.Step
	if s.Rule == MedicalOwnShare {
		fund = step("benefits.medical.fund.own_share", in("eligible", m.Eligible.String()), in("ratio", r.String()),
			in("theirs", share(m.Eligible, r).String()), in("fund", s.Fund.String()))
		// the third party's part was rounded down so that the parts add up
		if over := minus(plus(s.Fund, share(m.Total, r)), m.Total); m.DeterminedMedical == nil && over.Sign() > 0 {
			fund.Key = "benefits.medical.fund.own_share_rounded"
			fund.Inputs = append(fund.Inputs, in("over", over.String()))
		}
	} else {
		fund = step("benefits.medical.fund.top_up", in("eligible", m.Eligible.String()), third, in("fund", s.Fund.String()))
	}
	fund.Articles = []string{"第三十四条"}
	lines = append(lines, explain.Explanation{fund},
		explain.Explanation{step("benefits.medical.worker", in("total", m.Total.String()), third, in("fund", s.Fund.String()), in("worker", s.Worker.String()))})
	if f, rc := m.FundPaysFirst, s.Recovery; f != nil && rc != nil {
		p := step("benefits.medical.pays_first", in("in_eligible", inEligibleOf(m, s).String()), in("paid", f.Paid.String()),
			in("advanced", rc.Advanced.String()), in("now", rc.FundPaysNow.String()), in("recover", rc.Recover.String()), in("from", rc.From))
		p.Articles = []string{"社会保险法 第四十二条"}
		lines = append(lines, explain.Explanation{p})
	}
	end := step("benefits.medical.not_reduced")
	end.Articles = []string{"社会保险法 第四十二条"}
	return basis, append(lines, explain.Explanation{end})
}

// render renders each line of lines in lang; a fault (a step without its
// message: tests prevent it) shows as a marker in the text.
func render(lang explain.Lang, lines []explain.Explanation) []string {
	return catalogues().Texts(lang, lines)
}

// MedicalZH returns the explanation of s, the split of m, in Chinese, with
// the same figures as s.Explanation, from the same steps (第三十四条;
// 社会保险法 第四十二条).
func MedicalZH(m Medical, s MedicalSplit) []string {
	_, lines := medicalSteps(m, s)
	return render(explain.Chinese, lines)
}
