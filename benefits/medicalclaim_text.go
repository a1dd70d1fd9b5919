package benefits

import (
	"fmt"
	"strings"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/redact"
	"github.com/zhishang/zhishang/money"
)

// ClaimRule names a rule a medical claim was judged by: a finding on one
// charge or a remark on the whole claim (ClaimResult.Notes). Each has its
// article (Article), its name for a clerk (Chinese) and, for a finding, the
// verdict it leads to (Finding.Verdict); a finding's sentence with its
// figures is Finding.String in English and Finding.Chinese.
//
// A host acts on a line's Verdict and on ClaimResult.Missing, and shows the
// rule's Chinese; the rules are not exported one by one. A host that must
// branch on one compares it with its stable id, the string it is on the
// wire ("designation_unknown", "catalogue_unknown", "stable_unknown",
// "materials_missing", "direct_settlement", …): ClaimRules lists them all.
type ClaimRule string

// ClaimRules lists every rule a medical claim is judged by, findings then
// remarks, in a new slice.
func ClaimRules() []ClaimRule {
	return []ClaimRule{
		ruleDesignated, ruleDesignationUnknown, ruleNotDesignated, ruleEmergency, ruleStableUnknown, ruleAfterStable,
		ruleStaySpansStable, ruleOutOfTownFiled, ruleFilingPending, ruleFilingRefused, ruleNotFiled,
		ruleRehabConfirmed, ruleRehabUnconfirmed, ruleRehabRefused, ruleRehabNotDesignated, ruleRehabDesignationUnknown,
		ruleDeviceConfirmed, ruleDeviceUnconfirmed, ruleDeviceRefused, ruleDeviceWrongProvider, ruleDeviceProviderUnknown,
		ruleInCatalogue, ruleCatalogueUnknown, ruleOutOfCatalogue, ruleAboveStandard, ruleMaterialsMissing,
		ruleSettledDirectly, ruleSettledThirdParty,
		noteDirectAvailable, noteDirectNotNetworked, noteDirectExcluded, noteOutOfTownDirect, noteSplitNoBasis,
		noteSplitWaitsPending, noteSplitWaitsDocuments, notePayeeWaits, noteDeathOpinion,
	}
}

// Findings on where the worker was treated (第三十二条第一款, 第三十三条).
const (
	ruleDesignated         ClaimRule = "designated"              // 定点医疗机构: payable
	ruleDesignationUnknown ClaimRule = "designation_unknown"     // pending
	ruleNotDesignated      ClaimRule = "not_designated"          // not payable
	ruleEmergency          ClaimRule = "emergency_before_stable" // 就近急救, up to the stable day: payable
	ruleStableUnknown      ClaimRule = "stable_unknown"          // pending
	ruleAfterStable        ClaimRule = "after_stable"            // not payable
	ruleStaySpansStable    ClaimRule = "stay_spans_stable"       // pending
	ruleOutOfTownFiled     ClaimRule = "out_of_town_filed"       // 异地就医备案已通过: payable
	ruleFilingPending      ClaimRule = "out_of_town_filing_pending"
	ruleFilingRefused      ClaimRule = "out_of_town_filing_refused"
	ruleNotFiled           ClaimRule = "out_of_town_not_filed"
)

// Findings on rehabilitation (第三十六条) and assistive devices (第三十七条).
const (
	ruleRehabConfirmed          ClaimRule = "rehab_confirmed"
	ruleRehabUnconfirmed        ClaimRule = "rehab_unconfirmed"
	ruleRehabRefused            ClaimRule = "rehab_refused"
	ruleRehabNotDesignated      ClaimRule = "rehab_not_designated"
	ruleRehabDesignationUnknown ClaimRule = "rehab_designation_unknown"
	ruleDeviceConfirmed         ClaimRule = "device_confirmed"
	ruleDeviceUnconfirmed       ClaimRule = "device_unconfirmed"
	ruleDeviceRefused           ClaimRule = "device_refused"
	ruleDeviceWrongProvider     ClaimRule = "device_wrong_provider"
	ruleDeviceProviderUnknown   ClaimRule = "device_provider_unknown"
)

// Findings on what was charged (第三十二条第二款), the materials (第三十四条
// （一）（二）) and direct settlement (第三十五条).
const (
	ruleInCatalogue       ClaimRule = "in_catalogue"
	ruleCatalogueUnknown  ClaimRule = "catalogue_unknown"
	ruleOutOfCatalogue    ClaimRule = "out_of_catalogue"
	ruleAboveStandard     ClaimRule = "above_standard" // the part above the standard price is not payable
	ruleMaterialsMissing  ClaimRule = "materials_missing"
	ruleSettledDirectly   ClaimRule = "settled_directly"
	ruleSettledThirdParty ClaimRule = "settled_directly_third_party"
)

// Remarks on the whole claim.
const (
	noteDirectAvailable     ClaimRule = "direct_settlement"           // 第三十五条
	noteDirectNotNetworked  ClaimRule = "direct_not_networked"        // 第三十五条
	noteDirectExcluded      ClaimRule = "direct_excluded_third_party" // 第三十五条
	noteOutOfTownDirect     ClaimRule = "out_of_town_direct"          // 第三十三条
	noteSplitNoBasis        ClaimRule = "split_no_basis"              // 第三十四条（三）
	noteSplitWaitsPending   ClaimRule = "split_waits_pending"
	noteSplitWaitsDocuments ClaimRule = "split_waits_documents"
	notePayeeWaits          ClaimRule = "payee_waits" // 第三十四条（四）
	noteDeathOpinion        ClaimRule = "death_opinion"
)

type ruleLevel uint8

const (
	levelNote ruleLevel = iota
	levelOK
	levelPending
	levelRefused
	levelPartial // part of the charge is not payable; the verdict stands
)

type ruleInfo struct {
	level   ruleLevel
	article string
	en, zh  string // formats; see Finding.String
}

const (
	art32a = "第三十二条第一款"
	art32b = "第三十二条第二款"
)

var claimRules = map[ClaimRule]ruleInfo{
	ruleDesignated: {levelOK, art32a,
		"at a designated institution of Shanghai's work-injury insurance",
		"在本市工伤保险定点医疗机构就医"},
	ruleDesignationUnknown: {levelPending, art32a,
		"whether the institution is designated (定点) is not given",
		"尚未确认该医疗机构是否为本市工伤保险定点医疗机构"},
	ruleNotDesignated: {levelRefused, art32a,
		"not a designated institution, and not emergency care at the nearest one",
		"不是本市工伤保险定点医疗机构，也不是情况紧急时就近急救"},
	ruleEmergency: {levelOK, art32a,
		"emergency care at the nearest institution, on or before the day the condition was stable (%s)",
		"情况紧急，就近急救，在伤情稳定之日（%s）或之前"},
	ruleStableUnknown: {levelPending, art32a,
		"emergency care at a non-designated institution, and the day the condition was stable is not given",
		"在非定点医疗机构急救，尚未确定伤情稳定的日期"},
	ruleAfterStable: {levelRefused, art32a,
		"at a non-designated institution after the condition was stable on %s; treatment should have moved to a designated one",
		"伤情已于 %s 稳定，此后仍在非定点医疗机构治疗，应当及时转往本市工伤保险定点医疗机构"},
	ruleStaySpansStable: {levelPending, art32a,
		"the stay runs past the day the condition was stable (%s); give the line's date",
		"住院期间跨过伤情稳定之日（%s），需列明该项费用的日期"},
	ruleOutOfTownFiled: {levelOK, "第三十三条",
		"outside Shanghai, with the out-of-town treatment filing (异地就医备案) approved",
		"在本市以外就医，异地就医备案已审核通过"},
	ruleFilingPending: {levelPending, "第三十三条",
		"outside Shanghai, and the out-of-town treatment filing is still under review",
		"在本市以外就医，异地就医备案尚在审核"},
	ruleFilingRefused: {levelRefused, "第三十三条",
		"outside Shanghai, and the out-of-town treatment filing was refused",
		"在本市以外就医，异地就医备案未通过审核"},
	ruleNotFiled: {levelRefused, "第三十三条",
		"outside Shanghai without the out-of-town treatment filing",
		"在本市以外就医，未办理异地就医备案"},

	ruleRehabConfirmed: {levelOK, "第三十六条",
		"inpatient rehabilitation confirmed by the 市劳动能力鉴定委员会, at a designated rehabilitation institution",
		"住院职业伤害康复经市劳动能力鉴定委员会确认，在本市工伤康复定点机构进行"},
	ruleRehabUnconfirmed: {levelPending, "第三十六条",
		"the inpatient rehabilitation is not (yet) confirmed by the 市劳动能力鉴定委员会",
		"住院职业伤害康复尚未经市劳动能力鉴定委员会确认"},
	ruleRehabRefused: {levelRefused, "第三十六条",
		"the 市劳动能力鉴定委员会 did not confirm the inpatient rehabilitation",
		"住院职业伤害康复未经市劳动能力鉴定委员会确认"},
	ruleRehabNotDesignated: {levelRefused, "第三十六条",
		"rehabilitation outside Shanghai's designated rehabilitation institutions",
		"未在本市工伤康复定点机构进行康复"},
	ruleRehabDesignationUnknown: {levelPending, "第三十六条",
		"whether the institution is a designated rehabilitation institution is not given",
		"尚未确认该机构是否为本市工伤康复定点机构"},
	ruleDeviceConfirmed: {levelOK, "第三十七条",
		"%s: confirmed, and fitted at %s",
		"%s经确认需要配置，在%s配置"},
	ruleDeviceUnconfirmed: {levelPending, "第三十七条",
		"the need for the %s is not (yet) confirmed",
		"配置%s尚未经确认"},
	ruleDeviceRefused: {levelRefused, "第三十七条",
		"the need for the %s was not confirmed",
		"配置%s未经确认"},
	ruleDeviceWrongProvider: {levelRefused, "第三十七条",
		"the %s must be fitted at %s",
		"%s应当在%s配置"},
	ruleDeviceProviderUnknown: {levelPending, "第三十七条",
		"the %s is fitted at %s, and whether this is one is not given",
		"%s应当在%s配置，尚未确认该机构是否为此类机构"},

	ruleInCatalogue: {levelOK, art32b,
		"within the work-injury catalogues and standards",
		"属于工伤保险诊疗项目目录、药品目录或住院服务标准的支付范围"},
	ruleCatalogueUnknown: {levelPending, art32b,
		"whether the charge is within the catalogues is not given",
		"尚未确认该项费用是否属于工伤保险目录范围"},
	ruleOutOfCatalogue: {levelRefused, art32b,
		"outside the work-injury catalogues and standards",
		"不属于工伤保险诊疗项目目录、药品目录或住院服务标准的支付范围"},
	ruleAboveStandard: {levelPartial, art32b,
		"%s 元 above the standard price is not payable",
		"超出支付标准的 %s 元不予支付"},
	ruleMaterialsMissing: {levelPending, "第三十四条（一）（二）",
		"the bill's materials are missing: %s",
		"该票据缺少材料：%s"},
	ruleSettledDirectly: {levelRefused, "第三十五条",
		"already settled directly with the social security card, not paid twice",
		"已持社会保障卡直接联网结算，不重复支付"},
	ruleSettledThirdParty: {levelPending, "第三十五条",
		"settled directly with the card although a third party is liable, which the article excludes: the agency reviews that settlement",
		"涉及第三人责任，不应直接联网结算，由经办机构复核该笔结算"},

	noteDirectAvailable: {levelNote, "第三十五条",
		"the costs may be settled directly with the social security card",
		"可持社会保障卡直接联网结算"},
	noteDirectNotNetworked: {levelNote, "第三十五条",
		"networked settlement is not in place (as the host says): the costs are claimed after treatment",
		"本市尚未实现职业伤害医疗费联网结算：就医后申领"},
	noteDirectExcluded: {levelNote, "第三十五条",
		"a third party is liable: no direct settlement with the card; the costs are claimed with the legal documents",
		"涉及第三人责任：不能持社会保障卡直接联网结算，凭法律文书申领"},
	noteOutOfTownDirect: {levelNote, "第三十三条",
		"with the out-of-town filing approved, out-of-town costs may be settled directly or claimed after treatment",
		"异地就医备案已通过：异地就医费用可直接联网结算，或在就医结束后申领"},
	noteSplitNoBasis: {levelNote, "第三十四条（三）",
		"third party: no liability ratio and no medical amount are given; the agency may ask for other supporting materials to settle the split",
		"涉及第三人责任：未确定赔偿比例或第三人支付的医疗费用金额，经办机构可要求提供其他辅助材料以明确医疗费用分割"},
	noteSplitWaitsPending: {levelNote, "第三十四条（三）",
		"the costs are split with the third party once no charge is pending",
		"待定的费用确定后，再与第三人分割医疗费用"},
	noteSplitWaitsDocuments: {levelNote, "第三十四条（三）",
		"the costs are split with the third party once the legal documents are in",
		"法律文书齐全后，再与第三人分割医疗费用"},
	notePayeeWaits: {levelNote, "第三十四条（四）；第二十三条（八）",
		"the advancer is paid once its materials are in",
		"垫付方的材料齐全后，才能支付至垫付方"},
	noteDeathOpinion: {levelNote, "第四十一条",
		"death on %s during treatment: before accepting, the agency may ask the district labour-ability appraisal committee whether the injury caused the death",
		"%s 在治疗期内死亡：受理前，经办机构可请区劳动能力鉴定委员会就是否因职业伤害导致死亡提供专业意见"},
}

func (r ClaimRule) level() ruleLevel { return claimRules[r].level }

// Article is the rule's article, or "" for an unknown rule.
func (r ClaimRule) Article() string { return claimRules[r].article }

// Finding is one rule applied to a charge or to the claim, with the figures
// its wording needs. Its reasons are data: String and StringZH render the
// same figures in English and Chinese.
type Finding struct {
	Rule ClaimRule
	// The figures its wording needs, each also elsewhere in the result or
	// the claim (and on the wire): date, the stable day (第三十二条,
	// MedicalClaim.Stable) or the death (第四十一条, ClaimDeath.Date);
	// amount, the part above the standard price (above_standard, in the
	// line's NotPayable); materials, a bill's missing materials
	// (materials_missing, in ClaimResult.Missing); device, the line's
	// device (第三十七条, BillLine.Device).
	date      calendar.Date
	amount    money.Amount
	materials []MedicalMaterial
	device    DeviceKind
}

// Verdict is what the finding does to its charge: Payable, NotPayable or
// Pending, NotPayable for the part above the standard price, "" for a
// remark on the claim.
func (f Finding) Verdict() Verdict {
	switch f.Rule.level() {
	case levelOK:
		return Payable
	case levelPending:
		return Pending
	case levelRefused, levelPartial:
		return NotPayable
	}
	return ""
}

func (f Finding) render(zh bool) string {
	info, ok := claimRules[f.Rule]
	if !ok {
		return string(f.Rule)
	}
	format := info.en
	if zh {
		format = info.zh
	}
	var s string
	switch f.Rule {
	case ruleEmergency, ruleAfterStable, ruleStaySpansStable, noteDeathOpinion:
		s = fmt.Sprintf(format, f.date)
	case ruleAboveStandard:
		s = fmt.Sprintf(format, f.amount)
	case ruleMaterialsMissing:
		names := make([]string, len(f.materials))
		for i, m := range f.materials {
			names[i] = m.name(zh)
		}
		sep := "; "
		if zh {
			sep = "、"
		}
		s = fmt.Sprintf(format, strings.Join(names, sep))
	case ruleDeviceConfirmed, ruleDeviceWrongProvider, ruleDeviceProviderUnknown:
		s = fmt.Sprintf(format, f.device.name(zh), fitter(f.device, zh))
	case ruleDeviceUnconfirmed, ruleDeviceRefused:
		s = fmt.Sprintf(format, f.device.name(zh))
	default:
		s = format
	}
	if zh {
		return s + "（" + info.article + "）"
	}
	return s + " (" + info.article + ")"
}

// String is the finding in English, with its article.
func (f Finding) String() string { return f.render(false) }

// Chinese is the finding in Chinese, with the same figures as String.
func (f Finding) Chinese() string { return f.render(true) }

var deviceNames = map[DeviceKind][2]string{
	DeviceProsthesis:    {"prosthesis", "假肢"},
	DeviceOrthosis:      {"orthosis", "矫形器"},
	DeviceArtificialEye: {"artificial eye", "假眼"},
	DeviceWheelchair:    {"wheelchair", "轮椅"},
	DeviceOther:         {"assistive device", "辅助器具"},
	DeviceDenture:       {"denture", "假牙"},
}

func (d DeviceKind) name(zh bool) string {
	n, ok := deviceNames[d]
	if !ok {
		return string(d)
	}
	if zh {
		return n[1]
	}
	return n[0]
}

// fitter is where 第三十七条 has the device fitted.
func fitter(d DeviceKind, zh bool) string {
	switch {
	case d == DeviceDenture && zh:
		return "本市工伤保险定点医疗机构"
	case d == DeviceDenture:
		return "a designated medical institution of Shanghai"
	case zh:
		return "本市工伤保险辅助器具配置协议机构"
	}
	return "an assistive-device agreement institution of Shanghai"
}

type materialName struct{ article, en, zh string }

var materialNames = map[MedicalMaterial]materialName{
	MedApplicationForm:     {"第三十四条", "the benefit application form", "职业伤害医疗待遇申请表"},
	MedReceipt:             {"第三十四条（一）", "the original receipt", "医疗费用票据原件"},
	MedReceiptImage:        {"第三十四条（一）", "the image of the Shanghai electronic receipt", "本市医疗费电子票据影像件"},
	MedItemisedList:        {"第三十四条（一）", "the original itemised list of charges", "费用明细清单原件"},
	MedOutpatientRecord:    {"第三十四条（二）", "the outpatient and emergency record", "门急诊病历"},
	MedDischargeSummary:    {"第三十四条（二）", "the discharge summary", "出院小结"},
	MedLiabilityFinding:    {"第三十四条（三）1", "the finding of liability for the accident", "事故责任认定书"},
	MedMediationOrAward:    {"第三十四条（三）1", "the civil-compensation mediation agreement or arbitral award", "事故民事赔偿调解书或仲裁裁决书"},
	MedViolenceProof:       {"第三十四条（三）2", "the public security organ's proof of the violent injury", "公安机关出具的遭受暴力伤害证明"},
	MedCompensationProof:   {"第三十四条（三）2", "the proof of compensation", "赔偿证明资料"},
	MedCourtDocument:       {"第三十四条（三）3", "the civil judgment or court mediation", "民事判决书或者民事调解书"},
	MedOtherEvidence:       {"第三十四条（三）", "other supporting materials on the split of the costs", "明确医疗费用分割情况的其他辅助材料"},
	MedAdvancerAccount:     {"第三十四条（四）；第二十三条（八）", "the advancer's bank account", "垫付单位的银行账户"},
	MedAdvanceConfirmation: {"第三十四条（四）；第二十三条（八）", "both sides' written confirmation of the advance", "双方确认垫付事实的书面材料"},
	MedAdvanceAgreement:    {"第二十三条（八）", "the agreement of the platform, the advancer and the worker", "平台企业、第三方、新就业形态人员签订的协议"},
	MedAdvancePaymentProof: {"第二十三条（八）", "the advancer's proof of payment", "垫付的支付凭证"},
	MedDeathProof:          {"第四十一条（一）", "the materials fixing the time and cause of death", "确定死亡时间、死因的相关材料"},
	MedRecordCopies:        {"第四十一条（二）", "copies of the medical records (outpatient records, test reports, discharge summaries)", "门急诊病历、检查检验报告、出院小结等病历资料复印件"},
}

// Article is the article that asks for the material.
func (m MedicalMaterial) Article() string { return materialNames[m].article }

// Chinese is the material in the article's words, or "" for an unknown one.
func (m MedicalMaterial) Chinese() string { return materialNames[m].zh }

func (m MedicalMaterial) name(zh bool) string {
	n, ok := materialNames[m]
	switch {
	case !ok:
		return string(m)
	case zh:
		return n.zh
	}
	return n.en
}

var verdictNames = map[Verdict][2]string{
	Payable: {"payable", "可支付"}, NotPayable: {"not payable", "不予支付"}, Pending: {"pending", "待定"},
}

var payeeNames = map[PayeeKind][2]string{
	PayeeWorker:        {"the worker's social security card account (or other benefit account)", "本人社会保障卡银行账户等待遇支付账号"},
	PayeeCloseRelative: {"the close relatives", "近亲属"},
	PayeePlatform:      {"the platform's account, which advanced the costs", "垫付费用的平台企业单位账户"},
	PayeeServiceAgency: {"the platform service agency's account, which advanced the costs", "垫付费用的平台服务机构单位账户"},
	PayeeAdvancer:      {"the third person who advanced the costs, under the three-party agreement", "先行垫付的第三方（按三方协议）"},
}

func (p Payee) render(zh bool) string {
	n, ok := payeeNames[p.Kind]
	if !ok {
		return string(p.Kind)
	}
	if zh {
		s := "支付对象：" + n[1]
		if p.Name != "" {
			s += "（" + p.Name + "）"
		}
		s += "（" + p.Article() + "）"
		if p.Pending {
			s += "；垫付材料未齐，暂缓支付"
		}
		return s
	}
	s := "payee: " + n[0]
	if p.Name != "" {
		s += " (" + p.Name + ")"
	}
	s += " (" + p.Article() + ")"
	if p.Pending {
		s += "; pending: the advance's materials are not all in"
	}
	return s
}

func (l LineResult) render(zh bool) string {
	v := verdictNames[l.Verdict]
	var b strings.Builder
	if zh {
		fmt.Fprintf(&b, "票据 %s 第 %d 项", l.Bill, l.Line)
		if l.Item != "" {
			fmt.Fprintf(&b, "（%s）", l.Item)
		}
		fmt.Fprintf(&b, " %s 元：%s", l.Amount.String(), v[1])
	} else {
		fmt.Fprintf(&b, "bill %s line %d", l.Bill, l.Line)
		if l.Item != "" {
			fmt.Fprintf(&b, " (%s)", l.Item)
		}
		fmt.Fprintf(&b, " %s 元: %s", l.Amount.String(), v[0])
	}
	var parts []string
	add := func(en, zhs string, d money.Amount) {
		if d.IsZero() {
			return
		}
		if zh {
			parts = append(parts, zhs+" "+d.String()+" 元")
		} else {
			parts = append(parts, en+" "+d.String()+" 元")
		}
	}
	if l.NotPayable.Sign() > 0 && l.NotPayable.Cmp(l.Amount) < 0 {
		add("payable", "可支付", l.Payable)
		add("pending", "待定", l.Pending)
		add("not payable", "不予支付", l.NotPayable)
	}
	if len(parts) > 0 {
		sep := ", "
		if zh {
			sep = "，"
		}
		if zh {
			b.WriteString("（" + strings.Join(parts, sep) + "）")
		} else {
			b.WriteString(" (" + strings.Join(parts, sep) + ")")
		}
	}
	// The findings that decide the verdict first, then the others.
	ordered := l.deciding()
	for _, f := range l.Findings {
		if f.Verdict() != l.Verdict {
			ordered = append(ordered, f)
		}
	}
	for i, f := range ordered {
		switch {
		case zh && i == 0:
			b.WriteString("——")
		case zh:
			b.WriteString("；")
		case i == 0:
			b.WriteString(" — ")
		default:
			b.WriteString("; ")
		}
		b.WriteString(f.render(zh))
	}
	return b.String()
}

// deciding are the findings that decide the charge's verdict (those with
// the same verdict, Finding.Verdict), in their fixed order: for a charge not
// payable, why not; for one pending, what it waits for.
func (l LineResult) deciding() []Finding {
	out := make([]Finding, 0, len(l.Findings))
	for _, f := range l.Findings {
		if f.Verdict() == l.Verdict {
			out = append(out, f)
		}
	}
	return out
}

// String describes the charge's verdict with its reasons, in English.
func (l LineResult) String() string { return l.render(false) }

// Chinese describes the charge's verdict with its reasons, in Chinese.
func (l LineResult) Chinese() string { return l.render(true) }

func (r ClaimResult) materialsLine(zh bool) string {
	missing := r.Missing()
	shared := 0
	for _, m := range r.Materials {
		if m.State == MaterialShared {
			shared++
		}
	}
	var names []string
	for _, m := range missing {
		n := m.Material.name(zh)
		if m.Bill != "" {
			if zh {
				n = "票据 " + m.Bill + " 的" + n
			} else {
				n += " of bill " + m.Bill
			}
		}
		if zh {
			n += "（" + m.Material.Article() + "）"
		} else {
			n += " (" + m.Material.Article() + ")"
		}
		names = append(names, n)
	}
	if zh {
		s := fmt.Sprintf("材料：需要 %d 项", len(r.Materials))
		if shared > 0 {
			s += fmt.Sprintf("，其中 %d 项通过信息共享获取，无需重复提供（第三十四条（三））", shared)
		}
		if len(missing) == 0 {
			return s + "；已齐全"
		}
		return s + fmt.Sprintf("；缺少 %d 项：", len(missing)) + strings.Join(names, "；")
	}
	s := fmt.Sprintf("materials: %d needed", len(r.Materials))
	if shared > 0 {
		s += fmt.Sprintf(", %d of them obtained by data sharing, not asked of the applicant (第三十四条（三）)", shared)
	}
	if len(missing) == 0 {
		return s + "; all in"
	}
	return s + fmt.Sprintf("; %d missing: ", len(missing)) + strings.Join(names, "; ")
}

func (r ClaimResult) totalsLine(zh bool) string {
	if zh {
		return fmt.Sprintf("合计 %s 元 = 可支付 %s 元 + 不予支付 %s 元 + 待定 %s 元（逐项相加，不作舍入）",
			r.Total.String(), r.Payable.String(), r.NotPayable.String(), r.Pending.String())
	}
	return fmt.Sprintf("total %s 元 = payable %s 元 + not payable %s 元 + pending %s 元 (exact sums of the lines)",
		r.Total.String(), r.Payable.String(), r.NotPayable.String(), r.Pending.String())
}

// Explain lists the claim in lang (explain.Chinese for a clerk,
// explain.English for a developer; another lang is English), line for line
// with the same figures in both: each charge with its verdict and reasons,
// the materials, the payee, the totals, the remarks, and the third party's
// split.
func (r ClaimResult) Explain(lang explain.Lang) []string {
	zh := lang == explain.Chinese
	out := make([]string, 0, len(r.Lines)+len(r.Notes)+8)
	for _, l := range r.Lines {
		out = append(out, l.render(zh))
	}
	out = append(out, r.materialsLine(zh), r.Payee.render(zh), r.totalsLine(zh))
	for _, n := range r.Notes {
		out = append(out, n.render(zh))
	}
	switch {
	case r.Split != nil && zh:
		out = append(out, MedicalZH(r.split, *r.Split)...)
	case r.Split != nil:
		out = append(out, r.Split.Explanation...)
	}
	return out
}

// maxEchoClaim is the most bytes of a host's value an error about a medical
// claim shows; a longer value is cut and ends with "…".
const maxEchoClaim = 32

// claimEcho is s as an error may show it: quoted, anything shaped like an
// identity number masked with '*' (redact.Mask: a run of 15 or more
// digits, or 14 or 17 and X, ASCII or full width), every character that
// does not print replaced (%q would write it as an escape of hex digits,
// which could complete that shape), then cut to maxEchoClaim bytes
// (第七十九条).
func claimEcho(s string) string {
	return fmt.Sprintf("%q", redact.Short(s, maxEchoClaim))
}

// claimBound is a longer text (an error from elsewhere that may quote
// values) as an error may show it: identity numbers masked, cut to 160
// bytes.
func claimBound(s string) string {
	return redact.Short(s, 160)
}
