package claims_test

import (
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
