package benefits

// Chinese is the AdvanceBy's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (a AdvanceBy) Chinese() string {
	switch a {
	case AdvanceByPlatform:
		return "平台企业"
	case AdvanceByServiceAgency:
		return "平台服务机构"
	case AdvanceByThird:
		return "第三方（因特殊情况先行垫付）"
	}
	return ""
}

// Chinese is the ClaimRule's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (c ClaimRule) Chinese() string {
	switch c {
	case ruleDesignated:
		return "在本市工伤保险定点医疗机构就医（第三十二条）"
	case ruleDesignationUnknown:
		return "尚未确认是否为定点医疗机构（待定）"
	case ruleNotDesignated:
		return "非定点医疗机构，也非就近急救（不予支付）"
	case ruleEmergency:
		return "就近急救，在伤情稳定之日或之前"
	case ruleStableUnknown:
		return "非定点机构急救，尚未确定伤情稳定日期（待定）"
	case ruleAfterStable:
		return "伤情稳定后仍在非定点机构治疗（不予支付）"
	case ruleStaySpansStable:
		return "住院跨过伤情稳定之日，需列明日期（待定）"
	case ruleOutOfTownFiled:
		return "异地就医备案已通过（第三十三条）"
	case ruleFilingPending:
		return "异地就医备案审核中（待定）"
	case ruleFilingRefused:
		return "异地就医备案未通过（不予支付）"
	case ruleNotFiled:
		return "异地就医未备案（不予支付）"
	case ruleRehabConfirmed:
		return "住院康复已确认，在康复定点机构（第三十六条）"
	case ruleRehabUnconfirmed:
		return "住院康复尚未确认（待定）"
	case ruleRehabRefused:
		return "住院康复未经确认（不予支付）"
	case ruleRehabNotDesignated:
		return "未在本市工伤康复定点机构康复（不予支付）"
	case ruleRehabDesignationUnknown:
		return "尚未确认是否为康复定点机构（待定）"
	case ruleDeviceConfirmed:
		return "辅助器具已确认，在规定机构配置（第三十七条）"
	case ruleDeviceUnconfirmed:
		return "辅助器具尚未确认（待定）"
	case ruleDeviceRefused:
		return "辅助器具未经确认（不予支付）"
	case ruleDeviceWrongProvider:
		return "未在规定机构配置辅助器具（不予支付）"
	case ruleDeviceProviderUnknown:
		return "尚未确认配置机构（待定）"
	case ruleInCatalogue:
		return "属于工伤保险目录范围（第三十二条第二款）"
	case ruleCatalogueUnknown:
		return "尚未确认是否属于目录范围（待定）"
	case ruleOutOfCatalogue:
		return "不属于工伤保险目录范围（不予支付）"
	case ruleAboveStandard:
		return "超出支付标准的部分不予支付"
	case ruleMaterialsMissing:
		return "该票据缺少材料（待定，第三十四条（一）（二））"
	case ruleSettledDirectly:
		return "已直接联网结算，不重复支付（第三十五条）"
	case ruleSettledThirdParty:
		return "涉及第三人却已直接结算，待复核（第三十五条）"
	case noteDirectAvailable:
		return "可持社会保障卡直接联网结算（第三十五条）"
	case noteDirectNotNetworked:
		return "尚未实现联网结算，就医后申领（第三十五条）"
	case noteDirectExcluded:
		return "涉及第三人责任，不能直接联网结算（第三十五条）"
	case noteOutOfTownDirect:
		return "异地就医可直接结算或事后申领（第三十三条）"
	case noteSplitNoBasis:
		return "未确定赔偿比例或医疗费金额，可要求其他辅助材料（第三十四条（三））"
	case noteSplitWaitsPending:
		return "待定费用确定后再分割医疗费用"
	case noteSplitWaitsDocuments:
		return "法律文书齐全后再分割医疗费用"
	case notePayeeWaits:
		return "垫付材料未齐，暂缓支付至垫付方（第三十四条（四））"
	case noteDeathOpinion:
		return "治疗期内死亡：可请区劳动能力鉴定委员会提供专业意见（第四十一条）"
	}
	return ""
}

// Chinese is the DeathCause's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (d DeathCause) Chinese() string {
	switch d {
	case CauseInjury:
		return "因职业伤害死亡"
	case CauseOther:
		return "其他原因死亡"
	case "":
		return "未写明（按因职业伤害死亡处理）"
	}
	return ""
}

// Chinese is the DeathTiming's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (d DeathTiming) Chinese() string {
	switch d {
	case TimingNotStated:
		return "未写明"
	case TimingDuringTreatment:
		return "职业伤害治疗期内"
	case TimingAfterTreatment:
		return "职业伤害治疗期满后"
	}
	return ""
}

// Chinese is the DeviceKind's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (d DeviceKind) Chinese() string {
	switch d {
	case DeviceNone:
		return "（不是辅助器具）"
	case DeviceProsthesis:
		return "假肢"
	case DeviceOrthosis:
		return "矫形器"
	case DeviceArtificialEye:
		return "假眼"
	case DeviceWheelchair:
		return "轮椅"
	case DeviceOther:
		return "其他工伤保险辅助器具"
	case DeviceDenture:
		return "假牙"
	}
	return ""
}

// Chinese is the FilingStatus's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (f FilingStatus) Chinese() string {
	switch f {
	case FilingNone:
		return "未办理异地就医备案"
	case FilingApproved:
		return "异地就医备案已审核通过"
	case FilingPending:
		return "异地就医备案审核中"
	case FilingRefused:
		return "异地就医备案未通过"
	}
	return ""
}

// Chinese is the LegalCase's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (l LegalCase) Chinese() string {
	switch l {
	case LegalTraffic:
		return "交通事故"
	case LegalRail:
		return "城市轨道交通事故"
	case LegalFerry:
		return "客运轮渡事故"
	case LegalTrain:
		return "火车事故"
	case LegalViolence:
		return "遭受暴力伤害"
	case LegalOther:
		return "其他第三人责任"
	}
	return ""
}

// Chinese is the MaterialState's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (m MaterialState) Chinese() string {
	switch m {
	case MaterialSubmitted:
		return "已提交"
	case MaterialShared:
		return "通过信息共享获取（无需重复提供）"
	case MaterialMissing:
		return "缺少"
	}
	return ""
}

// Chinese is the MedicalRule's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (m MedicalRule) Chinese() string {
	switch m {
	case MedicalTopUp:
		return "第三人支付不足部分由基金补足（默认）"
	case MedicalOwnShare:
		return "按责任比例由第三人承担"
	}
	return ""
}

// Chinese is the NeedMark's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (n NeedMark) Chinese() string {
	switch n {
	case NeedMissing:
		return "缺少（须由调用方提供）"
	case NeedProvisional:
		return "暂定（依赖未核实的参数）"
	}
	return ""
}

// Chinese is the Nursing's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (n Nursing) Chinese() string {
	switch n {
	case NursingNone:
		return "无需生活护理"
	case NursingFull:
		return "生活完全不能自理"
	case NursingMostly:
		return "生活大部分不能自理"
	case NursingPartly:
		return "生活部分不能自理"
	}
	return ""
}

// Chinese is the PayeeKind's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (p PayeeKind) Chinese() string {
	switch p {
	case PayeeWorker:
		return "本人（社会保障卡银行账户等待遇支付账号）"
	case PayeeCloseRelative:
		return "近亲属"
	case PayeePlatform:
		return "垫付的平台企业"
	case PayeeServiceAgency:
		return "垫付的平台服务机构"
	case PayeeAdvancer:
		return "先行垫付的第三方"
	}
	return ""
}

// Chinese is the Setting's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (s Setting) Chinese() string {
	switch s {
	case SettingOutpatient:
		return "门诊"
	case SettingEmergency:
		return "急诊"
	case SettingObservation:
		return "急诊留观"
	case SettingInpatient:
		return "住院"
	case SettingRehabilitation:
		return "住院职业伤害康复（第三十六条）"
	case SettingDevice:
		return "辅助器具配置（第三十七条）"
	}
	return ""
}

// Chinese is the Verdict's Chinese name, as the golden dictionary and reports
// show it; "" for a value outside the list.
func (v Verdict) Chinese() string {
	switch v {
	case Payable:
		return "可支付"
	case NotPayable:
		return "不予支付"
	case Pending:
		return "待定"
	}
	return ""
}

// Chinese is the answer's Chinese: 是, 否, or 尚不知道 for FactUnknown.
func (f Fact) Chinese() string {
	switch f {
	case FactYes:
		return "是"
	case FactNo:
		return "否"
	case FactUnknown:
		return "尚不知道"
	}
	return ""
}
