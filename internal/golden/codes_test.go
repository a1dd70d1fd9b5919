package golden

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/jsoncode"
	"github.com/zhishang/zhishang/jsonerr"
)

// withChinese is a structured error with a Chinese rendering of its own,
// as calendar's *YearNotCoveredError has.
type withChinese struct{ code errcode.Code }

func (e withChinese) Error() string   { return "structured" }
func (e withChinese) Chinese() string { return "结构化的错误" }
func (e withChinese) Unwrap() error   { return e.code }

func TestErrorCode(t *testing.T) {
	a := errcode.New("test_a", errcode.Stop, "test: a", "甲")
	b := errcode.New("test_b", errcode.Stop, "test: b", "乙")
	assert.Equal(t, "", ErrorCode(nil))
	assert.Equal(t, "test_a", ErrorCode(fmt.Errorf("x: %w", a)))
	assert.Equal(t, "test_a", ErrorCode(fmt.Errorf("%w: %w", a, b)), "the first code it carries")
	assert.Equal(t, "test_b", ErrorCode(fmt.Errorf("%[2]w: %[1]w", b, a)), "in the order of the arguments")
	assert.Equal(t, "invalid", ErrorCode(errors.New("plain")))
	assert.Equal(t, "json_decimals", inputRefusal(&jsonerr.Error{Err: jsoncode.ErrDecimals}))
	assert.Equal(t, "", inputRefusal(&jsonerr.Error{Err: jsoncode.ErrSyntax}))
}

func TestErrorZH(t *testing.T) {
	a := errcode.New("test_za", errcode.Stop, "test: a", "甲的含义")
	b := errcode.New("test_zb", errcode.Stop, "test: b", "乙的含义")
	RegisterCodes("test", a, b)
	defer func() { delete(registered, "test_za"); delete(registered, "test_zb") }()

	assert.Equal(t, "甲的含义", ErrorZH(fmt.Errorf("x: %w", a), "test_za"))
	// The error's own Chinese, where it carries the code.
	assert.Equal(t, "结构化的错误", ErrorZH(fmt.Errorf("%w: %w", b, withChinese{a}), "test_za:2027"))
	assert.Equal(t, "乙的含义", ErrorZH(fmt.Errorf("%w: %w", b, withChinese{a}), "test_zb"))
	// An error that carries no code: the meaning of the code given.
	assert.Equal(t, "甲的含义", ErrorZH(errors.New("plain"), "test_za"))
	// The runner's own codes take the first Chinese the error has.
	assert.Equal(t, "结构化的错误", ErrorZH(withChinese{a}, "invalid: x: y"))

	r := Refused(fmt.Errorf("x: %w", a), "test_za")
	assert.Equal(t, []string{"x: test: a"}, r.EN)
	assert.Equal(t, []string{"未能计算：甲的含义（错误代码 test_za）"}, r.ZH, "the English message is not shown: no figure or name in it")
	r = Refused(fmt.Errorf("x: %w: payment \"P1\" dated 2026-05-03 in 2026-04 (第五十七条); bills[0].date", a), "test_za")
	assert.Equal(t, []string{"未能计算：甲的含义（错误代码 test_za）。涉及：“P1”、2026-05-03、2026-04、第五十七条、bills[0].date"}, r.ZH,
		"the figures and names of the message, in order, once each, without its English words")
}

// An identifier two packages give different meanings is listed with each;
// registering a code again changes nothing.
func TestCodeMeaningMerges(t *testing.T) {
	x1 := errcode.New("test_shared", errcode.Stop, "one: x", "其一")
	x2 := errcode.New("test_shared", errcode.Stop, "two: x", "其二")
	x3 := errcode.New("test_shared", errcode.Stop, "three: x", "其一")
	defer delete(registered, "test_shared")
	RegisterCodes("one", x1)
	assert.Equal(t, "其一", codeMeaning("test_shared"))
	RegisterCodes("one", x1)
	RegisterCodes("three", x3)
	assert.Equal(t, "其一", codeMeaning("test_shared"), "the same meaning once")
	RegisterCodes("two", x2)
	assert.Equal(t, "one：其一；two：其二", codeMeaning("test_shared"))
	assert.Equal(t, "", codeMeaning("test_none"))
}

// One identifier, one meaning, across the library: two packages may share
// an identifier only with the same Chinese, except not_covered, which the
// cases have always used for calendar's year not covered (with the year)
// and benefits' month not paid (without), and which the dictionary lists
// with both.
func TestCodeIdentifiersAgreeAcrossPackages(t *testing.T) {
	var clash []string
	for _, id := range registeredIDs() {
		zh := map[string]bool{}
		for _, r := range registered[id] {
			zh[r.code.Chinese()] = true
		}
		if len(zh) > 1 && id != "not_covered" {
			clash = append(clash, id)
		}
	}
	assert.Empty(t, clash)
	assert.Len(t, registered["not_covered"], 2)
	assert.GreaterOrEqual(t, len(registeredIDs()), 170)
}
