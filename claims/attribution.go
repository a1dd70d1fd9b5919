package claims

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"time"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/explain"
)

// Point is a place as WGS 84 latitude and longitude in degrees. (Geometry,
// not money: float64 is right here.)
type Point struct {
	Lat float64 `json:"lat"`
	Lon float64 `json:"lon"`
}

// Order is one of the worker's orders on one platform, as the national
// information platform reports it (第二十八条第三款).
type Order struct {
	Platform   string    `json:"platform"`
	OrderID    string    `json:"order_id"`
	AcceptedAt time.Time `json:"accepted_at"`
	StartedAt  time.Time `json:"started_at"`
	// EndedAt is zero for an order still being executed.
	EndedAt time.Time `json:"ended_at,omitzero"`
	// Route is the path of the execution, in order.
	Route []Point `json:"route,omitempty"`
}

// Accident is when and where the injury happened.
type Accident struct {
	At    time.Time `json:"at"`
	Place Point     `json:"place"`
}

// overlap judges whether two executing orders were on the same or
// overlapping route (路程相同或者重合) at the accident. It is symmetric.
type overlap func(a, b Order, accident Accident) bool

// nearAccident is the overlap judgement of Rules.OverlapMeters: both routes
// pass within meters of the accident place (the shortest distance from the
// place to each route's polyline, on a local flat projection, which is exact
// enough within a city). A route with no points is judged not to overlap.
func nearAccident(meters float64) overlap {
	return func(a, b Order, acc Accident) bool {
		return distanceToRoute(acc.Place, a.Route) <= meters && distanceToRoute(acc.Place, b.Route) <= meters
	}
}

const earthRadius = 6371008.8 // meters, the mean radius

// distanceToRoute is the distance in meters from p to the polyline r
// (+Inf for an empty route).
func distanceToRoute(p Point, r []Point) float64 {
	if len(r) == 0 {
		return math.Inf(1)
	}
	k := math.Cos(p.Lat * math.Pi / 180)
	xy := func(q Point) (float64, float64) {
		return (q.Lon - p.Lon) * math.Pi / 180 * k * earthRadius, (q.Lat - p.Lat) * math.Pi / 180 * earthRadius
	}
	best := math.Inf(1)
	ax, ay := xy(r[0])
	if len(r) == 1 {
		return math.Hypot(ax, ay)
	}
	for _, q := range r[1:] {
		bx, by := xy(q)
		dx, dy := bx-ax, by-ay
		t := 0.0
		if l := dx*dx + dy*dy; l > 0 {
			t = math.Max(0, math.Min(1, -(ax*dx+ay*dy)/l))
		}
		best = math.Min(best, math.Hypot(ax+t*dx, ay+t*dy))
		ax, ay = bx, by
	}
	return best
}

// Outcome of an attribution.
type Outcome string

const (
	// Responsible: one platform is responsible.
	Responsible Outcome = "responsible"
	// Investigate: the data do not decide it; the bureau investigates the
	// candidates (第二十八条第三款: 经调查核实后确认首单平台责任).
	Investigate Outcome = "investigate"
)

// OrderRef names an order.
type OrderRef struct {
	Platform   string    `json:"platform"`
	OrderID    string    `json:"order_id"`
	AcceptedAt time.Time `json:"accepted_at"`
}

// Attribution is which platform is responsible for an accident (第二十八条).
type Attribution struct {
	Outcome  Outcome  `json:"outcome"`
	Platform string   `json:"platform,omitempty"` // the responsible platform
	Order    OrderRef `json:"order,omitzero"`     // the order that decides it
	// Candidates are the orders being executed at the accident (for
	// Investigate with none executing: every order given), sorted by
	// acceptance, platform and order ID.
	Candidates []OrderRef `json:"candidates"`
	// Reasons explain it in English (Explain gives them in either language).
	Reasons []string `json:"reasons"`
	// Rulebook is the Fingerprint of the rulebook that attributed it.
	Rulebook string `json:"rulebook,omitempty"`

	steps []explain.Explanation // the reasons as steps (messages.go)
}

// Explain returns the reasons in lang, in a new slice: explain.English the
// Reasons, explain.Chinese the same reasons with the same orders,
// platforms and instants (第二十八条), for a clerk; both rendered from the
// same steps. For an Attribution that Attribute did not make it is the
// Reasons in English and nil in Chinese.
func (a Attribution) Explain(lang explain.Lang) []string {
	if a.steps == nil {
		if lang == explain.Chinese {
			return nil
		}
		return append([]string(nil), a.Reasons...)
	}
	return render(lang, a.steps)
}

// errBadOrder is wrapped by Attribute's input errors.
var errBadOrder = errcode.New("bad_order", errcode.Stop,
	"claims: invalid order",
	"订单数据不合要求")

// Attribute decides the responsible platform (第二十八条; the national rule:
// the platform whose order was being executed when the injury happened):
//
//   - the orders being executed at the accident's instant are those started
//     at or before it and not ended before it;
//   - one such order: its platform;
//   - several, all of one platform: that platform (its first accepted order);
//   - several of different platforms whose routes all overlap pairwise
//     (both pass within Rules.OverlapMeters of the accident place, measured
//     to each route's polyline): the platform of the order accepted first
//     (以同一路程首接单确认平台责任); two accepted at the same instant on
//     different platforms cannot be ranked: Investigate;
//   - several on routes that do not all overlap, or none being executed:
//     Investigate, listing the candidates. Nothing is guessed.
//
// An order is one platform's order ID: the same one given twice is refused
// (code bad_order), as is an order without its platform, ID, acceptance or
// start, or with times out of order. The result does not depend on the
// order of the input.
func (rb *Rulebook) Attribute(acc Accident, orders []Order) (Attribution, error) {
	if err := rb.ok(); err != nil {
		return Attribution{}, err
	}
	over := nearAccident(rb.rules.OverlapMeters)
	a, err := attribute(acc, orders, over)
	if err != nil {
		return Attribution{}, err
	}
	a.Rulebook = rb.fingerprint
	return a, nil
}

func attribute(acc Accident, orders []Order, overlap overlap) (Attribution, error) {
	if acc.At.IsZero() {
		return Attribution{}, codeZH(errBadOrder, fmt.Errorf("%w: the accident has no instant", errBadOrder),
			"事故没有发生时刻")
	}
	sorted := append([]Order(nil), orders...)
	for i, o := range sorted {
		switch {
		case o.Platform == "" || o.OrderID == "":
			return Attribution{}, codeZH(errBadOrder, fmt.Errorf("%w #%d: no platform or order ID", errBadOrder, i+1),
				"第 %d 条：没有平台企业或订单编号", i+1)
		case o.AcceptedAt.IsZero() || o.StartedAt.IsZero():
			return Attribution{}, codeZH(errBadOrder, fmt.Errorf("%w #%d (%s): no accepted_at or started_at", errBadOrder, i+1, o.OrderID),
				"第 %d 条（%s）：没有接单时刻（accepted_at）或开始时刻（started_at）", i+1, o.OrderID)
		case o.StartedAt.Before(o.AcceptedAt):
			return Attribution{}, codeZH(errBadOrder, fmt.Errorf("%w #%d (%s): started before it was accepted", errBadOrder, i+1, o.OrderID),
				"第 %d 条（%s）：开始时刻早于接单时刻", i+1, o.OrderID)
		case !o.EndedAt.IsZero() && o.EndedAt.Before(o.StartedAt):
			return Attribution{}, codeZH(errBadOrder, fmt.Errorf("%w #%d (%s): ended before it started", errBadOrder, i+1, o.OrderID),
				"第 %d 条（%s）：结束时刻早于开始时刻", i+1, o.OrderID)
		}
	}
	// An order given twice would be counted twice (two executing orders
	// where there is one): refused, never guessed which copy is right.
	type orderKey struct{ platform, id string }
	seen := make(map[orderKey]int, len(sorted))
	for i, o := range sorted {
		if j, dup := seen[orderKey{o.Platform, o.OrderID}]; dup {
			return Attribution{}, codeZH(errBadOrder, fmt.Errorf("%w #%d: order %s of platform %s is #%d again", errBadOrder, i+1, masked(o.OrderID), masked(o.Platform), j+1),
				"第 %d 条：平台企业 %s 的订单 %s 与第 %d 条重复", i+1, masked(o.Platform), masked(o.OrderID), j+1)
		}
		seen[orderKey{o.Platform, o.OrderID}] = i
	}
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		if !a.AcceptedAt.Equal(b.AcceptedAt) {
			return a.AcceptedAt.Before(b.AcceptedAt)
		}
		if a.Platform != b.Platform {
			return a.Platform < b.Platform
		}
		return a.OrderID < b.OrderID
	})
	ref := func(o Order) OrderRef {
		return OrderRef{Platform: o.Platform, OrderID: o.OrderID, AcceptedAt: o.AcceptedAt}
	}
	var executing []Order
	for _, o := range sorted {
		if !o.StartedAt.After(acc.At) && (o.EndedAt.IsZero() || !o.EndedAt.Before(acc.At)) {
			executing = append(executing, o)
		}
	}
	res := Attribution{Candidates: []OrderRef{}}
	for _, o := range executing {
		res.Candidates = append(res.Candidates, ref(o))
	}
	at := in("at", acc.At.Format(time.RFC3339))
	// say gives res its one reason, as a step rendered in English
	// (Reasons; Explain renders it in either language).
	say := func(key, article string, inputs ...explain.Value) (Attribution, error) {
		res.steps = []explain.Explanation{step(key, article, inputs...)}
		res.Reasons = render(explain.English, res.steps)
		return res, nil
	}
	pair := func(a, b Order) []explain.Value {
		return []explain.Value{in("order", a.OrderID), in("platform", a.Platform), in("other_order", b.OrderID), in("other_platform", b.Platform)}
	}
	switch {
	case len(executing) == 0:
		res.Outcome = Investigate
		for _, o := range sorted {
			res.Candidates = append(res.Candidates, ref(o))
		}
		return say("claims.attribution.none_executing", "第二十八条第三款", at)
	case len(executing) == 1:
		o := executing[0]
		res.Outcome, res.Platform, res.Order = Responsible, o.Platform, ref(o)
		return say("claims.attribution.only_order", "第二十八条", in("order", o.OrderID), in("platform", o.Platform), at)
	}
	onePlatform := true
	for _, o := range executing[1:] {
		if o.Platform != executing[0].Platform {
			onePlatform = false
		}
	}
	first := executing[0]
	count := in("orders", strconv.Itoa(len(executing)))
	if onePlatform {
		res.Outcome, res.Platform, res.Order = Responsible, first.Platform, ref(first)
		return say("claims.attribution.one_platform", "第二十八条", count, at, in("platform", first.Platform))
	}
	for i := range executing {
		for j := i + 1; j < len(executing); j++ {
			if !overlap(executing[i], executing[j], acc) {
				res.Outcome = Investigate
				return say("claims.attribution.no_overlap", "第二十八条第三款", append(pair(executing[i], executing[j]), at)...)
			}
		}
	}
	if second := executing[1]; second.AcceptedAt.Equal(first.AcceptedAt) && second.Platform != first.Platform {
		res.Outcome = Investigate
		return say("claims.attribution.same_instant", "第二十八条第二款", pair(first, second)...)
	}
	res.Outcome, res.Platform, res.Order = Responsible, first.Platform, ref(first)
	return say("claims.attribution.first_accepted", "第二十八条第二款", count, at, in("order", first.OrderID), in("platform", first.Platform),
		in("accepted_at", first.AcceptedAt.Format(time.RFC3339)))
}
