package eligibility_test

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/eligibility"
)

// The case: a file whose lines end in CR alone was one row. A lone
// CR ends a line as LF and CR LF do, in the line numbers too, wherever the
// reader's buffer happens to cut.
func TestLoneCRIsALineEnd(t *testing.T) {
	cr := func(s string) string { return strings.ReplaceAll(s, "\n", "\r") }
	for name, in := range map[string]string{
		"CR only":               cr(eligibility.CSVHeader + "\n" + row("o1") + row("o2") + row("o3")),
		"CR only, no last end":  strings.TrimSuffix(cr(eligibility.CSVHeader+"\n"+row("o1")+row("o2")+row("o3")), "\r"),
		"mixed":                 eligibility.CSVHeader + "\r\n" + cr(row("o1")) + strings.ReplaceAll(row("o2"), "\n", "\r\n") + row("o3"),
		"blank CR lines":        cr(eligibility.CSVHeader+"\n"+row("o1")+"\n"+row("o2")) + "\r\n" + row("o3"),
		"CR then CR LF":         cr(eligibility.CSVHeader+"\n"+row("o1")) + "\r\n" + row("o2") + row("o3"),
		"quoted field, then CR": cr(eligibility.CSVHeader + "\n" + strings.Replace(row("o1"), "delivered", `"delivered"`, 1) + row("o2") + row("o3")),
	} {
		for _, one := range []bool{false, true} {
			var src io.Reader = strings.NewReader(in)
			if one {
				src = iotest.OneByteReader(src)
			}
			b, good, bad := readAll(t, src)
			assert.Empty(t, bad, name)
			assert.Equal(t, int64(3), b.Counts().Counted, name)
			assert.Equal(t, int64(3), b.Counts().Input, name)
			switch name {
			case "blank CR lines":
				assert.Equal(t, []int64{2, 4, 6}, good, name)
			case "CR then CR LF":
				assert.Equal(t, []int64{2, 4, 5}, good, name)
			default:
				assert.Equal(t, []int64{2, 3, 4}, good, name)
			}
		}
	}

	// A CR inside quotes is a line break there: that line is an error, the
	// next is read on its own.
	in := eligibility.CSVHeader + "\r" + `"o` + "\r" + `1",w1` + "\r" + strings.ReplaceAll(row("o2"), "\n", "\r")
	b, good, bad := readAll(t, strings.NewReader(in))
	assert.Equal(t, []int64{2, 3}, bad)
	assert.Equal(t, []int64{4}, good)
	assert.ErrorIs(t, b.Invalid()[0].Err, eligibility.ErrLineBreak)

	// A CR the reader's error cuts short does not end a line.
	src := io.MultiReader(strings.NewReader(eligibility.CSVHeader+"\n"+row("o1")+strings.TrimSuffix(row("o2"), "\n")+"\r"), iotest.ErrReader(errors.New("disk")))
	b = &eligibility.Batch{}
	err := eligibility.ReadCSV(src, b)
	require.Error(t, err)
	assert.Equal(t, int64(1), b.Counts().Input)
}

// ParseRecord takes a trailing LF, CR LF or CR; a CR inside the record is a
// line break.
func TestParseRecordLineEnds(t *testing.T) {
	r := strings.TrimSuffix(row("o1"), "\n")
	for _, end := range []string{"", "\n", "\r\n", "\r"} {
		_, err := eligibility.ParseRecord(r + end)
		assert.NoError(t, err, "%q", end)
	}
	_, err := eligibility.ParseRecord(r + "\r" + r)
	assert.ErrorIs(t, err, eligibility.ErrTwoRecords)
	_, err = eligibility.ParseRecord(r + "\n" + r)
	assert.ErrorIs(t, err, eligibility.ErrTwoRecords)
	_, err = eligibility.ParseRecord(strings.Replace(r, "o1", "\"o\r1\"", 1))
	assert.ErrorIs(t, err, eligibility.ErrLineBreak)
	_, err = eligibility.ParseRecord(r + "\r\r")
	assert.ErrorIs(t, err, eligibility.ErrCSVSyntax)
}

// The case: time.Parse takes a comma before the fraction (since Go
// 1.17), which RFC 3339 does not; the reader refuses it, wherever the time
// is read from.
func TestCommaFractionRefused(t *testing.T) {
	for _, bad := range []string{
		"2026-03-01T10:30:00,5+08:00", "2026-03-01T10:30:00,500000000Z", "2026-03-01T10:30:00.+08:00",
		"2026-03-01T10:30:00.5+0800", "2026-03-01 10:30:00+08:00", "2026-03-01T10:30+08:00", "+2026-03-01T10:30:00Z",
	} {
		rec := strings.Replace(row("o1"), "2026-03-01T10:30:00+08:00", `"`+bad+`"`, 1)
		_, err := eligibility.ParseRecord(rec)
		assert.ErrorIs(t, err, eligibility.ErrNotTime, bad)
		b, _, badLines := readAll(t, strings.NewReader(eligibility.CSVHeader+"\n"+rec))
		assert.Equal(t, []int64{2}, badLines, bad)
		assert.Zero(t, b.Counts().Counted)
	}
	for _, ok := range []string{"2026-03-01T10:30:00.5+08:00", "2026-03-01T02:30:00.123456789123Z"} {
		_, err := eligibility.ParseRecord(strings.Replace(row("o1"), "2026-03-01T10:30:00+08:00", ok, 1))
		assert.NoError(t, err, ok)
	}
}
