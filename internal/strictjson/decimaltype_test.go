package strictjson

import (
	"database/sql"
	"reflect"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/money"
)

type ownDecimal decimal.Decimal

type lookalike struct {
	value *int
	exp   int32
}

// isDecimal and isAmount recognise by name exactly the types the package
// would compare with reflect: those convertible to decimal.Decimal, and
// money.Amount.
func TestDecimalTypesByName(t *testing.T) {
	dec := reflect.TypeFor[decimal.Decimal]()
	for _, typ := range []reflect.Type{
		dec, reflect.TypeFor[money.Amount](), reflect.TypeFor[ownDecimal](),
		reflect.TypeFor[decimal.NullDecimal](), reflect.TypeFor[lookalike](), reflect.TypeFor[struct{}](),
		reflect.TypeFor[time.Time](), reflect.TypeFor[sql.NullString](), reflect.TypeFor[*decimal.Decimal](),
		reflect.TypeFor[[]decimal.Decimal](), reflect.TypeFor[int](), reflect.TypeFor[string](),
	} {
		want := typ.Kind() == reflect.Struct && typ.ConvertibleTo(dec)
		assert.Equal(t, want, isDecimal(typ), typ.String())
		assert.Equal(t, typ == reflect.TypeFor[money.Amount](), isAmount(typ), typ.String())
	}
}
