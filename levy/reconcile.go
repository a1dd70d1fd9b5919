package levy

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/money"
)

// DayDiff is a day whose declared orders differ from those the national
// information platform reported.
type DayDiff struct {
	Industry eligibility.Industry `json:"industry"`
	Day      calendar.Date        `json:"day"`
	Declared int64                `json:"declared"`
	Reported int64                `json:"reported"`
	// Diff is Declared − Reported.
	Diff int64 `json:"diff"`
	// Amount is Diff × the day's rate, rounded half up (away from zero) to
	// the fen (money.Round): what the difference changes, for information.
	Amount money.Amount `json:"amount"`
}

// IndustryDiff compares one industry's month.
type IndustryDiff struct {
	Industry eligibility.Industry `json:"industry"`
	Declared int64                `json:"declared"`
	Reported int64                `json:"reported"`
	Diff     int64                `json:"diff"`
	// Amount is the declared bill's amount minus the reported bill's, each
	// rounded per line as the bill rounds: what the difference changes in
	// the fee due.
	Amount money.Amount `json:"amount"`
}

// Reconciliation compares a platform's declared order counts with the
// national information platform's, per day and per month (第九条; 第十四条第二款:
// 平台企业总部申报的单量数据应当与向全国信息平台报送的数据一致).
type Reconciliation struct {
	Platform   string         `json:"platform"`
	Period     calendar.Month `json:"period"`
	Consistent bool           `json:"consistent"`
	Days       []DayDiff      `json:"days"`       // only the days that differ
	Industries []IndustryDiff `json:"industries"` // every industry with orders on either side
	// Declared and Reported are the bills computed from each side.
	Declared Bill `json:"-"`
	Reported Bill `json:"-"`
	// Rulebook is the Fingerprint of the Rulebook that compared them.
	Rulebook string `json:"rulebook,omitempty"`
}

// Reconcile compares declared with reported for platform and period. The
// result is Consistent when every day of every industry matches. Every sum
// of orders is checked (see Rulebook.Bill); differences of two counts of zero
// or more always fit an int64.
// The comparison needs no calendar: a bill deadline in a year the calendar
// does not cover is unknown in Declared and Reported (Known false), never
// an error.
func (r *Rulebook) Reconcile(declared, reported *eligibility.Tally, platform string, period calendar.Month) (Reconciliation, error) {
	dBill, err := r.Bill(declared, platform, period)
	if err != nil {
		return Reconciliation{}, fmt.Errorf("declared: %w", err)
	}
	rBill, err := r.Bill(reported, platform, period)
	if err != nil {
		return Reconciliation{}, fmt.Errorf("reported: %w", err)
	}
	rec := Reconciliation{Platform: platform, Period: period, Consistent: true, Declared: dBill, Reported: rBill, Rulebook: r.fingerprint}
	for _, ind := range eligibility.Industries {
		id := IndustryDiff{Industry: ind}
		for d := period.First(); !d.IsZero() && !d.After(period.Last()); d = next(d) { // next of 9999-12-31 is the zero Date
			dn, rn := declared.Count(platform, ind, d), reported.Count(platform, ind, d)
			if id.Declared, err = addOrders("declared orders of "+ind.String(), id.Declared, dn); err != nil {
				return Reconciliation{}, err
			}
			if id.Reported, err = addOrders("reported orders of "+ind.String(), id.Reported, rn); err != nil {
				return Reconciliation{}, err
			}
			if dn == rn {
				continue
			}
			rate, err := r.RateOn(platform, ind, d)
			if err != nil {
				return Reconciliation{}, err
			}
			amount, err := money.Round(decimal.NewFromInt(dn - rn).Mul(rate.PerOrder))
			if err != nil {
				return Reconciliation{}, fmt.Errorf("levy: the difference of %s on %s: %w", ind, d, err)
			}
			rec.Days = append(rec.Days, DayDiff{Industry: ind, Day: d, Declared: dn, Reported: rn, Diff: dn - rn, Amount: amount})
			rec.Consistent = false
		}
		if id.Declared == 0 && id.Reported == 0 {
			continue
		}
		id.Diff = id.Declared - id.Reported
		da, _ := dBill.Amount(ind) // Bill checked both totals
		ra, _ := rBill.Amount(ind)
		var ok bool
		if id.Amount, ok = da.Sub(ra); !ok {
			return Reconciliation{}, fmt.Errorf("levy: the difference of %s: %w", ind, money.ErrRange)
		}
		rec.Industries = append(rec.Industries, id)
	}
	return rec, nil
}
