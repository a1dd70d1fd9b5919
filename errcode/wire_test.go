package errcode_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/errcode"
)

// yearError is a structured error with its own Chinese text, carrying a
// code, as calendar's *YearNotCoveredError is.
type yearError struct{ year int }

func (e *yearError) Error() string   { return fmt.Sprintf("test: year %d", e.year) }
func (e *yearError) Chinese() string { return fmt.Sprintf("%d年的安排未载入", e.year) }
func (e *yearError) Unwrap() error   { return errOther }

func TestWireShape(t *testing.T) {
	assert.Nil(t, errcode.Wire(nil))

	w := errcode.Wire(fmt.Errorf("test: deep: %w", errChild))
	assert.Equal(t, &errcode.WireError{Code: "child", Chinese: "下级"}, w)
	b, err := json.Marshal(w)
	require.NoError(t, err)
	assert.Equal(t, `{"code":"child","chinese":"下级"}`, string(b), "never the English prose")

	// A FieldError: its Chinese names the field and the value, both given
	// apart too, the value masked.
	fe := errcode.Field(errChild, "worker_id", "310101199001011234")
	w = errcode.Wire(fmt.Errorf("line 3: %w", fe))
	assert.Equal(t, "child", w.Code)
	assert.Equal(t, "worker_id", w.Field)
	assert.NotContains(t, w.Value, "199001011234")
	assert.Equal(t, fe.Chinese(), w.Chinese)
	assert.Contains(t, w.Chinese, "字段 worker_id")

	// The structured error's own text, where it carries the code.
	w = errcode.Wire(fmt.Errorf("test: cannot judge: %w", &yearError{2027}))
	assert.Equal(t, &errcode.WireError{Code: "other", Chinese: "2027年的安排未载入"}, w)
	// The code's text, where the structured error is of another code.
	w = errcode.Wire(fmt.Errorf("%w: %w", errParent, &yearError{2027}))
	assert.Equal(t, &errcode.WireError{Code: "parent", Chinese: "上级"}, w)

	// An error that carries no code: no code, the zero code's text.
	w = errcode.Wire(errors.New("plain English"))
	assert.Equal(t, "", w.Code)
	assert.Equal(t, errcode.Code{}.Chinese(), w.Chinese)
	assert.NotContains(t, w.Chinese, "plain")
}

// A WireError read back is equal to the one written, is an error, and
// matches its code with errors.Is (not another).
func TestWireRoundTrip(t *testing.T) {
	for _, err := range []error{
		errChild,
		fmt.Errorf("x: %w", errcode.Field(errOther, "registered", "maybe")),
		&yearError{2031},
		errors.New("no code"),
	} {
		w := errcode.Wire(err)
		b, mErr := json.Marshal(w)
		require.NoError(t, mErr)
		var back errcode.WireError
		require.NoError(t, json.Unmarshal(b, &back), string(b))
		assert.Equal(t, *w, back)
		b2, _ := json.Marshal(&back)
		assert.Equal(t, string(b), string(b2))
		if c := errcode.Of(err); !c.IsZero() {
			assert.ErrorIs(t, &back, c)
			assert.True(t, strings.HasPrefix(back.Error(), c.Code()+": "))
		}
		assert.NotErrorIs(t, &back, errParent)
		// Written again, wrapped or not, it is what was read.
		assert.Equal(t, w, errcode.Wire(&back))
		assert.Equal(t, w, errcode.Wire(fmt.Errorf("stored: %w", &back)))
	}

	// Inside a struct, absent when nil.
	type result struct {
		Err *errcode.WireError `json:"error,omitempty"`
	}
	b, _ := json.Marshal(result{})
	assert.Equal(t, `{}`, string(b))
}

func TestWireUnmarshalRefuses(t *testing.T) {
	for _, in := range []string{
		`null`, `[]`, `"child"`, `{}`, `{"code":"child"}`, `{"code":"child","chinese":""}`,
		`{"chinese":"下级"}`, `{"code":"child","chinese":"下级","message":"x"}`,
		`{"code":"child","chinese":"下级"} {}`,
	} {
		var w errcode.WireError
		assert.ErrorIs(t, w.UnmarshalJSON([]byte(in)), errcode.ErrBadWire, in)
		assert.Equal(t, errcode.WireError{}, w, "unchanged")
	}
	var nilW *errcode.WireError
	assert.ErrorIs(t, nilW.UnmarshalJSON([]byte(`{}`)), errcode.ErrBadWire)
	assert.Equal(t, "errcode: <nil>", nilW.Error())
	assert.False(t, nilW.Is(errChild))
}

// Any code, field and value round-trip through JSON.
func TestWireRoundTripProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		id := rapid.StringMatching(`[a-z][a-z_]{0,20}`).Draw(t, "id")
		zh := rapid.StringN(1, 40, -1).Draw(t, "zh")
		code := errcode.New(id, errcode.Stop, "test: x", zh)
		field := rapid.StringMatching(`[a-z_]{0,12}`).Draw(t, "field")
		value := rapid.String().Draw(t, "value")
		var err error = code
		if field != "" || value != "" {
			err = errcode.Field(code, field, value)
		}
		w := errcode.Wire(err)
		b, mErr := json.Marshal(w)
		if mErr != nil {
			t.Fatal(mErr)
		}
		var back errcode.WireError
		if uErr := json.Unmarshal(b, &back); uErr != nil {
			t.Fatalf("%s: %v", b, uErr)
		}
		if back != *w {
			t.Fatalf("%+v read back as %+v", *w, back)
		}
		if !errors.Is(&back, code) {
			t.Fatalf("%+v does not match its code", back)
		}
	})
}

func ExampleWire() {
	errLate := errcode.New("extension_late", errcode.Stop,
		"claims: extension requested after the window closed",
		"延期申请晚于申请期限届满之日")
	b, _ := json.Marshal(errcode.Wire(fmt.Errorf("%w: window closed 2026-02-24", errLate)))
	fmt.Println(string(b))

	var back errcode.WireError
	_ = json.Unmarshal(b, &back)
	fmt.Println(errors.Is(&back, errLate))
	// Output:
	// {"code":"extension_late","chinese":"延期申请晚于申请期限届满之日"}
	// true
}
