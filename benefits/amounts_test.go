package benefits_test

import "github.com/zhishang/zhishang/money"

// plus and minus are a test's sums of amounts: one that would overflow is
// the test's own mistake.
func plus(a, b money.Amount) money.Amount {
	c, ok := a.Add(b)
	if !ok {
		panic("test: " + a.String() + " + " + b.String() + " overflows")
	}
	return c
}

func minus(a, b money.Amount) money.Amount {
	c, ok := a.Sub(b)
	if !ok {
		panic("test: " + a.String() + " − " + b.String() + " overflows")
	}
	return c
}
