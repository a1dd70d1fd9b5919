package golden

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/internal/jsontest"
)

func TestDiffNamesEachFieldByPath(t *testing.T) {
	exp := `{"items":[{"kind":"a","amount":"1.00"},{"kind":"b","amount":"3897.15"}],"total":"5.00","provisional":true}`
	act := `{"items":[{"kind":"a","amount":"1.00"},{"kind":"b","amount":"3340.41"},{"kind":"c","amount":"2.00"}],"total":"5.00"}`
	d := Diff(exp, act)
	var lines []string
	for _, x := range d {
		lines = append(lines, x.String())
	}
	assert.Equal(t, []string{
		"items[1].amount: expected 3897.15, got 3340.41",
		"provisional: expected true, got (absent)",
		"items[2].kind: expected (absent), got c",
		"items[2].amount: expected (absent), got 2.00",
	}, lines)
	assert.Empty(t, Diff(exp, exp))
	// A string and a number that print alike still differ.
	assert.Len(t, Diff(`{"a":"3"}`, `{"a":3}`), 1)
}

func TestFlattenUnflattenRoundTrip(t *testing.T) {
	for _, s := range []string{
		`{"a":{"b":[{"c":"x","d":1.50},{"c":"y","e":[]}],"f":{}},"g":null,"h":true,"i":["p","q"]}`,
		`{}`, `[]`, `"s"`,
	} {
		leaves, err := Flatten([]byte(s))
		require.NoError(t, err)
		back, err := Unflatten(leaves)
		require.NoError(t, err)
		assert.JSONEq(t, s, string(back))
	}
	_, err := Unflatten([]Leaf{{"a[1]", "1"}})
	assert.Error(t, err, "a gap in a list")
	_, err = Unflatten([]Leaf{{"a", "1"}, {"a.b", "2"}})
	assert.Error(t, err, "a leaf and a container")
	_, err = Unflatten([]Leaf{{"a", "{"}})
	assert.Error(t, err)
}

func TestParseErrorsArePlacedAndSaidInChinese(t *testing.T) {
	for name, tc := range map[string]struct {
		body      string
		line, col int
		says      string
	}{
		"full-width colon": {"{\n  \"title\"：\"t\"\n}", 2, 10, "全角冒号"},
		"full-width comma": {"{\n  \"title\": \"t\"，\n  \"kind\": \"x\"\n}", 2, 15, "全角逗号"},
		"chinese quotes":   {"{\n  “title”: \"t\"\n}", 2, 3, "中文引号"},
		"trailing comma":   {"{\n  \"title\": \"t\",\n  \"articles\": [\"第十四条\",]\n}", 3, 22, "多余的逗号"},
		"trailing comma 2": {"{\n  \"title\": \"t\",\n}", 2, 15, "多余的逗号"},
		"missing comma":    {"{\n  \"title\": \"t\"\n  \"kind\": \"x\"\n}", 3, 3, "缺少逗号"},
		"BOM":              {"\uFEFF{\"title\":\"t\"}", 1, 1, "BOM"},
		"truncated":        {"{\n  \"title\": \"t\",\n", 3, 1, "中途结束"},
		"unknown key":      {"{\n  \"title\": \"t\",\n  \"artcles\": []\n}", 3, 3, "“articles”"},
		"wrong type":       {"{\n  \"title\": \"t\",\n  \"articles\": \"第十四条\"\n}", 3, 15, "列表"},
		"single quotes":    {"{'title': 't'}", 1, 2, "单引号"},
		"not an object":    {"\n  title: t", 2, 3, "以 { 开头"},
		"leading zero":     {"{\"title\": \"t\", \"n\": 05}", 1, 21, "不能以 0 开头"},
		"full-width digit": {"{\"title\": \"t\", \"n\": ２}", 1, 21, "全角数字"},
		"number for text":  {"{\n  \"title\": 5\n}", 2, 12, "这里写的是数字"},
		"unquoted Chinese": {"{\"title\": 元旦}", 1, 11, "文字“元旦”要用英文双引号括起"},
		"unquoted text":    {"{\"title\": \"t\",\n \"kind\": tomorrow}", 2, 10, "文字“tomorrow”要用英文双引号括起"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := ParseCase([]byte(tc.body))
			var pe *ParseError
			require.True(t, errors.As(err, &pe), "%v", err)
			assert.Equal(t, tc.line, pe.Line, pe.Error())
			assert.Equal(t, tc.col, pe.Column, pe.Error())
			assert.Contains(t, pe.Error(), tc.says)
			assert.NotContains(t, pe.Error(), "invalid character")
			assert.NotContains(t, pe.Error(), "ï")
		})
	}
}

func TestInputErrorsArePlacedInTheFile(t *testing.T) {
	body := "{\n  \"title\": \"t\",\n  \"articles\": [\"第十四条\"],\n  \"kind\": \"calendar.day\",\n" +
		"  \"input\": {\n    \"dat\": \"2026-01-01\"\n  },\n  \"expect\": {\"kind\": \"statutory_holiday\"}\n}\n"
	path := filepath.Join(t.TempDir(), "case.json")
	require.NoError(t, os.WriteFile(path, []byte(body), 0o644))
	o := RunFile(path)
	assert.False(t, o.Pass)
	assert.Contains(t, o.Problem, "第6行第5列")
	assert.Contains(t, o.Problem, "不认识的字段“dat”")
	assert.Contains(t, o.Problem, "“date”")
}

func TestAcceptReplacesOnlyTheExpectation(t *testing.T) {
	body := "{\n  \"title\": \"元旦\",\n  \"articles\": [\"第十四条\"],\n  \"kind\": \"calendar.day\",\n" +
		"  \"input\": {\"date\": \"2026-01-01\"},\n  \"expect\": {\"kind\": \"workday\"},\n  \"note\": \"手算\"\n}\n"
	path := filepath.Join(t.TempDir(), "case.json")
	require.NoError(t, os.WriteFile(path, []byte(body), 0o644))
	before, changed, err := Accept(path)
	require.NoError(t, err)
	assert.True(t, changed)
	assert.False(t, before.Pass)
	assert.NotEmpty(t, before.Differences)
	after, err := os.ReadFile(path)
	require.NoError(t, err)
	s := string(after)
	assert.True(t, strings.HasPrefix(s, "{\n  \"title\": \"元旦\",\n  \"articles\": [\"第十四条\"],\n  \"kind\": \"calendar.day\",\n  \"input\": {\"date\": \"2026-01-01\"},\n  \"expect\": {\n    \"kind\": \"statutory_holiday\",\n"), s)
	assert.True(t, strings.HasSuffix(s, "  },\n  \"note\": \"手算\"\n}\n"), s)
	assert.True(t, RunFile(path).Pass)

	// A passing case is left alone; a case that cannot run is refused.
	_, changed, err = Accept(path)
	require.NoError(t, err)
	assert.False(t, changed)
	require.NoError(t, os.WriteFile(path, []byte(`{"title":"t"`), 0o644))
	_, _, err = Accept(path)
	assert.ErrorIs(t, err, ErrNotAccepted)
}

func TestFieldZH(t *testing.T) {
	assert.Equal(t, "待遇案件·死亡·供养亲属2·与职工的关系", FieldZH("benefits.award", "case.death.dependents[1].relation"))
	assert.Equal(t, "待遇案件·死亡·供养亲属·与职工的关系", FieldZH("benefits.award", "case.death.dependents[].relation"))
	assert.Equal(t, "待遇项目3·金额", FieldZH("benefits.award", "items[2].amount"))
	assert.Equal(t, "待遇项目1·项目", FieldZH("benefits.award", "items[0].kind"))
	assert.Equal(t, "日子的类别", FieldZH("calendar.day", "kind"))
}

func FuzzFlattenUnflatten(f *testing.F) {
	f.Add([]byte(`{"a":{"b":[{"c":"x","d":1.50},{"e":[]}],"f":{}},"g":null}`))
	f.Add([]byte(`[1,"2",true]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		leaves, err := Flatten(data)
		if err != nil {
			return
		}
		back, err := Unflatten(leaves)
		if err != nil {
			// Keys that look like paths ("a.b", "[0]") cannot come back.
			return
		}
		again, err := Flatten(back)
		if err != nil {
			t.Fatalf("Unflatten wrote invalid JSON %s", back)
		}
		if len(Diff(string(back), string(back))) != 0 {
			t.Fatal("a value differs from itself")
		}
		_ = again
	})
}

// A file that does not parse is always explained in Chinese, never by a raw
// byte, and its place is inside the file.
func FuzzParseErrors(f *testing.F) {
	f.Add([]byte("{\n  \"title\"：\"t\"\n}"))
	f.Add([]byte("{\"title\": \"t\",}"))
	f.Add([]byte("\uFEFF{}"))
	f.Add([]byte(`{"title":"t","articles":["第十四条"],"kind":"calendar.day","input":{"dat":"x"},"expect":{}}`))
	for _, s := range jsontest.Seeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := ParseCase(data)
		var pe *ParseError
		if err == nil {
			return
		}
		if !errors.As(err, &pe) {
			t.Fatalf("not a *ParseError: %v", err)
		}
		msg := pe.Error()
		if strings.Contains(msg, "invalid character") || strings.Contains(msg, "looking for") {
			t.Fatalf("raw decoder message: %s", msg)
		}
		if pe.Line < 0 || pe.Line > strings.Count(string(data), "\n")+1 || (pe.Line > 0 && pe.Column < 1) {
			t.Fatalf("place %d:%d outside the file: %s", pe.Line, pe.Column, msg)
		}
	})
}

func TestMalformedDateIsPlacedAndSaidInChinese(t *testing.T) {
	body := "{\n  \"title\": \"t\",\n  \"articles\": [\"第十四条\"],\n  \"kind\": \"calendar.day\",\n" +
		"  \"input\": {\"date\": \"2026-02-30\"},\n  \"expect\": {\"kind\": \"statutory_holiday\"}\n}\n"
	path := filepath.Join(t.TempDir(), "case.json")
	require.NoError(t, os.WriteFile(path, []byte(body), 0o644))
	o := RunFile(path)
	assert.Equal(t, "第5行第21列：“2026-02-30”不是合法的日期：应写成 2026-01-20 这样的形式，且是真实存在的日期", o.Problem)
}

type zhResult struct{ n int }

func (r zhResult) Explanation() []string { return []string{"n is " + strconv.Itoa(r.n)} }
func (r zhResult) ExplainZH() []string   { return []string{"n 为 " + strconv.Itoa(r.n)} }

// A kind whose result explains itself in Chinese: the report and -v show
// the Chinese lines; the English ones stay in the outcome for services.
func TestChineseExplanationHook(t *testing.T) {
	kinds["test.zh"] = Define(func(in struct {
		N int `json:"n"`
	}) (struct {
		N int `json:"n"`
	}, Explained) {
		r := zhResult{in.N}
		return struct {
			N int `json:"n"`
		}{in.N}, Explain(r, r.Explanation())
	})
	kinds["test.en"] = Define(func(in struct {
		N int `json:"n"`
	}) (struct{}, []string) {
		return struct{}{}, []string{"english only"}
	})
	defer delete(kinds, "test.zh")
	defer delete(kinds, "test.en")

	o := Run("zh.json", Case{Title: "t", Articles: []string{"第十条"}, Kind: "test.zh", Input: []byte(`{"n":2}`), Expect: []byte(`{"n":2}`)})
	require.True(t, o.Pass, o.Problem)
	assert.Equal(t, []string{"n is 2"}, o.Explanation)
	assert.Equal(t, []string{"n 为 2"}, o.ExplanationZH)
	assert.Equal(t, []string{"n 为 2"}, o.ExplanationLines())
	var sb strings.Builder
	Report(&sb, []Outcome{o}, true)
	assert.Contains(t, sb.String(), "· n 为 2")

	o = Run("en.json", Case{Title: "t", Articles: []string{"第十条"}, Kind: "test.en", Input: []byte(`{"n":2}`), Expect: []byte(`{}`)})
	assert.Empty(t, o.ExplanationZH)
	assert.Equal(t, []string{"english only"}, o.ExplanationLines())
}

// Audit A1, A11, A10: a file in another encoding, or with a key written
// twice, is an error with its place, never a silent pass.
func TestEncodingAndDuplicateKeys(t *testing.T) {
	gbk := []byte("{\n  \"title\": \"\xc9\xea\xb1\xa8\"\n}") // 申报 in GBK
	_, err := ParseCase(gbk)
	var pe *ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, 2, pe.Line)
	assert.Equal(t, 13, pe.Column)
	assert.Contains(t, pe.Msg, "不是 UTF-8")

	utf16 := []byte{0xFF, 0xFE, '{', 0, '}', 0}
	_, err = ParseCase(utf16)
	require.ErrorAs(t, err, &pe)
	assert.Contains(t, pe.Msg, "UTF-16")

	dup := "{\n  \"title\": \"t\",\n  \"articles\": [\"第十四条\"],\n  \"kind\": \"calendar.day\",\n" +
		"  \"input\": {\"date\": \"2026-01-01\"},\n  \"expect\": {\n    \"kind\": \"workday\",\n    \"kind\": \"statutory_holiday\",\n" +
		"    \"festival\": \"new_years_day\", \"workday\": false}\n}\n"
	_, err = ParseCase([]byte(dup))
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "第8行第5列：字段“kind”出现了两次（同一层只能写一次；只有最后一次会被读到）", pe.Error())
	// A case-file key in another case (encoding/json would take it) is
	// refused where it is written.
	_, err = ParseCase([]byte("{\n  \"Title\": \"t\",\n  \"articles\": [\"第十四条\"], \"kind\": \"calendar.day\"}"))
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "第2行第3列：字段“Title”的大小写不对：应写成“title”（字段名区分大小写）", pe.Error())
	// The same key in different objects is fine.
	_, err = ParseCase([]byte(`{"title":"t","articles":["第十四条"],"kind":"calendar.day","input":{"date":"2026-01-01"},"expect":{"kind":"statutory_holiday","festival":"new_years_day","workday":false}}`))
	assert.NoError(t, err)
}

// Audit A7: a partly filled expected item is a problem naming the field,
// not a diff with an empty path and a Go error.
func TestPartlyFilledExpectedItemIsNamed(t *testing.T) {
	data, err := os.ReadFile("../../testdata/golden/levy/bill-2026-03-half-up.json")
	require.NoError(t, err)
	c, err := ParseCase(data)
	require.NoError(t, err)
	exp := strings.TrimSpace(string(c.Expect))
	i := strings.Index(exp, `"lines"`)
	j := i + strings.Index(exp[i:], "]")
	c.Expect = []byte(exp[:j] + `,{"from":"2026-03-02"}` + exp[j:])
	o := Run("a7.json", c)
	assert.False(t, o.Pass)
	assert.Contains(t, o.Problem, "“lines[1].industry”缺少或取值无效")
	assert.NotContains(t, o.Problem, "MarshalText")
}

// Audit A2: an article that does not exist, or is not written as one, is an error.
func TestArticlesAreChecked(t *testing.T) {
	for a, ok := range map[string]bool{"第十四条": true, "第八十一条": true, "第十条第一款": true, "第十条第一款第（三）项": true,
		"《实施办法》第十四条": true, "人社厅函〔2025〕79号 第三十八条": true,
		"9": false, "第九十九条": false, "第零条": false, "14条": false, "第十四": false} {
		assert.Equal(t, ok, checkArticle(a) == "", a)
	}
	_, err := ParseCase([]byte("{\"title\": \"t\",\n \"articles\": [\"9\", \"第九十九条\"], \"kind\": \"calendar.day\", \"input\": {}, \"expect\": {}}"))
	var pe *ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "第2行第15列：条款“9”的写法不对：应写成“第十四条”（其他文件的条款先写文件名，如“《实施办法》第十四条”）", pe.Error())
}

// Audit A12: the cover state is not a parameter's status; not_clear and
// plain output values have Chinese.
func TestCoverStatusAndPlainValues(t *testing.T) {
	assert.Equal(t, "保障状态（第四十三条）", FieldZH("claims.cover", "status"))
	assert.Equal(t, "pending（待定（当月保障费尚未到期））", ValueText("claims.cover", true, "status", `"pending"`))
	assert.Equal(t, "尚未查清", ValueZH("claims.Clarity", "not_clear"))
	assert.Equal(t, "top_up（补足少缴）", ValueText("levy.correction", true, "kind", `"top_up"`))
}
