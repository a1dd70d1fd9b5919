package param_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/internal/zhcheck"
	"github.com/zhishang/zhishang/param"
)

// Issue 22: a refused parameter value says in Chinese what the English
// says, with its figures (the range, the places, the dates), not only the
// code's meaning.
func TestRefusalsInChinese(t *testing.T) {
	one := func(v string) string {
		return `[{"name":"levy.base.ride_hailing",` + v + `,"source":"x","status":"verified"}]`
	}
	for _, c := range []struct {
		name, in, zh string
	}{
		{"places", one(`"value":"0.000001","from":"2025-07-01"`), "第 1 项参数 levy.base.ride_hailing（自 2025-07-01 起）：参数取值超出允许的范围，或小数位过多：0.000001 的小数超过 4 位"},
		{"negative", one(`"value":"-1","from":"2025-07-01"`), ""},
		{"zero", one(`"value":"0","from":"2025-07-01"`), ""},
		{"out of range", one(`"value":"99","from":"2025-07-01"`), ""},
		{"a date", one(`"value":"2025-07-01","from":"2025-07-01"`), `第 1 项参数 levy.base.ride_hailing（自 2025-07-01 起）：参数取值的种类不对（该写日期的写了数额，或相反）：levy.base.ride_hailing 是以 元/单 计的数值，不是日期：写 "value": "0.01"（元/单）`},
		{"null", one(`"value":null,"from":"2025-07-01"`), ""},
		{"from", one(`"value":"0.01","from":"2025-7-1"`), `第 1 项参数 levy.base.ride_hailing：参数的 JSON 格式不对："from" 不是 YYYY-MM-DD 形式的日期`},
		{"overlap", `[` + one(`"value":"0.01","from":"2025-07-01"`)[1:len(one(""))-0-1+len(`"value":"0.01","from":"2025-07-01"`)] + `,` + one(`"value":"0.02","from":"2025-07-01"`)[1:], ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := param.Parse([]byte(c.in))
			require.Error(t, err)
			var ve *param.ValueError
			require.True(t, errors.As(err, &ve), "%v", err)
			zh := ve.Chinese()
			assert.Empty(t, zhcheck.Missing([]string{err.Error()}, []string{zh}), "EN: %s\nZH: %s", err, zh)
			assert.True(t, zhcheck.HasHan(zh))
			if c.zh != "" {
				assert.Equal(t, c.zh, zh)
			}
		})
	}
}
