package calendar

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/errzh"
)

// Rule names a way the regulation counts a deadline. Each rule's doc comment
// gives its basis; a Deadline's Explain quotes it.
type Rule uint8

const (
	// RuleWorkdays: "N 个工作日内" — the N-th working day after the start day
	// (the start day is not counted). Used by 第十三条 (10 working days to
	// register after the tax office's notice), 第二十六条 (30, or 7, working
	// days to decide), 第二十七条 (3 working days to deliver) and 第四十四条
	// (20 working days to review, 5 to supplement).
	RuleWorkdays Rule = iota + 1
	// RuleWithinDays: "自事故伤害发生之日起 N 日内" — N calendar days from an
	// event. The event's day is not counted (民法典 第二百零一条); a last day
	// that is a day off moves to the next working day (民法典 第二百零三条:
	// rest days are statutory holidays, days off in the arrangement and
	// weekends; an adjusted working Saturday is a working day). Used by
	// 第二十一条 (30 and 90 days) and 第二十二条.
	RuleWithinDays
	// RuleDayOfMonth: "每月5日前（如遇到法定节假日顺延）" — the D-th of a month, or
	// the first working day after it when the D-th is a day off. Used by
	// 第九条 (the agency's push of last month's orders by the 5th) and 第十二条
	// (rates to the tax office by 1月5日).
	//
	// Reading: 第九条 says 法定节假日 and 第十二条 法定休假日; the library
	// extends over every day off, weekends included, as the tax rule that
	// 第十四条 quotes does (a deadline is never a day the offices are closed).
	RuleDayOfMonth
	// RuleDeclaration: 第十四条 — the monthly declaration, "于月份终了之日起 15
	// 日内（最后一日是法定假日的，以休假日期满的次日为申报期限的最后一日；在申报期内
	// 有连续 3 日以上法定假日的，按休假日天数顺延）", which is the tax collection
	// rule of 税收征收管理法实施细则 第一百零九条. See Calendar.DeclarationDeadline
	// for how the extension is counted.
	RuleDeclaration
	// RuleWithinMonths: a period of N months (or years: 12 N months) from an
	// event, as the 1-year period of 工伤保险条例 第十七条 that caps
	// extensions (第二十二条). The event's day is not counted (民法典 第二百零一条);
	// the period ends on the day of the last month that corresponds to the
	// event's day, or on that month's last day when it has none (第二百零二条:
	// 2024-02-29 + 1 year ends 2025-02-28); a last day that is a day off moves
	// to the next working day (第二百零三条).
	RuleWithinMonths
)

var ruleNames = [...]string{
	RuleWorkdays:     "workdays",
	RuleWithinDays:   "within_days",
	RuleDayOfMonth:   "day_of_month",
	RuleDeclaration:  "declaration",
	RuleWithinMonths: "within_months",
}

var ruleBasis = [...]string{
	RuleWorkdays:     "N 个工作日内: the N-th working day after the start day, which is not counted (第十三、二十六、二十七、四十四条)",
	RuleWithinDays:   "N 日内: the event's day is not counted (民法典 第二百零一条); a last day that is a day off moves to the next working day (民法典 第二百零三条) (第二十一、二十二条)",
	RuleDayOfMonth:   "每月D日前，遇法定节假日顺延: the D-th, or the first working day after it (第九条, 第十二条)",
	RuleDeclaration:  "月份终了之日起15日内，最后一日是法定假日的以休假日期满的次日为最后一日，申报期内有连续3日以上法定假日的按休假日天数顺延 (第十四条; 税收征收管理法实施细则 第一百零九条)",
	RuleWithinMonths: "N 个月（年）内: ends on the corresponding day of the last month, or its last day when it has none (民法典 第二百零二条); a last day off moves to the next working day (第二百零三条) (第二十二条; 工伤保险条例 第十七条)",
}

// String returns the rule's name: workdays, within_days, day_of_month, declaration.
func (r Rule) String() string {
	if int(r) < len(ruleNames) && ruleNames[r] != "" {
		return ruleNames[r]
	}
	return fmt.Sprintf("Rule(%d)", uint8(r))
}

// basis returns the legal basis of the rule, citing its articles.
func (r Rule) basis() string {
	if int(r) < len(ruleBasis) {
		return ruleBasis[r]
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler.
func (r Rule) MarshalText() ([]byte, error) {
	if int(r) >= len(ruleNames) || ruleNames[r] == "" {
		return nil, fmt.Errorf("calendar: invalid Rule %d", uint8(r))
	}
	return []byte(ruleNames[r]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *Rule) UnmarshalText(b []byte) error {
	if r == nil {
		return errors.New("calendar: UnmarshalText on a nil *Rule")
	}
	for i, name := range ruleNames {
		if name != "" && name == string(b) {
			*r = Rule(i)
			return nil
		}
	}
	return fmt.Errorf("calendar: unknown rule %s (want workdays, within_days, day_of_month or declaration)", echo(string(b)))
}

// Override is an official deadline announced by special notice, which takes
// precedence over the computed one: for example, Shanghai's tax office moved
// the declarations of April to June 2022 to 2022-06-30. Only declaration
// deadlines (RuleDeclaration) can be overridden; Period is the fee period,
// the month that ended (2022-03 for the declaration due in April 2022).
type Override struct {
	Rule   Rule   `json:"rule"`
	Period Month  `json:"period"`
	Date   Date   `json:"date"`
	Source string `json:"source"` // the notice that set it
}

// ParseOverrides reads a JSON array of Overrides strictly (unknown keys,
// null for a value are errors) and validates them. It reads through the
// library's strict JSON layer (limits of package jsonerr checked before
// anything is parsed); a JSON refusal wraps the code bad_override and a
// *jsonerr.Error.
func ParseOverrides(data []byte) ([]Override, error) {
	var os []Override
	if err := decodeStrict(data, &os); err != nil {
		return nil, errzh.With(fmt.Errorf("calendar: overrides: %w: %w", errBadOverride, err), "%s", jsonZH(err))
	}
	if err := validateOverrides(os); err != nil {
		return nil, err
	}
	return os, nil
}

func validateOverrides(os []Override) error {
	seen := map[Override]bool{}
	for i, o := range os {
		switch {
		case o.Rule != RuleDeclaration:
			return overrideZH(fmt.Errorf("calendar: override #%d: %w: rule must be declaration, not %s", i+1, errBadOverride, o.Rule), i+1,
				"规则应为申报期限（declaration），不是%s", ruleZH(o.Rule))
		case o.Period.IsZero():
			return overrideZH(fmt.Errorf("calendar: override #%d: %w: no period", i+1, errBadOverride), i+1, "没有所属期（period）")
		case o.Date.IsZero():
			return overrideZH(fmt.Errorf("calendar: override #%d: %w: no date", i+1, errBadOverride), i+1, "没有日期（date）")
		case !o.Date.After(o.Period.Last()):
			return overrideZH(fmt.Errorf("calendar: override #%d: %w: date %s is not after the period %s", i+1, errBadOverride, o.Date, o.Period), i+1,
				"日期 %s 不在所属期 %s 之后", o.Date, o.Period)
		case strings.TrimSpace(o.Source) == "":
			return overrideZH(fmt.Errorf("calendar: override #%d: %w: no source", i+1, errBadOverride), i+1, "没有出处（source）")
		}
		key := Override{Rule: o.Rule, Period: o.Period}
		if seen[key] {
			return overrideZH(fmt.Errorf("calendar: override #%d (%s %s): %w", i+1, o.Rule, o.Period, errDuplicateOverride), i+1,
				"%s所属期 %s", ruleZH(o.Rule), o.Period)
		}
		seen[key] = true
	}
	return nil
}

// WithOverrides returns a new Calendar with c's schedules and overrides plus
// the given ones. An override for a deadline c already overrides replaces it.
func (c *Calendar) WithOverrides(overrides ...Override) (*Calendar, error) {
	if c == nil {
		return nil, ErrNilCalendar
	}
	if err := validateOverrides(overrides); err != nil {
		return nil, err
	}
	merged := make([]Override, 0, len(c.overrides)+len(overrides))
	for _, o := range c.overrides {
		replaced := false
		for _, n := range overrides {
			if n.Rule == o.Rule && n.Period == o.Period {
				replaced = true
			}
		}
		if !replaced {
			merged = append(merged, o)
		}
	}
	merged = append(merged, overrides...)
	sort.Slice(merged, func(i, j int) bool {
		if merged[i].Rule != merged[j].Rule {
			return merged[i].Rule < merged[j].Rule
		}
		return merged[i].Period.Before(merged[j].Period)
	})
	out := *c
	out.overrides = merged
	out.decl = append([]declEntry(nil), c.decl...)
	out.indexOverrides() // new Deadline values, with out's overrides
	out.fingerprint = fingerprintOf(out.schedules, out.overrides)
	return &out, nil
}

// buildDeclarations computes the declaration deadline of every fee period
// from December of the year before the first covered year to December of
// the last, once, when the calendar is built.
func (c *Calendar) buildDeclarations(lastYear int) {
	first, err := MonthOf(c.firstYear-1, 12)
	if err != nil {
		first, _ = MonthOf(c.firstYear, 1)
	}
	last, _ := MonthOf(lastYear, 12)
	c.declFirst = first.n
	c.decl = make([]declEntry, last.n-first.n+1)
	for k := range c.decl {
		p := Month{n: first.n + int32(k)}
		e := &c.decl[k]
		e.start = p.Last().n
		dl, err := c.declarationSlow(p)
		var yerr *YearNotCoveredError
		switch {
		case err == nil:
			e.end, e.ext = dl.Computed.n, int16(dl.Extension)
		case errors.As(err, &yerr):
			e.errYear = int32(yerr.Year)
		default:
			e.start = 0 // not in the table: DeclarationDeadline computes it
		}
	}
}

// indexOverrides points each precomputed declaration at its override and
// builds the Deadline values the lookup returns.
func (c *Calendar) indexOverrides() {
	for k := range c.decl {
		c.decl[k].ov = 0
	}
	for i, o := range c.overrides {
		if o.Rule != RuleDeclaration {
			continue
		}
		if k := int(o.Period.n - c.declFirst); k >= 0 && k < len(c.decl) {
			c.decl[k].ov = int32(i + 1)
		}
	}
	c.declDl = make([]Deadline, len(c.decl))
	for k, e := range c.decl {
		if e.start == 0 {
			continue
		}
		if e.errYear != 0 {
			// Unknown computed deadline: only an official date stands.
			if e.ov != 0 {
				dl := officialOnly(c.overrides[e.ov-1], int(e.errYear))
				c.declDl[k] = dl
			}
			continue
		}
		dl := Deadline{Rule: RuleDeclaration, Start: Date{n: e.start}, N: 15, Raw: Date{n: e.start + 15}, Extension: int(e.ext),
			Computed: Date{n: e.end}, Date: Date{n: e.end}}
		dl = c.known(dl)
		if e.ov != 0 {
			dl.Override = c.overrides[e.ov-1]
			dl.Date = dl.Override.Date
		}
		c.declDl[k] = dl
	}
}

func (c *Calendar) override(r Rule, p Month) *Override {
	i := sort.Search(len(c.overrides), func(i int) bool {
		o := &c.overrides[i]
		return o.Rule > r || (o.Rule == r && !o.Period.Before(p))
	})
	if i < len(c.overrides) && c.overrides[i].Rule == r && c.overrides[i].Period == p {
		return &c.overrides[i]
	}
	return nil
}

// Deadline is a deadline with everything needed to check it by hand: the
// rule, the day the period runs from, the raw last day, the extension, the
// final date, and the days off behind it (MovedOver, NotCounted) with their
// kind, festival and notice.
//
// A Deadline is a value: it holds no pointer to the calendar it was
// computed on, == compares what it says, and one read back from JSON
// explains itself the same. Computing one allocates nothing (the days
// behind it are a substring of the calendar's; the lists are built when
// asked for).
//
// A Deadline is known or unknown. A deadline whose count runs into a year
// the calendar has no State Council schedule for is unknown: Known is
// false, Date and Computed are zero, Err is the *YearNotCoveredError naming
// the year (errors.Is ErrNotCovered) and NotBefore the day it cannot be
// earlier than. The Calendar methods that compute a deadline return that
// unknown Deadline beside the error, as strconv returns the clamped value
// beside ErrRange:
//
//	dl, err := c.DeclarationDeadline(period) // period 2026-12, no 2027 schedule
//	// errors.Is(err, calendar.ErrNotCovered); dl.Known() == false
//	// dl.NotBefore() == 2027-01-15; dl.Err() == err
//
// An official deadline (Override) whose computed one is unknown is known:
// Date is the official date, Computed is zero and Err says why.
//
// The zero Deadline is no deadline: Rule 0, Known false, Err nil.
type Deadline struct {
	Rule Rule
	// Start is the day the period runs from, not itself counted: the event
	// (RuleWithinDays, RuleWorkdays), the last day of the fee period
	// (RuleDeclaration), or the day before the D-th (RuleDayOfMonth).
	Start Date
	// N is the rule's number: days, working days, or the day of the month.
	N int
	// Raw is the last day before any move: Start + N days, or the D-th, or
	// (RuleWorkdays) the N-th working day itself; zero when that is
	// unknown (an unknown RuleWorkdays deadline).
	Raw Date
	// uncovered is the year whose schedule is not loaded when Computed is
	// unknown (Err), else 0.
	uncovered int32
	// notBefore is, for an unknown deadline, the day it cannot be earlier
	// than (NotBefore).
	notBefore Date
	// Extension is, for RuleDeclaration, the number of days off in runs of
	// three or more consecutive days off inside the period; the deadline is
	// that many working days after Raw.
	Extension int
	// Computed is the date the rule gives; zero when it is unknown (Err).
	Computed Date
	// Date is the deadline: Computed, or the official date of an Override;
	// zero when it is unknown (Known).
	Date Date
	// Override is the host-supplied official deadline that set Date; the
	// zero Override when none did (see Official).
	Override Override
	// days holds the records of the days off the explanation lists
	// (captured.go): from the day after Start (RuleWorkdays,
	// RuleDeclaration) or from Raw (the others) to the day before
	// Computed.
	days string
	// replaced holds the records of the replaced schedules of the years
	// the count ran through.
	replaced string
}

// Known reports whether the deadline's date is known: computed, or set by
// an official Override. An unknown deadline has Err and NotBefore.
func (d Deadline) Known() bool { return !d.Date.IsZero() }

// Err returns why the computed deadline is unknown: a *YearNotCoveredError
// naming the year whose State Council schedule is not loaded (errors.Is
// ErrNotCovered). It is nil when Computed is known and for the zero
// Deadline; it is not nil for every unknown deadline a Calendar returns,
// and for an official deadline whose computed one is unknown.
func (d Deadline) Err() error {
	if d.uncovered == 0 {
		return nil
	}
	return &YearNotCoveredError{Year: int(d.uncovered)}
}

// NotBefore returns the day the deadline cannot be earlier than: Date when
// it is known; for an unknown one, the raw last day (Raw) of a count in
// calendar days, the 15th for 第十四条, and for a count of working days the
// day it would end if every uncovered day were a working day.
func (d Deadline) NotBefore() Date {
	if d.Known() {
		return d.Date
	}
	return d.notBefore
}

// unknownDeadline is dl made unknown by err: when err is a
// *YearNotCoveredError, dl with no dates, the year and notBefore; for any
// other error the zero Deadline.
func unknownDeadline(dl Deadline, err error, notBefore Date) (Deadline, error) {
	nc, ok := err.(*YearNotCoveredError)
	if !ok && !errors.As(err, &nc) {
		return Deadline{}, err
	}
	dl.uncovered, dl.notBefore = int32(nc.Year), notBefore
	dl.Computed, dl.Date, dl.days, dl.replaced = Date{}, Date{}, "", ""
	return dl, err
}

// known fills in the data the explanation of a computed deadline needs:
// the days off behind it and the replaced schedules of its years.
func (c *Calendar) known(dl Deadline) Deadline {
	from := dl.Raw
	if dl.Rule == RuleWorkdays || dl.Rule == RuleDeclaration {
		from = dl.Start.addDays(1)
	}
	dl.days = c.daysOffText(from, dl.Computed.addDays(-1))
	if len(c.replYear) > 0 && !dl.Start.IsZero() {
		// The start day itself is not counted (for 第十四条 it is the
		// period's last day): the count uses the days from the next one.
		dl.replaced = c.replacedText(dl.Start.addDays(1).Year(), dl.Computed.Year())
	}
	return dl
}

// officialOnly is the 第十四条 deadline of o.Period when the count runs into
// year, which c does not cover: the official date stands, the computed one
// is unknown (zero, Err).
func officialOnly(o Override, year int) Deadline {
	start := o.Period.Last()
	return Deadline{Rule: RuleDeclaration, Start: start, N: 15, Raw: start.addDays(15),
		Date: o.Date, Override: o, uncovered: int32(year)}
}

// MovedOver returns the days off the deadline was moved over, from Raw up
// to the day before Computed: each with its kind, festival and notice.
func (d Deadline) MovedOver() []DayInfo {
	if d.Computed.IsZero() || d.Rule == RuleWorkdays || !d.Raw.Before(d.Computed) {
		return nil
	}
	return recordsIn(d.days, d.Raw, d.Computed.addDays(-1))
}

// NotCounted returns the days off from the day after Start to Raw: for
// RuleWorkdays the days not counted as working days, for RuleDeclaration the
// days off of the period, which include the runs that extend it. It is nil
// when Computed is unknown (Err): the days were not counted.
func (d Deadline) NotCounted() []DayInfo {
	if d.Computed.IsZero() {
		return nil
	}
	switch d.Rule {
	case RuleWorkdays, RuleDeclaration:
		return recordsIn(d.days, d.Start.addDays(1), d.Raw)
	}
	return nil
}

// ReplacedSchedules lists the replaced schedules of the years the deadline's
// count ran through (from the day after Start to Computed); nil when
// Computed is unknown.
func (d Deadline) ReplacedSchedules() []Replacement {
	if d.Computed.IsZero() {
		return nil
	}
	return decodeReplacements(d.replaced)
}

// official reports whether a host-supplied Override set the deadline
// (a host reads !d.Override.Date.IsZero()).
func (d Deadline) official() bool { return !d.Override.Date.IsZero() }

func (d Deadline) officialOverride() *Override {
	if !d.official() {
		return nil
	}
	return &d.Override
}

type run struct {
	from, to Date
	length   int
}

// runs returns the runs of consecutive days off inside a declaration period.
func (d Deadline) runs() []run {
	if d.Rule != RuleDeclaration {
		return nil
	}
	var out []run
	for _, x := range d.NotCounted() {
		if n := len(out); n > 0 && out[n-1].to.addDays(1) == x.Date {
			out[n-1].to = x.Date
			out[n-1].length++
			continue
		}
		out = append(out, run{from: x.Date, to: x.Date, length: 1})
	}
	return out
}

// runExtension is the extension d's days off give: for RuleDeclaration,
// the days off in runs of 3 or more in the period (第十四条); 0 otherwise.
func (d Deadline) runExtension() int {
	ext := 0
	for _, r := range d.runs() {
		if r.length >= 3 {
			ext += r.length
		}
	}
	return ext
}

// deadlineJSON is the JSON form of a Deadline. Basis and Explanation are
// derived: written for a reader, ignored when read back.
type deadlineJSON struct {
	Rule        Rule          `json:"rule"`
	Basis       string        `json:"basis,omitempty"`
	Start       Date          `json:"start"`
	N           int           `json:"n"`
	Raw         Date          `json:"raw,omitzero"`
	Extension   int           `json:"extension,omitempty"`
	Computed    Date          `json:"computed,omitzero"`
	Unknown     int           `json:"computed_unknown_year,omitempty"`
	Date        Date          `json:"date,omitzero"`
	NotBefore   Date          `json:"not_before,omitzero"`
	Override    *Override     `json:"override,omitempty"`
	Replaced    []Replacement `json:"replaced_schedules,omitempty"`
	MovedOver   []DayInfo     `json:"moved_over,omitempty"`
	NotCounted  []DayInfo     `json:"not_counted,omitempty"`
	Explanation []string      `json:"explanation,omitempty"`
}

// MarshalJSON gives the deadline with its explanation:
// {"rule":…,"basis":…,"start":…,"n":…,"raw":…,"extension":…,"computed":…,
// "date":…,"override":…,"moved_over":[…],"not_counted":[…],"explanation":[…]}.
// A deadline whose computed date is unknown has no "computed" and gives
// "computed_unknown_year" instead; an unknown one (Known false) has no
// "date" and gives "not_before". The zero Deadline is null.
func (d Deadline) MarshalJSON() ([]byte, error) {
	if d == (Deadline{}) {
		return []byte("null"), nil
	}
	var nb Date
	if !d.Known() {
		nb = d.notBefore
	}
	return json.Marshal(deadlineJSON{d.Rule, d.Rule.basis(), d.Start, d.N, d.Raw, d.Extension, d.Computed, int(d.uncovered), d.Date, nb,
		d.officialOverride(), d.ReplacedSchedules(), d.MovedOver(), d.NotCounted(), d.Explain(explain.English)})
}

// errBadDeadline (bad_deadline) is returned when a Deadline read from JSON does not hold
// together (an unknown rule, no date and no year that makes it unknown, a
// day listed outside the days it explains).
var errBadDeadline = errcode.New("bad_deadline", errcode.Stop,
	"calendar: bad deadline",
	"读回的期限数据前后不一致（规则、日期与说明不相符）")

// UnmarshalJSON reads the form MarshalJSON writes, strictly (unknown keys
// are errors; "basis" and "explanation" are ignored: they are derived). The
// Deadline read back is == to the one written and explains itself the same;
// null leaves d unchanged.
func (d *Deadline) UnmarshalJSON(b []byte) error {
	if d == nil {
		return errors.New("calendar: UnmarshalJSON on a nil *Deadline")
	}
	if string(b) == "null" {
		return nil // as encoding/json does for a value it cannot set to nil
	}
	var j deadlineJSON
	if err := decodeStrict(b, &j); err != nil {
		return errzh.With(fmt.Errorf("calendar: deadline: %w: %w", errBadDeadline, err), "%s", jsonZH(err))
	}
	bad := func(zh, format string, args ...any) error {
		return errzh.With(fmt.Errorf("calendar: deadline: %w: "+format, append([]any{errBadDeadline}, args...)...), zh, args...)
	}
	out := Deadline{Rule: j.Rule, Start: j.Start, N: j.N, Raw: j.Raw, Extension: j.Extension, Computed: j.Computed, Date: j.Date}
	switch {
	case j.Rule == 0:
		return bad("没有规则（rule）", "no rule")
	case j.Unknown < 0 || j.Unknown > maxYear:
		return bad("computed_unknown_year %s 不在可处理的年份内", "computed_unknown_year %s", intText(j.Unknown))
	case j.Computed.IsZero() != (j.Unknown != 0):
		return bad("computed 与 computed_unknown_year 应有且只有一个", "want either computed or computed_unknown_year")
	case j.Date.IsZero() && j.NotBefore.IsZero():
		return bad("date 与 not_before 都没有", "neither date nor not_before")
	case !j.Date.IsZero() && !j.NotBefore.IsZero():
		return bad("date 与 not_before 不能同时有", "both date and not_before")
	}
	out.uncovered, out.notBefore = int32(j.Unknown), j.NotBefore
	if j.Override != nil {
		out.Override = *j.Override
		if out.Override.Date != out.Date {
			return bad("日期 %s 不是官方公布的日期 %s", "date %s is not the override's %s", out.Date, out.Override.Date)
		}
	} else if out.Date != out.Computed {
		return bad("日期 %s 不是计算所得的日期 %s", "date %s is not the computed %s", out.Date, out.Computed)
	}
	out.days = encodeDays(append(j.NotCounted, j.MovedOver...))
	out.replaced = encodeReplacements(j.Replaced)
	if !slicesEqual(out.MovedOver(), j.MovedOver) || !slicesEqual(out.NotCounted(), j.NotCounted) {
		return bad("moved_over 或 not_counted 列了不在其所说明的日期之内的一天", "moved_over or not_counted lists a day outside the days it explains")
	}
	// 第十四条 extends the declaration period by the days off in runs of 3 or
	// more inside it, and only that period: the extension a deadline states
	// must be the one its days off give.
	if ext := out.runExtension(); out.Extension != ext {
		return bad("顺延 %d 天，与所列连续 3 日以上的休假日 %d 天不符", "extension %d is not the %d days off in runs of 3 or more it lists", out.Extension, ext)
	}
	*d = out
	return nil
}

func slicesEqual[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Standing says where a step stands against its deadline on a day.
type Standing uint8

const (
	// StandingUnknown: it cannot be told, the deadline being unknown (in a
	// year not covered) and the day after the earliest it could be.
	StandingUnknown Standing = iota
	// StandingOpen: not done, and the deadline has not passed.
	StandingOpen
	// StandingMet: done by the deadline.
	StandingMet
	// StandingOverdue: done after the deadline, or not done and the
	// deadline has passed.
	StandingOverdue
)

var standingNames = [...]string{
	StandingUnknown: "unknown",
	StandingOpen:    "open",
	StandingMet:     "met",
	StandingOverdue: "overdue",
}

// String returns the standing's name: unknown, open, met, overdue.
func (s Standing) String() string {
	if int(s) < len(standingNames) {
		return standingNames[s]
	}
	return fmt.Sprintf("Standing(%d)", uint8(s))
}

// Chinese is the standing's Chinese name (无法判断（期限未知）, 尚未办理，期限未届满,
// 已按期办理, 已逾期); "" for a value outside the list.
func (s Standing) Chinese() string {
	switch s {
	case StandingUnknown:
		return "无法判断（期限未知）"
	case StandingOpen:
		return "尚未办理，期限未届满"
	case StandingMet:
		return "已按期办理"
	case StandingOverdue:
		return "已逾期"
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler with the names of String.
func (s Standing) MarshalText() ([]byte, error) {
	if int(s) >= len(standingNames) {
		return nil, fmt.Errorf("calendar: invalid Standing %d", uint8(s))
	}
	return []byte(standingNames[s]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Standing) UnmarshalText(b []byte) error {
	if s == nil {
		return errors.New("calendar: UnmarshalText on a nil *Standing")
	}
	for i, name := range standingNames {
		if name == string(b) {
			*s = Standing(i)
			return nil
		}
	}
	return fmt.Errorf("calendar: unknown standing %s (want unknown, open, met or overdue)", echo(string(b)))
}

// StandingOn returns where a step with this deadline stands as of asOf,
// having been done on done (zero: not done). Done by the deadline is met,
// after it overdue; not done, it is overdue once asOf is after the
// deadline, open before (a zero asOf: open). For an unknown deadline only
// what NotBefore tells is told: done by it is met, not done as of it is
// open; anything later is StandingUnknown. The zero Deadline's standing is
// StandingUnknown.
//
//	dl.StandingOn(asOf, calendar.Date{}) // StandingOpen or StandingOverdue
func (d Deadline) StandingOn(asOf, done Date) Standing {
	if d.Rule == 0 {
		return StandingUnknown
	}
	if d.Known() {
		switch {
		case !done.IsZero() && !done.After(d.Date):
			return StandingMet
		case !done.IsZero(), !asOf.IsZero() && asOf.After(d.Date):
			return StandingOverdue
		}
		return StandingOpen
	}
	nb := d.notBefore
	switch {
	case !done.IsZero():
		if !nb.IsZero() && !done.After(nb) {
			return StandingMet
		}
	case asOf.IsZero(), !nb.IsZero() && !asOf.After(nb):
		return StandingOpen
	}
	return StandingUnknown
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// WithinWorkdays returns the deadline of a "N 个工作日内" period that starts on
// start: the N-th working day after it (RuleWorkdays). For example the
// platform headquarters registers with its tax office within 10 working days
// of receiving the notice (第十三条), and the district bureau decides within
// 30 working days of accepting an application (第二十六条).
func (c *Calendar) WithinWorkdays(start Date, n int) (Deadline, error) {
	if n < 1 {
		return Deadline{}, fmt.Errorf("calendar: a period of %d working days: want at least 1", n)
	}
	end, err := c.AddWorkdays(start, n)
	if err != nil {
		return unknownDeadline(Deadline{Rule: RuleWorkdays, Start: start, N: n}, err, c.earliestWorkdays(start, n))
	}
	return c.known(Deadline{Rule: RuleWorkdays, Start: start, N: n, Raw: end, Computed: end, Date: end}), nil
}

// WithinDays returns the deadline of a period of n days from an event
// (RuleWithinDays): the event's day is not counted, so the raw last day is
// event + n; if that day is a day off the period ends on the next working
// day. For example, the platform applies within 30 days of the accident and
// the worker within 90 (第二十一条).
func (c *Calendar) WithinDays(event Date, n int) (Deadline, error) {
	if n < 1 {
		return Deadline{}, fmt.Errorf("calendar: a period of %d days: want at least 1", n)
	}
	raw, err := event.AddDays(n)
	if err != nil {
		return Deadline{}, err
	}
	dl := Deadline{Rule: RuleWithinDays, Start: event, N: n, Raw: raw}
	end, err := c.NextWorkday(raw)
	if err != nil {
		return unknownDeadline(dl, err, raw)
	}
	dl.Computed, dl.Date = end, end
	return c.known(dl), nil
}

// WithinMonths returns the deadline of a period of n months from an event
// (RuleWithinMonths); a period of years is 12 months a year. For example the
// 1-year period of 工伤保险条例 第十七条 from an accident on 2025-03-15 ends on
// 2026-03-16, the 15th being a Sunday.
func (c *Calendar) WithinMonths(event Date, n int) (Deadline, error) {
	if n < 1 {
		return Deadline{}, fmt.Errorf("calendar: a period of %d months: want at least 1", n)
	}
	if event.IsZero() {
		return Deadline{}, ErrZeroDate
	}
	m, err := MonthOfDate(event).AddMonths(n)
	if err != nil {
		return Deadline{}, err
	}
	day := event.Day()
	if last := m.Last().Day(); day > last {
		day = last
	}
	raw, err := m.day(day)
	if err != nil {
		return Deadline{}, err
	}
	dl := Deadline{Rule: RuleWithinMonths, Start: event, N: n, Raw: raw}
	end, err := c.NextWorkday(raw)
	if err != nil {
		return unknownDeadline(dl, err, raw)
	}
	dl.Computed, dl.Date = end, end
	return c.known(dl), nil
}

// DayOfMonth returns the deadline "by the day-th of month, extended over
// days off" (RuleDayOfMonth): the day-th, or the first working day after it.
// 第九条: the agency pushes last month's orders to the tax office by the 5th
// of each month (每月5日前，如遇到法定节假日顺延): DayOfMonth(month, 5);
// 第十二条: the base amounts and floating ratios of the year by 1月5日
// (于次年1月5日前，如遇到法定休假日顺延): DayOfMonth(January of the year, 5).
func (c *Calendar) DayOfMonth(month Month, day int) (Deadline, error) {
	raw, err := month.day(day)
	if err != nil {
		return Deadline{}, err
	}
	dl := Deadline{Rule: RuleDayOfMonth, Start: raw.addDays(-1), N: day, Raw: raw}
	end, err := c.NextWorkday(raw)
	if err != nil {
		return unknownDeadline(dl, err, raw)
	}
	dl.Computed, dl.Date = end, end
	return c.known(dl), nil
}

// DeclarationDeadline returns the 第十四条 deadline for declaring and paying
// the fee of the period month (费款所属期): "于月份终了之日起 15 日内".
//
// How it is counted (税收征收管理法实施细则 第一百零九条, as the tax
// administration applies it in its published deadline calendar):
//
//  1. The period runs from the day after the month ends to the 15th of the
//     next month (Raw); the month's last day is not counted.
//  2. Every run of 3 or more consecutive days off that lies inside the
//     period (counting only its days inside the period; weekends inside a
//     holiday block count) extends the deadline by its length. The
//     extension is counted in working days after Raw: the deadline is the
//     Extension-th working day after the 15th.
//  3. With no such run, a 15th that is a day off moves to the first working
//     day after the days off (以休假日期满的次日为最后一日).
//
// This reproduces the published deadlines, for example: period 2022-12 →
// 2023-01-16 (the New Year run 12-31..01-02 has only 2 days inside the
// period; the 15th is a Sunday); 2024-01 → 2024-02-23 (6 Spring Festival
// days inside the period, 6 working days after 02-15); 2025-09 → 2025-10-27
// (8 days of National Day, 8 working days after 10-15); 2025-12 → 2026-01-20.
//
// An Override for the period (WithOverrides) takes precedence, and the
// explanation says so. Only the days of the period and those moved over
// must be covered: the deadline for period 2018-12 needs only 2019. When
// they are not, the result is a *YearNotCoveredError, unless an Override
// gives the official date: it then stands, with Computed zero (unknown) and
// UnknownYear naming the year whose schedule is not loaded; the explanation
// says so (period 2026-12 with the tax administration's 2027-01-20 and no
// 2027 schedule). Period 9999-12, whose 15 days run into year 10000 (past
// the last date a Date holds), gives a *YearNotCoveredError for 10000 and
// the zero Deadline: it has no Raw or NotBefore that a Date could hold.
//
// The deadline of every period the calendar covers is computed once, when
// the calendar is built, so this is a lookup: O(1), no allocation (figures
// against rickar/cal in BENCHMARKS.md).
func (c *Calendar) DeclarationDeadline(period Month) (Deadline, error) {
	if c != nil {
		// The lookup (small enough to be inlined at the call site).
		if k := uint(period.n - c.declFirst); k < uint(len(c.declDl)) {
			if dl := &c.declDl[k]; dl.Rule != 0 {
				return *dl, nil
			}
		}
	}
	return c.declarationDeadline(period)
}

// declarationDeadline is DeclarationDeadline off the lookup: a nil
// calendar, a zero period, a period outside the table or one whose deadline
// is unknown.
func (c *Calendar) declarationDeadline(period Month) (Deadline, error) {
	if c == nil {
		return Deadline{}, ErrNilCalendar
	}
	if period.IsZero() {
		return Deadline{}, ErrZeroDate
	}
	start := period.Last()
	if _, err := start.AddDays(15); err != nil {
		// 9999-12: the 15 days run into year 10000, which no schedule
		// covers and no Date holds: no Raw or NotBefore to give.
		return Deadline{}, &YearNotCoveredError{Year: maxYear + 1}
	}
	o := c.override(RuleDeclaration, period)
	unknown := Deadline{Rule: RuleDeclaration, Start: start, N: 15, Raw: start.addDays(15)}
	if k := int(period.n - c.declFirst); k >= 0 && k < len(c.decl) && c.decl[k].errYear != 0 {
		if o != nil {
			return officialOnly(*o, int(c.decl[k].errYear)), nil
		}
		return unknownDeadline(unknown, &YearNotCoveredError{Year: int(c.decl[k].errYear)}, unknown.Raw)
	}
	dl, err := c.declarationSlow(period)
	if err != nil {
		var nc *YearNotCoveredError
		if o != nil && errors.As(err, &nc) {
			return officialOnly(*o, nc.Year), nil
		}
		return unknownDeadline(unknown, err, unknown.Raw)
	}
	if o != nil {
		dl.Override = *o
		dl.Date = o.Date
	}
	return dl, nil
}

// declarationSlow counts the 第十四条 deadline of period day by day, without
// overrides: what the table of buildDeclarations holds.
func (c *Calendar) declarationSlow(period Month) (Deadline, error) {
	start := period.Last()
	first := start.addDays(1)
	raw := start.addDays(15)
	i, err := c.index(first)
	if err != nil {
		return Deadline{}, err
	}
	j, err := c.index(raw)
	if err != nil {
		return Deadline{}, err
	}
	if err := c.spanCovered(i, j); err != nil {
		return Deadline{}, err
	}
	ext, runLen := 0, 0
	for k := i; k <= j; k++ {
		if c.kind[k].IsWorkday() {
			if runLen >= 3 {
				ext += runLen
			}
			runLen = 0
			continue
		}
		runLen++
	}
	if runLen >= 3 {
		ext += runLen
	}
	var end Date
	if ext > 0 {
		end, err = c.AddWorkdays(raw, ext)
	} else {
		end, err = c.NextWorkday(raw)
	}
	if err != nil {
		return Deadline{}, err
	}
	return c.known(Deadline{Rule: RuleDeclaration, Start: start, N: 15, Raw: raw, Extension: ext, Computed: end, Date: end}), nil
}
