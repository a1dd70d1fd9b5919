package benefits

import (
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/money"
)

// The medical benefit claim (职业伤害医疗待遇的申领, 沪人社福〔2025〕373号
// 第三十二至三十七条, 第四十一条) as the agency handles it: a worker, the
// close relatives or the platform bring the receipts of the treatment with
// their materials; the agency checks each charge against the rules on where
// the worker was treated and on what, lists what is missing, names the
// payee, and, where a third party is liable, splits the costs (第三十四条,
// SplitMedical).
//
// Catalogue membership (工伤保险诊疗项目目录、药品目录、住院服务标准, 辅助器具配置目录),
// standard prices, the designation of hospitals and institutions, the day
// the condition became stable and the confirmations are the host's facts:
// the library does not know them and never guesses them. A fact the host
// has not given leaves the charges that need it pending, with the reason.
//
// Readings the library takes (provisional where the text is silent):
//   - 第三十二条: emergency care at the nearest (non-designated) institution is
//     payable up to and including the day the host says the condition was
//     stable; from the next day treatment there is not payable (伤情稳定后应当
//     及时转往定点医疗机构). Any grace for the transfer ("及时") is the host's, by
//     the date it gives. A stay that runs across that day needs each line's
//     date; until then its undated lines are pending.
//   - 第三十二条 designates institutions of Shanghai (本市); treatment outside
//     Shanghai is governed by 第三十三条: payable with the out-of-town filing
//     (异地就医备案) approved, pending while it is being reviewed. Emergency
//     care at the nearest institution is payable outside Shanghai too, up to
//     the stable day.
//   - 第三十四条（一）: a Shanghai electronic receipt (本市医疗费电子票据) is given
//     as an image; any other receipt (an out-of-town electronic one included)
//     as the original.
//   - 第三十四条（三）: with a court judgment or mediation (item 3) the court's
//     document stands for the civil-compensation document of items 1 and 2
//     (调解书、仲裁裁决书, 赔偿证明), and the finding of liability (事故责任认定书)
//     or the police proof of violence is still needed. A third-party case
//     outside items 1–3 that no court decided needs the other supporting
//     materials the agency may ask for (其他辅助材料, the article's second
//     paragraph). Any of the legal documents the host says it obtains by data
//     sharing (信息共享) is not asked of the applicant.
//   - 第三十四条（四） and 第二十三条（八）: a platform or service agency that
//     advanced the cost is paid once both sides' written confirmation and its
//     bank account are in; a third person who advanced it (第二十三条（八）
//     第二句) once the three-party agreement and the proof of payment are in.
//     Until then the payee is pending.
//   - 第三十五条: a bill settled directly with the social security card was
//     paid already: it is not paid again. With a third party liable, direct
//     settlement is excluded: such a bill is pending the agency's review. A
//     bill said settled directly where no route existed (in Shanghai before
//     networked settlement, out of town without the approved filing of
//     第三十三条) is a contradiction in the host's facts: refused.

// Fact is a host's yes-or-no answer that may not be known yet: FactUnknown
// (the zero value; absent or null in JSON), FactYes (true) or FactNo
// (false). A rule that needs an unknown fact leaves its charge pending; it
// never guesses.
type Fact uint8

const (
	FactUnknown Fact = iota
	FactYes
	FactNo
)

func (f Fact) valid() bool { return f <= FactNo }

// Setting is where and how the worker was treated, which fixes the medical
// record a bill needs (第三十四条（二）) and the rule it is checked under.
type Setting string

const (
	SettingOutpatient  Setting = "outpatient"  // 门诊: 门急诊病历
	SettingEmergency   Setting = "emergency"   // 急诊: 门急诊病历
	SettingObservation Setting = "observation" // 急诊留观: 出院小结
	SettingInpatient   Setting = "inpatient"   // 住院: 出院小结
	// SettingRehabilitation: inpatient rehabilitation (住院职业伤害康复,
	// 第三十六条): confirmed by the 市劳动能力鉴定委员会, at a designated
	// rehabilitation institution of Shanghai (本市工伤康复定点机构); 出院小结.
	SettingRehabilitation Setting = "rehabilitation"
	// SettingDevice: the fitting of assistive devices (辅助器具配置, 第三十七条)
	// at an institution that keeps no medical record; every line names its
	// Device.
	SettingDevice Setting = "device"
)

func (s Setting) valid() bool {
	switch s {
	case SettingOutpatient, SettingEmergency, SettingObservation, SettingInpatient, SettingRehabilitation, SettingDevice:
		return true
	}
	return false
}

// DeviceKind is an assistive device of 第三十七条.
type DeviceKind string

const (
	DeviceNone          DeviceKind = ""
	DeviceProsthesis    DeviceKind = "prosthesis"     // 假肢
	DeviceOrthosis      DeviceKind = "orthosis"       // 矫形器
	DeviceArtificialEye DeviceKind = "artificial_eye" // 假眼
	DeviceWheelchair    DeviceKind = "wheelchair"     // 轮椅
	DeviceOther         DeviceKind = "other_device"   // 其他工伤保险辅助器具（“等”）
	// DeviceDenture: a denture (假牙) is fitted at a designated medical
	// institution, not at a device agreement institution (第三十七条).
	DeviceDenture DeviceKind = "denture"
)

func (d DeviceKind) valid() bool {
	switch d {
	case DeviceNone, DeviceProsthesis, DeviceOrthosis, DeviceArtificialEye, DeviceWheelchair, DeviceOther, DeviceDenture:
		return true
	}
	return false
}

// FilingStatus is the state of the out-of-town treatment filing (异地就医备案,
// 第三十三条).
type FilingStatus string

const (
	FilingNone     FilingStatus = ""         // no filing made
	FilingApproved FilingStatus = "approved" // 经审核通过
	FilingPending  FilingStatus = "pending"  // applied for, not decided
	FilingRefused  FilingStatus = "refused"  // 未通过审核
)

func (f FilingStatus) valid() bool {
	return f == FilingNone || f == FilingApproved || f == FilingPending || f == FilingRefused
}

// LegalCase is the kind of third-party case, which fixes the legal
// documents of 第三十四条（三）.
type LegalCase string

const (
	LegalTraffic  LegalCase = "traffic"  // 交通事故 (item 1)
	LegalRail     LegalCase = "rail"     // 城市轨道交通事故 (item 1)
	LegalFerry    LegalCase = "ferry"    // 客运轮渡事故 (item 1)
	LegalTrain    LegalCase = "train"    // 火车事故 (item 1)
	LegalViolence LegalCase = "violence" // 遭受暴力伤害 (item 2)
	LegalOther    LegalCase = "other"    // none of items 1–2
)

func (l LegalCase) valid() bool {
	switch l {
	case LegalTraffic, LegalRail, LegalFerry, LegalTrain, LegalViolence, LegalOther:
		return true
	}
	return false
}

// MedicalMaterial is one item a medical claim carries (第三十四条, 第二十三条
// （八）, 第四十一条). The first five belong to a bill (Bill.Submitted), the
// others to the claim (MedicalClaim.Submitted).
type MedicalMaterial string

const (
	MedReceipt          MedicalMaterial = "receipt"           // （一）医疗费用票据原件
	MedReceiptImage     MedicalMaterial = "receipt_image"     // （一）本市医疗费电子票据的票据影像件
	MedItemisedList     MedicalMaterial = "itemised_list"     // （一）费用明细清单原件（票据无费用明细的）
	MedOutpatientRecord MedicalMaterial = "outpatient_record" // （二）门急诊病历
	MedDischargeSummary MedicalMaterial = "discharge_summary" // （二）出院小结（住院，含急诊留观）

	MedApplicationForm     MedicalMaterial = "application_form"      // 第三十四条 待遇申请表
	MedLiabilityFinding    MedicalMaterial = "liability_finding"     // （三）1 事故责任认定书
	MedMediationOrAward    MedicalMaterial = "mediation_or_award"    // （三）1 事故民事赔偿调解书或仲裁裁决书
	MedViolenceProof       MedicalMaterial = "violence_proof"        // （三）2 公安机关出具的遭受暴力伤害证明
	MedCompensationProof   MedicalMaterial = "compensation_proof"    // （三）2 赔偿证明资料
	MedCourtDocument       MedicalMaterial = "court_document"        // （三）3 民事判决书或者民事调解书等
	MedOtherEvidence       MedicalMaterial = "other_evidence"        // （三）第二段 明确医疗费用分割的其他辅助材料
	MedAdvancerAccount     MedicalMaterial = "advancer_account"      // （四）、第二十三条（八）垫付单位银行账户
	MedAdvanceConfirmation MedicalMaterial = "advance_confirmation"  // （四）双方确认垫付事实的书面材料
	MedAdvanceAgreement    MedicalMaterial = "advance_agreement"     // 第二十三条（八）平台企业、第三方、本人签订的协议
	MedAdvancePaymentProof MedicalMaterial = "advance_payment_proof" // 第二十三条（八）支付凭证
	MedDeathProof          MedicalMaterial = "death_proof"           // 第四十一条（一）确定死亡时间、死因的相关材料
	MedRecordCopies        MedicalMaterial = "medical_record_copies" // 第四十一条（二）病历资料复印件
)

// billMaterial reports whether m belongs to a bill rather than to the claim.
func (m MedicalMaterial) billMaterial() bool {
	switch m {
	case MedReceipt, MedReceiptImage, MedItemisedList, MedOutpatientRecord, MedDischargeSummary:
		return true
	}
	return false
}

// legalDocument reports whether m is a document of 第三十四条（三）, the only
// ones data sharing can stand for.
func (m MedicalMaterial) legalDocument() bool {
	switch m {
	case MedLiabilityFinding, MedMediationOrAward, MedViolenceProof, MedCompensationProof, MedCourtDocument, MedOtherEvidence:
		return true
	}
	return false
}

func (m MedicalMaterial) valid() bool { _, ok := materialNames[m]; return ok }

// AdvanceBy says who advanced the medical costs (第三十四条（四）, 第二十三条（八）).
type AdvanceBy string

const (
	AdvanceByPlatform      AdvanceBy = "platform"       // 平台企业
	AdvanceByServiceAgency AdvanceBy = "service_agency" // 平台服务机构
	AdvanceByThird         AdvanceBy = "third"          // 因特殊情况由第三方先行垫付
)

// PayeeKind is whom the medical benefit is paid to.
type PayeeKind string

const (
	PayeeWorker        PayeeKind = "worker"         // 本人的社会保障卡银行账户等待遇支付账号 (第二十三条（七）)
	PayeeCloseRelative PayeeKind = "close_relative" // 近亲属 (第四十一条)
	PayeePlatform      PayeeKind = "platform"       // 平台企业的单位账户 (第三十四条（四）)
	PayeeServiceAgency PayeeKind = "service_agency" // 平台服务机构的单位账户 (第三十四条（四）)
	PayeeAdvancer      PayeeKind = "advancer"       // 先行垫付的第三方 (第二十三条（八）)
)

// MedicalClaim is a claim for the medical benefit of one occupational injury
// (职业伤害医疗待遇, 第三十二至三十七条; 第四十一条 when the worker died).
//
//	{
//	  "injury": "2026-03-02",
//	  "stable": "2026-03-05",
//	  "submitted": ["application_form"],
//	  "bills": [{
//	    "id": "沪A001", "date": "2026-03-02", "until": "2026-03-09", "setting": "inpatient",
//	    "provider": {"name": "某区中心医院", "designated": false}, "nearest_emergency": true,
//	    "electronic": true, "itemised": true, "submitted": ["receipt_image", "discharge_summary"],
//	    "lines": [{"item": "清创缝合", "amount": "860.00", "date": "2026-03-02", "catalogue": true}]
//	  }]
//	}
//
// The zero value is not a claim (Rulebook.Assess refuses it: no injury
// date).
type MedicalClaim struct {
	// Injury is the day of the accident (required): no bill may be earlier.
	Injury calendar.Date `json:"injury"`
	// Stable is the day the host found the condition stable (伤情稳定,
	// 第三十二条), after which emergency care at a non-designated institution
	// is not payable; zero when not (yet) given.
	Stable calendar.Date `json:"stable,omitzero"`
	// Networked: Shanghai's networked settlement of these costs is in place
	// (本市实现职业伤害医疗费联网结算后, 第三十五条), as the host says.
	Networked bool `json:"networked,omitempty"`
	// Filing is the out-of-town treatment filing (第三十三条).
	Filing FilingStatus `json:"filing,omitempty"`
	// ThirdParty is set when a third party is liable (涉及第三人责任) or the
	// worker claims the costs within his own responsibility (报销本人责任范围内
	// 医疗费用, Rule MedicalOwnShare): the legal documents of 第三十四条（三）,
	// and the basis for the split (SplitMedical), which may still be missing.
	ThirdParty *ClaimThirdParty `json:"third_party,omitempty"`
	// Advance is set when someone advanced the costs and asks to be paid
	// (第三十四条（四）, 第二十三条（八）).
	Advance *ClaimAdvance `json:"advance,omitempty"`
	// Death is set when the worker died of the injury during treatment and
	// the close relatives claim (第四十一条).
	Death *ClaimDeath `json:"death,omitempty"`
	// Submitted are the claim's own materials (not a bill's).
	Submitted []MedicalMaterial `json:"submitted,omitempty"`
	Bills     []Bill            `json:"bills"`
}

// ClaimThirdParty is the third-party side of a medical claim: the kind of
// case, whether a court decided it, which legal documents the agency obtains
// by data sharing, and the basis for the split as Medical has it (none of
// DeterminedMedical, Ratio and Road: the split waits, 第三十四条（三）第二段).
type ClaimThirdParty struct {
	Case LegalCase `json:"case"`
	// Court: the case was decided by a court judgment or mediation (经人民法院
	// 判决或者调解, item 3).
	Court bool `json:"court,omitempty"`
	// Shared are the legal documents (of 第三十四条（三）) the agency obtains
	// by data sharing between or within departments, so the applicant need
	// not bring them.
	Shared            []MedicalMaterial `json:"shared,omitempty"`
	DeterminedMedical *money.Amount     `json:"determined_medical,omitempty"`
	Ratio             *decimal.Decimal  `json:"ratio,omitempty"`
	Road              *Road             `json:"road,omitempty"`
	Rule              MedicalRule       `json:"rule,omitempty"`
	FundPaysFirst     *FundPaysFirst    `json:"fund_pays_first,omitempty"`
}

func (t ClaimThirdParty) hasBasis() bool {
	return t.DeterminedMedical != nil || t.Ratio != nil || t.Road != nil
}

// ClaimAdvance is who advanced the costs and asks to be paid.
type ClaimAdvance struct {
	By   AdvanceBy `json:"by"`
	Name string    `json:"name,omitempty"`
}

// ClaimDeath is the worker's death during treatment (第四十一条).
type ClaimDeath struct {
	Date calendar.Date `json:"date"`
}

// Bill is one receipt (医疗费票据) with its charges.
type Bill struct {
	// ID is the receipt's number as the host keeps it (1–64 bytes, unique
	// in the claim: a receipt is never paid twice).
	ID string `json:"id"`
	// Date is the day of the visit, or of admission; Until the day of
	// discharge (zero for a one-day visit).
	Date    calendar.Date `json:"date"`
	Until   calendar.Date `json:"until,omitzero"`
	Setting Setting       `json:"setting"`
	// Provider is where the worker was treated or fitted.
	Provider Provider `json:"provider"`
	// NearestEmergency: the host found the situation urgent and this the
	// nearest institution (情况紧急时可以先到就近的医疗机构急救, 第三十二条).
	NearestEmergency bool `json:"nearest_emergency,omitempty"`
	// Electronic: a Shanghai electronic receipt (本市医疗费电子票据), given
	// as an image (第三十四条（一）).
	Electronic bool `json:"electronic,omitempty"`
	// Itemised: the receipt itself lists the charges; otherwise the
	// itemised list (费用明细清单) is needed too (第三十四条（一）).
	Itemised bool `json:"itemised,omitempty"`
	// SettledDirectly: the fund already settled the bill directly with the
	// social security card (直接联网结算, 第三十五条). Only a route that exists
	// is accepted: in Shanghai with Networked, out of town with the filing
	// approved (第三十三条); otherwise Validate refuses the contradiction.
	SettledDirectly bool `json:"settled_directly,omitempty"`
	// Confirmed is the confirmation the bill's rehabilitation (by the
	// 市劳动能力鉴定委员会, 第三十六条) or its assistive devices (第三十七条)
	// need.
	Confirmed Fact `json:"confirmed,omitzero"`
	// Submitted are the bill's materials (receipt, itemised list, record).
	Submitted []MedicalMaterial `json:"submitted,omitempty"`
	Lines     []BillLine        `json:"lines"`
}

// Provider is a medical or fitting institution, with what the host knows of
// it.
type Provider struct {
	Name string `json:"name,omitempty"`
	// OutOfTown: outside Shanghai, in another pooling area (本市以外统筹地区,
	// 第三十三条).
	OutOfTown bool `json:"out_of_town,omitempty"`
	// Designated: a designated medical institution of Shanghai's work-injury
	// insurance (本市工伤保险定点医疗机构, 第三十二条).
	Designated Fact `json:"designated,omitzero"`
	// RehabDesignated: a designated rehabilitation institution (本市工伤康复
	// 定点机构, 第三十六条).
	RehabDesignated Fact `json:"rehab_designated,omitzero"`
	// DeviceAgreement: an assistive-device agreement institution (本市工伤保险
	// 辅助器具配置协议机构, 第三十七条).
	DeviceAgreement Fact `json:"device_agreement,omitzero"`
}

// BillLine is one charge of a bill.
type BillLine struct {
	Item string `json:"item,omitempty"`
	// Amount is the charge, not negative and below 10¹¹ 元 (so that a
	// claim's totals stay below 10¹⁵ 元).
	Amount money.Amount `json:"amount"`
	// Date is the day of the charge when the itemisation gives it (zero:
	// the bill's day, or its whole stay).
	Date calendar.Date `json:"date,omitzero"`
	// Catalogue: the charge is within the work-injury catalogues and
	// standards (工伤保险诊疗项目目录、药品目录、住院服务标准, 第三十二条第二款;
	// for a device, the fitting catalogue), as the host finds.
	Catalogue Fact `json:"catalogue,omitzero"`
	// Allowed, when the host caps the charge at the standard price, is the
	// part within it (at most Amount; needs Catalogue true): the rest is not
	// payable.
	Allowed *money.Amount `json:"allowed,omitempty"`
	// Device names the assistive device the line is for (第三十七条).
	Device DeviceKind `json:"device,omitempty"`
}

// Limits of a medical claim (the package doc states each), checked by
// Validate (and by ParseMedicalClaim on the JSON before it is parsed).
const (
	maxClaimBills = 1000  // bills in one claim
	maxClaimLines = 10000 // lines in one claim, all bills together
	maxClaimID    = 64    // bytes of a bill's ID
	maxClaimText  = 256   // bytes of a name or an item
)

// Errors of medical claims. Every error about a claim's input matches
// bad_medical_claim (errcode.Of and errors.Is inside the package) and, where
// there is one, the more specific code first (claim_limit,
// duplicate_bill, duplicate_material). Only ErrDuplicateBill is exported:
// a host acts on the others by errcode.Of(err).Action() or compares
// errcode.Of(err).Code() with the id (Codes lists them all).
var (
	errBadMedicalClaim = errcode.New("bad_medical_claim", errcode.Stop,
		"benefits: invalid medical claim",
		"医疗待遇申领数据不合要求")
	// errClaimLimit: the claim (or its JSON) exceeds a stated limit.
	errClaimLimit = errcode.New("claim_limit", errcode.Stop,
		"benefits: the medical claim exceeds a limit",
		"医疗待遇申领超出规定的上限（文件大小、嵌套层数、文本长度、票据或明细数量）")
	// ErrDuplicateBill: two bills carry the same ID (a receipt is paid once).
	ErrDuplicateBill = errcode.New("duplicate_bill", errcode.Stop,
		"benefits: a bill listed twice",
		"同一张票据列了两次（票据号重复）：同一笔费用不重复支付")
	// errClaimDuplicateMaterial: a material listed twice in one list.
	errClaimDuplicateMaterial = errcode.New("duplicate_material", errcode.Stop,
		"benefits: a material listed twice",
		"同一材料在同一列表中列了两次")
)

// claimError says what is wrong with a medical claim and where (its text
// names the place, as bills[2].lines[0].amount). Its text is bounded and
// never echoes more than a short masked prefix of the host's values
// (第七十九条).
type claimError struct {
	// path is where, as bills[2].lines[0].amount (counted from 0); "" for
	// the whole claim.
	path string
	why  string
	// zh is why in Chinese, with the same figures ("" when the error
	// wrapped says it: a *jsonerr.Error's Chinese).
	zh string
	// err is errBadMedicalClaim or a more specific error.
	err error
}

func (e *claimError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := errBadMedicalClaim.Error()
	if e.path != "" {
		s += ": " + e.path
	}
	return s + ": " + e.why
}

// Chinese is the code's Chinese, the place and what is wrong in Chinese
// (医疗待遇申领数据不合要求：bills[0].date：2026-01-01 早于受伤日期 2026-02-01…);
// "" when the error it wraps says it.
func (e *claimError) Chinese() string {
	if e == nil || e.zh == "" {
		return ""
	}
	code := errBadMedicalClaim
	if c := errcode.Of(e.err); !c.IsZero() {
		code = c
	}
	s := code.Chinese() + "："
	if e.path != "" {
		s += e.path + "："
	}
	return s + e.zh
}

// Unwrap gives the specific error, then bad_medical_claim: errcode.Of
// finds the specific code first.
func (e *claimError) Unwrap() []error {
	if e == nil {
		return nil
	}
	if e.err == nil || e.err == errBadMedicalClaim {
		return []error{errBadMedicalClaim}
	}
	return []error{e.err, errBadMedicalClaim}
}

// claimErr is a claimError of err at path: zh and format (English) are
// formatted with the same args.
func claimErr(err error, path, zh, format string, args ...any) *claimError {
	return &claimError{path: path, why: fmt.Sprintf(format, args...), zh: fmt.Sprintf(zh, args...), err: err}
}

// withClaimZH sets e's Chinese (zh formatted with args).
func withClaimZH(e error, zh string, args ...any) error {
	if ce, ok := e.(*claimError); ok {
		ce.zh = fmt.Sprintf(zh, args...)
	}
	return e
}

// amountWhyZH is checkAmount's why in Chinese.
func amountWhyZH(why string) string {
	switch why {
	case "negative":
		return "金额为负"
	case "":
		return ""
	}
	return "10¹¹ 元或更多：不是合理的收费金额"
}

// maxChargeFen bounds a charge (10¹¹ 元, in fen): maxClaimLines of them
// add up below 10¹⁵ 元, what SplitMedical takes.
const maxChargeFen = 10_000_000_000_000

// checkAmount checks a host's amount: not negative, below 10¹¹ 元. It
// never formats the amount; it returns why not, or "".
func checkAmount(a money.Amount) string {
	switch {
	case a.Sign() < 0:
		return "negative"
	case a.Fen() >= maxChargeFen:
		return "10¹¹ 元 or more: not a plausible charge"
	}
	return ""
}

func billPath(i int, rest string) string { return fmt.Sprintf("bills[%d]%s", i, rest) }

func linePath(i, j int, rest string) string { return fmt.Sprintf("bills[%d].lines[%d]%s", i, j, rest) }

// Validate checks the claim's input: dates in order, known values, amounts
// in whole fen, IDs unique, materials in their place and listed once, the
// stated limits. It does not judge payability (Rulebook.Assess does).
func (c MedicalClaim) Validate() error {
	bad := func(path, zh, format string, args ...any) error {
		return claimErr(errBadMedicalClaim, path, zh, format, args...)
	}
	switch {
	case c.Injury.IsZero():
		return bad("injury", "没有受伤日期", "no date of the injury")
	case !c.Stable.IsZero() && c.Stable.Before(c.Injury):
		return bad("stable", "%s 早于受伤日期 %s", "%s is before the injury %s", c.Stable, c.Injury)
	case !c.Filing.valid():
		return bad("filing", "%s（应为 approved、pending、refused 或不写）", "%s (want approved, pending, refused or nothing)", claimEcho(string(c.Filing)))
	case len(c.Bills) == 0:
		return bad("bills", "没有票据", "no bill")
	case len(c.Bills) > maxClaimBills:
		return claimErr(errClaimLimit, "bills", "%d 张票据，超过 %d 张", "%d bills, more than %d", len(c.Bills), maxClaimBills)
	}
	if d := c.Death; d != nil {
		if d.Date.IsZero() {
			return bad("death.date", "没有死亡日期", "no date of death")
		}
		if d.Date.Before(c.Injury) {
			return bad("death.date", "%s 早于受伤日期 %s", "%s is before the injury %s", d.Date, c.Injury)
		}
	}
	if a := c.Advance; a != nil {
		switch a.By {
		case AdvanceByPlatform, AdvanceByServiceAgency, AdvanceByThird:
		default:
			return bad("advance.by", "%s（应为 platform、service_agency 或 third）", "%s (want platform, service_agency or third)", claimEcho(string(a.By)))
		}
		if len(a.Name) > maxClaimText {
			return claimErr(errClaimLimit, "advance.name", "超过 %d 字节", "longer than %d bytes", maxClaimText)
		}
	}
	if err := checkMaterials(c.Submitted, -1); err != nil {
		return err
	}
	if t := c.ThirdParty; t != nil {
		if !t.Case.valid() {
			return bad("third_party.case", "%s（应为 traffic、rail、ferry、train、violence 或 other）", "%s (want traffic, rail, ferry, train, violence or other)", claimEcho(string(t.Case)))
		}
		need := legalDocuments(*t)
		var seen materialSet
		for i, m := range t.Shared {
			path := func() string { return fmt.Sprintf("third_party.shared[%d]", i) }
			switch {
			case !m.valid():
				return bad(path(), "材料 %s 不在列表中", "unknown material %s", claimEcho(string(m)))
			case !m.legalDocument():
				return withClaimZH(bad(path(), "", "%s is not a legal document of 第三十四条（三）: only those are obtained by data sharing", m), "%s（%s）不是第三十四条（三）所列的法律文书：只有这些通过数据共享获取", m.Chinese(), m)
			case !slices.Contains(need, m):
				return withClaimZH(bad(path(), "", "%s is not among the legal documents this case needs", m), "%s（%s）不是本案需要的法律文书", m.Chinese(), m)
			case seen.has(m):
				return withClaimZH(claimErr(errClaimDuplicateMaterial, path(), "", "%s listed twice", m), "%s（%s）列了两次", m.Chinese(), m)
			}
			seen = seen.with(m)
		}
	}
	ids := make(map[string]int, len(c.Bills))
	lines := 0
	for i, b := range c.Bills {
		if err := c.validateBill(b, i); err != nil {
			return err
		}
		if j, dup := ids[b.ID]; dup {
			return claimErr(ErrDuplicateBill, billPath(i, ".id"), "%s 与 bills[%d] 相同", "%s is also bills[%d]", claimEcho(b.ID), j)
		}
		ids[b.ID] = i
		lines += len(b.Lines)
		if lines > maxClaimLines {
			return claimErr(errClaimLimit, billPath(i, ".lines"), "申领的明细超过 %d 行", "more than %d lines in the claim", maxClaimLines)
		}
	}
	return nil
}

func (c MedicalClaim) validateBill(b Bill, i int) error {
	bad := func(rest, zh, format string, args ...any) error {
		return claimErr(errBadMedicalClaim, billPath(i, rest), zh, format, args...)
	}
	end := b.Date
	if !b.Until.IsZero() {
		end = b.Until
	}
	switch {
	case b.ID == "":
		return bad(".id", "没有票据号", "no receipt number")
	case len(b.ID) > maxClaimID:
		return claimErr(errClaimLimit, billPath(i, ".id"), "超过 %d 字节", "longer than %d bytes", maxClaimID)
	case !utf8.ValidString(b.ID):
		return bad(".id", "不是 UTF-8 文本", "not UTF-8")
	case len(b.Provider.Name) > maxClaimText:
		return claimErr(errClaimLimit, billPath(i, ".provider.name"), "超过 %d 字节", "longer than %d bytes", maxClaimText)
	case b.Date.IsZero():
		return bad(".date", "没有日期", "no date")
	case b.Date.Before(c.Injury):
		return bad(".date", "%s 早于受伤日期 %s：不是本次伤害的费用", "%s is before the injury %s: not a cost of this injury", b.Date, c.Injury)
	case !b.Until.IsZero() && b.Until.Before(b.Date):
		return bad(".until", "%s 早于票据日期 %s", "%s is before the bill's date %s", b.Until, b.Date)
	case c.Death != nil && end.After(c.Death.Date):
		return bad(".date", "治疗至 %s，晚于死亡日期 %s", "treatment until %s, after the death on %s", end, c.Death.Date)
	case !b.Setting.valid():
		return bad(".setting", "%s（应为 outpatient、emergency、observation、inpatient、rehabilitation 或 device）", "%s (want outpatient, emergency, observation, inpatient, rehabilitation or device)", claimEcho(string(b.Setting)))
	case !b.Confirmed.valid() || !b.Provider.Designated.valid() || !b.Provider.RehabDesignated.valid() || !b.Provider.DeviceAgreement.valid():
		return bad("", "是否类事实的取值超出范围", "a yes-or-no fact out of range")
	case len(b.Lines) == 0:
		return bad(".lines", "没有明细", "no line")
	case b.SettledDirectly && b.Provider.OutOfTown && c.Filing != FilingApproved:
		return bad(".settled_directly", "未经备案审核通过，在外省市直接联网结算（第三十三条：经审核通过后 … 可直接联网结算）", "settled directly out of town without an approved filing (第三十三条: 经审核通过后 … 可直接联网结算)")
	case b.SettledDirectly && !b.Provider.OutOfTown && !c.Networked:
		return bad(".settled_directly", "申领写明尚未实现联网结算，却直接结算（第三十五条：本市实现职业伤害医疗费联网结算后）", "settled directly while the claim says networked settlement is not in place (第三十五条: 本市实现职业伤害医疗费联网结算后)")
	}
	if err := checkMaterials(b.Submitted, i); err != nil {
		return err
	}
	for j, l := range b.Lines {
		lbad := func(err error, rest, zh, format string, args ...any) error {
			return claimErr(err, linePath(i, j, rest), zh, format, args...)
		}
		if why := checkAmount(l.Amount); why != "" {
			return withClaimZH(lbad(errBadMedicalClaim, ".amount", "", "%s", why), "%s", amountWhyZH(why))
		}
		switch {
		case len(l.Item) > maxClaimText:
			return lbad(errClaimLimit, ".item", "超过 %d 字节", "longer than %d bytes", maxClaimText)
		case !l.Catalogue.valid():
			return lbad(errBadMedicalClaim, ".catalogue", "是否类事实的取值超出范围", "a yes-or-no fact out of range")
		case !l.Date.IsZero() && (l.Date.Before(b.Date) || l.Date.After(end)):
			return lbad(errBadMedicalClaim, ".date", "%s 不在票据的日期 %s 至 %s 之内", "%s is outside the bill's days %s to %s", l.Date, b.Date, end)
		case !l.Device.valid():
			return lbad(errBadMedicalClaim, ".device", "%s（应为 prosthesis、orthosis、artificial_eye、wheelchair、other_device 或 denture）", "%s (want prosthesis, orthosis, artificial_eye, wheelchair, other_device or denture)", claimEcho(string(l.Device)))
		case b.Setting == SettingDevice && l.Device == DeviceNone:
			return lbad(errBadMedicalClaim, ".device", "辅助器具配置的明细应写明器具", "a device fitting's line names its device")
		}
		if a := l.Allowed; a != nil {
			if why := checkAmount(*a); why != "" {
				return withClaimZH(lbad(errBadMedicalClaim, ".allowed", "", "%s", why), "%s", amountWhyZH(why))
			}
			switch {
			case a.Cmp(l.Amount) > 0:
				return lbad(errBadMedicalClaim, ".allowed", "超过收费金额", "more than the amount charged")
			case l.Catalogue != FactYes:
				return lbad(errBadMedicalClaim, ".allowed", "只有目录内的收费（catalogue: true）才写标准价格", "a standard price is given only for a charge within the catalogues (catalogue: true)")
			}
		}
	}
	return nil
}

// checkMaterials checks a list of materials: known, in their place (bill i's,
// or the claim's for i < 0), each once.
func checkMaterials(ms []MedicalMaterial, i int) error {
	var seen materialSet
	for k, m := range ms {
		path := func() string {
			if i < 0 {
				return fmt.Sprintf("submitted[%d]", k)
			}
			return billPath(i, fmt.Sprintf(".submitted[%d]", k))
		}
		switch {
		case !m.valid():
			return claimErr(errBadMedicalClaim, path(), "材料 %s 不在列表中", "unknown material %s", claimEcho(string(m)))
		case i >= 0 && !m.billMaterial():
			return withClaimZH(claimErr(errBadMedicalClaim, path(), "", "%s belongs to the claim, not to a bill", m), "%s（%s）属于整个申领，不属于某张票据", m.Chinese(), m)
		case i < 0 && m.billMaterial():
			return withClaimZH(claimErr(errBadMedicalClaim, path(), "", "%s belongs to a bill: list it in the bill's submitted", m), "%s（%s）属于票据：列在该票据的 submitted 中", m.Chinese(), m)
		case seen.has(m):
			return withClaimZH(claimErr(errClaimDuplicateMaterial, path(), "", "%s listed twice", m), "%s（%s）列了两次", m.Chinese(), m)
		}
		seen = seen.with(m)
	}
	return nil
}

// materialSet is a set of materials, one bit each (in materialOrder).
type materialSet uint32

func materialsOf(ms []MedicalMaterial) materialSet {
	var s materialSet
	for _, m := range ms {
		s = s.with(m)
	}
	return s
}

func (s materialSet) with(m MedicalMaterial) materialSet {
	if b, ok := materialBit[m]; ok {
		return s | 1<<b
	}
	return s
}

func (s materialSet) has(m MedicalMaterial) bool {
	b, ok := materialBit[m]
	return ok && s&(1<<b) != 0
}

var materialBit = func() map[MedicalMaterial]uint8 {
	order := []MedicalMaterial{MedReceipt, MedReceiptImage, MedItemisedList, MedOutpatientRecord, MedDischargeSummary,
		MedApplicationForm, MedLiabilityFinding, MedMediationOrAward, MedViolenceProof, MedCompensationProof, MedCourtDocument,
		MedOtherEvidence, MedAdvancerAccount, MedAdvanceConfirmation, MedAdvanceAgreement, MedAdvancePaymentProof, MedDeathProof, MedRecordCopies}
	m := make(map[MedicalMaterial]uint8, len(order))
	for i, x := range order {
		m[x] = uint8(i)
	}
	return m
}()

// legalDocuments are the documents of 第三十四条（三） the case needs, in
// the article's order (the reading is in the package's comment above).
func legalDocuments(t ClaimThirdParty) []MedicalMaterial {
	var out []MedicalMaterial
	switch t.Case {
	case LegalTraffic, LegalRail, LegalFerry, LegalTrain:
		out = append(out, MedLiabilityFinding)
		if !t.Court {
			out = append(out, MedMediationOrAward)
		}
	case LegalViolence:
		out = append(out, MedViolenceProof)
		if !t.Court {
			out = append(out, MedCompensationProof)
		}
	case LegalOther:
		if !t.Court {
			out = append(out, MedOtherEvidence)
		}
	}
	if t.Court {
		out = append(out, MedCourtDocument)
	}
	return out
}

// billMaterials are the materials of 第三十四条（一）（二） a bill needs. A bill
// settled directly is not claimed and needs none.
func billMaterials(b Bill) []MedicalMaterial {
	if b.SettledDirectly {
		return nil
	}
	out := make([]MedicalMaterial, 0, 3)
	if b.Electronic && !b.Provider.OutOfTown {
		out = append(out, MedReceiptImage)
	} else {
		out = append(out, MedReceipt)
	}
	if !b.Itemised {
		out = append(out, MedItemisedList)
	}
	switch b.Setting {
	case SettingOutpatient, SettingEmergency:
		out = append(out, MedOutpatientRecord)
	case SettingObservation, SettingInpatient, SettingRehabilitation:
		out = append(out, MedDischargeSummary)
	}
	return out
}

// Verdict is what becomes of a charge: payable, not payable, or pending a
// fact or a material.
type Verdict string

const (
	Payable    Verdict = "payable"
	NotPayable Verdict = "not_payable"
	Pending    Verdict = "pending"
)

// MaterialState is whether a needed material is in.
type MaterialState string

const (
	MaterialSubmitted MaterialState = "submitted"
	MaterialShared    MaterialState = "shared" // obtained by data sharing (第三十四条（三）)
	MaterialMissing   MaterialState = "missing"
)

// MaterialNeed is one material a claim needs (or was given without needing
// it: Extra), with the bill it belongs to ("" for the claim's own).
type MaterialNeed struct {
	Material MedicalMaterial `json:"material"`
	Bill     string          `json:"bill,omitempty"`
	State    MaterialState   `json:"state"`
}

// Payee is whom the medical benefit is paid to. Pending: the materials the
// advancer must bring for it are not all in.
type Payee struct {
	Kind    PayeeKind `json:"kind"`
	Name    string    `json:"name,omitempty"`
	Pending bool      `json:"pending,omitempty"`
}

// Article is where the payee comes from.
func (p Payee) Article() string {
	switch p.Kind {
	case PayeeWorker:
		return "第二十三条（七）"
	case PayeeCloseRelative:
		return "第四十一条"
	case PayeePlatform, PayeeServiceAgency:
		return "第三十四条（四）；第二十三条（八）"
	case PayeeAdvancer:
		return "第二十三条（八）"
	}
	return ""
}

// LineResult is the verdict on one charge. Payable + NotPayable + Pending =
// Amount: a charge capped at the standard price is payable (or pending) up
// to it, and the rest is not payable.
type LineResult struct {
	Bill string
	// Line is the charge's place in its bill, from 1.
	Line       int
	Item       string
	Amount     money.Amount
	Verdict    Verdict
	Payable    money.Amount
	NotPayable money.Amount
	Pending    money.Amount
	// Findings are the rules applied, each with its article, in a fixed
	// order: settlement, where treated, what (catalogue, price), materials.
	Findings []Finding
}

// ClaimResult is the agency's view of a medical claim: each charge's
// verdict with its reasons, the materials, the payee, the totals and, where a
// third party is liable and all is known, the split of 第三十四条.
//
// Totals are exact sums of the lines (no rounding): Total = Payable +
// NotPayable + Pending. Payable is the eligible cost (合规医疗费用): what the
// fund pays when no third party is liable; with one, Split says the fund's
// part.
type ClaimResult struct {
	Lines []LineResult
	// Materials are the materials the claim needs, in the articles' order
	// (the form; each bill's receipt and record; the legal documents; the
	// advance; the death), with their state.
	Materials []MaterialNeed
	// Extra are materials given that the claim does not need (kept, not an
	// error).
	Extra []MaterialNeed
	Payee Payee
	// DirectSettlement: the costs may be settled directly with the social
	// security card (第三十五条; out of town 第三十三条).
	DirectSettlement bool
	Total            money.Amount
	Payable          money.Amount
	NotPayable       money.Amount
	Pending          money.Amount
	// Split is the third party's split of the costs, with Total and the
	// eligible Payable, once nothing is pending and the legal documents are
	// in (SplitMedical); nil otherwise (Notes say why).
	Split *MedicalSplit
	// Notes are the claim's remarks: settlement route, why the split waits,
	// the death.
	Notes []Finding
	// Rulebook is the Fingerprint of the Rulebook that assessed the claim.
	Rulebook string

	split Medical // Split's input, for its Chinese lines
}

// Missing lists the materials not yet in.
func (r ClaimResult) Missing() []MaterialNeed {
	var out []MaterialNeed
	for _, m := range r.Materials {
		if m.State == MaterialMissing {
			out = append(out, m)
		}
	}
	return out
}

// complete reports whether every material is in (Missing is empty).
func (r ClaimResult) complete() bool { return len(r.Missing()) == 0 }

// Assess checks the claim and judges each charge: where the worker was
// treated (第三十二条: designated institutions, the emergency exception up to
// the stable day; 第三十三条: out of town with the filing; 第三十六条:
// rehabilitation; 第三十七条: devices), what (第三十二条第二款: the catalogues
// and standard prices, the host's facts), whether it was settled directly
// already (第三十五条) and whether its bill's materials are in (第三十四条
// （一）（二）). It lists the materials (第三十四条（一）–（四）, 第二十三条（八）,
// 第四十一条), names the payee, totals the lines exactly and, with a third
// party and its basis, splits the costs (SplitMedical).
//
// Every charge is judged on its own: the order of bills and lines changes no
// verdict and no total. Bad input is an error of code
// bad_medical_claim (errcode.Of); a bad basis for the split is SplitMedical's error,
// wrapped so that it also matches bad_medical_claim. The result records
// rb's Fingerprint (ClaimResult.Rulebook); a nil or zero rb is
// no_rulebook. (The claim's facts are the host's: Assess reads none of
// rb's parameters today; it is rb's, as every computation of the package
// is, so that its result says what it was computed under.)
func (rb *Rulebook) Assess(c MedicalClaim) (ClaimResult, error) {
	if err := rb.ok(); err != nil {
		return ClaimResult{}, err
	}
	if err := c.Validate(); err != nil {
		return ClaimResult{}, err
	}
	r := ClaimResult{Rulebook: rb.fingerprint}
	have := materialsOf(c.Submitted)

	// Materials: the form (第三十四条), each bill's (（一）（二）).
	r.Materials = append(r.Materials, claimNeed(MedApplicationForm, "", have, nil))
	missingOf := make([][]MedicalMaterial, len(c.Bills))
	for i, b := range c.Bills {
		bh := materialsOf(b.Submitted)
		needed := billMaterials(b)
		for _, m := range needed {
			n := claimNeed(m, b.ID, bh, nil)
			r.Materials = append(r.Materials, n)
			if n.State == MaterialMissing {
				missingOf[i] = append(missingOf[i], m)
			}
		}
		for _, m := range b.Submitted {
			if !slices.Contains(needed, m) {
				r.Extra = append(r.Extra, MaterialNeed{Material: m, Bill: b.ID, State: MaterialSubmitted})
			}
		}
	}
	claimNeeds := []MedicalMaterial{MedApplicationForm}
	docsIn := true
	if t := c.ThirdParty; t != nil {
		for _, m := range legalDocuments(*t) {
			n := claimNeed(m, "", have, t.Shared)
			r.Materials = append(r.Materials, n)
			claimNeeds = append(claimNeeds, m)
			docsIn = docsIn && n.State != MaterialMissing
		}
	}
	advanceIn := true
	if a := c.Advance; a != nil {
		ms := []MedicalMaterial{MedAdvancerAccount, MedAdvanceConfirmation}
		if a.By == AdvanceByThird {
			ms = []MedicalMaterial{MedAdvanceAgreement, MedAdvancePaymentProof}
		}
		for _, m := range ms {
			n := claimNeed(m, "", have, nil)
			r.Materials = append(r.Materials, n)
			claimNeeds = append(claimNeeds, m)
			advanceIn = advanceIn && n.State != MaterialMissing
		}
	}
	if c.Death != nil {
		for _, m := range []MedicalMaterial{MedDeathProof, MedRecordCopies} {
			r.Materials = append(r.Materials, claimNeed(m, "", have, nil))
			claimNeeds = append(claimNeeds, m)
		}
	}
	for _, m := range c.Submitted {
		if !slices.Contains(claimNeeds, m) {
			r.Extra = append(r.Extra, MaterialNeed{Material: m, State: MaterialSubmitted})
		}
	}

	// The lines.
	n := 0
	for _, b := range c.Bills {
		n += len(b.Lines)
	}
	r.Lines = make([]LineResult, 0, n)
	for i, b := range c.Bills {
		for j, l := range b.Lines {
			lr := c.judge(b, l, missingOf[i])
			lr.Line = j + 1
			r.Lines = append(r.Lines, lr)
			// Validate bounded each charge (maxChargeFen) and their
			// number: the sums stay below 10¹⁵ 元.
			r.Total = plus(r.Total, lr.Amount)
			switch { // a line has at most two parts: add only those
			case !lr.Payable.IsZero():
				r.Payable = plus(r.Payable, lr.Payable)
			case !lr.Pending.IsZero():
				r.Pending = plus(r.Pending, lr.Pending)
			}
			if !lr.NotPayable.IsZero() {
				r.NotPayable = plus(r.NotPayable, lr.NotPayable)
			}
		}
	}

	// The payee (第三十四条（四）; 第二十三条（七）（八）; 第四十一条).
	switch {
	case c.Advance != nil:
		r.Payee = Payee{Kind: map[AdvanceBy]PayeeKind{AdvanceByPlatform: PayeePlatform, AdvanceByServiceAgency: PayeeServiceAgency, AdvanceByThird: PayeeAdvancer}[c.Advance.By],
			Name: c.Advance.Name, Pending: !advanceIn}
	case c.Death != nil:
		r.Payee = Payee{Kind: PayeeCloseRelative}
	default:
		r.Payee = Payee{Kind: PayeeWorker}
	}

	// The settlement route (第三十五条; 第三十三条).
	switch {
	case c.ThirdParty != nil:
		r.Notes = append(r.Notes, Finding{Rule: noteDirectExcluded})
	case c.Networked:
		r.DirectSettlement = true
		r.Notes = append(r.Notes, Finding{Rule: noteDirectAvailable})
	default:
		r.Notes = append(r.Notes, Finding{Rule: noteDirectNotNetworked})
	}
	if c.ThirdParty == nil && c.Filing == FilingApproved && c.outOfTown() {
		r.Notes = append(r.Notes, Finding{Rule: noteOutOfTownDirect})
	}

	// The split (第三十四条（三）).
	if t := c.ThirdParty; t != nil {
		if !t.hasBasis() {
			r.Notes = append(r.Notes, Finding{Rule: noteSplitNoBasis})
		} else {
			m := Medical{Total: r.Total, Eligible: r.Payable, DeterminedMedical: t.DeterminedMedical, Ratio: t.Ratio, Road: t.Road, Rule: t.Rule, FundPaysFirst: t.FundPaysFirst}
			s, err := SplitMedical(m)
			switch {
			case err != nil:
				return ClaimResult{}, &claimError{path: "third_party", why: claimBound(err.Error()), err: err}
			case r.Pending.Sign() > 0 || r.hasPendingLine():
				r.Notes = append(r.Notes, Finding{Rule: noteSplitWaitsPending})
			case !docsIn:
				r.Notes = append(r.Notes, Finding{Rule: noteSplitWaitsDocuments})
			default:
				r.Split, r.split = &s, m
			}
		}
	}
	if r.Payee.Pending {
		r.Notes = append(r.Notes, Finding{Rule: notePayeeWaits})
	}
	if c.Death != nil {
		r.Notes = append(r.Notes, Finding{Rule: noteDeathOpinion, date: c.Death.Date})
	}
	return r, nil
}

func (r ClaimResult) hasPendingLine() bool {
	for _, l := range r.Lines {
		if l.Verdict == Pending {
			return true
		}
	}
	return false
}

func (c MedicalClaim) outOfTown() bool {
	for _, b := range c.Bills {
		if b.Provider.OutOfTown {
			return true
		}
	}
	return false
}

// claimNeed is the state of material m: submitted (in have), shared (in
// shared), or missing.
func claimNeed(m MedicalMaterial, bill string, have materialSet, shared []MedicalMaterial) MaterialNeed {
	n := MaterialNeed{Material: m, Bill: bill, State: MaterialMissing}
	switch {
	case have.has(m):
		n.State = MaterialSubmitted
	case slices.Contains(shared, m):
		n.State = MaterialShared
	}
	return n
}

// judge gives the verdict on one line of bill b; missing are b's missing
// materials.
func (c MedicalClaim) judge(b Bill, l BillLine, missing []MedicalMaterial) LineResult {
	lr := LineResult{Bill: b.ID, Item: l.Item, Amount: l.Amount}
	f := make([]Finding, 0, 4)
	switch {
	case b.SettledDirectly && c.ThirdParty != nil:
		f = append(f, Finding{Rule: ruleSettledThirdParty})
	case b.SettledDirectly:
		f = append(f, Finding{Rule: ruleSettledDirectly})
	default:
		switch {
		case l.Device != DeviceNone:
			f = append(f, deviceFindings(b, l.Device)...)
		case b.Setting == SettingRehabilitation:
			f = append(f, rehabFindings(b)...)
		default:
			f = append(f, c.placeFinding(b, l))
		}
		switch l.Catalogue {
		case FactYes:
			f = append(f, Finding{Rule: ruleInCatalogue})
			if l.Allowed != nil && l.Allowed.Cmp(l.Amount) < 0 {
				f = append(f, Finding{Rule: ruleAboveStandard, amount: minus(l.Amount, *l.Allowed)})
			}
		case FactNo:
			f = append(f, Finding{Rule: ruleOutOfCatalogue})
		default:
			f = append(f, Finding{Rule: ruleCatalogueUnknown})
		}
		if len(missing) > 0 {
			f = append(f, Finding{Rule: ruleMaterialsMissing, materials: missing})
		}
	}
	lr.Findings = f
	lr.Verdict = Payable
	for _, x := range f {
		switch x.Rule.level() {
		case levelRefused:
			lr.Verdict = NotPayable
		case levelPending:
			if lr.Verdict == Payable {
				lr.Verdict = Pending
			}
		}
	}
	base := l.Amount
	if l.Allowed != nil {
		base = *l.Allowed
	}
	if base.IsZero() && l.Amount.Sign() > 0 {
		lr.Verdict = NotPayable // all of it above the standard price
	}
	switch lr.Verdict {
	case NotPayable:
		lr.NotPayable = l.Amount
	case Pending:
		lr.Pending, lr.NotPayable = base, minus(l.Amount, base)
	default:
		lr.Payable, lr.NotPayable = base, minus(l.Amount, base)
	}
	return lr
}

// placeFinding applies 第三十二条第一款 and 第三十三条 to an ordinary line:
// first the rule for where the worker was treated, then, failing it, the
// emergency exception up to the stable day.
func (c MedicalClaim) placeFinding(b Bill, l BillLine) Finding {
	var normal Finding
	if b.Provider.OutOfTown {
		switch c.Filing {
		case FilingApproved:
			normal.Rule = ruleOutOfTownFiled
		case FilingPending:
			normal.Rule = ruleFilingPending
		case FilingRefused:
			normal.Rule = ruleFilingRefused
		default:
			normal.Rule = ruleNotFiled
		}
	} else {
		switch b.Provider.Designated {
		case FactYes:
			normal.Rule = ruleDesignated
		case FactNo:
			normal.Rule = ruleNotDesignated
		default:
			normal.Rule = ruleDesignationUnknown
		}
	}
	if normal.Rule.level() == levelOK || !b.NearestEmergency {
		return normal
	}
	if c.Stable.IsZero() {
		return Finding{Rule: ruleStableUnknown}
	}
	from, to := l.Date, l.Date
	if from.IsZero() {
		from, to = b.Date, b.Date
		if !b.Until.IsZero() {
			to = b.Until
		}
	}
	switch {
	case !to.After(c.Stable):
		return Finding{Rule: ruleEmergency, date: c.Stable}
	case from.After(c.Stable):
		if normal.Rule.level() == levelPending {
			return normal
		}
		return Finding{Rule: ruleAfterStable, date: c.Stable}
	}
	return Finding{Rule: ruleStaySpansStable, date: c.Stable}
}

// rehabFindings apply 第三十六条: confirmed, at a designated rehabilitation
// institution of Shanghai.
func rehabFindings(b Bill) []Finding {
	var out []Finding
	switch {
	case b.Provider.OutOfTown || b.Provider.RehabDesignated == FactNo:
		out = append(out, Finding{Rule: ruleRehabNotDesignated})
	case b.Provider.RehabDesignated == FactUnknown:
		out = append(out, Finding{Rule: ruleRehabDesignationUnknown})
	}
	switch b.Confirmed {
	case FactNo:
		out = append(out, Finding{Rule: ruleRehabRefused})
	case FactUnknown:
		out = append(out, Finding{Rule: ruleRehabUnconfirmed})
	}
	if len(out) == 0 {
		out = append(out, Finding{Rule: ruleRehabConfirmed})
	}
	return out
}

// deviceFindings apply 第三十七条: confirmed, fitted at an agreement
// institution of Shanghai (a denture: at a designated medical institution).
func deviceFindings(b Bill, d DeviceKind) []Finding {
	at := b.Provider.DeviceAgreement
	if d == DeviceDenture {
		at = b.Provider.Designated
	}
	var out []Finding
	switch {
	case b.Provider.OutOfTown || at == FactNo:
		out = append(out, Finding{Rule: ruleDeviceWrongProvider, device: d})
	case at == FactUnknown:
		out = append(out, Finding{Rule: ruleDeviceProviderUnknown, device: d})
	}
	switch b.Confirmed {
	case FactNo:
		out = append(out, Finding{Rule: ruleDeviceRefused, device: d})
	case FactUnknown:
		out = append(out, Finding{Rule: ruleDeviceUnconfirmed, device: d})
	}
	if len(out) == 0 {
		out = append(out, Finding{Rule: ruleDeviceConfirmed, device: d})
	}
	return out
}
