package ledger

// Internal tests written for survivors of the issue 19 mutation study
// (testdata/mutation).

import (
	"encoding/json"
	"testing"
)

// jsonLen is the length of a valid text (Post refuses any other) as
// encoding/json writes it, less the two quotes, wherever the escaped
// characters stand: the snapshot's string limit counts it.
func TestJSONLenIsTheEncodedLength(t *testing.T) {
	for _, s := range []string{
		"", "plain", "<a&b>", `"\`, "\n\r\t", "\b\f", "\x01\x1f",
		"\u2028", "\u2029", "a\u2028", "ab\u2029", "x\u2029y\u2028z", "\u2029\u2029",
		"职业伤害", "\xe2\x80\xa7", "e\xe2\x80\xa9",
	} {
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := jsonLen(s), len(b)-2; got != want {
			t.Errorf("jsonLen(%q) = %d, encoding/json writes %d: %s", s, got, want, b)
		}
	}
}
