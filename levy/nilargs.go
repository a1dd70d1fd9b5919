package levy

import (
	"fmt"

	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
)

// errNoTally is returned for a nil *eligibility.Tally: a bill needs the
// month's counted orders (an empty Tally, not a nil one, means none).
var errNoTally = errcode.New("no_tally", errcode.FixCall,
	"levy: nil *eligibility.Tally (pass an empty Tally for a month without orders)",
	"没有提供订单汇总表（当月没有订单时应传入空的汇总表）")

// checkBillArgs refuses a nil tally and a platform without terms before
// any bill is produced: a silent 0.00 bill is never an answer.
func (r *Rulebook) checkBillArgs(t *eligibility.Tally, platform string) error {
	if t == nil {
		return errNoTally
	}
	if _, ok := r.terms[platform]; !ok {
		return errzh.With(fmt.Errorf("%w: %s", ErrNoTerms, echo(platform)),
			"平台 %s", echo(platform))
	}
	return nil
}
