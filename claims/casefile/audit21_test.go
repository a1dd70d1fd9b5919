package casefile_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/claims/casefile"
)

// Issue 21 audit: TestTimelineIsTheComposedMethods takes the case the
// adapter records (File.Case) as the host's, so a fact File.Case changed on
// the way (an extension's until moved a day, a filing date, a
// confirmation) passed it. Here every fact of every file it compares is
// checked against the file itself: the case holds the file's accident,
// application, acceptance, clarity, decision and extension as written, the
// extension on its applicant's side and none on the other.
func TestAudit21CaseRecordsTheFileAsWritten(t *testing.T) {
	files, names := allCaseFiles(t)
	checked := 0
	for _, name := range names {
		f, err := casefile.Parse(files[name])
		if err != nil {
			continue
		}
		rb, err := f.Rulebook(calendar.Default())
		require.NoError(t, err, name)
		c, err := f.Case(rb)
		if err != nil {
			continue // refused by Next: TestTimelineIsTheComposedMethods checks the timeline says the same
		}
		checked++
		assert.Equal(t, f.Accident, c.Accident, name)
		assert.Equal(t, f.Applicant, c.Applicant, name)
		assert.Equal(t, f.FiledOn, c.AppliedOn, name)
		assert.Equal(t, f.AcceptedOn, c.AcceptedOn, name)
		if f.ClearOn.IsZero() {
			assert.Equal(t, f.Clarity, c.Clarity, name)
		} else {
			assert.Equal(t, claims.Clear, c.Clarity, name, "facts found clear on clear_on")
		}
		assert.Equal(t, f.DecidedOn, c.DecidedOn, name)
		assert.Equal(t, f.Confirmed != nil && *f.Confirmed, c.Confirmed, name)
		assert.Equal(t, f.IdentityNotVerified, c.IdentityNotVerified, name)
		switch {
		case !f.ClearOn.IsZero():
			assert.Equal(t, f.ClearOn, c.ClearOn, name)
		case f.Clarity == claims.Clear:
			assert.Equal(t, f.AcceptedOn, c.ClearOn, name)
		default:
			assert.True(t, c.ClearOn.IsZero(), name)
		}
		var platform, worker claims.Extension
		if x := f.Extension; x != nil {
			if x.Applicant.PlatformSide() {
				platform = *x
			} else {
				worker = *x
			}
		}
		assert.Equal(t, platform, c.PlatformExtension, name)
		assert.Equal(t, worker, c.WorkerExtension, name)
	}
	assert.Greater(t, checked, 70, "case files checked")
}
