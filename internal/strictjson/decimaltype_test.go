package strictjson

import (
	"database/sql"
	"reflect"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/internal/money"
)

type ownDecimal decimal.Decimal

type lookalike struct {
	value *int
	exp   int32
}

// isDecimal and isFixed2 recognise by name exactly the types the package
// once compared with reflect: those convertible to decimal.Decimal, and
// money.Fixed2.
func TestDecimalTypesByName(t *testing.T) {
	dec := reflect.TypeFor[decimal.Decimal]()
	for _, typ := range []reflect.Type{
		dec, reflect.TypeFor[money.Fixed2](), reflect.TypeFor[ownDecimal](),
		reflect.TypeFor[decimal.NullDecimal](), reflect.TypeFor[lookalike](), reflect.TypeFor[struct{}](),
		reflect.TypeFor[time.Time](), reflect.TypeFor[sql.NullString](), reflect.TypeFor[*decimal.Decimal](),
		reflect.TypeFor[[]decimal.Decimal](), reflect.TypeFor[int](), reflect.TypeFor[string](),
	} {
		want := typ.Kind() == reflect.Struct && typ.ConvertibleTo(dec)
		assert.Equal(t, want, isDecimal(typ), typ.String())
		assert.Equal(t, typ == reflect.TypeFor[money.Fixed2](), isFixed2(typ), typ.String())
	}
}
