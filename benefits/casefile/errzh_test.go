package casefile_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits/casefile"
	"github.com/zhishang/zhishang/internal/zhcheck"
)

// Issue 22: a case file's own refusals say in Chinese what the English
// says.
func TestRefusalsInChinese(t *testing.T) {
	for _, c := range []struct{ in, zh string }{
		{`{"case":{"injury":"2026-01-10","assessment":"2026-03-20","grade":9},"schedule":{"from":"2026-05","to":"2026-04"}}`,
			"待遇案件文件不合要求：支付计划（schedule）须写起止月份，且起始月份（from）不晚于终止月份（to）"},
		{`{"case":{"injury":"2026-01-10","assessment":"2026-03-20","grade":9},"parameters":[{"name":"levy.base.ride_hailing","value":"0.01","from":"2026-01-01","source":"s","status":"verified"}]}`,
			"第 1 项参数 levy.base.ride_hailing（自 2026-01-01 起）：不认识的参数名称（拼写错误不会被忽略）：待遇计算（benefits）不读取 levy.base.ride_hailing（所读取的参数见 benefits.Params）"},
	} {
		_, err := casefile.Parse([]byte(c.in))
		require.Error(t, err, c.in)
		var zh interface{ Chinese() string }
		require.True(t, errors.As(err, &zh))
		assert.Equal(t, c.zh, zh.Chinese())
		assert.Empty(t, zhcheck.Missing([]string{err.Error()}, []string{zh.Chinese()}), "EN: %s", err)
	}
}
