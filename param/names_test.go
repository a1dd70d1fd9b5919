package param_test

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/zhishang/zhishang/benefits"
	"github.com/zhishang/zhishang/internal/testdates"
	"github.com/zhishang/zhishang/levy"
	"github.com/zhishang/zhishang/param"
)

// Every name a package lists (levy.Params, benefits.Params) is registered
// with its kind and unit, and together the lists are the registry: no
// registered name is read by no package. The commencement is param's own,
// read by both.
func TestEveryListedNameIsRegistered(t *testing.T) {
	listed := map[param.Name]int{}
	for pkg, specs := range map[string][]param.Spec{"levy": levy.Params(), "benefits": benefits.Params()} {
		require.NotEmpty(t, specs, pkg)
		for _, s := range specs {
			got, ok := s.Name.Spec()
			require.True(t, ok, "%s lists %q, not registered", pkg, s.Name)
			assert.Equal(t, got, s, "%s: %s", pkg, s.Name)
			assert.NotZero(t, s.Kind, "%s: %s", pkg, s.Name)
			assert.NotEmpty(t, s.Unit, "%s: %s", pkg, s.Name)
			if s.Name != param.Commencement {
				assert.True(t, strings.HasPrefix(string(s.Name), pkg+"."), "%s lists %s, of another package", pkg, s.Name)
			}
			listed[s.Name]++
		}
	}
	for _, s := range param.Specs() {
		switch {
		case s.Name == param.Commencement:
			assert.Equal(t, 2, listed[s.Name], "levy and benefits both read the commencement")
		default:
			assert.Equal(t, 1, listed[s.Name], "%s: registered, read by one package", s.Name)
		}
	}
	assert.Len(t, listed, len(param.Specs()))
	kind, _ := param.Commencement.Spec()
	assert.Equal(t, param.KindDate, kind.Kind, "a date parameter holds a date")
}

// No Go file of the module writes a parameter name that is not registered
// but near one (a misspelling such as "levy.base.ride_haling"): every name
// the code uses is a registered one. Test files, which misspell on
// purpose, are left out.
func TestNoMisspeltNameInTheCode(t *testing.T) {
	from := testdates.Day(t, "2026-01-01")
	seen := 0
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); name == "testdata" || name == "beam" || strings.HasPrefix(name, ".") && path != ".." {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || !(strings.HasPrefix(s, "levy.") || strings.HasPrefix(s, "benefits.")) {
				return true
			}
			if _, ok := param.Name(s).Spec(); ok {
				seen++
				return true
			}
			var u *param.UnknownNameError
			verr := param.Value{Name: param.Name(s), Value: decimal.NewFromInt(1), From: from, Source: "s", Status: param.Verified}.Validate()
			if errors.As(verr, &u) && u.Nearest != "" {
				t.Errorf("%s: %q is not a registered parameter (did you mean %s?)", path, s, u.Nearest)
			}
			return true
		})
		return nil
	})
	require.NoError(t, err)
	assert.Greater(t, seen, 30, "the registry's names are found in the code")
}

// levy.base.ride_haling, misspelt, is refused by param's readers and by a
// lookup, each with an *UnknownNameError naming levy.base.ride_hailing.
func TestMisspeltNameThroughParamsReaders(t *testing.T) {
	const wire = `{"name": "levy.base.ride_haling", "value": "0.02", "from": "2026-01-01", "source": "s", "status": "verified"}`
	v := param.Value{Name: "levy.base.ride_haling", Value: decimal.RequireFromString("0.02"), From: testdates.Day(t, "2026-01-01"), Source: "s", Status: param.Verified}
	_, parseErr := param.Parse([]byte("[" + wire + "]"))
	var one param.Value
	_, setErr := param.NewSet(v)
	_, lookupErr := param.DefaultSet().Lookup(v.Name, v.From)
	for name, err := range map[string]error{
		"Parse":         parseErr,
		"UnmarshalJSON": one.UnmarshalJSON([]byte(wire)),
		"Validate":      v.Validate(),
		"NewSet":        setErr,
		"Lookup":        lookupErr,
	} {
		var u *param.UnknownNameError
		require.ErrorAs(t, err, &u, name)
		assert.Equal(t, levy.ParamRideHailing, u.Nearest, name)
		assert.ErrorIs(t, err, param.ErrUnknownName, name)
		assert.Contains(t, err.Error(), "did you mean levy.base.ride_hailing?", name)
		assert.NotErrorIs(t, err, param.ErrMissingValue, "%s: not a value the host forgot, a name that does not exist", name)
	}
	var ve *param.ValueError
	require.ErrorAs(t, parseErr, &ve)
	assert.Equal(t, 0, ve.Index)
	assert.Equal(t, `"levy.base.ride_haling"`, ve.Name, "an unknown name is quoted, bounded")

	// Far from every registered name: no suggestion.
	err := param.Value{Name: "levy.rate", Value: decimal.NewFromInt(1), From: v.From, Source: "s", Status: param.Verified}.Validate()
	var u *param.UnknownNameError
	require.ErrorAs(t, err, &u)
	assert.Empty(t, u.Nearest)
	assert.Contains(t, u.Error(), "every parameter is registered")
	var nilErr *param.UnknownNameError
	assert.Equal(t, "unknown parameter name", nilErr.Error())
}

// A clerk reading a misspelt name's refusal in Chinese is told the name
// meant.
func TestMisspeltNameInChinese(t *testing.T) {
	_, err := param.Parse([]byte(`[{"name": "levy.base.ride_haling", "value": "0.02", "from": "2026-01-01", "source": "s", "status": "verified"}]`))
	var ve *param.ValueError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, `第 1 项参数 "levy.base.ride_haling"（自 2026-01-01 起）：不认识的参数名称（拼写错误不会被忽略），是否应为 levy.base.ride_hailing？`, ve.Chinese())
	_, err = param.Parse([]byte(`[{"name": "levy.rate", "value": "0.02", "from": "2026-01-01", "source": "s", "status": "verified"}]`))
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, `第 1 项参数 "levy.rate"（自 2026-01-01 起）：不认识的参数名称（拼写错误不会被忽略）`, ve.Chinese())
}

// A registered name with one to three letters changed, added or dropped is
// refused (unless the slip makes another registered name) with a nearest
// name that is registered and no farther from the slip than the name
// meant.
func TestSlipsSuggestANearName(t *testing.T) {
	specs := param.Specs()
	from := testdates.Day(t, "2026-01-01")
	rapid.Check(t, func(rt *rapid.T) {
		meant := rapid.SampledFrom(specs).Draw(rt, "meant").Name
		b := []byte(meant)
		for i, n := 0, rapid.IntRange(1, 3).Draw(rt, "edits"); i < n; i++ {
			c := rapid.SampledFrom([]byte("abcdefghijklmnopqrstuvwxyz._0123456789")).Draw(rt, "letter")
			at := rapid.IntRange(0, len(b)-1).Draw(rt, "at")
			switch rapid.IntRange(0, 2).Draw(rt, "edit") {
			case 0:
				b[at] = c
			case 1:
				b = append(b[:at], append([]byte{c}, b[at:]...)...)
			default:
				b = append(b[:at], b[at+1:]...)
			}
		}
		slip := param.Name(b)
		if _, ok := slip.Spec(); ok {
			return
		}
		err := param.Value{Name: slip, Value: decimal.NewFromInt(1), From: from, Source: "s", Status: param.Verified}.Validate()
		var u *param.UnknownNameError
		if !errors.As(err, &u) {
			rt.Fatalf("%q: %v", slip, err)
		}
		if _, ok := u.Nearest.Spec(); !ok {
			rt.Fatalf("%q: nearest %q is not registered", slip, u.Nearest)
		}
		if d, dm := levenshtein(string(slip), string(u.Nearest)), levenshtein(string(slip), string(meant)); d > dm || d > 3 {
			rt.Fatalf("%q: nearest %s at %d edits, %s at %d", slip, u.Nearest, d, meant, dm)
		}
	})
}

func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev = cur
	}
	return prev[len(b)]
}
