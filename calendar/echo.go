package calendar

import (
	"strconv"

	"github.com/zhishang/zhishang/internal/redact"
)

// echo quotes a host's text (a festival, a kind) for an error message: at
// most redact.QuoteBytes bytes of it, every character that does not print
// replaced, anything shaped like an identity number masked (个人信息,
// 沪人社福〔2025〕373号 第七十九条).
func echo(s string) string { return strconv.Quote(redact.Value(s)) }

// intText is a number from a host (a year, a month, a day) as an error
// shows it: masked when it has an identity number's digits.
func intText(n int) string { return redact.Value(strconv.Itoa(n)) }
