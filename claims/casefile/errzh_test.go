package casefile_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/claims/casefile"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/zhcheck"
)

// Issue 22: a case file's own refusals say in Chinese what the English
// says, with its dates and values: claim-timeline prints them, never
// "详情见 -lang en".
func TestRefusalsInChinese(t *testing.T) {
	const app = `"application":{"situation":"order_accident","submitted":[]},"paid_months":[]`
	for _, c := range []struct{ in, zh string }{
		{`{"applicant":"worker","filed_on":"2026-01-21",` + app + `}`, "案件数据不合要求：没有事故日期"},
		{`{"accident":"2026-01-20","applicant":"boss","filed_on":"2026-01-21",` + app + `}`, `案件数据不合要求：申请人 "bos"…（共 4 个字符）（应为 platform、service_agency、worker、close_relative 或 union）`},
		{`{"accident":"2026-01-20","applicant":"worker","filed_on":"2026-01-21","decided_on":"2026-02-20",` + app + `}`, "案件数据不合要求：有作出结论日期（decided_on），却没有受理日期（accepted_on）"},
		{`{"accident":"2026-01-20","applicant":"worker","filed_on":"2026-01-21","accepted_on":"2026-01-22","clarity":"not_clear","clear_on":"2026-03-01","decided_on":"2026-02-20","confirmed":true,` + app + `}`, "案件数据不合要求：查清事实日期（clear_on）2026-03-01 晚于作出结论日期（decided_on）2026-02-20"},
		{`{"accident":"2026-01-20","applicant":"worker","filed_on":"2026-01-21","accepted_on":"2026-01-22",` + app + `}`, ""},
		{`{"accident":"2026-01-20","applicant":"worker","filed_on":"2026-01-21","as_of":"2026-01-01",` + app + `}`, "案件数据不合要求：计算日期（as_of）2026-01-01 早于事故日期 2026-01-20"},
		{`{"accident":"2026-01-20","applicant":"worker","filed_on":"2026-01-21","application":{"situation":"fell","submitted":[]},"paid_months":[]}`, `案件数据不合要求：申请：情形 "fel"…（共 4 个字符）（应为 order_accident、commute、sudden_illness_death、rescue 或 veteran_recurrence）`},
	} {
		_, err := casefile.Parse([]byte(c.in))
		require.Error(t, err, c.in)
		var zh interface{ Chinese() string }
		require.True(t, errors.As(err, &zh))
		if c.zh != "" {
			assert.Equal(t, c.zh, zh.Chinese())
		}
		assert.Equal(t, zh.Chinese(), errcode.Wire(err).Chinese)
		assert.Empty(t, zhcheck.Missing([]string{err.Error()}, []string{zh.Chinese()}), "EN: %s", err)
	}
}
