package analysiskinds

import (
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/analysis"
)

// TestShapesAreTheWire: every key a result writes (with every optional
// key present) is its shape's, and every key of its shape is written.
func TestShapesAreTheWire(t *testing.T) {
	one := decimal.RequireFromString("1.5")
	var d analysis.Distribution
	require.NoError(t, json.Unmarshal([]byte(`{"units":1,"more":1,"less":0,"same":0,"more_by":"1.50","less_by":"0.00","bands":[
		{"band":"less_over_5pct","name":"减少超过5%","count":0,"delta":"0.00","keys":[]},
		{"band":"less_up_to_5pct","name":"减少不超过5%","count":0,"delta":"0.00","keys":[]},
		{"band":"unchanged","name":"不变","count":0,"delta":"0.00","keys":[]},
		{"band":"more_up_to_5pct","name":"增加不超过5%","count":0,"delta":"0.00","keys":[]},
		{"band":"more_over_5pct","name":"增加超过5%","count":1,"delta":"1.50","keys":["platform-a"]}],
		"largest_rise":{"key":"platform-a","name":"甲","orders":3,"current":"1.50","reform":"3.00","delta":"1.50","change_pct":"100.00"},
		"largest_fall":{"key":"platform-a","orders":3,"current":"1.50","reform":"3.00","delta":"1.50","change_pct":"100.00"}}`), &d))
	var rowNamed analysis.Row
	require.NoError(t, json.Unmarshal([]byte(`{"key":"ride_hailing","name":"出行","orders":3,"current":"1.50","reform":"3.00","delta":"1.50","change_pct":"100.00"}`), &rowNamed))
	q := analysis.Quotient{Value: decimal.RequireFromString("1.50"), Known: true}
	values := []any{
		analysis.Figure{Current: one, Reform: one, Delta: decimal.Zero},
		rowNamed,
		d,
		analysis.Amount{Key: "k", Orders: 2, Amount: one},
		analysis.Books{Balance: one, Collected: one, PaidToCollected: q, MonthsCovered: q},
		analysis.Claims{ByState: []analysis.Count{{Key: "reported", N: 1}}, Met: 1, OverdueBy: []analysis.Count{{Key: "x", N: 1}}},
	}
	for _, v := range values {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		var got map[string]json.RawMessage
		require.NoError(t, json.Unmarshal(b, &got))
		var keys []string
		for k := range got {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		shape := shapes[reflect.TypeOf(v)]
		var want []string
		for i := 0; i < shape.NumField(); i++ {
			name, _, _ := strings.Cut(shape.Field(i).Tag.Get("json"), ",")
			want = append(want, name)
		}
		sort.Strings(want)
		assert.Equal(t, want, keys, "%T", v)
		// And it reads back what it wrote.
		p := reflect.New(reflect.TypeOf(v))
		require.NoError(t, json.Unmarshal(b, p.Interface()), "%T", v)
		again, err := json.Marshal(p.Elem().Interface())
		require.NoError(t, err)
		assert.JSONEq(t, string(b), string(again), "%T", v)
	}
}
