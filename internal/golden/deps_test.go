package golden

import (
	"os/exec"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const module = "github.com/zhishang/zhishang"

// listedPackage is one package as `go list` describes it.
type listedPackage struct {
	deps        []string // every package it depends on, transitively
	testImports []string // what its _test.go files import, directly
}

// listModule runs `go list` on the module's packages (beam, its own module,
// aside).
func listModule(t *testing.T) map[string]listedPackage {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	cmd := exec.Command(goBin, "list", "-f", `{{.ImportPath}}|{{join .Deps " "}}|{{join .TestImports " "}} {{join .XTestImports " "}}`, "./...")
	cmd.Dir = "../.."
	out, err := cmd.Output()
	require.NoError(t, err)
	pkgs := map[string]listedPackage{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		parts := strings.Split(line, "|")
		require.Len(t, parts, 3, line)
		pkgs[parts[0]] = listedPackage{deps: strings.Fields(parts[1]), testImports: strings.Fields(parts[2])}
	}
	require.Contains(t, pkgs, module+"/calendar")
	return pkgs
}

// isRulePackage: a package of the library's rules (calendar, claims/casefile,
// ledger, …), not the JSON door (jsonerr), the shape of the error codes
// (errcode, a leaf every rule package imports), the money type (money: a
// value every layer uses, holding no rule), the steps of an explanation
// (explain: a leaf holding no rule), an internal helper or an example.
func isRulePackage(p string) bool {
	rest, ok := strings.CutPrefix(p, module+"/")
	if !ok || rest == "jsonerr" || rest == "errcode" || rest == "money" || rest == "explain" {
		return false
	}
	return !strings.HasPrefix(rest, "internal/") && !strings.HasPrefix(rest, "examples/") && !strings.HasSuffix(rest, "_test")
}

func isGolden(p string) bool {
	return p == module+"/internal/golden" || strings.HasPrefix(p, module+"/internal/golden/")
}

// rulesOf lists the rule packages among roots and their dependencies.
func rulesOf(pkgs map[string]listedPackage, roots ...string) map[string]bool {
	out := map[string]bool{}
	for _, r := range roots {
		for _, p := range append([]string{r}, pkgs[r].deps...) {
			if isRulePackage(p) {
				out[p] = true
			}
		}
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, strings.TrimPrefix(k, module+"/"))
	}
	sort.Strings(out)
	return out
}

// Issue 21: the golden runner is not a hub. It imports no rule package; a
// kinds package imports only its own rule packages and what they depend on;
// and a rule package's test binary links no rule package that neither the
// package, its adapters (claims/casefile, whose claims.timeline cases are
// under testdata/golden/claims) nor its own tests import (`go list -deps
// -test ./calendar` shows no claims, benefits, levy, eligibility, ledger or
// param).
func TestTheRunnerIsNotAHub(t *testing.T) {
	pkgs := listModule(t)

	assert.Empty(t, sortedKeys(rulesOf(pkgs, module+"/internal/golden")), "the runner imports a rule package")

	for kinds, own := range map[string][]string{
		"calendarkinds":    {"calendar"},
		"paramkinds":       {"param"},
		"claimskinds":      {"claims", "claims/casefile"},
		"eligibilitykinds": {"eligibility"},
		"levykinds":        {"levy"},
		"benefitskinds":    {"benefits", "benefits/casefile"},
		"ledgerkinds":      {"ledger"},
		"analysiskinds":    {"analysis"},
	} {
		p := module + "/internal/golden/" + kinds
		require.Contains(t, pkgs, p)
		var roots []string
		for _, o := range own {
			roots = append(roots, module+"/"+o)
		}
		assert.Equal(t, sortedKeys(rulesOf(pkgs, roots...)), sortedKeys(rulesOf(pkgs, p)),
			"%s links rule packages beyond %v and their dependencies", kinds, own)
	}

	checked := 0
	for p, lp := range pkgs {
		if !isRulePackage(p) {
			continue
		}
		// What the package and its tests link without the runner …
		// (with its adapters, claims/casefile for claims: its golden
		// directory holds their cases, claims.timeline's)
		without := []string{p}
		for q := range pkgs {
			if strings.HasPrefix(q, p+"/") && isRulePackage(q) {
				without = append(without, q)
			}
		}
		var with []string
		for _, imp := range lp.testImports {
			if isGolden(imp) {
				with = append(with, imp)
			} else {
				without = append(without, imp)
			}
		}
		base := rulesOf(pkgs, without...)
		// … is all they link with it.
		extra := map[string]bool{}
		for r := range rulesOf(pkgs, with...) {
			if !base[r] {
				extra[r] = true
			}
		}
		assert.Empty(t, sortedKeys(extra), "the golden runner links into %s's tests rule packages it does not use", p)
		checked++
	}
	assert.GreaterOrEqual(t, checked, 10)

	// The calendar's tests link the calendar and no other rule package.
	assert.Equal(t, []string{"calendar"}, sortedKeys(rulesOf(pkgs, append([]string{module + "/calendar"}, pkgs[module+"/calendar"].testImports...)...)))
}
