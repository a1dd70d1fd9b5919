// Package paramkinds gives the golden kinds of the packages that read a
// parameter set (levy, benefits, ledger) param's error codes (Code), and
// tells the runner's dictionary how a parameter's value is written. Package
// param has no kinds of its own.
package paramkinds

import (
	"errors"
	"reflect"

	"github.com/zhishang/zhishang/internal/golden"
	"github.com/zhishang/zhishang/param"
)

func init() {
	golden.RegisterParamValue(reflect.TypeFor[param.Value]())
}

// Code names a parameter error for an "error" field:
// missing_parameter:<name> or bad_parameter; "" for any other error.
func Code(err error) string {
	var me *param.MissingError
	var ve *param.ValueError
	switch {
	case errors.As(err, &me):
		return "missing_parameter:" + me.Name
	case errors.As(err, &ve):
		return "bad_parameter"
	}
	return ""
}
