package eligibility

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
)

// Industry is one of the three industries of the pilot (第三条, 第十一条).
// The zero Industry is invalid.
type Industry uint8

const (
	RideHailing      Industry = iota + 1 // 出行
	InstantDelivery                      // 即时配送 (外卖 included from 2025-07-01)
	IntraCityFreight                     // 同城货运
)

// Industries lists the industries in order.
var Industries = [...]Industry{RideHailing, InstantDelivery, IntraCityFreight}

var industryNames = [...]string{"", "ride_hailing", "instant_delivery", "intra_city_freight"}
var industryChinese = [...]string{"", "出行", "即时配送", "同城货运"}

// parseIndustry parses ride_hailing, instant_delivery or intra_city_freight.
func parseIndustry(s string) (Industry, error) {
	switch s {
	case "ride_hailing":
		return RideHailing, nil
	case "instant_delivery":
		return InstantDelivery, nil
	case "intra_city_freight":
		return IntraCityFreight, nil
	}
	return 0, ErrUnknownIndustry
}

// valid reports whether i is one of the three industries (a host reads
// slices.Contains(Industries[:], i), or String/MarshalText's refusal).
func (i Industry) valid() bool { return i >= RideHailing && i <= IntraCityFreight }

// String returns the industry's name as used in CSV and JSON.
func (i Industry) String() string {
	if i.valid() {
		return industryNames[i]
	}
	return fmt.Sprintf("Industry(%d)", uint8(i))
}

// Chinese returns 出行, 即时配送 or 同城货运.
func (i Industry) Chinese() string {
	if i.valid() {
		return industryChinese[i]
	}
	return i.String()
}

// MarshalText implements encoding.TextMarshaler.
func (i Industry) MarshalText() ([]byte, error) {
	if !i.valid() {
		return nil, ErrUnknownIndustry
	}
	return []byte(industryNames[i]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (i *Industry) UnmarshalText(b []byte) error {
	v, err := parseIndustry(string(b))
	if err != nil {
		return errzh.With(fmt.Errorf("%w: %s", err, quoteEcho(echo(string(b)))), "%s", quoteEcho(echo(string(b))))
	}
	*i = v
	return nil
}

// EndKind says how an execution ended. The zero EndKind, NotEnded, is an
// execution still running.
type EndKind uint8

const (
	NotEnded    EndKind = iota // not ended: no end time
	Delivered                  // 实际送达
	Transferred                // 中途转出
	Cancelled                  // cancelled
)

var endKindNames = [...]string{"", "delivered", "transferred", "cancelled"}

// parseEndKind parses delivered, transferred, cancelled, or "" for NotEnded.
func parseEndKind(s string) (EndKind, error) {
	switch s {
	case "delivered":
		return Delivered, nil
	case "":
		return NotEnded, nil
	case "transferred":
		return Transferred, nil
	case "cancelled":
		return Cancelled, nil
	}
	return 0, errUnknownEndKind
}

// String returns the end kind's name ("" for NotEnded).
func (k EndKind) String() string {
	if int(k) < len(endKindNames) {
		return endKindNames[k]
	}
	return fmt.Sprintf("EndKind(%d)", uint8(k))
}

// Chinese is the end kind's Chinese name: 尚未结束 (NotEnded), 送达完成,
// 中途转单, 取消; "" for a value outside the list.
func (k EndKind) Chinese() string {
	if int(k) < len(endKindChinese) {
		return endKindChinese[k]
	}
	return ""
}

var endKindChinese = [...]string{"尚未结束", "送达完成", "中途转单", "取消"}

// MarshalText implements encoding.TextMarshaler.
func (k EndKind) MarshalText() ([]byte, error) {
	if int(k) >= len(endKindNames) {
		return nil, errUnknownEndKind
	}
	return []byte(endKindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *EndKind) UnmarshalText(b []byte) error {
	v, err := parseEndKind(string(b))
	if err != nil {
		return errzh.With(fmt.Errorf("%w: %s", err, quoteEcho(echo(string(b)))), "%s", quoteEcho(echo(string(b))))
	}
	*k = v
	return nil
}

// Execution is one worker's execution of one order, as the platform reports
// it to the national information platform.
type Execution struct {
	OrderID  string   `json:"order_id"`
	WorkerID string   `json:"worker_id"`
	Platform string   `json:"platform"` // the platform headquarters (平台企业总部)
	Industry Industry `json:"industry"`
	// Registered: the worker is registered on the platform (已经在平台注册).
	Registered bool `json:"registered"`
	// InScope: the worker is within the platform's insured scope (符合参保范围).
	InScope    bool      `json:"in_scope"`
	AcceptedAt time.Time `json:"accepted_at"`
	StartedAt  time.Time `json:"started_at"`
	// StartDivision is the 6-digit administrative division code (GB/T 2260)
	// of the place where execution started.
	StartDivision string    `json:"start_division"`
	EndedAt       time.Time `json:"ended_at,omitzero"`
	EndKind       EndKind   `json:"end_kind"`
}

// The ways a record is invalid: each is a code (errcode.Code) whose message
// names the field and what is wrong ("eligibility: ended_at: before
// started_at"), and errors.Is(err, errEndBeforeStart) works through any
// wrapping; a host compares errcode.Of(err).Code() with the code id
// (ended_before_started). Each has action SkipRow, but nil_execution
// FixCall.
var (
	errMissingOrderID = recordCode("missing_order_id", "order_id", "missing",
		"缺少订单编号（order_id）")
	errMissingWorkerID = recordCode("missing_worker_id", "worker_id", "missing",
		"缺少从业人员编号（worker_id）")
	errMissingPlatform = recordCode("missing_platform", "platform", "missing",
		"缺少平台（platform）")
	ErrUnknownIndustry = recordCode("unknown_industry", "industry", "unknown (want ride_hailing, instant_delivery or intra_city_freight)",
		"行业不在列表中（应为网约车 ride_hailing、即时配送 instant_delivery 或同城货运 intra_city_freight）")
	errMissingAccepted = recordCode("missing_accepted_at", "accepted_at", "missing",
		"缺少接单时间（accepted_at）")
	errMissingStarted = recordCode("missing_started_at", "started_at", "missing",
		"缺少开始执行时间（started_at）")
	errStartBeforeAccept = recordCode("started_before_accepted", "started_at", "before accepted_at",
		"开始执行时间早于接单时间")
	errEndBeforeStart = recordCode("ended_before_started", "ended_at", "before started_at",
		"结束时间早于开始执行时间")
	errEndKindWithoutEnd = recordCode("end_kind_without_end", "ended_at", "missing, but end_kind says the execution ended",
		"缺少结束时间（ended_at），但结束方式（end_kind）表明订单已结束")
	errEndWithoutEndKind = recordCode("end_without_end_kind", "end_kind", "missing, but ended_at is given",
		"缺少结束方式（end_kind），但写了结束时间（ended_at）")
	errUnknownEndKind = recordCode("unknown_end_kind", "end_kind", "unknown (want delivered, transferred, cancelled, or empty when not ended)",
		"结束方式不在列表中（应为送达 delivered、转单 transferred、取消 cancelled，尚未结束的不写）")
	errMalformedDivision = recordCode("malformed_division", "start_division", "not a 6-digit administrative division code (GB/T 2260)",
		"起点行政区划代码不是 6 位数字（GB/T 2260）")
	errUnknownProvince = recordCode("unknown_province", "start_division", "its first two digits name no province-level division of GB/T 2260",
		"起点行政区划代码的前两位不是任何省级行政区（GB/T 2260）")
	errMalformedOrderID = recordCode("malformed_order_id", "order_id", idRule,
		"订单编号中有看不见或难以分辨的字符，或不是 UTF-8 文本")
	errMalformedWorkerID = recordCode("malformed_worker_id", "worker_id", idRule,
		"从业人员编号中有看不见或难以分辨的字符，或不是 UTF-8 文本")
	errMalformedPlatform = recordCode("malformed_platform", "platform", idRule,
		"平台名称中有看不见或难以分辨的字符，或不是 UTF-8 文本")
	errTimeOutsideCovered = recordCode("ended_outside_tally_days", "ended_at", "outside the days a Tally holds ("+tallyFirstText+".."+tallyLastText+", Beijing time)",
		"结束时间不在汇总表可容纳的日期范围内（北京时间 "+tallyFirstText+" 至 "+tallyLastText+"）")
	// errMissingID is CheckID's refusal of an empty ID of a field that has
	// no code of its own (a *errcode.FieldError naming the field).
	errMissingID = recordCode("missing_id", "", "missing",
		"缺少编号")
)

// recordCode declares a code for a record invalid in field: its message is
// "eligibility: <field>: <why>" ("eligibility: missing" without a field, as
// a *errcode.FieldError names it).
func recordCode(id, field, why, zh string) errcode.Code {
	en := "eligibility: " + why
	if field != "" {
		en = "eligibility: " + field + ": " + why
	}
	return errcode.New(id, errcode.SkipRow, en, zh)
}

// recordReasons gives each record code's field and what is wrong (for
// Invalid's counts by reason, InvalidUnlisted).
var recordReasons = map[errcode.Code]reasonOf{}

func init() {
	for _, c := range recordCodes() {
		field, why, _ := strings.Cut(strings.TrimPrefix(c.Error(), "eligibility: "), ": ")
		recordReasons[c] = reasonOf{field, why}
	}
}

// recordCodes lists the codes of an invalid record.
func recordCodes() []errcode.Code {
	return []errcode.Code{
		errMissingOrderID, errMissingWorkerID, errMissingPlatform, ErrUnknownIndustry, errMissingAccepted,
		errMissingStarted, errStartBeforeAccept, errEndBeforeStart, errEndKindWithoutEnd, errEndWithoutEndKind,
		errUnknownEndKind, errMalformedDivision, errUnknownProvince, errMalformedOrderID, errMalformedWorkerID,
		errMalformedPlatform, errTimeOutsideCovered, errNilExecution,
	}
}

// idRule is what an ID or platform must be: text a clerk can tell apart
// from every other, and that JSON can carry (see idRefusal, which names the
// code point refused and wraps these).
const idRule = "not UTF-8 text of visible characters (no white space, no control, format, default-ignorable or other invisible code point)"

// provinces are the province-level codes of GB/T 2260 (the first two digits
// of every division code): 11–15 North, 21–23 North-east, 31–37 East (31
// Shanghai), 41–46 Central-south, 50–54 South-west, 61–65 North-west, 71
// Taiwan, 81 Hong Kong, 82 Macao.
var provinces = [100]bool{
	11: true, 12: true, 13: true, 14: true, 15: true,
	21: true, 22: true, 23: true,
	31: true, 32: true, 33: true, 34: true, 35: true, 36: true, 37: true,
	41: true, 42: true, 43: true, 44: true, 45: true, 46: true,
	50: true, 51: true, 52: true, 53: true, 54: true,
	61: true, 62: true, 63: true, 64: true, 65: true,
	71: true, 81: true, 82: true,
}

// shanghaiProvinceCode is the first two digits of every Shanghai division
// code (31).
const shanghaiProvinceCode = "31"

// Validate reports the first thing wrong with e, or nil. A record is
// invalid when an ID or the platform is missing, the industry or end kind is
// unknown, the acceptance or start time is missing, execution started before
// acceptance or ended before it started, an end kind has no end time or an
// end time has no end kind, or the division code is not 6 digits of a
// province-level division, it ended on a day outside 2020-01-01..2039-12-31, or an ID
// or the platform is not clear text (an error naming the code point, with
// code malformed_order_id or its sibling; see CheckID: two copies
// differing only in invisible code points would be two pairs). Decide
// checks all but the last, for speed.
func (e *Execution) Validate() error {
	if e == nil {
		return errNilExecution
	}
	if _, err := (Rules{}).Decide(e); err != nil {
		return err
	}
	return e.checkIDs()
}

// checkIDs reports an ID or platform that is not clear text: an *idRefusal
// (see CheckID) wrapping errMalformedOrderID or its sibling. Decide leaves
// it out, for speed; Validate, Batch, Resolve and the tallies check it.
func (e *Execution) checkIDs() error {
	switch {
	case !cleanID(e.OrderID):
		return idError("order_id", e.OrderID)
	case !cleanID(e.WorkerID):
		return idError("worker_id", e.WorkerID)
	case !cleanID(e.Platform):
		return idError("platform", e.Platform)
	}
	return nil
}

// zeroUnix is the Unix second of the zero time.Time (0001-01-01T00:00:00Z).
const zeroUnix = -62135596800

// instant is a time as Unix seconds and nanoseconds, decoded once.
type instant struct {
	sec  int64
	nsec int64
}

func instantOf(t time.Time) instant { return instant{t.Unix(), int64(t.Nanosecond())} }

func (a instant) zero() bool            { return a.sec == zeroUnix && a.nsec == 0 }
func (a instant) before(b instant) bool { return a.sec < b.sec || a.sec == b.sec && a.nsec < b.nsec }

// Clauses is a set of the clauses of 第十条. A Decision lists the clauses
// that make an order count, or the ones it fails.
type Clauses uint8

const (
	// ClauseEndOfDay: 第十条第一款, the order counts on the Beijing day it
	// ended (每日24时前执行结束的订单计入当日).
	ClauseEndOfDay Clauses = 1 << iota
	// ClauseRegistered: 第十条第一款第（一）项, registered and within the insured scope.
	ClauseRegistered
	// ClauseInShanghai: 第十条第一款第（二）项, accepted and started in Shanghai.
	ClauseInShanghai
	// ClauseEnded: 第十条第一款第（三）项, ended by delivery or transfer.
	ClauseEnded
	// ClauseCancelledAfterStart: a counted order that ended by cancellation
	// after execution started, counted only under
	// Rules.CountCancelledAfterStart (第十条第一款第（三）项's "等" read to
	// include it); it takes the place of ClauseEnded, which says delivered
	// or transferred. It is never a clause an order fails.
	ClauseCancelledAfterStart
)

// MarshalText implements encoding.TextMarshaler as String.
func (c Clauses) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// Decision is whether one execution counts for the levy, and on which day.
type Decision struct {
	Counted bool
	// Day is the Beijing calendar day the execution ended (the zero Date
	// when it has not ended). A counted order counts on this day.
	Day calendar.Date
	// Clauses: for a counted order, the clauses it satisfies (第一款, （一）,
	// （二） and （三）, or ClauseCancelledAfterStart in place of （三） for a
	// cancellation counted under Rules.CountCancelledAfterStart); for an
	// excluded one, every clause it fails.
	Clauses Clauses
	// OtherMonth, set only by Batch.Add and Batch.AddResolved: the execution
	// satisfies 第十条 and ends on Day, outside the batch's month, so the
	// batch did not count it (Counted is false, Clauses the ones it
	// satisfies).
	OtherMonth bool
}

// Rules are the readings of 第十条 a host may set. The zero Rules are the
// library's default readings.
type Rules struct {
	// CountCancelledAfterStart: 第十条第一款第（三）项 lists the ways an
	// execution ends as "实际送达、中途转出等"; 等 leaves the list open. By
	// default (false) an execution cancelled after it started is not counted:
	// it was neither delivered nor handed over. Set, such an execution with an
	// end time counts on the Beijing day it was cancelled, like a delivered
	// one (its Decision carries ClauseCancelledAfterStart). A cancelled record
	// without an end time is never counted: it has no day. "After it
	// started" is what the record says: it has a start time (every valid
	// record has one) and an end time at or after it; the library cannot
	// check that execution really began, so a platform that fills the
	// start time for orders cancelled before pickup would have them
	// counted under this reading.
	CountCancelledAfterStart bool `json:"count_cancelled_after_start,omitempty"`
}

// Decide applies 第十条 to one execution under the readings r (the zero
// Rules: the default readings). An invalid record (see Validate) is an
// error, as is one that ended on a day outside the days a Tally holds
// (2020-01-01 to 2039-12-31, Beijing days); every other one is counted or
// excluded with its clauses. Decide allocates nothing. It validates the record and decides in one
// pass, each time decoded once: this is the hot path of every count.
func (r Rules) Decide(e *Execution) (Decision, error) {
	if e == nil {
		return Decision{}, errNilExecution
	}
	switch {
	case len(e.OrderID) == 0:
		return Decision{}, errMissingOrderID
	case len(e.WorkerID) == 0:
		return Decision{}, errMissingWorkerID
	case len(e.Platform) == 0:
		return Decision{}, errMissingPlatform
	case e.Industry-1 > IntraCityFreight-1: // unsigned: 0 wraps to 255
		return Decision{}, ErrUnknownIndustry
	case e.EndKind > Cancelled:
		return Decision{}, errUnknownEndKind
	}
	d := e.StartDivision
	if len(d) != 6 || d[0]-'0' > 9 || d[1]-'0' > 9 || d[2]-'0' > 9 || d[3]-'0' > 9 || d[4]-'0' > 9 || d[5]-'0' > 9 {
		return Decision{}, errMalformedDivision
	}
	shanghai := d[0] == shanghaiProvinceCode[0] && d[1] == shanghaiProvinceCode[1]
	if !shanghai && !provinces[int(d[0]-'0')*10+int(d[1]-'0')] {
		return Decision{}, errUnknownProvince
	}
	accepted, started, ended := instantOf(e.AcceptedAt), instantOf(e.StartedAt), instantOf(e.EndedAt)
	switch {
	case accepted.zero():
		return Decision{}, errMissingAccepted
	case started.zero():
		return Decision{}, errMissingStarted
	case started.before(accepted):
		return Decision{}, errStartBeforeAccept
	case ended.zero():
		if e.EndKind == Delivered || e.EndKind == Transferred {
			return Decision{}, errEndKindWithoutEnd
		}
	case e.EndKind == NotEnded:
		return Decision{}, errEndWithoutEndKind
	case ended.before(started):
		return Decision{}, errEndBeforeStart
	}
	var dec Decision
	if !ended.zero() {
		// The Beijing day, as an offset into the days a Tally holds: one multiply and a
		// table read, no call.
		off := uint64(ended.sec + beijingOffset - tallyFirstUnix)
		if off >= uint64(tallySpan)*86400 {
			return Decision{}, errTimeOutsideCovered
		}
		dec.Day = tallyDates[off/86400]
	}
	var fails Clauses
	if !e.Registered || !e.InScope {
		fails |= ClauseRegistered
	}
	if !shanghai {
		fails |= ClauseInShanghai
	}
	ends := ClauseEnded
	if e.EndKind != Delivered && e.EndKind != Transferred {
		if e.EndKind == Cancelled && r.CountCancelledAfterStart && !ended.zero() {
			ends = ClauseCancelledAfterStart // counted by the reading, not as delivered or transferred
		} else {
			fails |= ClauseEnded
		}
	}
	if fails != 0 {
		dec.Clauses = fails
		return dec, nil
	}
	dec.Counted = true
	dec.Clauses = ClauseEndOfDay | ClauseRegistered | ClauseInShanghai | ends
	return dec, nil
}

// errNilExecution is returned for a nil *Execution.
var errNilExecution = errcode.New("nil_execution", errcode.FixCall,
	"eligibility: execution: nil",
	"没有提供订单执行记录（*Execution 为 nil）")

// isRecordError reports whether err is one of the package's record errors:
// its code (errcode.Of) is one of the codes of an invalid record
// (code missing_order_id and its siblings, nil_execution), or it is a
// *errcode.FieldError (a field of a record, as CheckID refuses it). A host
// acts on errcode.Of(err).Action() instead: SkipRow for every record code
// but nil_execution (FixCall).
func isRecordError(err error) bool {
	var fe *errcode.FieldError
	if errors.As(err, &fe) {
		return true
	}
	_, ok := recordReasons[errcode.Of(err)]
	return ok
}
