package codetest

import (
	"fmt"

	"github.com/zhishang/zhishang/errcode"
)

// Named returns the code of codes whose identifier is id, for a test
// outside a package to match one of its unexported codes with errors.Is
// (issue 20: only the codes a host branches on stay exported). It panics
// when no code has that identifier: a test's typo, never a host's input.
func Named(codes []errcode.Code, id string) errcode.Code {
	for _, c := range codes {
		if c.Code() == id {
			return c
		}
	}
	panic(fmt.Sprintf("codetest: no code %q", id))
}
