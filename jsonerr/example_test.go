package jsonerr_test

import (
	"errors"
	"fmt"

	"github.com/zhishang/zhishang/claims/casefile"
	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/jsonerr"
)

// A host tells where a case file was refused, and why, whatever reader it
// called: the reader's own error wraps a *jsonerr.Error.
func Example() {
	_, err := casefile.Parse([]byte(`{"accident":"2026-01-20","applicant":"worker","filed_on":"2026-03-02",
		"costs":[{"date":"2026-02-25","amount":"1200.005"}]}`))
	var je *jsonerr.Error
	if errors.As(err, &je) {
		fmt.Println(je.Path, je.Offset, errors.Is(err, jsoncode.ErrDecimals), errors.Is(err, casefile.ErrInvalid))
	}
	fmt.Println(err)
	// Output:
	// $.costs[0].amount 112 true true
	// casefile: invalid case file: json: $.costs[0].amount (offset 112): too many decimals (limit 2): 3 decimals
}

// An identity number written where a key belongs never reaches the
// message.
func Example_masked() {
	_, err := casefile.Parse([]byte(`{"110101199003071234":"x"}`))
	fmt.Println(err)
	// Output:
	// casefile: invalid case file: json: key "******************" at $.****************** (offset 1): unknown key (a misspelling is not ignored)
}
