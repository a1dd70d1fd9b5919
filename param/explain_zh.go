package param

import "fmt"

// Chinese returns the status's Chinese term: 已核实 (verified), 二手来源
// (secondary), 暂定 (provisional).
func (s Status) Chinese() string {
	switch s {
	case Verified:
		return "已核实"
	case Secondary:
		return "二手来源"
	case Provisional:
		return "暂定"
	}
	return string(s)
}

// StringZH describes v in Chinese for an explanation, with the same figures
// as String: "levy.base.ride_hailing = 0.01，自 2025-07-01 起施行（沪人社福〔2025〕373号
// 第十一条；状态：已核实）"; a single-valued parameter (the commencement) has
// no span: "benefits.implementing_measures.commencement = 2025-07-01（…；状态：暂定）".
func (v Value) StringZH() string {
	span := "，自 " + v.From.String() + " 起施行"
	switch {
	case v.From.IsZero():
		span = ""
	case v.From.Year() == 1: // the earliest date: no start date was set
		span = "，自 " + v.From.String() + " 起施行（不限起始日）"
	}
	if !v.Until.IsZero() {
		span = "，自 " + v.From.String() + " 至 " + v.Until.String() + " 施行"
	}
	return fmt.Sprintf("%s = %s%s（%s；状态：%s）", v.Name, v.Text(), span, v.Source, v.Status.Chinese())
}
