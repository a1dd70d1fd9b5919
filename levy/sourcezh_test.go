package levy_test

import (
	"regexp"
	"testing"

	"github.com/zhishang/zhishang/levy"
)

// Every embedded default's source reads in Chinese (param.Value.SourceZH,
// the source of StringZH): no English word outside an identifier.
func TestDefaultSourcesInChinese(t *testing.T) {
	english := regexp.MustCompile(`(^|[^A-Za-z_.])[a-z]{4,}([^A-Za-z_.]|$)`)
	for _, v := range levy.Defaults() {
		if zh := v.SourceZH(); english.MatchString(zh) {
			t.Errorf("%s: source %q in Chinese is %q", v.Name, v.Source, zh)
		}
	}
}
