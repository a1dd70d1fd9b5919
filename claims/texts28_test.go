package claims_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/internal/testdates"
)

// A filing's reasons, word for word and complete (issue 19: a changed
// article or word in a hand-written reason survived every test). Written
// from 373号: the platform's 30 days are 第二十一条第一款, the worker's 90
// days 第二十一条第三款, an extension needs the bureau's consent
// (第二十二条第一款), and the costs of the time the platform let pass fall on
// it (第二十二条第二款).
func TestFilingReasonsWordForWord(t *testing.T) {
	accident := testdates.Day(t, "2026-03-10")
	platformEnd := windows(t, "2026-03-10").Platform.Date.String()
	workerEnd := windows(t, "2026-03-10").Worker.Date.String()
	ext := claims.Extension{Applicant: claims.ApplicantPlatform, RequestedOn: testdates.Day(t, "2026-03-20"), Reason: "住院抢救",
		Approved: true, Until: testdates.Day(t, "2026-05-29")}
	for _, c := range []struct {
		name  string
		a     claims.Applicant
		filed string
		exts  []claims.Extension
		want  []string
	}{
		{"platform late", claims.ApplicantPlatform, "2026-04-20", nil, []string{
			"2026-04-20 由平台企业提出申请，已超过期限 " + platformEnd + "（第二十一条第一款，30日）",
			"平台企业的30日申请期限（" + platformEnd + "）内无人提出申请：逾期期间的费用由平台企业承担（第二十二条第二款）",
		}},
		{"platform late past its extension", claims.ApplicantPlatform, "2026-06-01", []claims.Extension{ext}, []string{
			"2026-06-01 由平台企业提出申请，已超过期限 2026-05-29（经同意延长）（第二十一条第一款，30日）",
			"平台企业经同意延长至 2026-05-29 的申请期限内无人提出申请：逾期期间的费用由平台企业承担（第二十二条第二款）",
		}},
		{"worker late", claims.ApplicantWorker, "2026-07-01", nil, []string{
			"2026-07-01 由新就业形态人员本人提出申请，已超过期限 " + workerEnd + "（第二十一条第三款，90日）",
			"平台企业的30日申请期限（" + platformEnd + "）内无人提出申请：逾期期间的费用由平台企业承担（第二十二条第二款）",
		}},
	} {
		f, err := fileOn(book(t), accident, c.a, testdates.Day(t, c.filed), c.exts...)
		require.NoError(t, err, c.name)
		assert.Equal(t, c.want, f.Reasons, c.name)
	}
}

// The Chinese names of the deadlines Rulebook.Deadlines lists, word for
// word, with the figures of 373号: 30 days for the platform (第二十一条第一款),
// 90 for the worker's side (第二十一条第三款), no extension past 工伤保险条例
// 第十七条 (第二十二条第一款), 30 working days and 7 for a clear case
// (第二十六条), 3 to deliver (第二十七条), 20 to review and 5 to supplement
// (第四十四条第三款).
func TestDeadlineItemNamesWordForWord(t *testing.T) {
	for en, zh := range map[string]string{
		"platform applies (30 days)":                             "平台提出申请（30日）",
		"worker, close relative or union applies (90 days)":      "劳动者、近亲属或工会提出申请（90日）",
		"no extension past the 工伤保险条例 第十七条 period":               "延期不超过工伤认定申请期限（工伤保险条例 第十七条）",
		"decision (30 working days)":                             "作出确认结论（30个工作日）",
		"decision, clear case (7 working days)":                  "作出确认结论，事实清楚（7个工作日）",
		"decision, clear case (7 working days, at most 30)":      "作出确认结论，事实清楚（7个工作日，至多30个）",
		"delivery of the conclusion (3 working days)":            "送达结论（3个工作日）",
		"agency's review of the benefit claim (20 working days)": "经办机构审核待遇申请（20个工作日）",
		"applicant supplements the materials (5 working days)":   "申请人补正材料（5个工作日）",
	} {
		assert.Equal(t, zh, claims.Item{Name: en}.NameZH(), en)
	}
}

// 第四十三条 with 第十四条 in a year whose holiday schedule is missing: the
// whole pending reason, word for word, before and after the earliest day the
// declaration period can end (the calendar error is quoted in Chinese).
func TestCoverPendingReasonsWordForWord(t *testing.T) {
	for asOf, want := range map[string]string{
		"2027-01-15": "2026-12 的保障费申报期限不早于 2027-01-15（第十四条；确切日期未知：%s），截至 2027-01-15 尚未缴纳：待定，不作不予保障处理（第四十三条）",
		"2027-01-16": "2026-12 的保障费截至 2027-01-16 尚未缴纳，其申报期限（不早于 2027-01-15，第十四条）是否已过尚不能确定：%s；待放假安排载入后判断，暂为待定（第四十三条）",
	} {
		r, err := book(t).CheckCover(testdates.Day(t, "2026-12-10"), nil, testdates.Day(t, asOf))
		require.NoError(t, err, asOf)
		require.Error(t, r.Due.Err(), asOf)
		assert.Equal(t, []string{strings.Replace(want, "%s", "2027年的放假安排尚未载入，该年的日期无法判断", 1)}, r.Reasons, asOf)
	}
}
