package errcode_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/errcode"
)

var (
	errParent = errcode.New("parent", errcode.Stop, "test: parent", "上级")
	errChild  = errcode.New("child", errcode.SkipRow, "test: parent: child", "下级").Under(errParent)
	errOther  = errcode.New("other", errcode.FixCall, "test: other", "其他")
)

func TestCodeShape(t *testing.T) {
	assert.Equal(t, "child", errChild.Code())
	assert.Equal(t, "test: parent: child", errChild.Error())
	assert.Equal(t, "下级", errChild.Chinese())
	assert.Equal(t, errcode.SkipRow, errChild.Action())
	assert.False(t, errChild.IsZero())

	// Comparable: a code equals itself and no other, also as an error.
	var a, b error = errOther, errOther
	assert.True(t, a == b)
	assert.False(t, error(errOther) == error(errParent))
	m := map[errcode.Code]int{errOther: 1, errParent: 2}
	assert.Equal(t, 1, m[errOther])

	// Under makes a new code: the one it was made from is unchanged.
	base := errcode.New("base", errcode.Stop, "test: base", "基础")
	sub := base.Under(errParent)
	assert.NotEqual(t, base, sub)
	assert.False(t, errors.Is(base, errParent))
	assert.True(t, errors.Is(sub, errParent))
	assert.True(t, errors.Is(sub, sub))
	assert.False(t, errors.Is(sub, base))
}

func TestIsThroughWrapping(t *testing.T) {
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", errChild))
	assert.True(t, errors.Is(wrapped, errChild))
	assert.True(t, errors.Is(wrapped, errParent), "a code made Under matches its parent")
	assert.False(t, errors.Is(wrapped, errOther))

	joined := errors.Join(errors.New("plain"), errOther)
	assert.True(t, errors.Is(joined, errOther))

	var c errcode.Code
	require.True(t, errors.As(wrapped, &c))
	assert.Equal(t, errChild, c, "errors.As finds the first code: the most specific")
	assert.Equal(t, errChild, errcode.Of(wrapped))
	assert.Equal(t, errOther, errcode.Of(joined))
	assert.True(t, errcode.Of(errors.New("plain")).IsZero())
	assert.True(t, errcode.Of(nil).IsZero())

	fe := errcode.Field(errChild, "order_id", "A-1")
	assert.True(t, errors.Is(fmt.Errorf("line 3: %w", fe), errChild))
	assert.True(t, errors.Is(fe, errParent))
	assert.Equal(t, errChild, errcode.Of(fmt.Errorf("line 3: %w", fe)))
	var got *errcode.FieldError
	require.True(t, errors.As(fmt.Errorf("x: %w", fe), &got))
	assert.Equal(t, "order_id", got.Field)
}

func TestZeroValues(t *testing.T) {
	var c errcode.Code
	assert.True(t, c.IsZero())
	assert.Equal(t, "", c.Code())
	assert.NotEmpty(t, c.Error())
	assert.NotEmpty(t, c.Chinese())
	assert.Equal(t, errcode.Stop, c.Action())
	assert.Nil(t, c.Unwrap())
	assert.Equal(t, c, c.Under(errParent), "the zero code stays zero")

	var a errcode.Action
	assert.Equal(t, errcode.Stop, a)
	assert.Equal(t, "stop", a.String())
	assert.NotEmpty(t, a.Chinese())
	assert.Equal(t, "Action(9)", errcode.Action(9).String())
	assert.Contains(t, errcode.Action(9).Chinese(), "9")

	var fe *errcode.FieldError
	assert.NotPanics(t, func() { _ = fe.Error(); _ = fe.Chinese(); _ = fe.Unwrap() })
	assert.Nil(t, fe.Unwrap())
	zero := &errcode.FieldError{}
	assert.NotEmpty(t, zero.Error())
	assert.NotEmpty(t, zero.Chinese())
	assert.Nil(t, zero.Unwrap())
	assert.False(t, errors.Is(zero, errParent))
}

func TestActionsAreDistinct(t *testing.T) {
	seen := map[string]bool{}
	for _, a := range []errcode.Action{errcode.Stop, errcode.SkipRow, errcode.FixCall} {
		assert.False(t, seen[a.String()], a.String())
		seen[a.String()] = true
		assert.False(t, seen[a.Chinese()], a.Chinese())
		seen[a.Chinese()] = true
	}
}

// An 18-digit identity number typed into a field never reaches the
// message, whether the FieldError was built by Field or by hand (第七十九条).
func TestFieldErrorMasksIdentityNumbers(t *testing.T) {
	for _, id := range []string{"110101199003071234", "11010119900307123X", "１１０１０１１９９００３０７１２３４"} {
		built := []*errcode.FieldError{
			errcode.Field(errChild, "worker_id", id),
			errcode.Field(errChild, "worker_id", "name "+id+" end"),
		}
		byHand := []*errcode.FieldError{
			{Code: errChild, Field: "worker_id", Value: id},
			{Code: errChild, Field: id, Value: "x"},
		}
		for _, fe := range append(built, byHand...) {
			for _, s := range []string{fe.Error(), fe.Chinese()} {
				assert.NotContains(t, s, "199003071234", "%q", s)
				assert.NotContains(t, s, "１９９００３０７", "%q", s)
			}
		}
		for _, fe := range built {
			assert.NotContains(t, fe.Value, "199003071234")
			assert.NotContains(t, fe.Value, "１９９００３０７")
		}
	}
	fe := errcode.Field(errChild, "worker_id", "110101199003071234")
	assert.Equal(t, "******************", fe.Value)
	assert.Equal(t, `test: worker_id "******************": parent: child`, fe.Error())
}

func TestFieldErrorMessage(t *testing.T) {
	notBool := errcode.New("not_bool", errcode.SkipRow, "eligibility: want true or false", "只能写 true 或 false")
	industry := errcode.New("unknown_industry", errcode.SkipRow, "eligibility: industry: unknown", "行业不在列表中")
	bare := errcode.New("bare", errcode.Stop, "no prefix here", "无前缀")
	for _, tc := range []struct {
		fe      *errcode.FieldError
		en, zh  string
		comment string
	}{
		{errcode.Field(notBool, "registered", "maybe"), `eligibility: registered "maybe": want true or false`, `只能写 true 或 false（字段 registered，所填 "maybe"）`, "prefix first"},
		{errcode.Field(industry, "industry", "bus"), `eligibility: industry "bus": unknown`, `行业不在列表中（字段 industry，所填 "bus"）`, "the field named once"},
		{errcode.Field(industry, "industry", ""), `eligibility: industry: unknown`, `行业不在列表中（字段 industry）`, "no value"},
		{errcode.Field(bare, "f", "v"), `f "v": no prefix here`, `无前缀（字段 f，所填 "v"）`, "no prefix"},
		{errcode.Field(bare, "", ""), `no prefix here`, `无前缀`, "nothing"},
		{errcode.Field(bare, "", "v"), `"v": no prefix here`, `无前缀（所填 "v"）`, "a value alone"},
		{errcode.Field(bare, "f", "a\x00b"), "f \"a\ufffdb\": no prefix here", "无前缀（字段 f，所填 \"a\ufffdb\"）", "a control character is not echoed"},
	} {
		assert.Equal(t, tc.en, tc.fe.Error(), tc.comment)
		assert.Equal(t, tc.zh, tc.fe.Chinese(), tc.comment)
	}
	long := errcode.Field(bare, "f", strings.Repeat("长", 100))
	assert.Less(t, len(long.Error()), 80, "a long value is cut")
}

func ExampleCode() {
	errDuplicate := errcode.New("duplicate", errcode.SkipRow,
		"example: duplicate record", "重复的记录：只计一次")
	err := fmt.Errorf("line 7: %w", errDuplicate)

	fmt.Println(errors.Is(err, errDuplicate))
	c := errcode.Of(err)
	fmt.Println(c.Code(), c.Action())
	fmt.Println(c.Chinese())
	// Output:
	// true
	// duplicate skip_row
	// 重复的记录：只计一次
}

func ExampleFieldError() {
	errNotBool := errcode.New("not_bool", errcode.SkipRow,
		"example: want true or false", "只能写 true 或 false")
	err := errcode.Field(errNotBool, "registered", "110101199003071234")
	fmt.Println(err)
	fmt.Println(err.Chinese())
	fmt.Println(errors.Is(err, errNotBool))
	// Output:
	// example: registered "******************": want true or false
	// 只能写 true 或 false（字段 registered，所填 "******************"）
	// true
}
