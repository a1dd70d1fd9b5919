package casefile_test

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits/casefile"
)

// Every need is said in Chinese for a clerk (Need.StringZH, WhyZH beside
// Why): what is missing, with the day, and the provisional values with
// their Chinese source.
func TestNeedsInChinese(t *testing.T) {
	f, err := casefile.Parse([]byte(`{"case":{"injury":"2024-05-10","assessment":"2024-12-20","grade":2,"nursing":"partly"},
		"rules":{},"schedule":{"from":"2025-06","to":"2026-02"}}`))
	require.NoError(t, err)
	needs, err := f.Needs()
	require.NoError(t, err)
	english := regexp.MustCompile(`(^|[^A-Za-z_.])[a-z]{4,}([^A-Za-z_.]|$)`)
	for _, n := range needs.List {
		assert.NotEmpty(t, n.WhyZH, "%s", n)
		assert.False(t, english.MatchString(n.Chinese()), "%s", n.Chinese())
	}
	assert.Equal(t, "[缺少] benefits.nursing_base_annual（须于 2024-05-10 有效）：生活护理费：本市生活护理费的年度基数须由调用方提供", needs.List[0].Chinese())
	assert.Equal(t, "[缺少] benefits.prev_year_shanghai_private_annual_wage（须于 2025-01-01 有效）：2025年受伤或死亡所用的 W × 12：2024年上海市城镇私营单位就业人员年平均工资；第四十五条：按月支付的项目以此重新计发", needs.List[2].Chinese())
	assert.Equal(t, "[缺少] benefits.nursing_base_annual（须于 2025-01-01 有效）：2025年生活护理费标准（第四十五条第二款）；第四十五条第二款：当年标准", needs.List[3].Chinese())
	assert.Contains(t, needs.List[6].Chinese(), "[暂定] benefits.disability_base_ratio = 0.6，自 0001-01-01 起施行（不限起始日）（推定：未找到规定这一比例的条款；")
	assert.Contains(t, needs.List[6].Chinese(), "状态：暂定）：一次性伤残补助金依赖这一数值")
	assert.Contains(t, needs.List[7].Chinese(), "：第四十五条：按月支付的项目是否按2024年工资重新计发，取决于这一日期")
}
