package rickarcal_test

import (
	"fmt"
	"time"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/calendar/rickarcal"
)

// rickar/cal answers from the statutory calendar through the adapter: the
// first working day after 2026-09-30 is 2026-10-08, after the National Day
// holiday.
func ExampleNew() {
	a := rickarcal.New(calendar.Default())
	bc := a.BusinessCalendar()
	start := time.Date(2026, time.September, 30, 0, 0, 0, 0, time.UTC)
	fmt.Println(bc.WorkdaysFrom(start, 1).Format(time.DateOnly), a.Err())
	// Output: 2026-10-08 <nil>
}
