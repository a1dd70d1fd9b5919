package levy

import (
	"fmt"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
	"github.com/zhishang/zhishang/internal/strictjson"
	"github.com/zhishang/zhishang/param"
)

// Setup is the JSON a host supplies for a Rulebook: parameter values laid over
// the defaults (NewParams: a commencement given here moves the embedded base
// amounts with it), and each platform's terms. Each parameter is checked
// against its registered Spec as it is read: a value null or absent, of
// the wrong kind, out of range, or of an unknown name is refused, naming it.
//
//	{
//	  "parameters": [{"name": "levy.base.ride_hailing", "value": "0.02", "from": "2027-01-01",
//	                  "source": "…", "status": "verified"}],
//	  "terms": [{"platform": "platform-b", "first_month": "2025-01",
//	             "instant_delivery": [{"from": "2026-01", "level": "higher", "source": "…"}],
//	             "floating": [{"year": 2026, "industry": "instant_delivery", "factor": "1.1", "source": "…"}]}]
//	}
type Setup struct {
	Parameters []param.Value `json:"parameters,omitempty"`
	Terms      []Terms       `json:"terms"`
}

// reads reports whether levy reads the parameter name (Params).
func reads(name param.Name) bool {
	for _, n := range baseParams {
		if n == name {
			return true
		}
	}
	return name == param.Commencement
}

// errSetupSyntax is wrapped by ParseSetup's JSON errors.
var errSetupSyntax = errcode.New("setup_syntax", errcode.Stop,
	"levy: malformed setup JSON",
	"费率设置的格式不对")

// ParseSetup reads a Setup strictly (unknown keys, null for a value, bad
// decimals and dates are errors; parameters refused by param are errors: a
// parameter's error is a *param.ValueError) and returns the Rulebook it
// describes over cal (Setup.Rulebook): its parameters over the defaults
// (NewParams), and its terms. It reads through the library's strict JSON
// layer, with its limits checked before anything is parsed (package
// jsonerr: 8 MiB, 64 levels, a rate or factor of at most 20 digits and 18
// decimals); a JSON refusal wraps setup_syntax and a *jsonerr.Error. A
// nil cal is calendar.ErrNilCalendar.
//
//	rb, err := levy.ParseSetup(data, calendar.Default())
func ParseSetup(data []byte, cal *calendar.Calendar) (*Rulebook, error) {
	if cal == nil {
		return nil, calendar.ErrNilCalendar
	}
	var s Setup
	if err := strictjson.Decode(data, &s); err != nil {
		return nil, fmt.Errorf("%w: %w", errSetupSyntax, err)
	}
	return s.Rulebook(cal)
}

// Rulebook returns the Rulebook s describes over cal (NewRulebook): its
// parameters over the defaults (NewParams), and its terms. A parameter
// levy does not read (not in Params: a benefits figure) is a
// *param.ValueError wrapping param.ErrUnknownName, never kept unread.
func (s Setup) Rulebook(cal *calendar.Calendar) (*Rulebook, error) {
	if cal == nil {
		return nil, calendar.ErrNilCalendar
	}
	for i, v := range s.Parameters {
		if _, ok := v.Name.Spec(); ok && !reads(v.Name) {
			return nil, &param.ValueError{Index: i, Name: string(v.Name), From: v.From,
				Err: errzh.With(fmt.Errorf("%w: levy does not read %s (levy.Params lists what it reads)", param.ErrUnknownName, v.Name),
					"征缴计算（levy）不读取 %s（所读取的参数见 levy.Params）", v.Name)}
		}
	}
	params, err := NewParams(s.Parameters...)
	if err != nil {
		return nil, err
	}
	return NewRulebook(cal, params, s.Terms...)
}
