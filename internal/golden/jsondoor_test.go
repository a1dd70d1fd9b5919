package golden

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/internal/jsontest"
	"github.com/zhishang/zhishang/internal/strictjson"
	"github.com/zhishang/zhishang/jsonerr"
)

// Every refusal of the strict JSON layer is said in Chinese, placed in the
// file, short, and never shows an identity number.
func TestNewRefusalsSaidInChinese(t *testing.T) {
	id := jsontest.ID
	for name, tc := range map[string]struct {
		body string
		says string
		line int
	}{
		"deep":         {strings.Repeat("[", 100_000), "嵌套过深：对象 { } 和列表 [ ] 最多嵌套 64 层", 1},
		"deep objects": {"{\n\"title\":" + strings.Repeat(`{"a":`, 100_000), "嵌套过深", 2},
		"number":       {"{\n  \"title\": 1e999999999\n}", "数字过长或超出范围", 2},
		"long number":  {"{\"title\": " + strings.Repeat("9", 1<<20) + "}", "写得太长", 1},
		"large":        {"{\"title\": \"" + strings.Repeat("文", jsonerr.MaxBytes/3+1) + "\"}", "文件过大：超过 8388608 字节的上限", 0},
		"long string":  {"{\"title\": \"" + strings.Repeat("x", 1<<17) + "\"}", "文字过长：最多 65536 个字节", 1},
		"long key":     {"{\"" + strings.Repeat("k", 1000) + "\": 1}", "字段名过长：最多 128 个字节", 1},
		"null":         {"{\n  \"title\": null\n}", "字段“title”不能写 null", 2},
		"ID key":       {"{\"" + id + "\": 1}", "不认识的字段“******************”", 1},
		"ID key twice": {"{\"title\":\"t\",\"note\":{}, \"input\":{\"" + id + "\":1,\"" + id + "\":1}}", "", 1},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := ParseCase([]byte(tc.body))
			var pe *ParseError
			require.True(t, errors.As(err, &pe), "%v", err)
			var je *jsonerr.Error
			require.True(t, errors.As(err, &je), "%v", err)
			assert.Contains(t, pe.Error(), tc.says)
			assert.Equal(t, tc.line, pe.Line, pe.Error())
			assert.NotContains(t, pe.Error(), id)
			assert.LessOrEqual(t, len(pe.Error()), 600, pe.Error())
		})
	}
}

// The kinds a case's input may carry (an amount missing, null, too many
// decimals) are said in Chinese too where they are a problem of the file.
func TestRequiredAndDecimalsSaidInChinese(t *testing.T) {
	var v struct {
		Costs []struct {
			Amount decimal.Decimal `json:"amount" strict:"required,decimals=2"`
		} `json:"costs"`
	}
	for body, says := range map[string]string{
		"{\"costs\": [\n {}]}":                      "缺少必填字段“costs[0].amount”",
		"{\"costs\": [\n {\"amount\": \"1.005\"}]}": "字段“costs[0].amount”的小数位过多：最多 2 位小数（金额以元为单位，精确到分）",
		"{\"costs\": [\n {\"amount\": \"1,00\"}]}":  "不是数字的写法",
	} {
		err := strictjson.Decode([]byte(body), &v)
		require.Error(t, err)
		pe := locate([]byte(body), 0, err)
		assert.Contains(t, pe.Error(), says)
		assert.Equal(t, 2, pe.Line, pe.Error())
	}
}

// A case whose input carries an implausible amount expects the reading's
// refusal as its error code, as a host reading the same JSON gets it.
func TestInputRefusalIsACode(t *testing.T) {
	c, err := ParseCase([]byte(`{"title":"t","articles":["第三十四条"],"kind":"benefits.medical",
		"input":{"total":"1e2000000000","eligible":"1.00"},"expect":{"error":"json_number"}}`))
	require.NoError(t, err)
	o := Run("x.json", c)
	assert.True(t, o.Pass, "%+v", o)
	assert.NotEmpty(t, o.ExplanationZH)
	c.Input = []byte(`{"total":null,"eligible":"1.00"}`)
	assert.Equal(t, `{"error":"json_null"}`, Run("x.json", c).Actual)
	c.Input = []byte(`{"eligible":"1.00"}`)
	assert.Equal(t, `{"error":"json_missing"}`, Run("x.json", c).Actual)
	c.Input = []byte(`{"total":"1.001","eligible":"1.00"}`)
	assert.Equal(t, `{"error":"json_decimals"}`, Run("x.json", c).Actual)
}

// A case file larger than the limit is refused by its size, unread.
func TestRunFileRefusesALargeFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.json")
	require.NoError(t, os.WriteFile(path, make([]byte, jsonerr.MaxBytes+1), 0o644))
	o := RunFile(path)
	assert.Contains(t, o.Problem, "文件过大")
	assert.False(t, o.Pass)
}
