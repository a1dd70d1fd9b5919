package eligibility

import (
	"fmt"
	"testing"

	"github.com/zhishang/zhishang/errcode"
)

// Every reason InvalidUnlisted counts under reads in Chinese
// (ReasonChinese): a record code's, a CSV code's, a malformed field's,
// "other"; a reason it does not know is kept.
func TestReasonChinese(t *testing.T) {
	for _, c := range recordCodes() {
		if c == errMissingID {
			continue // a errcode.FieldError names its field: below
		}
		key := invalidReason(fmt.Errorf("line 3: %w", c))
		if key == "other" {
			continue // a code with no reason of its own (errNilExecution)
		}
		if got := ReasonChinese(key); got != c.Chinese() {
			t.Errorf("%s: ReasonChinese(%q) = %q, want %q", c.Code(), key, got, c.Chinese())
		}
	}
	for _, c := range []errcode.Code{errBareQuote, errFieldCount, ErrCSVSyntax} {
		if got := ReasonChinese(invalidReason(c)); got != c.Chinese() {
			t.Errorf("%s: %q", c.Code(), got)
		}
	}
	for err, want := range map[error]string{
		errcode.Field(errNotBool, "registered", "maybe"):     errNotBool.Chinese() + "（字段 registered）",
		errcode.Field(errNotTime, "started_at", "x"):         errNotTime.Chinese() + "（字段 started_at）",
		errcode.Field(errMissingID, "agent_id", ""):          errMissingID.Chinese() + "（字段 agent_id）",
		errcode.Field(ErrUnknownIndustry, "host_field", "x"): "格式不对（字段 host_field）",
		&idRefusal{Field: "agent_id"}:                        "编号中有看不见或难以分辨的字符，或不是 UTF-8 文本（字段 agent_id）",
		fmt.Errorf("something else"):                         "其他原因",
	} {
		key := invalidReason(err)
		if got := ReasonChinese(key); got != want {
			t.Errorf("%v: ReasonChinese(%q) = %q, want %q", err, key, got, want)
		}
	}
	if got := ReasonChinese("a host's reason"); got != "a host's reason" {
		t.Errorf("unknown: %q", got)
	}
}
