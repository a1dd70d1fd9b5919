package claims

import (
	"fmt"
	"time"
)

// attributionZH returns the reasons of a, the attribution of the accident
// acc among orders under overlap (attribute), in Chinese, with the same
// orders, platforms and instants (第二十八条).
func attributionZH(acc Accident, orders []Order, overlap overlap, a Attribution) []string {
	at := acc.At.Format(time.RFC3339)
	ex := a.Candidates
	switch {
	case a.Outcome == Investigate && !anyExecuting(acc, orders):
		return []string{fmt.Sprintf("事故发生时（%s）没有正在执行的订单：由社会保险行政部门调查核实（第二十八条第三款）", at)}
	case a.Outcome == Responsible && len(ex) == 1:
		return []string{fmt.Sprintf("事故发生时（%s）只有 %s 的订单 %s 正在执行（第二十八条）", at, ex[0].Platform, ex[0].OrderID)}
	case a.Outcome == Responsible && allOnePlatform(ex):
		return []string{fmt.Sprintf("事故发生时（%s）有 %d 个订单正在执行，均属于 %s（第二十八条）", at, len(ex), a.Platform)}
	case a.Outcome == Responsible:
		return []string{fmt.Sprintf("事故发生时（%s）有 %d 个路程相同或重叠的订单正在执行；%s 的订单 %s 最先接单（%s）：以同一路程首接单确认平台责任（第二十八条第二款）",
			at, len(ex), a.Order.Platform, a.Order.OrderID, a.Order.AcceptedAt.Format(time.RFC3339))}
	}
	byID := map[[2]string]Order{}
	for _, o := range orders {
		byID[[2]string{o.Platform, o.OrderID}] = o
	}
	for i := range ex {
		for j := i + 1; j < len(ex); j++ {
			oi, oj := byID[[2]string{ex[i].Platform, ex[i].OrderID}], byID[[2]string{ex[j].Platform, ex[j].OrderID}]
			if overlap != nil && !overlap(oi, oj, acc) {
				return []string{fmt.Sprintf("事故发生时（%s）订单 %s（%s）和 %s（%s）同时在执行，路程不重叠：由社会保险行政部门调查核实（第二十八条第三款）",
					at, ex[i].OrderID, ex[i].Platform, ex[j].OrderID, ex[j].Platform)}
			}
		}
	}
	if len(ex) >= 2 {
		return []string{fmt.Sprintf("同一路程上的订单 %s（%s）和 %s（%s）在同一时刻接单：无法确定首接单平台（第二十八条第二款）",
			ex[0].OrderID, ex[0].Platform, ex[1].OrderID, ex[1].Platform)}
	}
	return nil
}

func anyExecuting(acc Accident, orders []Order) bool {
	for _, o := range orders {
		if !o.StartedAt.After(acc.At) && (o.EndedAt.IsZero() || !o.EndedAt.Before(acc.At)) {
			return true
		}
	}
	return false
}

func allOnePlatform(refs []OrderRef) bool {
	if len(refs) == 0 {
		return false
	}
	for _, r := range refs[1:] {
		if r.Platform != refs[0].Platform {
			return false
		}
	}
	return true
}
