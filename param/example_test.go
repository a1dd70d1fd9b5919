package param_test

import (
	"fmt"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/param"
)

func ExampleSet_Lookup() {
	vs, err := param.Parse([]byte(`[
	  {"name": "levy.base.ride_hailing", "value": "0.01", "from": "2025-07-01",
	   "source": "沪人社福〔2025〕373号 第十一条", "status": "verified"},
	  {"name": "levy.base.ride_hailing", "value": "0.02", "from": "2027-01-01",
	   "source": "an illustrative adjustment", "status": "provisional"}]`))
	if err != nil {
		fmt.Println(err)
		return
	}
	s, _ := param.NewSet(vs...)
	for _, d := range []string{"2026-06-01", "2027-03-01", "2025-01-01"} {
		day, _ := calendar.ParseDate(d)
		v, err := s.Lookup("levy.base.ride_hailing", day)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(v)
	}
	// Output:
	// levy.base.ride_hailing = 0.01 from 2025-07-01 (沪人社福〔2025〕373号 第十一条; verified)
	// levy.base.ride_hailing = 0.02 from 2027-01-01 (an illustrative adjustment; provisional)
	// param: levy.base.ride_hailing has no value in force on 2025-01-01 (the host must supply it)
}
