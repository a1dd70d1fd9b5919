package benefits_test

// MedicalClaim.Validate (第三十二至三十五条, 第四十一条): every refusal at its
// own site, named by its error (errors.Is), its code's specific error and
// its path (ClaimError.Path); every stated limit on it and either side.

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/jsonerr"
)

func TestMedicalClaimValidateEveryRefusal(t *testing.T) {
	d := func(s string) calendar.Date { return testdates.Day(t, s) }
	ok := func() benefits.MedicalClaim {
		return claimOf(t, outpatient(t, "B1", "2026-03-03", "45.50"))
	}
	bill := func(c *benefits.MedicalClaim) *benefits.Bill { return &c.Bills[0] }
	line := func(c *benefits.MedicalClaim) *benefits.BillLine { return &c.Bills[0].Lines[0] }
	for _, tc := range []struct {
		name string
		edit func(c *benefits.MedicalClaim)
		err  error  // nil: accepted
		path string // ClaimError.Path
		why  string // part of ClaimError.Why
	}{
		{"as made", func(*benefits.MedicalClaim) {}, nil, "", ""},
		{"no injury", func(c *benefits.MedicalClaim) { c.Injury = calendar.Date{} }, benefits.ErrBadMedicalClaim, "injury", ""},
		{"stable before injury", func(c *benefits.MedicalClaim) { c.Stable = d("2026-03-01") }, benefits.ErrBadMedicalClaim, "stable", "2026-03-01"},
		{"stable on injury", func(c *benefits.MedicalClaim) { c.Stable = d("2026-03-02") }, nil, "", ""},
		{"unknown filing", func(c *benefits.MedicalClaim) { c.Filing = "maybe" }, benefits.ErrBadMedicalClaim, "filing", ""},
		{"no bill", func(c *benefits.MedicalClaim) { c.Bills = nil }, benefits.ErrBadMedicalClaim, "bills", ""},
		{"death without date", func(c *benefits.MedicalClaim) { c.Death = &benefits.ClaimDeath{} }, benefits.ErrBadMedicalClaim, "death.date", ""},
		{"death before injury", func(c *benefits.MedicalClaim) { c.Death = &benefits.ClaimDeath{Date: d("2026-03-01")} }, benefits.ErrBadMedicalClaim, "death.date", "2026-03-01"},
		{"death on the bill's day", func(c *benefits.MedicalClaim) { c.Death = &benefits.ClaimDeath{Date: d("2026-03-03")} }, nil, "", ""},
		{"death the day before the bill", func(c *benefits.MedicalClaim) { c.Death = &benefits.ClaimDeath{Date: d("2026-03-02")} }, benefits.ErrBadMedicalClaim, "bills[0].date", "2026-03-03"},
		{"treatment until after death", func(c *benefits.MedicalClaim) {
			bill(c).Until = d("2026-03-05")
			c.Death = &benefits.ClaimDeath{Date: d("2026-03-04")}
		}, benefits.ErrBadMedicalClaim, "bills[0].date", "2026-03-05"},
		{"unknown advancer", func(c *benefits.MedicalClaim) { c.Advance = &benefits.ClaimAdvance{By: "bank"} }, benefits.ErrBadMedicalClaim, "advance.by", ""},
		{"advancer name at the limit", func(c *benefits.MedicalClaim) {
			c.Advance = &benefits.ClaimAdvance{By: benefits.AdvanceByPlatform, Name: strings.Repeat("x", benefits.MaxClaimText)}
		}, nil, "", ""},
		{"advancer name over the limit", func(c *benefits.MedicalClaim) {
			c.Advance = &benefits.ClaimAdvance{By: benefits.AdvanceByServiceAgency, Name: strings.Repeat("x", benefits.MaxClaimText+1)}
		}, benefits.ErrClaimLimit, "advance.name", ""},
		{"third advancer", func(c *benefits.MedicalClaim) { c.Advance = &benefits.ClaimAdvance{By: benefits.AdvanceByThird} }, nil, "", ""},
		{"unknown claim material", func(c *benefits.MedicalClaim) { c.Submitted = append(c.Submitted, "x") }, benefits.ErrBadMedicalClaim, "submitted[1]", ""},
		{"bill material on the claim", func(c *benefits.MedicalClaim) { c.Submitted = append(c.Submitted, benefits.MedReceipt) }, benefits.ErrBadMedicalClaim, "submitted[1]", ""},
		{"claim material twice", func(c *benefits.MedicalClaim) { c.Submitted = append(c.Submitted, benefits.MedApplicationForm) }, benefits.ErrClaimDuplicateMaterial, "submitted[1]", ""},
		{"claim material on a bill", func(c *benefits.MedicalClaim) {
			bill(c).Submitted = append(bill(c).Submitted, benefits.MedApplicationForm)
		}, benefits.ErrBadMedicalClaim, "bills[0].submitted[2]", ""},
		{"bill material twice", func(c *benefits.MedicalClaim) {
			bill(c).Submitted = append(bill(c).Submitted, benefits.MedReceipt)
		}, benefits.ErrClaimDuplicateMaterial, "bills[0].submitted[2]", ""},
		{"unknown legal case", func(c *benefits.MedicalClaim) { c.ThirdParty = &benefits.ClaimThirdParty{Case: "war"} }, benefits.ErrBadMedicalClaim, "third_party.case", ""},
		{"shared unknown", func(c *benefits.MedicalClaim) {
			c.ThirdParty = &benefits.ClaimThirdParty{Case: benefits.LegalTraffic, Shared: []benefits.MedicalMaterial{"x"}}
		}, benefits.ErrBadMedicalClaim, "third_party.shared[0]", ""},
		{"shared not a legal document", func(c *benefits.MedicalClaim) {
			c.ThirdParty = &benefits.ClaimThirdParty{Case: benefits.LegalTraffic, Shared: []benefits.MedicalMaterial{benefits.MedReceipt}}
		}, benefits.ErrBadMedicalClaim, "third_party.shared[0]", ""},
		{"shared not needed", func(c *benefits.MedicalClaim) {
			c.ThirdParty = &benefits.ClaimThirdParty{Case: benefits.LegalTraffic, Shared: []benefits.MedicalMaterial{benefits.MedLiabilityFinding, benefits.MedViolenceProof}}
		}, benefits.ErrBadMedicalClaim, "third_party.shared[1]", ""},
		{"shared twice", func(c *benefits.MedicalClaim) {
			c.ThirdParty = &benefits.ClaimThirdParty{Case: benefits.LegalTraffic, Shared: []benefits.MedicalMaterial{benefits.MedLiabilityFinding, benefits.MedLiabilityFinding}}
		}, benefits.ErrClaimDuplicateMaterial, "third_party.shared[1]", ""},
		{"shared, court", func(c *benefits.MedicalClaim) {
			c.ThirdParty = &benefits.ClaimThirdParty{Case: benefits.LegalViolence, Court: true, Shared: []benefits.MedicalMaterial{benefits.MedViolenceProof, benefits.MedCourtDocument}}
		}, nil, "", ""},
		{"no receipt number", func(c *benefits.MedicalClaim) { bill(c).ID = "" }, benefits.ErrBadMedicalClaim, "bills[0].id", ""},
		{"receipt number at the limit", func(c *benefits.MedicalClaim) { bill(c).ID = strings.Repeat("9", benefits.MaxClaimID) }, nil, "", ""},
		{"receipt number over the limit", func(c *benefits.MedicalClaim) { bill(c).ID = strings.Repeat("9", benefits.MaxClaimID+1) }, benefits.ErrClaimLimit, "bills[0].id", ""},
		{"receipt number not UTF-8", func(c *benefits.MedicalClaim) { bill(c).ID = "B\xff" }, benefits.ErrBadMedicalClaim, "bills[0].id", "UTF-8"},
		{"provider name at the limit", func(c *benefits.MedicalClaim) { bill(c).Provider.Name = strings.Repeat("x", benefits.MaxClaimText) }, nil, "", ""},
		{"provider name over the limit", func(c *benefits.MedicalClaim) {
			bill(c).Provider.Name = strings.Repeat("x", benefits.MaxClaimText+1)
		}, benefits.ErrClaimLimit, "bills[0].provider.name", ""},
		{"bill without date", func(c *benefits.MedicalClaim) { bill(c).Date = calendar.Date{} }, benefits.ErrBadMedicalClaim, "bills[0].date", ""},
		{"bill before the injury", func(c *benefits.MedicalClaim) { bill(c).Date = d("2026-03-01") }, benefits.ErrBadMedicalClaim, "bills[0].date", "2026-03-01"},
		{"bill on the injury's day", func(c *benefits.MedicalClaim) { bill(c).Date = d("2026-03-02") }, nil, "", ""},
		{"until before the date", func(c *benefits.MedicalClaim) { bill(c).Until = d("2026-03-02") }, benefits.ErrBadMedicalClaim, "bills[0].until", ""},
		{"until on the date", func(c *benefits.MedicalClaim) { bill(c).Until = d("2026-03-03") }, nil, "", ""},
		{"unknown setting", func(c *benefits.MedicalClaim) { bill(c).Setting = "spa" }, benefits.ErrBadMedicalClaim, "bills[0].setting", ""},
		{"confirmed out of range", func(c *benefits.MedicalClaim) { bill(c).Confirmed = 3 }, benefits.ErrBadMedicalClaim, "bills[0]", "yes-or-no"},
		{"designated out of range", func(c *benefits.MedicalClaim) { bill(c).Provider.Designated = 3 }, benefits.ErrBadMedicalClaim, "bills[0]", "yes-or-no"},
		{"rehab designated out of range", func(c *benefits.MedicalClaim) { bill(c).Provider.RehabDesignated = 3 }, benefits.ErrBadMedicalClaim, "bills[0]", "yes-or-no"},
		{"device agreement out of range", func(c *benefits.MedicalClaim) { bill(c).Provider.DeviceAgreement = 3 }, benefits.ErrBadMedicalClaim, "bills[0]", "yes-or-no"},
		{"facts at FactNo", func(c *benefits.MedicalClaim) {
			b := bill(c)
			b.Confirmed, b.Provider.RehabDesignated, b.Provider.DeviceAgreement = benefits.FactNo, benefits.FactNo, benefits.FactNo
		}, nil, "", ""},
		{"no line", func(c *benefits.MedicalClaim) { bill(c).Lines = nil }, benefits.ErrBadMedicalClaim, "bills[0].lines", ""},
		{"settled directly out of town unfiled", func(c *benefits.MedicalClaim) {
			bill(c).SettledDirectly, bill(c).Provider.OutOfTown, c.Filing = true, true, benefits.FilingPending
		}, benefits.ErrBadMedicalClaim, "bills[0].settled_directly", "第三十三条"},
		{"settled directly out of town filed", func(c *benefits.MedicalClaim) {
			bill(c).SettledDirectly, bill(c).Provider.OutOfTown, c.Filing = true, true, benefits.FilingApproved
		}, nil, "", ""},
		{"settled directly in town not networked", func(c *benefits.MedicalClaim) { bill(c).SettledDirectly = true }, benefits.ErrBadMedicalClaim, "bills[0].settled_directly", "第三十五条"},
		{"settled directly in town networked", func(c *benefits.MedicalClaim) { bill(c).SettledDirectly, c.Networked = true, true }, nil, "", ""},
		{"line negative", func(c *benefits.MedicalClaim) { line(c).Amount = amt("-0.01") }, benefits.ErrBadMedicalClaim, "bills[0].lines[0].amount", "negative"},
		{"line just under 10¹¹", func(c *benefits.MedicalClaim) { line(c).Amount = amt("99999999999.99") }, nil, "", ""},
		{"line at 10¹¹", func(c *benefits.MedicalClaim) { line(c).Amount = amt("100000000000") }, benefits.ErrBadMedicalClaim, "bills[0].lines[0].amount", "10¹¹"},
		{"line zero", func(c *benefits.MedicalClaim) { line(c).Amount = amt("0") }, nil, "", ""},
		{"item at the limit", func(c *benefits.MedicalClaim) { line(c).Item = strings.Repeat("x", benefits.MaxClaimText) }, nil, "", ""},
		{"item over the limit", func(c *benefits.MedicalClaim) { line(c).Item = strings.Repeat("x", benefits.MaxClaimText+1) }, benefits.ErrClaimLimit, "bills[0].lines[0].item", ""},
		{"catalogue out of range", func(c *benefits.MedicalClaim) { line(c).Catalogue = 3 }, benefits.ErrBadMedicalClaim, "bills[0].lines[0].catalogue", ""},
		{"line before the bill", func(c *benefits.MedicalClaim) {
			bill(c).Until, line(c).Date = d("2026-03-05"), d("2026-03-02")
		}, benefits.ErrBadMedicalClaim, "bills[0].lines[0].date", "2026-03-02"},
		{"line on the bill's first day", func(c *benefits.MedicalClaim) { bill(c).Until, line(c).Date = d("2026-03-05"), d("2026-03-03") }, nil, "", ""},
		{"line on the bill's last day", func(c *benefits.MedicalClaim) { bill(c).Until, line(c).Date = d("2026-03-05"), d("2026-03-05") }, nil, "", ""},
		{"line after the bill", func(c *benefits.MedicalClaim) {
			bill(c).Until, line(c).Date = d("2026-03-05"), d("2026-03-06")
		}, benefits.ErrBadMedicalClaim, "bills[0].lines[0].date", "2026-03-06"},
		{"line after a one-day bill", func(c *benefits.MedicalClaim) { line(c).Date = d("2026-03-04") }, benefits.ErrBadMedicalClaim, "bills[0].lines[0].date", "2026-03-04"},
		{"unknown device", func(c *benefits.MedicalClaim) { line(c).Device = "jetpack" }, benefits.ErrBadMedicalClaim, "bills[0].lines[0].device", ""},
		{"device fitting without device", func(c *benefits.MedicalClaim) { bill(c).Setting = benefits.SettingDevice }, benefits.ErrBadMedicalClaim, "bills[0].lines[0].device", ""},
		{"allowed negative", func(c *benefits.MedicalClaim) { line(c).Allowed = amtp("-0.01") }, benefits.ErrBadMedicalClaim, "bills[0].lines[0].allowed", "negative"},
		{"allowed at 10¹¹", func(c *benefits.MedicalClaim) { line(c).Allowed = amtp("100000000000") }, benefits.ErrBadMedicalClaim, "bills[0].lines[0].allowed", "10¹¹"},
		{"allowed above the amount", func(c *benefits.MedicalClaim) { line(c).Allowed = amtp("45.51") }, benefits.ErrBadMedicalClaim, "bills[0].lines[0].allowed", "more than"},
		{"allowed equal to the amount", func(c *benefits.MedicalClaim) { line(c).Allowed = amtp("45.50") }, nil, "", ""},
		{"allowed outside the catalogue", func(c *benefits.MedicalClaim) {
			line(c).Allowed, line(c).Catalogue = amtp("45.00"), benefits.FactNo
		}, benefits.ErrBadMedicalClaim, "bills[0].lines[0].allowed", "catalogue"},
		{"allowed, catalogue unknown", func(c *benefits.MedicalClaim) {
			line(c).Allowed, line(c).Catalogue = amtp("45.00"), benefits.FactUnknown
		}, benefits.ErrBadMedicalClaim, "bills[0].lines[0].allowed", "catalogue"},
		{"duplicate bill", func(c *benefits.MedicalClaim) {
			c.Bills = append(c.Bills, outpatient(t, "B2", "2026-03-04", "1"), outpatient(t, "B1", "2026-03-05", "1"))
		}, benefits.ErrDuplicateBill, "bills[2].id", "bills[0]"},
	} {
		c := ok()
		tc.edit(&c)
		err := c.Validate()
		if tc.err == nil {
			assert.NoError(t, err, tc.name)
			continue
		}
		require.Error(t, err, tc.name)
		assert.ErrorIs(t, err, benefits.ErrBadMedicalClaim, tc.name)
		assert.ErrorIs(t, err, tc.err, tc.name)
		var ce *benefits.ClaimError
		require.True(t, errors.As(err, &ce), tc.name)
		assert.Equal(t, tc.path, ce.Path(), tc.name)
		assert.Contains(t, ce.Why(), tc.why, tc.name)
		if tc.err != benefits.ErrBadMedicalClaim {
			assert.Equal(t, tc.err, ce.Err(), tc.name)
		} else {
			assert.NotErrorIs(t, err, benefits.ErrClaimLimit, tc.name)
			assert.NotErrorIs(t, err, benefits.ErrClaimDuplicateMaterial, tc.name)
			assert.NotErrorIs(t, err, benefits.ErrDuplicateBill, tc.name)
		}
	}
}

// The claim's counted limits, on them and one over: MaxClaimBills bills,
// MaxClaimLines lines in all.
func TestMedicalClaimCountLimits(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 10000 lines")
	}
	b := outpatient(t, "B", "2026-03-03", "1")
	bills := make([]benefits.Bill, benefits.MaxClaimBills+1)
	for i := range bills {
		bills[i] = b
		bills[i].ID = fmt.Sprintf("B%04d", i)
	}
	c := claimOf(t, bills[:benefits.MaxClaimBills]...)
	require.NoError(t, c.Validate())
	c = claimOf(t, bills...)
	err := c.Validate()
	require.ErrorIs(t, err, benefits.ErrClaimLimit)
	var ce *benefits.ClaimError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, "bills", ce.Path())

	// 10 bills of 1000 lines: the limit; one more line in the last: over.
	lines := make([]benefits.BillLine, benefits.MaxClaimLines/10)
	for i := range lines {
		lines[i] = b.Lines[0]
	}
	ten := make([]benefits.Bill, 10)
	for i := range ten {
		ten[i] = bills[i]
		ten[i].Lines = lines
	}
	c = claimOf(t, ten...)
	require.NoError(t, c.Validate())
	ten[9].Lines = append(slices.Clone(lines), b.Lines[0])
	c = claimOf(t, ten...)
	err = c.Validate()
	require.ErrorIs(t, err, benefits.ErrClaimLimit)
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, "bills[9].lines", ce.Path())
}

// A nil *ClaimError unwraps to nothing and prints "<nil>"; one without a
// specific error, or with ErrBadMedicalClaim, unwraps to ErrBadMedicalClaim
// alone; one with a specific error, to it first.
func TestClaimErrorUnwrapEachForm(t *testing.T) {
	var nilErr *benefits.ClaimError
	assert.Nil(t, nilErr.Unwrap())
	assert.Equal(t, "<nil>", nilErr.Error())
	assert.Equal(t, []error{benefits.ErrBadMedicalClaim}, benefits.NewClaimError("", "", nil).Unwrap())
	assert.Equal(t, []error{benefits.ErrBadMedicalClaim}, benefits.NewClaimError("", "", benefits.ErrBadMedicalClaim).Unwrap())
	assert.Equal(t, []error{benefits.ErrClaimLimit, benefits.ErrBadMedicalClaim}, benefits.NewClaimError("", "", benefits.ErrClaimLimit).Unwrap())
	e := benefits.NewClaimError("bills[1].id", "w", nil)
	assert.Equal(t, benefits.ErrBadMedicalClaim.Error()+": bills[1].id: w", e.Error())
	e = benefits.NewClaimError("", "w", nil)
	assert.Equal(t, benefits.ErrBadMedicalClaim.Error()+": w", e.Error())
}

// The claim's JSON limits (MaxClaimJSON*), each on its edge and one over:
// at the limit the guard lets the document through (it may still be
// refused later, for what it is, never as over that limit); one over, it
// is ErrClaimLimit wrapping the *jsonerr.Error of that limit. null is
// refused anywhere.
func TestClaimJSONLimitsOnTheEdge(t *testing.T) {
	decode := func(s string) error {
		var c benefits.MedicalClaim
		return json.Unmarshal([]byte(s), &c)
	}
	over := func(name string, err error, kind error, limit int) {
		t.Helper()
		require.ErrorIs(t, err, benefits.ErrClaimLimit, name)
		var je *jsonerr.Error
		require.ErrorAs(t, err, &je, name)
		assert.ErrorIs(t, je, kind, name)
		assert.Equal(t, limit, je.Limit, name)
	}
	notOver := func(name string, err error, kind error, limit int) {
		t.Helper()
		var je *jsonerr.Error
		if errors.As(err, &je) && errors.Is(je, kind) {
			assert.NotEqual(t, limit, je.Limit, "%s: refused at the edge", name)
		}
	}
	// A string of MaxClaimJSONString bytes, quotes included.
	name := func(n int) string {
		return `{"injury":"2026-03-02","bills":[{"id":"B","date":"2026-03-03","setting":"outpatient","provider":{"name":"` + strings.Repeat("x", n-2) + `"},"lines":[{"amount":"1.00"}]}]}`
	}
	require.NoError(t, decode(name(benefits.MaxClaimJSONString)))
	over("string", decode(name(benefits.MaxClaimJSONString+1)), jsoncode.ErrStringLength, benefits.MaxClaimJSONString)

	// Depth: an object and lists nested to the limit, then one more.
	deep := func(n int) string { return `{"bills":` + strings.Repeat("[", n-1) + strings.Repeat("]", n-1) + `}` }
	notOver("depth", decode(deep(benefits.MaxClaimJSONDepth)), jsoncode.ErrTooDeep, benefits.MaxClaimJSONDepth)
	assert.NotErrorIs(t, decode(deep(benefits.MaxClaimJSONDepth)), jsoncode.ErrTooDeep)
	over("depth", decode(deep(benefits.MaxClaimJSONDepth+1)), jsoncode.ErrTooDeep, benefits.MaxClaimJSONDepth)

	// A bare number of MaxClaimJSONNumber bytes, then one more.
	num := func(n int) string { return `{"bills":[` + strings.Repeat("1", n) + `]}` }
	notOver("number", decode(num(benefits.MaxClaimJSONNumber)), jsoncode.ErrNumber, benefits.MaxClaimJSONNumber)
	over("number", decode(num(benefits.MaxClaimJSONNumber+1)), jsoncode.ErrNumber, benefits.MaxClaimJSONNumber)

	// List items, all lists together.
	items := func(n int) string {
		return `{"submitted":[` + strings.TrimSuffix(strings.Repeat(`"x",`, n), ",") + `]}`
	}
	err := decode(items(benefits.MaxClaimJSONElements))
	assert.NotErrorIs(t, err, benefits.ErrClaimLimit)
	err = decode(items(benefits.MaxClaimJSONElements + 1))
	require.ErrorIs(t, err, benefits.ErrClaimLimit)
	assert.Contains(t, err.Error(), fmt.Sprint(benefits.MaxClaimJSONElements))
	err = decode(`{"submitted":[],"bills":[]}`)
	assert.NotErrorIs(t, err, benefits.ErrClaimLimit, "empty lists count nothing")

	// The whole document: MaxClaimJSONBytes, then one more byte.
	doc := func(n int) string {
		s := `{"bills":[]}`
		return s[:len(s)-1] + strings.Repeat(" ", n-len(s)) + "}"
	}
	notOver("size", decode(doc(benefits.MaxClaimJSONBytes)), jsonerr.ErrTooLarge, benefits.MaxClaimJSONBytes)
	assert.NotErrorIs(t, decode(doc(benefits.MaxClaimJSONBytes)), jsonerr.ErrTooLarge)
	over("size", decode(doc(benefits.MaxClaimJSONBytes+1)), jsonerr.ErrTooLarge, benefits.MaxClaimJSONBytes)

	// null, anywhere; "null" as a string is a string.
	err = decode(`{"injury":null}`)
	require.ErrorIs(t, err, benefits.ErrBadMedicalClaim)
	assert.NotErrorIs(t, err, benefits.ErrClaimLimit)
	assert.ErrorIs(t, err, jsoncode.ErrNull)
	assert.NotErrorIs(t, decode(`{"submitted":["null"]}`), jsoncode.ErrNull)

	// A line without its amount is refused at its path.
	err = decode(`{"injury":"2026-03-02","bills":[{"id":"B","date":"2026-03-03","setting":"outpatient","provider":{},"lines":[{"amount":"1.00"},{"item":"x"}]}]}`)
	var ce *benefits.ClaimError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, "bills[0].lines[1].amount", ce.Path())
	var nilClaim *benefits.MedicalClaim
	assert.ErrorIs(t, nilClaim.UnmarshalJSON([]byte(`{}`)), benefits.ErrBadMedicalClaim)
}

// Fact's JSON on its whole domain: null, true, false, and one past it
// refused; reading anything else refused; a nil *Fact refused.
func TestFactJSONWholeDomain(t *testing.T) {
	for f, s := range map[benefits.Fact]string{benefits.FactUnknown: "null", benefits.FactYes: "true", benefits.FactNo: "false"} {
		b, err := f.MarshalJSON()
		require.NoError(t, err)
		assert.Equal(t, s, string(b))
		back := benefits.Fact(9)
		require.NoError(t, back.UnmarshalJSON(b))
		assert.Equal(t, f, back)
	}
	_, err := benefits.Fact(3).MarshalJSON()
	assert.ErrorIs(t, err, benefits.ErrBadMedicalClaim)
	var f benefits.Fact
	assert.Error(t, f.UnmarshalJSON([]byte(`"true"`)))
	assert.Error(t, f.UnmarshalJSON([]byte(`1`)))
	var none *benefits.Fact
	assert.ErrorIs(t, none.UnmarshalJSON([]byte(`true`)), benefits.ErrBadMedicalClaim)
}

// 第三十七条: a device is fitted at an assistive-device agreement
// institution (辅助器具配置协议机构), a denture at a designated medical
// institution (定点医疗机构). A device finding names the device and that
// place, in Chinese in the Chinese text, in English in the English one.
func TestDeviceFindingNamesItsFitter(t *testing.T) {
	zhName := map[benefits.DeviceKind]string{benefits.DeviceProsthesis: "假肢", benefits.DeviceOrthosis: "矫形器", benefits.DeviceArtificialEye: "假眼",
		benefits.DeviceWheelchair: "轮椅", benefits.DeviceOther: "辅助器具", benefits.DeviceDenture: "假牙"}
	for _, rule := range []benefits.ClaimRule{benefits.RuleDeviceConfirmed, benefits.RuleDeviceWrongProvider, benefits.RuleDeviceProviderUnknown} {
		var enOther string
		for d, name := range zhName {
			f := benefits.NewFinding(rule, benefits.FindingFigures{Device: d})
			zh, en := f.Chinese(), f.String()
			assert.Contains(t, zh, name, "%s %s", rule, d)
			if d == benefits.DeviceDenture {
				assert.Contains(t, zh, "定点医疗机构", "%s %s", rule, d)
				assert.NotContains(t, zh, "配置协议机构", "%s %s", rule, d)
			} else {
				assert.Contains(t, zh, "配置协议机构", "%s %s", rule, d)
				assert.NotContains(t, zh, "定点医疗机构", "%s %s", rule, d)
			}
			assert.NotContains(t, en, "机构", "%s %s: English", rule, d)
			assert.NotContains(t, en, name, "%s %s: English", rule, d)
			if d == benefits.DeviceWheelchair {
				enOther = strings.Replace(en, "wheelchair", "", 1)
			}
		}
		enDenture := strings.Replace(benefits.NewFinding(rule, benefits.FindingFigures{Device: benefits.DeviceDenture}).String(), "denture", "", 1)
		assert.NotEqual(t, enOther, enDenture, "%s: the denture's place differs in English too", rule)
		// An unknown device is named as given.
		assert.Contains(t, benefits.NewFinding(rule, benefits.FindingFigures{Device: "hoverboard"}).String(), "hoverboard")
		assert.Contains(t, benefits.NewFinding(rule, benefits.FindingFigures{Device: "hoverboard"}).Chinese(), "hoverboard")
	}
}

// The materials line names, for a missing bill material, the bill it is
// missing from; for a missing claim material, no bill.
func TestMaterialsLineNamesTheBill(t *testing.T) {
	b := outpatient(t, "B7", "2026-03-03", "45.50")
	b.Submitted = []benefits.MedicalMaterial{benefits.MedReceipt} // no outpatient record
	r := assess(t, claimOf(t, b))
	require.Len(t, r.Missing(), 1)
	assert.Equal(t, "B7", r.Missing()[0].Bill)
	zh, en := r.Explain(explain.Chinese)[len(r.Lines)], r.Explain(explain.English)[len(r.Lines)]
	assert.Contains(t, zh, "B7")
	assert.Contains(t, en, "B7")

	c := claimOf(t, outpatient(t, "B7", "2026-03-03", "45.50"))
	c.Submitted = nil // no application form
	r = assess(t, c)
	require.Len(t, r.Missing(), 1)
	assert.Equal(t, "", r.Missing()[0].Bill)
	zh, en = r.Explain(explain.Chinese)[len(r.Lines)], r.Explain(explain.English)[len(r.Lines)]
	assert.NotContains(t, zh, "票据")
	assert.NotContains(t, en, "of bill")
	assert.Contains(t, zh, benefits.MedApplicationForm.Article())
}
