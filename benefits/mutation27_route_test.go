package benefits_test

// The payee and the settlement route on their whole domain (第二十三条（七）
// （八）, 第三十三条, 第三十四条（四）, 第三十五条, 第四十一条), issue 19 round
// of seed 13.

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/internal/testdates"
)

func TestPayeeAndRouteWholeDomain(t *testing.T) {
	advancers := map[benefits.AdvanceBy]benefits.PayeeKind{"": "", benefits.AdvanceByPlatform: benefits.PayeePlatform,
		benefits.AdvanceByServiceAgency: benefits.PayeeServiceAgency, benefits.AdvanceByThird: benefits.PayeeAdvancer}
	for by, kind := range advancers {
		for _, death := range []bool{false, true} {
			c := claimOf(t, outpatient(t, "B1", "2026-03-03", "45.50"))
			want := benefits.PayeeWorker
			if death {
				c.Death = &benefits.ClaimDeath{Date: testdates.Day(t, "2026-03-10")}
				want = benefits.PayeeCloseRelative
			}
			if by != "" {
				c.Advance = &benefits.ClaimAdvance{By: by, Name: "垫付方"}
				want = kind
			}
			r := assess(t, c)
			assert.Equal(t, want, r.Payee.Kind, "by=%q death=%v", by, death)
			if by != "" {
				assert.Equal(t, "垫付方", r.Payee.Name)
				assert.True(t, r.Payee.Pending, "the advance's materials are not in")
				assert.Contains(t, notesOf(r), benefits.NotePayeeWaits)
			} else {
				assert.False(t, r.Payee.Pending)
				assert.NotContains(t, notesOf(r), benefits.NotePayeeWaits)
			}
			i := slices.Index(notesOf(r), benefits.NoteDeathOpinion)
			assert.Equal(t, death, i >= 0, "by=%q death=%v", by, death)
			if death && i >= 0 {
				assert.Equal(t, c.Death.Date, r.Notes[i].Date())
			}
		}
	}
	for _, third := range []bool{false, true} {
		for _, networked := range []bool{false, true} {
			for _, out := range []bool{false, true} {
				for _, filing := range []benefits.FilingStatus{benefits.FilingNone, benefits.FilingApproved, benefits.FilingPending} {
					b := outpatient(t, "B1", "2026-03-03", "45.50")
					b.Provider.OutOfTown = out
					c := claimOf(t, b)
					c.Networked, c.Filing = networked, filing
					if third {
						c.ThirdParty = &benefits.ClaimThirdParty{Case: benefits.LegalOther, Court: true, Shared: []benefits.MedicalMaterial{benefits.MedCourtDocument}}
					}
					r := assess(t, c)
					notes := notesOf(r)
					route := benefits.NoteDirectNotNetworked
					switch {
					case third:
						route = benefits.NoteDirectExcluded
					case networked:
						route = benefits.NoteDirectAvailable
					}
					name := []any{third, networked, out, filing}
					assert.Contains(t, notes, route, "%v", name)
					for _, other := range []benefits.ClaimRule{benefits.NoteDirectNotNetworked, benefits.NoteDirectExcluded, benefits.NoteDirectAvailable} {
						if other != route {
							assert.NotContains(t, notes, other, "%v", name)
						}
					}
					assert.Equal(t, !third && networked, r.DirectSettlement, "%v", name)
					assert.Equal(t, !third && out && filing == benefits.FilingApproved, slices.Contains(notes, benefits.NoteOutOfTownDirect), "%v", name)
				}
			}
		}
	}
}
