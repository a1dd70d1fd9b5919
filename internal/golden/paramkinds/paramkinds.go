// Package paramkinds gives the golden kinds of the packages that read a
// parameter set (levy, benefits, ledger) param's error codes (Code), and
// tells the runner's dictionary how a parameter's value is written. Package
// param has no kinds of its own.
package paramkinds

import (
	"errors"
	"reflect"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/golden"
	"github.com/zhishang/zhishang/param"
)

func init() {
	golden.RegisterParamValue(reflect.TypeFor[param.Value]())
	golden.RegisterCodes("param", param.Codes()...)
	golden.Names(param.Verified, param.Secondary, param.Provisional)
}

// Code names a parameter error for an "error" field:
// missing_parameter:<name> for a parameter with no value in force, or ""
// for any other error (whose code, a param code included, the caller's
// golden.ErrorCode gives).
func Code(err error) string {
	var me *param.MissingError
	if errcode.Of(err) == param.ErrMissingValue && errors.As(err, &me) {
		return param.ErrMissingValue.Code() + ":" + string(me.Name)
	}
	return ""
}
