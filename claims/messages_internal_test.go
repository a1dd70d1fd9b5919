package claims

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/explain"
)

// The two catalogues build without a fault and have the same keys.
func TestCataloguesAgree(t *testing.T) {
	p := catalogues()
	require.NoError(t, p.Err())
	require.NoError(t, explain.Agree(p.In(explain.English), p.In(explain.Chinese)))
}

// The checklist rendered from steps says, byte for byte, what the
// hand-written Chinese said before (the JSON's "explanation"), and the
// English carries the same figures.
func TestCheckExplainBytes(t *testing.T) {
	notAcceptable := Check{Missing: []Material{MatIdentity, MatTrack}, MissingKey: []Material{MatIdentity}, ToFollow: []Material{MatTrack}}
	assert.Equal(t, []string{
		"缺少：第二十三条（二）居民身份证或者社会保障卡等有效身份证件",
		"缺少：第二十三条（五）平台企业提交的事故发生当日接单的行程轨迹数据",
		"缺少 1 项关键材料：不予受理（第二十五条）",
	}, notAcceptable.Explain(explain.Chinese))
	assert.Equal(t, []string{
		"missing: identity (第二十三条（二）居民身份证或者社会保障卡等有效身份证件)",
		"missing: track_data (第二十三条（五）平台企业提交的事故发生当日接单的行程轨迹数据)",
		"1 key material(s) missing: not acceptable (第二十五条)",
	}, notAcceptable.Explain(explain.English))
	acceptable := Check{Missing: []Material{MatTrack, MatConsent}, ToFollow: []Material{MatTrack, MatConsent}, Acceptable: true}
	assert.Equal(t, "关键材料齐全：可先行受理，其余 2 项材料受理后补齐（第二十五条 容缺受理）", acceptable.Explain(explain.Chinese)[2])
	assert.Equal(t, "the key materials are in: acceptable, the other 2 to follow after acceptance (第二十五条 容缺受理)", acceptable.Explain(explain.English)[2])
	complete := Check{Acceptable: true, Complete: true}
	assert.Equal(t, []string{"材料齐全：第二十三、二十四条规定的材料均已提交"}, complete.Explain(explain.Chinese))
	assert.Equal(t, []string{"complete: every material of 第二十三、二十四条 is in"}, complete.Explain(explain.English))
}
