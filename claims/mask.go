package claims

import (
	"strings"

	"github.com/zhishang/zhishang/internal/redact"
)

// masked quotes a host's value for an error message without echoing it in
// full (第七十九条: an identity number typed into the
// wrong field must not reach a log): a known-length value is shown by its
// first three characters and its length.
func masked(s string) string { return redact.Head(s) }

// maskedZH is masked in Chinese: "pas"…（共 8 个字符）.
func maskedZH(s string) string {
	m := masked(s)
	if head, n, ok := strings.Cut(m, "…("); ok {
		return head + "…（共 " + strings.TrimSuffix(n, " characters)") + " 个字符）"
	}
	return m
}
