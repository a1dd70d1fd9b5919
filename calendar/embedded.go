package calendar

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"

	"github.com/zhishang/zhishang/errcode"
)

// maxHolidayCSVBytes is the most ParseHolidayCSV reads (its doc states it: 8 MiB).
const maxHolidayCSVBytes = 8 << 20

// errHolidayCSVTooLarge (holiday_csv_too_large): the holiday CSV is longer than maxHolidayCSVBytes.
var errHolidayCSVTooLarge = errcode.New("holiday_csv_too_large", errcode.Stop,
	"longer than 8 MiB",
	"放假安排 CSV 文件超过 8 MiB")

// capped reads r until left−1 bytes are read; the next byte fails with
// the code holiday_csv_too_large (an io.LimitReader would end the input silently).
type capped struct {
	r    io.Reader
	left int
}

func (c *capped) Read(p []byte) (int, error) {
	if c.left <= 0 {
		return 0, errHolidayCSVTooLarge
	}
	if len(p) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	if c.left -= n; c.left <= 0 {
		return 0, errHolidayCSVTooLarge
	}
	return n, err
}

// holidaysCSV is the State Council holiday arrangements 2019–2026, one row a
// day a notice names, copied from the project's reference facts
// (shared/reference/holidays.csv, status: verified against each year's
// notice text and three public data sets). Each row cites its notice and its
// address on www.gov.cn.
//
//go:embed data/holidays.csv
var holidaysCSV []byte

// firstEmbeddedYear and lastEmbeddedYear bound the years Default covers (the
// package doc states them: 2019 to 2026). The
// CSV also holds three days of 2018 (2018-12-29..31, set by the 2019 notice);
// they are read but 2018 is not covered, since its own notice is not in the
// data.
const (
	firstEmbeddedYear = 2019
	lastEmbeddedYear  = 2026
)

var defaultCalendar = sync.OnceValue(func() *Calendar {
	ss, err := ParseHolidayCSV(bytes.NewReader(holidaysCSV))
	if err != nil {
		// Unreachable: TestEmbeddedScheduleIsValid parses the same bytes. An
		// empty calendar refuses every query with *YearNotCoveredError
		// rather than guessing.
		return build(nil, nil, nil)
	}
	var keep []Schedule
	for _, s := range ss {
		if s.Year >= firstEmbeddedYear && s.Year <= lastEmbeddedYear {
			keep = append(keep, s.sorted())
		}
	}
	return build(keep, nil, nil)
})

// Default returns the calendar built into the package: the State Council
// holiday arrangements for 2019 to 2026 (国办发明电〔2018〕15号 to
// 国办发明电〔2025〕7号, with 2019's Labour Day amendment 国办发明电〔2019〕3号 and
// 2020's Spring Festival extension 国办发明电〔2020〕1号), with no overrides.
// Add a year with Default().With(schedule). The same *Calendar is returned
// on every call; it is immutable.
func Default() *Calendar { return defaultCalendar() }

// csvError reports a malformed line of a holiday CSV.
type csvError struct {
	Line int // 1-based line number in the file
	Err  error
}

func (e *csvError) Error() string {
	if e == nil {
		return "calendar: holiday CSV: <nil>"
	}
	return fmt.Sprintf("calendar: holiday CSV line %d: %v", e.Line, e.Err)
}

// Chinese says the line and what is wrong with it in Chinese, with the
// figures of Error: 放假安排 CSV 第 3 行：第 12 列：未加引号的字段中出现了引号 "。
func (e *csvError) Chinese() string {
	if e == nil {
		return "放假安排 CSV 有误"
	}
	return fmt.Sprintf("放假安排 CSV 第 %d 行：%s", e.Line, csvDetailZH(e.Err))
}

// csvDetailZH is the Chinese of a holiday CSV line's fault.
func csvDetailZH(err error) string {
	if d := detailZH(err, 0); d != "" {
		return d
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		var what string
		switch {
		case errors.Is(pe.Err, csv.ErrFieldCount):
			return "字段个数不对（应为 5 个：date,kind,festival,statutory,source）"
		case errors.Is(pe.Err, csv.ErrBareQuote):
			what = "未加引号的字段中出现了引号 \"（应给该字段加引号并把 \" 写成 \"\"）"
		case errors.Is(pe.Err, csv.ErrQuote):
			what = "引号不成对，或右引号之后还有字符"
		default:
			what = "不能按 CSV 读取"
		}
		where := fmt.Sprintf("第 %d 列", pe.Column)
		if pe.StartLine != pe.Line {
			where = fmt.Sprintf("该记录始于第 %d 行，第 %d 行第 %d 列", pe.StartLine, pe.Line, pe.Column)
		}
		return where + "：" + what
	}
	if c := errcode.Of(err); !c.IsZero() {
		return c.Chinese()
	}
	return "不能读取"
}

// csvText is a holiday CSV fault worded in both languages; err, when not
// nil, is what it wraps (for errors.Is).
type csvText struct {
	en, zh string
	err    error
}

func (e *csvText) Error() string   { return e.en }
func (e *csvText) Chinese() string { return e.zh }
func (e *csvText) Unwrap() error   { return e.err }

func (e *csvError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// ParseHolidayCSV reads holiday arrangements in the reference CSV format,
// with the header "date,kind,festival,statutory,source" and one row a named
// day: kind "off" or "workday"; statutory "yes" or "no" for an off day (a
// festival day proper, or another day off of the block) and empty for a
// working day; source the notice. It returns one validated Schedule per
// calendar year that has rows, by year. A row it cannot read is an error naming its line
// (line N: …); a schedule that fails validation one naming the year and day.
// It reads at most 8 MiB (a thousand years of notices):
// a longer input is a line error wrapping the code holiday_csv_too_large once that
// much is read, never read whole; its messages quote a field bounded and
// masked.
func ParseHolidayCSV(r io.Reader) ([]Schedule, error) {
	if r == nil {
		return nil, &csvError{Line: 1, Err: &csvText{en: "reading the header: nil io.Reader", zh: "读取表头：没有输入（nil io.Reader）"}}
	}
	cr := csv.NewReader(&capped{r: r, left: maxHolidayCSVBytes + 1})
	cr.FieldsPerRecord = 5
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err != nil {
		return nil, &csvError{Line: 1, Err: &csvText{en: "reading the header: " + err.Error(), zh: "读取表头：" + csvDetailZH(err), err: err}}
	}
	want := []string{"date", "kind", "festival", "statutory", "source"}
	for i := range want {
		if header[i] != want[i] {
			return nil, &csvError{Line: 1, Err: &csvText{en: fmt.Sprintf("header %s, want %q", echo(strings.Join(header, ",")), strings.Join(want, ",")),
				zh: fmt.Sprintf("表头为 %s，应为 %q", echo(strings.Join(header, ",")), strings.Join(want, ","))}}
		}
	}
	byYear := map[int]*Schedule{}
	prev := 1 // the line where the last record read starts
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			// A reader's error (the input too large) is not a
			// *csv.ParseError: it names the line after the last record
			// read, never line 0.
			line := prev + 1
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.Line
			}
			return nil, &csvError{Line: line, Err: err}
		}
		line, _ := cr.FieldPos(0)
		prev = line
		d, err := ParseDate(rec[0])
		if err != nil {
			return nil, &csvError{Line: line, Err: err}
		}
		var kind DayKind
		switch {
		case rec[1] == "workday" && rec[3] == "":
			kind = AdjustedWorkday
		case rec[1] == "off" && rec[3] == "yes":
			kind = StatutoryHoliday
		case rec[1] == "off" && rec[3] == "no":
			kind = ArrangedDayOff
		default:
			return nil, &csvError{Line: line, Err: &csvText{en: fmt.Sprintf("kind %s with statutory %s: want off with yes or no, or workday with nothing", echo(rec[1]), echo(rec[3])),
				zh: fmt.Sprintf("kind 为 %s，statutory 为 %s：应为 off 配 yes 或 no，或 workday 配空白", echo(rec[1]), echo(rec[3]))}}
		}
		s := byYear[d.Year()]
		if s == nil {
			s = &Schedule{Year: d.Year()}
			byYear[d.Year()] = s
		}
		s.Days = append(s.Days, ScheduleDay{Date: d, Kind: kind, Festival: Festival(rec[2]), Source: rec[4]})
	}
	out := make([]Schedule, 0, len(byYear))
	for _, s := range byYear {
		if err := s.validate(); err != nil {
			return nil, err
		}
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Year < out[j].Year })
	return out, nil
}
