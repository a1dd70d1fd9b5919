package claims

import (
	"fmt"
	"sort"
	"strconv"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/explain"
)

// Situation is a situation that counts as an occupational injury (第十九条,
// 《实施办法》第十四条 as 第十九条 reads it) and that selects the extra
// evidence of 第二十四条.
type Situation string

const (
	// SituationOrderAccident: injured while carrying out platform orders
	// (履行平台服务内容: 驾乘, 配送, 货运及搬运) by an accident, violence or
	// other mishap, or gone missing in an accident (第二十四条（一）).
	SituationOrderAccident Situation = "order_accident"
	// SituationCommute: going at a set time to a set place for attendance
	// or training under the platform's routine management, or going home
	// by a reasonable route after the day's orders, and hurt in a traffic,
	// urban-rail, ferry or train accident not mainly the worker's
	// responsibility (第十九条第二款, 第二十四条（二）).
	SituationCommute Situation = "commute"
	// SituationSuddenDeath: sudden illness during orders causing death, or
	// death within 48 hours despite rescue (第二十四条（三）).
	SituationSuddenDeath Situation = "sudden_illness_death"
	// SituationRescue: hurt in rescue and disaster relief or other acts for
	// the state's or the public's interest (第二十四条（四）).
	SituationRescue Situation = "rescue"
	// SituationVeteran: a veteran disabled in war or on duty whose old
	// injury recurs while working on the platform (第二十四条（五）, 第四十二条).
	SituationVeteran Situation = "veteran_recurrence"
)

var situations = []Situation{SituationOrderAccident, SituationCommute, SituationSuddenDeath, SituationRescue, SituationVeteran}

// Valid reports whether s is one of the situations.
func (s Situation) Valid() bool {
	for _, v := range situations {
		if v == s {
			return true
		}
	}
	return false
}

// Material is one item of evidence an application carries.
type Material string

// The materials of 第二十三条 (every application) and 第二十四条 (per situation).
const (
	MatApplicationForm   Material = "application_form" // 23（一）职业伤害保障伤残/死亡待遇申请表
	MatIdentity          Material = "identity"         // 23（二）居民身份证或社会保障卡等有效身份证件
	MatScene             Material = "scene_evidence"   // 23（三）事故现场图片、报警、出警记录
	MatOrderData         Material = "order_data"       // 23（四）平台企业提交的事故当日接单数据
	MatTrack             Material = "track_data"       // 23（五）事故当日接单的行程轨迹数据
	MatDiagnosis         Material = "diagnosis"        // 23（六）受伤后诊断证明或救治记录
	MatPaymentAccount    Material = "payment_account"  // 23（七）待遇支付账号
	MatAdvanceByPlatform Material = "advance_platform" // 23（八）平台企业或平台服务机构垫付: 银行账户及双方确认垫付事实的书面材料
	MatAdvanceByThird    Material = "advance_third"    // 23（八）第三方先行垫付医疗费用: 三方协议和支付凭证
	MatConsent           Material = "consent"          // 23（九）知情同意确认书及同意调取相关信息的承诺书

	MatPoliceProof    Material = "police_proof"     // 24（一）公安机关或者其他相关部门的证明
	MatCommuteProof   Material = "commute_proof"    // 24（二）常规管理制度或完成当日订单任务的证据、日常居所地址及交通管理等部门的证明
	MatRescueDeath    Material = "rescue_and_death" // 24（三）医疗机构的抢救证明及死亡证明
	MatPublicInterest Material = "public_interest"  // 24（四）民政部门或者其他相关部门的证明
	MatVeteranProof   Material = "veteran_proof"    // 24（五）残疾军人证及旧伤复发医学鉴定意见
)

var materialText = map[Material]string{
	MatApplicationForm:   "第二十三条（一）填写完整的职业伤害保障伤残待遇申请表或者死亡待遇申请表",
	MatIdentity:          "第二十三条（二）居民身份证或者社会保障卡等有效身份证件",
	MatScene:             "第二十三条（三）事故现场的图片、报警、出警记录等",
	MatOrderData:         "第二十三条（四）平台企业提交的事故发生当日的接单数据",
	MatTrack:             "第二十三条（五）平台企业提交的事故发生当日接单的行程轨迹数据",
	MatDiagnosis:         "第二十三条（六）医疗机构出具的受伤后诊断证明或者救治记录",
	MatPaymentAccount:    "第二十三条（七）社会保障卡银行账户等待遇支付账号",
	MatAdvanceByPlatform: "第二十三条（八）垫付单位的银行账户和双方确认垫付事实的书面材料",
	MatAdvanceByThird:    "第二十三条（八）平台企业、第三方、新就业形态人员签订的协议和支付凭证",
	MatConsent:           "第二十三条（九）知情同意确认书及同意调取相关信息的承诺书",
	MatPoliceProof:       "第二十四条（一）公安机关或者其他相关部门的证明",
	MatCommuteProof:      "第二十四条（二）平台企业常规管理制度或完成当日订单任务的证据材料、日常居所地址及公安机关交通管理等部门的证明",
	MatRescueDeath:       "第二十四条（三）医疗机构的抢救证明及死亡证明",
	MatPublicInterest:    "第二十四条（四）民政部门或者其他相关部门的证明",
	MatVeteranProof:      "第二十四条（五）革命伤残军人证或者残疾军人证，及旧伤复发医学鉴定意见等证明",
}

// Valid reports whether m is one of the materials.
func (m Material) Valid() bool { _, ok := materialText[m]; return ok }

// text is the material as the article describes it.
func (m Material) text() string {
	if t, ok := materialText[m]; ok {
		return t
	}
	return string(m)
}

var situationMaterial = map[Situation]Material{
	SituationOrderAccident: MatPoliceProof,
	SituationCommute:       MatCommuteProof,
	SituationSuddenDeath:   MatRescueDeath,
	SituationRescue:        MatPublicInterest,
	SituationVeteran:       MatVeteranProof,
}

// Advance says who, if anyone, advanced the costs (第二十三条（八）).
type Advance string

const (
	AdvanceNone     Advance = ""         // nobody advanced costs: item (八) is not needed
	AdvancePlatform Advance = "platform" // the platform or its service agency advanced them
	AdvanceThird    Advance = "third"    // a third party advanced the medical costs
)

// Application is what an applicant brings: the situation, who advanced
// costs, whether the bureau will query the national platform for the order
// data, and the materials submitted.
type Application struct {
	Situation Situation `json:"situation"`
	Advance   Advance   `json:"advance,omitempty"`
	// BureauQueriesOrders: the worker's side cannot provide the order data
	// and the district bureau queries the national platform instead
	// (第二十三条（四）第二款), so item (四) is not needed from the applicant.
	BureauQueriesOrders bool `json:"bureau_queries_orders,omitempty"`
	// MainlyResponsible: in a commute accident, the worker was mainly
	// responsible (then not covered, 第十九条第二款).
	MainlyResponsible bool       `json:"mainly_responsible,omitempty"`
	Submitted         []Material `json:"submitted"`
}

// Errors of applications.
var (
	errBadSituation = errcode.New("bad_situation", errcode.Stop,
		"claims: unknown situation (want order_accident, commute, sudden_illness_death, rescue or veteran_recurrence)",
		"不认识的申请情形")
	errBadMaterial = errcode.New("bad_material", errcode.Stop,
		"claims: unknown material",
		"不认识的材料名称")
	errBadAdvance = errcode.New("bad_advance", errcode.Stop,
		"claims: advance must be empty, platform or third",
		"先行支付只能不写，或写平台先行支付 platform、第三人先行支付 third")
	ErrNotCovered = errcode.New("not_covered_commute", errcode.Stop,
		"claims: a commute accident mainly the worker's responsibility is not covered (第十九条第二款)",
		"上下班途中职工负主要责任，不属于保障范围（第十九条）")
	ErrKeyMaterials = errcode.New("key_materials_missing", errcode.Stop,
		"claims: key materials missing: the application cannot be accepted (第二十五条)",
		"缺少关键材料，不予受理（第二十五条）")
	errDuplicateMaterial = errcode.New("duplicate_material", errcode.Stop,
		"claims: a material listed twice",
		"同一材料在同一列表中列了两次")
)

// required returns the materials the application needs: the items of
// 第二十三条 (item (四) unless the bureau queries the orders; item (八) only
// where someone advanced costs, in its variant), and the situation's item of
// 第二十四条. The list is in article order.
func required(a Application) ([]Material, error) {
	if !a.Situation.Valid() {
		return nil, errBadSituation
	}
	if a.Advance != AdvanceNone && a.Advance != AdvancePlatform && a.Advance != AdvanceThird {
		return nil, errBadAdvance
	}
	req := []Material{MatApplicationForm, MatIdentity, MatScene}
	if !a.BureauQueriesOrders {
		req = append(req, MatOrderData)
	}
	req = append(req, MatTrack, MatDiagnosis, MatPaymentAccount)
	switch a.Advance {
	case AdvancePlatform:
		req = append(req, MatAdvanceByPlatform)
	case AdvanceThird:
		req = append(req, MatAdvanceByThird)
	}
	req = append(req, MatConsent, situationMaterial[a.Situation])
	return req, nil
}

// Check is the checklist of an application. It marshals itself (MarshalJSON)
// with its explanation in Chinese (Explain).
type Check struct {
	Required []Material
	Missing  []Material
	// Acceptable: every key material is in (第二十五条 容缺受理).
	Acceptable bool
	// Complete: nothing is missing.
	Complete bool
	// ToFollow: what must follow after acceptance (the missing items that
	// are not key), when the application is acceptable but not complete.
	ToFollow []Material
	// MissingKey: the key materials missing.
	MissingKey []Material
	// Extra: submitted items the application does not need (kept, not an error).
	Extra []Material
	// Rulebook is the Fingerprint of the rulebook that checked it.
	Rulebook string `json:"rulebook,omitempty"`
}

// defaultKeyMaterials are the key materials of 第二十五条 by default: the
// application form, the identity document, the diagnosis and the
// situation's own evidence (第二十四条's item), without which the bureau
// cannot tell who is hurt, how, and under which situation. The situation's
// item is added by Rulebook.CheckMaterials; the list here holds the other
// three.
func defaultKeyMaterials() []Material {
	return []Material{MatApplicationForm, MatIdentity, MatDiagnosis}
}

// CheckMaterials lists the materials the application needs (Check.Required:
// the items of 第二十三条, item (四) unless the bureau queries the orders,
// item (八) only where someone advanced costs, in its variant, and the
// situation's item of 第二十四条, in article order) and compares the
// submitted materials with them: what is
// missing, whether the key materials (Rules.KeyMaterials and the
// situation's item) are in so that the application can be accepted with the
// rest to follow (第二十五条), and whether it is complete. A commute accident
// mainly the worker's responsibility is ErrNotCovered; an unknown or
// repeated material is an error.
func (rb *Rulebook) CheckMaterials(a Application) (Check, error) {
	if err := rb.ok(); err != nil {
		return Check{}, err
	}
	req, err := required(a)
	if err != nil {
		return Check{}, err
	}
	if a.Situation == SituationCommute && a.MainlyResponsible {
		return Check{}, ErrNotCovered
	}
	got := map[Material]bool{}
	for _, m := range a.Submitted {
		if !m.Valid() {
			return Check{}, codeZH(errBadMaterial, fmt.Errorf("%w: %s", errBadMaterial, masked(string(m))),
				"%s", maskedZH(string(m)))
		}
		if got[m] {
			return Check{}, codeZH(errDuplicateMaterial, fmt.Errorf("%w: %s", errDuplicateMaterial, masked(string(m))),
				"%s（%s）", m.Chinese(), maskedZH(string(m)))
		}
		got[m] = true
	}
	key := map[Material]bool{situationMaterial[a.Situation]: true}
	for _, m := range rb.rules.KeyMaterials {
		key[m] = true
	}
	c := Check{Required: req, Rulebook: rb.fingerprint}
	need := map[Material]bool{}
	for _, m := range req {
		need[m] = true
		if got[m] {
			continue
		}
		c.Missing = append(c.Missing, m)
		if key[m] {
			c.MissingKey = append(c.MissingKey, m)
		} else {
			c.ToFollow = append(c.ToFollow, m)
		}
	}
	for _, m := range a.Submitted {
		if !need[m] {
			c.Extra = append(c.Extra, m)
		}
	}
	sort.Slice(c.Extra, func(i, j int) bool { return c.Extra[i] < c.Extra[j] })
	c.Complete = len(c.Missing) == 0
	c.Acceptable = len(c.MissingKey) == 0
	if c.Complete {
		c.ToFollow = nil
	}
	return c, nil
}

// Explain is the checklist in lang: each material missing, as the article
// describes it, then whether the application is complete, acceptable with
// the rest to follow (第二十五条 容缺受理) or not acceptable.
// explain.Chinese is for a clerk (the JSON's "explanation"), explain.English
// for developers.
func (c Check) Explain(lang explain.Lang) []string { return render(lang, c.steps()) }

// steps are the checklist's lines, each one step (messages.go).
func (c Check) steps() []explain.Explanation {
	var out []explain.Explanation
	for _, m := range c.Missing {
		out = append(out, step("claims.materials.missing", "第二十三、二十四条", in("material", string(m)), in("text", m.text())))
	}
	switch {
	case c.Complete:
		out = append(out, step("claims.materials.complete", "第二十三、二十四条"))
	case c.Acceptable:
		out = append(out, step("claims.materials.acceptable", "第二十五条", in("to_follow", strconv.Itoa(len(c.ToFollow)))))
	default:
		out = append(out, step("claims.materials.not_acceptable", "第二十五条", in("missing_key", strconv.Itoa(len(c.MissingKey)))))
	}
	return out
}
