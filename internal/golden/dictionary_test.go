package golden

import (
	"bytes"
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/README.md from the code")

const casesDir = "../../testdata/golden"

// The README policy staff read is generated from the code and never drifts.
func TestREADMEIsTheGeneratedDictionary(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, WriteDictionary(&b, casesDir))
	path := filepath.Join(casesDir, "README.md")
	if *update {
		require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
	}
	have, err := os.ReadFile(path)
	require.NoError(t, err)
	if !bytes.Equal(have, b.Bytes()) {
		t.Errorf("%s is out of date: run\n\tgo run ./examples/golden -dictionary > testdata/golden/README.md\n(or go test ./internal/golden -run README -update)", path)
	}
	s := b.String()
	for _, k := range Kinds() {
		assert.Contains(t, s, "### `"+k+"`：")
	}
	assert.Contains(t, s, "| `case.death.dependents[].relation` | 待遇案件·死亡·供养亲属·与职工的关系 |")
	assert.Contains(t, s, "| `not_covered` |")
	assert.Contains(t, s, "| `survivor_pension` | 供养亲属抚恤金 |", "as benefits.Kind.Chinese gives it")
	assert.Contains(t, s, "| `instant_delivery` | 即时配送 |", "an integer list written as text")
}

func TestEveryKindAndFieldHasAChineseName(t *testing.T) {
	var missing []string
	for _, k := range Kinds() {
		if _, ok := kindsZH[k]; !ok {
			missing = append(missing, "kind "+k)
		}
		in, out, _ := Fields(k)
		for _, f := range append(in, out...) {
			segs, err := splitPath(f.Path)
			require.NoError(t, err)
			norm := ""
			for _, s := range segs {
				if s.index != -1 {
					norm += "[]"
					continue
				}
				if norm != "" {
					norm += "."
				}
				norm += s.key
				_, a := fieldsZH[s.key]
				_, b := fieldsZH[k+":"+norm]
				if !a && !b {
					missing = append(missing, k+": "+norm)
				}
			}
		}
	}
	assert.Empty(t, missing, "add a Chinese name to fieldsZH or kindsZH (dict_zh.go)")
}

// enumTypes lists the named string types of this module that fields use.
func enumTypes() map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for _, k := range Kinds() {
		in, o, _ := Fields(k)
		for _, f := range append(in, o...) {
			t := f.Type
			if t.Kind() == reflect.Slice {
				t = t.Elem()
			}
			if t.Kind() == reflect.String && t.Name() != "" && strings.HasPrefix(t.PkgPath(), "github.com/zhishang/zhishang/") &&
				!isLeafNamed(t) {
				out[t.String()] = t
			}
		}
	}
	return out
}

func isLeafNamed(t reflect.Type) bool { _, ok := typeNamesZH[t.String()]; return ok }

// Every value a library constant gives a fixed-list type has a Chinese name:
// the constants are read from the packages' source.
func TestEveryListValueHasAChineseName(t *testing.T) {
	types := enumTypes()
	require.NotEmpty(t, types)
	var missing []string
	found := map[string]int{}
	for name := range types {
		pkg, typ, _ := strings.Cut(name, ".")
		for _, v := range constValues(t, filepath.Join("../..", pkg), typ) {
			found[name]++
			if ValueZH(name, v) == "" {
				missing = append(missing, name+":"+v)
			}
		}
	}
	sort.Strings(missing)
	assert.Empty(t, missing, "add a Chinese method to the type, registered by golden.Names in its kinds package, or a name to valuesZH (dict_zh.go)")
	for _, c := range clauseValues() {
		assert.NotEmpty(t, ValueZH("", c), "clause %s: add its Chinese to valuesZH", c)
	}
	assert.GreaterOrEqual(t, len(clauseValues()), 4)
	assert.Greater(t, found["benefits.Kind"], 5)
	assert.Greater(t, found["claims.Material"], 10)
	for _, ty := range []string{"eligibility.Industry", "eligibility.EndKind"} {
		for _, k := range Kinds() {
			in, _, _ := Fields(k)
			for _, f := range in {
				if f.Type.String() == ty {
					for _, v := range EnumValues(f.Type) {
						assert.NotEmpty(t, ValueZH(ty, v), ty+":"+v)
					}
				}
			}
		}
	}
}

// constValues reads the string constants of type typ declared in dir.
func constValues(t *testing.T, dir, typ string) []string {
	t.Helper()
	pkgs, err := parser.ParseDir(token.NewFileSet(), dir, func(fi os.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, 0)
	require.NoError(t, err)
	var out []string
	for _, p := range pkgs {
		for _, f := range p.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				vs, ok := n.(*ast.ValueSpec)
				if !ok {
					return true
				}
				id, ok := vs.Type.(*ast.Ident)
				if !ok || id.Name != typ {
					return true
				}
				for _, v := range vs.Values {
					if lit, ok := v.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						s, err := strconv.Unquote(lit.Value)
						require.NoError(t, err)
						out = append(out, s)
					}
				}
				return true
			})
		}
	}
	return out
}

// Every error code has a meaning: the codes the packages list (registered
// by the kinds packages) and the codes the cases expect.
func TestEveryErrorCodeHasAMeaning(t *testing.T) {
	codes := map[string]string{}
	for _, id := range registeredIDs() {
		codes[id] = "registered by " + registered[id][0].pkg
	}
	for _, c := range []string{"not_covered", "missing_base", "missing_parameter", "transition", "unstated", "csv_syntax", "json_number", "insurer_banned"} {
		require.Contains(t, codes, c)
	}
	outcomes, err := RunDir(casesDir)
	require.NoError(t, err)
	for _, o := range outcomes {
		leaves, err := Flatten([]byte(o.Expected))
		require.NoError(t, err)
		for _, l := range leaves {
			if lastKey(listIndex.ReplaceAllString(l.Path, "[]")) == "error" {
				head, _, _ := strings.Cut(Show(l.Value), ":")
				codes[head] = o.File
			}
		}
	}
	var missing []string
	for c, where := range codes {
		if CodeZH(c) == "" {
			missing = append(missing, c+" ("+where+")")
		}
	}
	sort.Strings(missing)
	assert.Empty(t, missing, "list the code in its package's Codes, registered by its kinds package (golden.RegisterCodes)")
	assert.Equal(t, "2027年的放假安排尚未载入，该年的日期无法判断", CodeZH("not_covered:2027"))
	assert.Equal(t, "当前状态下不能办理该事项：撤回（withdraw）", CodeZH("transition:withdraw"))
	assert.Equal(t, "同一事故伤害已作过职业伤害确认（第二十八条）", CodeZH("already_confirmed"))
	assert.Empty(t, CodeZH("no_such_code"))
}
