// Package eligibilitykinds registers the golden kinds of package
// eligibility (eligibility.decide, eligibility.batch) with the runner, and
// the clauses of 第十条 for its dictionary. Import it for its effect: a test
// that runs eligibility's cases links the runner, eligibility and calendar,
// nothing else.
package eligibilitykinds

import (
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/eligibility"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/explain"

	"github.com/zhishang/zhishang/internal/golden"
	"github.com/zhishang/zhishang/internal/golden/calendarkinds"
)

// batchInput is a month of order executions as CSV lines (without the
// header, eligibility.CSVHeader), with the optional month and readings.
type batchInput struct {
	Month calendar.Month    `json:"month,omitzero"`
	Rules eligibility.Rules `json:"rules,omitzero"`
	Rows  []string          `json:"rows"`
}

type invalidOut struct {
	Line  int64  `json:"line"`
	Error string `json:"error"`
}

type batchOutput struct {
	Counts  eligibility.Counts `json:"counts"`
	Tally   []eligibility.Row  `json:"tally"`
	Invalid []invalidOut       `json:"invalid,omitempty"`
	// Conflicting lists the pairs whose copies disagree (第九条).
	Conflicting []eligibility.Conflict `json:"conflicting,omitempty"`
	Error       string                 `json:"error,omitempty"`
}

// eligibilityCode names a line's error: csv_syntax, field:<column>, or
// recordCode's.
func eligibilityCode(err error) string {
	var fe *errcode.FieldError
	switch {
	case errors.Is(err, eligibility.ErrCSVSyntax):
		return "csv_syntax"
	case errors.As(err, &fe):
		return "field:" + fe.Field
	}
	return recordCode(err)
}

// invalidZH is an invalid line's reason in Chinese. A line that cannot be
// read as CSV says the general meaning and then the particular one
// (csv_bare_quote's 未加引号的字段中出现了引号 …), whose English text, quotes
// and all, is not mined for figures: its Chinese says all of it.
func invalidZH(err error, code string) string {
	var c errcode.Code
	for _, k := range eligibility.Codes() { // the particular CSV faults: csv_bare_quote, csv_line_break, …
		if id := k.Code(); strings.HasPrefix(id, "csv_") && id != "csv_syntax" && errors.Is(err, k) {
			c = k
			break
		}
	}
	if code != "csv_syntax" || c.IsZero() || !strings.Contains(err.Error(), c.Error()) {
		return golden.RefusalZH(err, code)
	}
	line := golden.RefusalZH(errors.New(strings.Replace(err.Error(), c.Error(), "", 1)), code)
	return strings.Replace(line, "（错误代码 ", "："+c.Chinese()+"（错误代码 ", 1)
}

// recordCode names a refused record: invalid: <field>: <reason>, or a
// calendar code.
func recordCode(err error) string {
	if text, ok := RecordText(err); ok {
		return "invalid: " + text
	}
	return calendarkinds.Code(err)
}

// RecordIDs are the ids of the codes of an invalid record, in eligibility's
// order (its internal test checks that they are the codes it refuses a
// record with). A host does not need the list: it acts on
// errcode.Of(err).Action() (skip the row, or fix the call for
// nil_execution); the runner needs it to write a refused record's text.
var RecordIDs = []string{"missing_order_id", "missing_worker_id", "missing_platform", "unknown_industry",
	"missing_accepted_at", "missing_started_at", "started_before_accepted", "ended_before_started",
	"end_kind_without_end", "end_without_end_kind", "unknown_end_kind", "malformed_division", "unknown_province",
	"malformed_order_id", "malformed_worker_id", "malformed_platform", "ended_outside_tally_days", "nil_execution"}

// IsRecord reports whether err refuses a record, as eligibility's
// IsRecordError did before issue 20: its code is one of RecordIDs, or it
// is a *errcode.FieldError (a field of a record, as CheckID refuses it).
func IsRecord(err error) bool {
	var fe *errcode.FieldError
	if errors.As(err, &fe) {
		return true
	}
	return err != nil && slices.Contains(RecordIDs, errcode.Of(err).Code())
}

// RecordText is, for a record refused (IsRecord), its field and what is
// wrong, as the record code's message says it without the package:
// "ended_at: before started_at".
func RecordText(err error) (string, bool) {
	if !IsRecord(err) {
		return "", false
	}
	text := errcode.Of(err).Error()
	var fe *errcode.FieldError
	if errors.As(err, &fe) {
		text = fe.Error()
	}
	return strings.TrimPrefix(text, "eligibility: "), true
}

type decideOutput struct {
	Counted bool          `json:"counted"`
	Day     calendar.Date `json:"day,omitzero"`
	Clauses []string      `json:"clauses,omitempty"`
	Error   string        `json:"error,omitempty"`
}

func init() {
	var clauses []string
	for c := eligibility.Clauses(1); c != 0; c <<= 1 {
		if s := c.String(); s != "" {
			clauses = append(clauses, s)
			golden.PlainNames(c) // the clause's Chinese, as Clauses.Chinese gives it
		}
	}
	golden.RegisterClauses(clauses)
	golden.RegisterCodes("eligibility", eligibility.Codes()...)
	golden.Names(eligibility.RideHailing, eligibility.InstantDelivery, eligibility.IntraCityFreight)
	golden.Names(eligibility.NotEnded, eligibility.Delivered, eligibility.Transferred, eligibility.Cancelled)
	golden.Register(map[string]golden.Kind{
		// eligibility.decide: 第十条 on one order execution.
		"eligibility.decide": golden.Define(func(in eligibility.Execution) (decideOutput, golden.Explained) {
			d, err := eligibility.Rules{}.Decide(&in)
			if err != nil {
				return decideOutput{Error: recordCode(err)}, golden.Refused(err, recordCode(err))
			}
			return decideOutput{Counted: d.Counted, Day: d.Day, Clauses: clauseList(d.Clauses)}, golden.Explained{EN: d.Explain(explain.English), ZH: d.Explain(explain.Chinese)}
		}),
		// eligibility.batch: 第十条 over a month of CSV rows, with duplicates
		// (第九条: conflicting copies reported) and the counts that balance.
		"eligibility.batch": golden.Define(func(in batchInput) (batchOutput, golden.Explained) {
			b := &eligibility.Batch{Month: in.Month, Rules: in.Rules}
			text := eligibility.CSVHeader + "\n" + strings.Join(in.Rows, "\n") + "\n"
			if err := eligibility.ReadCSV(strings.NewReader(text), b); err != nil && err != io.EOF {
				return batchOutput{Error: eligibilityCode(err)}, golden.Refused(err, eligibilityCode(err))
			}
			out := batchOutput{Counts: b.Counts(), Tally: b.Tally().Rows(), Conflicting: b.Conflicting()}
			if out.Tally == nil {
				out.Tally = []eligibility.Row{}
			}
			var expl, zh []string
			for _, inv := range b.Invalid() {
				code := eligibilityCode(inv.Err)
				out.Invalid = append(out.Invalid, invalidOut{Line: inv.Line, Error: code})
				expl = append(expl, inv.Err.Error())
				zh = append(zh, "第 "+strconv.FormatInt(inv.Line, 10)+" 行无效，不予处理："+invalidZH(inv.Err, code))
			}
			c := b.Counts()
			expl = append(expl, "rows read = counted + excluded + duplicates + invalid: "+
				strconv.FormatInt(c.Input, 10)+" = "+strconv.FormatInt(c.Counted, 10)+" + "+strconv.FormatInt(c.Excluded, 10)+" + "+strconv.FormatInt(c.Duplicates, 10)+" + "+strconv.FormatInt(c.Invalid, 10)+
				"; conflicting pairs (第九条): "+strconv.FormatInt(c.Conflicts, 10))
			zh = append(zh, "读入行数 = 计入 + 不计入 + 重复 + 无效："+
				strconv.FormatInt(c.Input, 10)+" = "+strconv.FormatInt(c.Counted, 10)+" + "+strconv.FormatInt(c.Excluded, 10)+" + "+strconv.FormatInt(c.Duplicates, 10)+" + "+strconv.FormatInt(c.Invalid, 10)+
				"；内容不一致的重复记录（第九条）："+strconv.FormatInt(c.Conflicts, 10)+" 对")
			return out, golden.Explained{EN: expl, ZH: zh}
		}),
	})
}

// clauseList is c's clauses one by one, as Clauses.String joins them with
// "; " (nil for none).
func clauseList(c eligibility.Clauses) []string {
	if s := c.String(); s != "" {
		return strings.Split(s, "; ")
	}
	return nil
}
