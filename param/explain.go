package param

import (
	"sync"

	"github.com/zhishang/zhishang/explain"
)

// Steps describe v as data (package explain): its name and value, the span
// it is in force, its source and status. String and Chinese render them;
// a package that explains a result built on v puts them in its own steps.
func (v Value) Steps() explain.Explanation {
	status := explain.Status(v.Status)
	if !v.Status.Valid() {
		status = ""
	}
	e := explain.Explanation{{Key: "param.value", Inputs: []explain.Value{
		{Name: "name", Value: string(v.Name)}, {Name: "value", Value: v.Text(), Source: v.Source, Status: status}}}}
	from, until := explain.Value{Name: "from", Value: v.From.String()}, explain.Value{Name: "until", Value: v.Until.String()}
	span := ""
	switch {
	case !v.Until.IsZero() && v.From.IsZero():
		span = "param.span.until"
	case !v.Until.IsZero():
		span = "param.span.from_until"
	case v.From.IsZero():
	case v.From.Year() == 1: // the earliest date: no start date was set
		span = "param.span.from_any"
	default:
		span = "param.span.from"
	}
	if span != "" {
		e = append(e, explain.Step{Key: span, Inputs: []explain.Value{from, until}})
	}
	tail := "param.source"
	if !v.Status.Valid() {
		tail = "param.source.unknown_status"
	}
	e = append(e, explain.Step{Key: tail, Inputs: []explain.Value{{Name: "source", Value: v.Source}, {Name: "source_zh", Value: sourceZH(v.Source)}, {Name: "status", Value: string(v.Status)}}})
	return e
}

func (v Value) render(lang explain.Lang) string {
	t, _ := catalogue(lang).Text(v.Steps()) // a fault shows as a marker
	return t
}

// String describes v for an explanation: "levy.base.ride_hailing = 0.01 from
// 2025-07-01 (沪人社福〔2025〕373号 第十一条; verified)", and for a
// single-valued parameter "benefits.implementing_measures.commencement =
// 2025-07-01 (…; provisional)".
func (v Value) String() string { return v.render(explain.English) }

// Chinese describes v in Chinese for an explanation, with the same figures
// as String: "levy.base.ride_hailing = 0.01，自 2025-07-01 起施行（沪人社福〔2025〕373号
// 第十一条；状态：已核实）"; a single-valued parameter (the commencement) has
// no span: "benefits.implementing_measures.commencement = 2025-07-01（…；状态：暂定）".
func (v Value) Chinese() string { return v.render(explain.Chinese) }

// Messages lists the package's messages in lang (explain.English or
// explain.Chinese; nil for another): the templates of Value.Steps, for a
// host or package that joins them in one explain.Catalogue.
func Messages(lang explain.Lang) []explain.Entry {
	var m []explain.Entry
	switch lang {
	case explain.English:
		m = []explain.Entry{
			{Key: "param.value", Template: "{name} = {value}"},
			{Key: "param.span.from", Template: " from {from}"},
			{Key: "param.span.from_any", Template: " from {from}"},
			{Key: "param.span.from_until", Template: " from {from} to {until}"},
			{Key: "param.span.until", Template: " to {until}"},
			{Key: "param.source", Template: " ({source}; {status:param.status})"},
			{Key: "param.source.unknown_status", Template: " ({source}; {status})"},
		}
	case explain.Chinese:
		m = []explain.Entry{
			{Key: "param.value", Template: "{name} = {value}"},
			{Key: "param.span.from", Template: "，自 {from} 起施行"},
			{Key: "param.span.from_any", Template: "，自 {from} 起施行（不限起始日）"},
			{Key: "param.span.from_until", Template: "，自 {from} 至 {until} 施行"},
			{Key: "param.span.until", Template: "，施行至 {until}"},
			{Key: "param.source", Template: "（{source_zh}；状态：{status:param.status}）"},
			{Key: "param.source.unknown_status", Template: "（{source_zh}；状态：{status}）"},
		}
	default:
		return nil
	}
	for _, s := range []Status{Verified, Secondary, Provisional} {
		t := string(s)
		if lang == explain.Chinese {
			t = s.Chinese()
		}
		m = append(m, explain.Entry{Key: "param.status." + string(s), Template: t})
	}
	return m
}

// catalogues are the package's two catalogues, built once; a fault (tests
// prevent it) leaves the zero catalogue, whose renderings are markers.
var catalogues = sync.OnceValue(func() explain.Pair {
	return explain.NewPair(Messages(explain.English), Messages(explain.Chinese))
})

func catalogue(lang explain.Lang) explain.Catalogue { return catalogues().In(lang) }
