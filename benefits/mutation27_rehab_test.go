package benefits_test

// 第三十六、三十七条 on their whole domain (issue 19, round of seed 13):
// where (in town or out, designated yes/no/unknown) × confirmation
// (yes/no/unknown), the findings and the verdict.

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/benefits"
)

func TestRehabAndDeviceFindingsWholeDomain(t *testing.T) {
	facts := []benefits.Fact{benefits.FactYes, benefits.FactNo, benefits.FactUnknown}
	for _, device := range []benefits.DeviceKind{benefits.DeviceNone, benefits.DeviceWheelchair, benefits.DeviceDenture} {
		for _, outOfTown := range []bool{false, true} {
			for _, at := range facts {
				for _, confirmed := range facts {
					var b benefits.Bill
					var wrong, unknownPlace, refused, unconfirmed, ok benefits.ClaimRule
					if device == benefits.DeviceNone {
						b = rehabBill(t)
						b.Provider.RehabDesignated = at
						wrong, unknownPlace, refused, unconfirmed, ok = benefits.RuleRehabNotDesignated, benefits.RuleRehabDesignationUnknown,
							benefits.RuleRehabRefused, benefits.RuleRehabUnconfirmed, benefits.RuleRehabConfirmed
					} else {
						b = benefits.Bill{ID: "D", Date: rehabBill(t).Date, Setting: benefits.SettingDevice, Itemised: true,
							Submitted: []benefits.MedicalMaterial{benefits.MedReceipt},
							Lines:     []benefits.BillLine{{Item: "器具", Amount: amt("5600.00"), Catalogue: benefits.FactYes, Device: device}}}
						b.Provider.DeviceAgreement, b.Provider.Designated = at, at
						if device == benefits.DeviceDenture {
							b.Provider.DeviceAgreement = benefits.FactNo // a denture goes by the designation alone
						} else {
							b.Provider.Designated = benefits.FactNo // a device by the agreement alone
						}
						wrong, unknownPlace, refused, unconfirmed, ok = benefits.RuleDeviceWrongProvider, benefits.RuleDeviceProviderUnknown,
							benefits.RuleDeviceRefused, benefits.RuleDeviceUnconfirmed, benefits.RuleDeviceConfirmed
					}
					b.Provider.OutOfTown, b.Confirmed = outOfTown, confirmed
					var want []benefits.ClaimRule
					verdict := benefits.Payable
					switch {
					case outOfTown || at == benefits.FactNo:
						want, verdict = append(want, wrong), benefits.NotPayable
					case at == benefits.FactUnknown:
						want, verdict = append(want, unknownPlace), benefits.Pending
					}
					switch confirmed {
					case benefits.FactNo:
						want, verdict = append(want, refused), benefits.NotPayable
					case benefits.FactUnknown:
						want = append(want, unconfirmed)
						if verdict == benefits.Payable {
							verdict = benefits.Pending
						}
					}
					if len(want) == 0 {
						want = append(want, ok)
					}
					want = append(want, benefits.RuleInCatalogue)
					l := assess(t, claimOf(t, b)).Lines[0]
					assert.Equal(t, want, rulesOf(l), "%q out=%v at=%d confirmed=%d", device, outOfTown, at, confirmed)
					assert.Equal(t, verdict, l.Verdict, "%q out=%v at=%d confirmed=%d", device, outOfTown, at, confirmed)
				}
			}
		}
	}
}
