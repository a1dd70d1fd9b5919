package eligibility

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/zhcheck"
)

// Issue 22: every refusal says in Chinese what its English says, with the
// same figures and names, not only its code's meaning.

// chineseDetail is the Chinese that errcode.Wire shows for err.
func chineseDetail(err error) string { return errcode.Wire(err).Chinese }

func TestRefusalsInChinese(t *testing.T) {
	tallyJSON := func(rows string) error {
		var tl Tally
		return tl.UnmarshalJSON([]byte(`{"rows":[` + rows + `]}`))
	}
	row := `{"platform":"p1","industry":"ride_hailing","day":"2026-03-01","orders":3}`
	tallyBin := func(b []byte) error {
		var tl Tally
		return tl.UnmarshalBinary(b)
	}
	batchBin := func(b []byte) error {
		var bt Batch
		return bt.UnmarshalBinary(b)
	}
	resolveErr := func() error {
		_, err := Resolve([]Execution{{OrderID: "o1"}})
		return err
	}
	industryErr := func() error {
		var i Industry
		return i.UnmarshalText([]byte("taxi"))
	}
	_, negErr := addCount("tally total", 5, -2)
	var empty Batch
	// A *LineError names its line in English; a host says the line in
	// Chinese itself (第 N 行), so the error it wraps is checked.
	var emptyCSV error
	var le *LineError
	if err := ReadCSV(strings.NewReader(""), &empty); errors.As(err, &le) {
		emptyCSV = le.Err
	}
	for _, c := range []struct {
		name string
		err  error
		code error
		zh   string // the exact Chinese, when given
	}{
		{"tally no platform", tallyJSON(`{"platform":"","industry":"ride_hailing","day":"2026-03-01","orders":1}`), errTallySyntax,
			"汇总表的 JSON 格式不对：第 1 行：没有平台"},
		{"tally zero orders", tallyJSON(`{"platform":"p1","industry":"ride_hailing","day":"2026-03-01","orders":0}`), errTallySyntax,
			"汇总表的 JSON 格式不对：第 1 行：订单数为零（汇总表只列有订单的格）"},
		{"tally twice", tallyJSON(row + "," + row), errTallySyntax,
			`汇总表的 JSON 格式不对：第 2 行："p1" 出行（ride_hailing）2026-03-01 列了两次`},
		{"tally unclear platform", tallyJSON(`{"platform":"p` + "\u200b" + `1","industry":"ride_hailing","day":"2026-03-01","orders":1}`), errTallySyntax,
			"汇总表的 JSON 格式不对：第 1 行：编号中有看不见或难以分辨的字符（空白、控制符、不可见字符）：platform：第 1 字节处的 U+200B：格式字符（Cf），看不见（编号须为 UTF-8 的可见字符，不得有空白或看不见的字符）"},
		{"tally day outside", tallyJSON(`{"platform":"p1","industry":"ride_hailing","day":"2041-03-01","orders":1}`), errTallySyntax, ""},
		{"tally negative", tallyJSON(`{"platform":"p1","industry":"ride_hailing","day":"2026-03-01","orders":-1}`), errTallySyntax, ""},
		{"tally binary magic", tallyBin([]byte("xyz")), errTallyBinary, "二进制的汇总表数据不合要求：不是第 1 版的汇总表"},
		{"tally binary platforms", tallyBin(append(append([]byte(nil), tallyMagic[:]...), 9)), errTallyBinary,
			"二进制的汇总表数据不合要求：9 个平台只有 0 个字节"},
		{"tally binary truncated", tallyBin(tallyMagic[:]), errTallyBinary,
			"二进制的汇总表数据不合要求：平台个数（platforms）：数字被截断或编码过长"},
		{"batch binary magic", batchBin([]byte("xyz")), errBatchBinary, "二进制的批次数据不合要求：不是第 1 版的批次数据"},
		{"batch binary month", batchBin(batchMagic[:]), errBatchBinary,
			"二进制的批次数据不合要求：月份（month）：数字被截断或编码过长"},
		{"resolve copy", resolveErr(), errMissingWorkerID, "缺少从业人员编号（worker_id）：第 1 份"},
		{"industry", industryErr(), ErrUnknownIndustry, ""},
		{"negative count", negErr, errNegativeCount, "计数为负数：汇总表合计（tally total）：5 + -2"},
		{"empty csv", emptyCSV, errCSVHeader, "CSV 的表头不对：文件无法读取：输入是空的"},
		{"field count", fieldCountError(3), ErrCSVSyntax, "该行不能按 CSV 读取（如引号不成对）：不符合 RFC 4180：字段个数不对：有 3 个字段，应为 11 个"},
		{"check id", CheckID("order_id", "a b"), errMalformedOrderID, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			require.Error(t, c.err)
			assert.True(t, errors.Is(c.err, c.code), "%v", c.err)
			zh := chineseDetail(c.err)
			code := errcode.Of(c.err)
			assert.NotEqual(t, code.Chinese(), zh, "only the code's meaning: %v", c.err)
			assert.True(t, zhcheck.HasHan(zh))
			assert.Empty(t, zhcheck.Missing([]string{c.err.Error()}, []string{zh}), "EN: %s\nZH: %s", c.err, zh)
			if c.zh != "" {
				assert.Equal(t, c.zh, zh)
			}
		})
	}
}
