package msg

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/errcode"
)

func newCLI() (*CLI, *bytes.Buffer, *int) {
	var out bytes.Buffer
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	c := New(fs, &out, "用法：x [-year 年份]", "usage: x [-year YYYY]")
	year := fs.Int("year", 2026, "要列出的`年份`")
	c.EN("year", "the `year` to list")
	fs.Bool("json", false, "输出 JSON")
	c.EN("json", "print JSON")
	return c, &out, year
}

func TestParse(t *testing.T) {
	for _, x := range []struct {
		args []string
		code int
		ok   bool
		want string
	}{
		{nil, 0, true, ""},
		{[]string{"-h"}, 0, false, "用法：x"},
		{[]string{"-nope"}, 2, false, "x: 没有这个选项：-nope\n用法：x"},
		{[]string{"-year", "abc"}, 2, false, `x: 选项 -year 的取值 "abc" 不对`},
		{[]string{"-year"}, 2, false, "x: 选项缺少取值：-year"},
		{[]string{"extra"}, 2, false, `x: 多余的参数 "extra"`},
		{[]string{"-lang", "fr"}, 2, false, `x: -lang "fr"：只能是 zh 或 en`},
		{[]string{"-lang", "en", "-nope"}, 2, false, "x: flag provided but not defined: -nope\nusage: x"},
		{[]string{"-lang", "en", "-h"}, 0, false, "usage: x [-year YYYY]"},
	} {
		c, out, _ := newCLI()
		code, ok := c.Parse(x.args)
		assert.Equal(t, x.code, code, "%v", x.args)
		assert.Equal(t, x.ok, ok, "%v", x.args)
		assert.Contains(t, out.String(), x.want, "%v", x.args)
	}
}

// ParseFlags, for programs with their own usage and -lang (ledger,
// golden), complains in Chinese, in English with -lang en, and never lets
// package flag print its English.
func TestParseFlags(t *testing.T) {
	for _, x := range []struct {
		args     []string
		moreArgs bool
		code     int
		ok       bool
		want     string
	}{
		{nil, false, 0, true, ""},
		{[]string{"-h"}, false, 0, false, "用法：x\n"},
		{[]string{"-nope"}, false, 2, false, "x: 没有这个选项：-nope\n用法：x\n"},
		{[]string{"-year", "abc"}, false, 2, false, "x: 选项 -year 的取值 \"abc\" 不对\n用法：x\n"},
		{[]string{"extra"}, false, 2, false, "x: 多余的参数 \"extra\"\n用法：x\n"},
		{[]string{"extra"}, true, 0, true, ""},
		{[]string{"-lang", "en", "-nope"}, false, 2, false, "x: flag provided but not defined: -nope\n用法：x\n"},
		{[]string{"-lang", "en", "extra"}, false, 2, false, "x: unexpected argument \"extra\"\n用法：x\n"},
	} {
		var out bytes.Buffer
		fs := flag.NewFlagSet("x", flag.ContinueOnError)
		fs.SetOutput(&out)
		fs.Int("year", 2026, "年份")
		fs.String("lang", "zh", "语言")
		fs.Usage = func() { fmt.Fprintln(fs.Output(), "用法：x") }
		code, ok := ParseFlags(fs, x.args, x.moreArgs)
		assert.Equal(t, x.code, code, "%v", x.args)
		assert.Equal(t, x.ok, ok, "%v", x.args)
		assert.Equal(t, x.want, out.String(), "%v", x.args)
	}
}

func TestUsageChineseAndEnglish(t *testing.T) {
	c, out, _ := newCLI()
	c.Usage()
	assert.Equal(t, "用法：x [-year 年份]\n\n  -json\n    \t输出 JSON\n  -lang 语言\n    \t输出文字的语言：zh（中文）或 en（英文，供开发人员）（默认 zh）\n  -year 年份\n    \t要列出的年份（默认 2026）\n", out.String())
	assert.Empty(t, EnglishWords(out.String(), "x"))
	c, out, _ = newCLI()
	_, _ = c.Parse([]string{"-lang", "en"})
	out.Reset()
	c.Usage()
	assert.Contains(t, out.String(), "  -year year\n    \tthe year to list (default 2026)\n")
	assert.Contains(t, EnglishWords(out.String()), "developers") // the check sees English
}

func TestChinese(t *testing.T) {
	code := errcode.New("x_bad", errcode.Stop, "x: bad", "不对")
	assert.Equal(t, "不对", Chinese(code))
	assert.Equal(t, "不对", Chinese(fmt.Errorf("wrapped: %w", code)))
	assert.False(t, DetailsInEnglish(fmt.Errorf("wrapped: %w", code)))
	assert.Equal(t, "不对", Chinese(fmt.Errorf("%w: grade 12", code)), "a detail worded only in English is left out")
	assert.True(t, DetailsInEnglish(fmt.Errorf("%w: grade 12", code)))
	csv := errcode.New("x_csv", errcode.Stop, "x: not csv", "不能按 CSV 读取")
	assert.Equal(t, "不能按 CSV 读取：不对", Chinese(fmt.Errorf("line 2: %w: %w", csv, code)), "the context's code, then the specific one")
	file := errcode.New("x_file", errcode.Stop, "x: bad file", "文件不合要求")
	assert.Equal(t, `文件不合要求：不对（字段 f，所填 "v"）`, Chinese(fmt.Errorf("%w: %w", file, errcode.Field(code, "f", "v"))), "the context's Chinese, then the detail's")
	assert.Equal(t, `不对（字段 f，所填 "v"）`, Chinese(fmt.Errorf("%w: %w", code, errcode.Field(code, "f", "v"))), "said once")
	assert.Equal(t, `不对（字段 f，所填 "v"）`, Chinese(fmt.Errorf("a.json: %w", errcode.Field(code, "f", "v"))))
	_, err := os.Open("no-such-file.json")
	assert.Equal(t, "找不到文件 no-such-file.json（请在仓库根目录运行，或指明文件）", Chinese(fmt.Errorf("%w", err)))
	assert.Equal(t, "plain", Chinese(errors.New("plain")))
	assert.Equal(t, "", Chinese(nil))
	c, _, _ := newCLI()
	assert.Equal(t, "不对", c.Err(code))
	assert.Equal(t, "不对（详情见 -lang en）", c.Err(fmt.Errorf("%w: grade 12", code)))
	_, _ = c.Parse([]string{"-lang", "en"})
	assert.Equal(t, "x: bad", c.Err(code))
	assert.Equal(t, "en", c.Pick("zh", "en"))
}

func TestEnglishWords(t *testing.T) {
	assert.Empty(t, EnglishWords("第 159 行：结束时间早于开始执行时间（字段 ended_at）；见 testdata/levy/orders-2026-03.csv，-json，JSON，GB/T 2260，ExplainZH，platform-a，国办发明电〔2025〕7号 https://www.gov.cn/zhengce/content_7047091.htm）"))
	assert.Empty(t, EnglishWords("规则集指纹（rulebook）：abc", "rulebook"))
	assert.Empty(t, EnglishWords("go run ./examples/deadlines -year 2026 a an the"))
	assert.Equal(t, []string{"computed", "deadline", "Tuesday"}, EnglishWords("computed deadline: 2026-02-24 (Tuesday)"))
	assert.Equal(t, []string{"inferred", "defining", "clause"}, EnglishWords("（inferred: the defining clause；状态：暂定）"))
}

func TestInFile(t *testing.T) {
	code := errcode.New("x_bad", errcode.Stop, "x: bad", "不对")
	err := InFile("a.json", code)
	assert.Equal(t, "a.json: x: bad", err.Error())
	assert.Equal(t, "a.json: 不对", Chinese(err))
	assert.ErrorIs(t, err, code)
	assert.NoError(t, InFile("a.json", nil))
	assert.True(t, DetailsInEnglish(InFile("a.json", fmt.Errorf("%w: grade 12", code))))
}

func TestText(t *testing.T) {
	err := Text("中文", "english")
	assert.Equal(t, "english", err.Error())
	assert.Equal(t, "中文", Chinese(fmt.Errorf("x: %w", err)))
}
