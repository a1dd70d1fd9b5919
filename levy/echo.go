package levy

import (
	"strconv"

	"github.com/zhishang/zhishang/internal/redact"
)

// echo quotes a host's text (a platform, a level) for an error message:
// at most redact.QuoteBytes bytes of it, every character that does not
// print replaced, anything shaped like an identity number masked
// (个人信息, 沪人社福〔2025〕373号 第七十九条).
func echo(s string) string { return strconv.Quote(redact.Value(s)) }

// echoInt is a number from a host's file, as echo shows it (a year of 18
// digits is masked like an identity number).
func echoInt(n int) string { return redact.Value(strconv.Itoa(n)) }
