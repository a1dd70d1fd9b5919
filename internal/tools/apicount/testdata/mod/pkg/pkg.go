// Package pkg has one of each kind of exported identifier.
package pkg

// Two exported consts and one unexported in a group, one typed const
// listed under its type.
const (
	A, B = 1, 2
	c    = 3
)

// K is typed: go doc lists it under Kind.
const K Kind = 1

// V is a var; w is not.
var V, w = 1, 2

// Kind is a type with a method and a constructor.
type Kind int

// NewKind is listed under Kind.
func NewKind() Kind { return 0 }

// String is a method.
func (Kind) String() string { return "" }

func (Kind) hidden() {}

// S has two exported fields (one embedded), a nested struct with one
// exported field, and an unexported one.
type S struct {
	Kind
	X int
	y int
	N struct {
		Z int
		z int
	}
}

// I has one exported method.
type I interface {
	M()
	m()
}

type inner struct{}

// P is promoted from inner, an unexported embedded type.
func (inner) P() {}

// T embeds inner: go doc lists P under T.
type T struct{ inner }

// F is a function.
func F() {}

func f() {}
