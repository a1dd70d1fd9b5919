package claims

import (
	"sync"

	"github.com/zhishang/zhishang/explain"
)

// Explanations of a checklist (Check.Explain) and of an attribution
// (Attribution.Explain) are data (package explain): steps with named
// figures, rendered in English for developers and in Chinese for clerks by
// the two catalogues below, from the same steps.

// messagesEN are the English templates of the package's steps.
var messagesEN = []explain.Entry{
	{Key: "claims.materials.missing", Template: "missing: {material} ({text})"},
	{Key: "claims.materials.complete", Template: "complete: every material of 第二十三、二十四条 is in"},
	{Key: "claims.materials.acceptable", Template: "the key materials are in: acceptable, the other {to_follow} to follow after acceptance (第二十五条 容缺受理)"},
	{Key: "claims.materials.not_acceptable", Template: "{missing_key} key material(s) missing: not acceptable (第二十五条)"},

	{Key: "claims.attribution.none_executing", Template: "no order was being executed at {at}: the bureau investigates (第二十八条第三款)"},
	{Key: "claims.attribution.only_order", Template: "order {order} of {platform} was the only one being executed at {at} (第二十八条)"},
	{Key: "claims.attribution.one_platform", Template: "{orders} orders were being executed at {at}, all of {platform} (第二十八条)"},
	{Key: "claims.attribution.no_overlap", Template: "orders {order} ({platform}) and {other_order} ({other_platform}) were both being executed at {at} on routes that do not overlap: the bureau investigates (第二十八条第三款)"},
	{Key: "claims.attribution.same_instant", Template: "orders {order} ({platform}) and {other_order} ({other_platform}) on the same route were accepted at the same instant: the first accepted cannot be told (第二十八条第二款)"},
	{Key: "claims.attribution.first_accepted", Template: "{orders} orders on the same or overlapping route were being executed at {at}; {order} of {platform} was accepted first ({accepted_at}): 以同一路程首接单确认平台责任 (第二十八条第二款)"},
}

// messagesZH are the Chinese templates, key for key.
var messagesZH = []explain.Entry{
	{Key: "claims.materials.missing", Template: "缺少：{text}"},
	{Key: "claims.materials.complete", Template: "材料齐全：第二十三、二十四条规定的材料均已提交"},
	{Key: "claims.materials.acceptable", Template: "关键材料齐全：可先行受理，其余 {to_follow} 项材料受理后补齐（第二十五条 容缺受理）"},
	{Key: "claims.materials.not_acceptable", Template: "缺少 {missing_key} 项关键材料：不予受理（第二十五条）"},

	{Key: "claims.attribution.none_executing", Template: "事故发生时（{at}）没有正在执行的订单：由社会保险行政部门调查核实（第二十八条第三款）"},
	{Key: "claims.attribution.only_order", Template: "事故发生时（{at}）只有 {platform} 的订单 {order} 正在执行（第二十八条）"},
	{Key: "claims.attribution.one_platform", Template: "事故发生时（{at}）有 {orders} 个订单正在执行，均属于 {platform}（第二十八条）"},
	{Key: "claims.attribution.no_overlap", Template: "事故发生时（{at}）订单 {order}（{platform}）和 {other_order}（{other_platform}）同时在执行，路程不重叠：由社会保险行政部门调查核实（第二十八条第三款）"},
	{Key: "claims.attribution.same_instant", Template: "同一路程上的订单 {order}（{platform}）和 {other_order}（{other_platform}）在同一时刻接单：无法确定首接单平台（第二十八条第二款）"},
	{Key: "claims.attribution.first_accepted", Template: "事故发生时（{at}）有 {orders} 个路程相同或重叠的订单正在执行；{platform} 的订单 {order} 最先接单（{accepted_at}）：以同一路程首接单确认平台责任（第二十八条第二款）"},
}

// catalogues are the package's two catalogues, built once; a fault (the
// tests prevent it) leaves the zero catalogue, whose renderings are
// visible markers, never a panic.
var catalogues = sync.OnceValue(func() explain.Pair { return explain.NewPair(messagesEN, messagesZH) })

// in is a named figure of a step.
func in(name, value string) explain.Value { return explain.Value{Name: name, Value: value} }

// step is one step, with its article.
func step(key, article string, inputs ...explain.Value) explain.Explanation {
	return explain.Explanation{{Key: key, Articles: []string{article}, Inputs: inputs}}
}

// render renders each explanation as one line in lang.
func render(lang explain.Lang, lines []explain.Explanation) []string {
	if len(lines) == 0 {
		return nil
	}
	return catalogues().Texts(lang, lines)
}
