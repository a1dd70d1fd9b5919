package param_test

import (
	"errors"
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

// A date parameter is written as a date; a value that is null or absent is
// refused, naming the parameter, never read as 0.
func ExampleParse() {
	vs, err := param.Parse([]byte(`[
	  {"name": "benefits.implementing_measures.commencement", "value": "2025-07-01",
	   "source": "沪人社规〔2025〕17号", "status": "verified"}]`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(vs[0].Date, vs[0].Kind())
	_, err = param.Parse([]byte(`[
	  {"name": "levy.base.ride_hailing", "value": null, "from": "2026-01-01",
	   "source": "a host's file", "status": "verified"}]`))
	fmt.Println(err)
	_, err = param.Parse([]byte(`[
	  {"name": "benefits.implementing_measures.commencement", "value": "1", "from": "2025-07-01",
	   "source": "a host's file", "status": "verified"}]`))
	fmt.Println(errors.Is(err, param.ErrKind))
	// Output:
	// 2025-07-01 date
	// param: value #1 (levy.base.ride_hailing from 2026-01-01): no value (null or absent): a parameter is never read as 0: write "value": "0.01" (元/单)
	// true
}

// A name's Spec says what its value is; a misspelt name is refused with the
// registered name nearest to it.
func ExampleName_Spec() {
	s, ok := param.Name("levy.base.ride_hailing").Spec()
	fmt.Println(ok, s.Kind, s.Unit, s.Range())
	s, _ = param.Commencement.Spec()
	fmt.Println(s.Kind, s.Unit)
	_, err := param.Parse([]byte(`[
	  {"name": "levy.base.ride_haling", "value": "0.02", "from": "2027-01-01",
	   "source": "a host's file", "status": "verified"}]`))
	var u *param.UnknownNameError
	fmt.Println(errors.As(err, &u), u.Nearest)
	fmt.Println(err)
	// Output:
	// true decimal 元/单 0.0001 to 10 元/单, at most 4 decimal places
	// date 日期
	// true levy.base.ride_hailing
	// param: value #1 ("levy.base.ride_haling" from 2027-01-01): unknown parameter name (did you mean levy.base.ride_hailing?)
}
