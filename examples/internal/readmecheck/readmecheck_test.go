package readmecheck

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/examples/internal/msg"
)

const sample = "# x\n\n```sh\n" +
	"go run ./examples/deadlines -year 2026   # the main example\n" +
	"go test ./...\n" +
	"go run ./examples/benefit-calculator -case testdata/x.json -needs   # (exit 3: something missing)\n" +
	"                                         # a comment line\n" +
	"go run ./examples/golden -import-xlsx cases.xlsx -accept 'a.b!5 #x' # quoted\n" +
	"```\n\n```\ngo run ./examples/not-sh\n```\n" +
	"`go run ./examples/prose` in prose\n"

func TestCommands(t *testing.T) {
	cs := Commands([]byte(sample))
	require.Len(t, cs, 3)
	assert.Equal(t, Command{Line: 4, Text: "go run ./examples/deadlines -year 2026", Exit: 0}, cs[0])
	assert.Equal(t, Command{Line: 6, Text: "go run ./examples/benefit-calculator -case testdata/x.json -needs", Exit: 3}, cs[1])
	assert.Equal(t, "go run ./examples/golden -import-xlsx cases.xlsx -accept 'a.b!5 #x'", cs[2].Text)
	assert.Equal(t, []string{"go", "run", "./examples/golden", "-import-xlsx", "cases.xlsx", "-accept", "'a.b!5 #x'"}, Fields(cs[2].Text))
}

func TestPlanOf(t *testing.T) {
	root, tmp := t.TempDir(), t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(root, "testdata"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, "testdata/x.json"), nil, 0o644))
	c := Command{Line: 9, Text: "go run ./examples/gen-orders -rows 10000000 -seed 1 | go run ./examples/monthly-levy -orders - -json > out.json"}
	p, err := PlanOf(c, root, "/bin", tmp, 1000)
	require.NoError(t, err)
	assert.Equal(t, "'/bin/gen-orders' -rows 1000 -seed 1 | '/bin/monthly-levy' -orders - -json > '"+filepath.Join(tmp, "out.json")+"'", p.Shell)
	assert.Equal(t, []string{"gen-orders", "monthly-levy"}, p.Examples)
	assert.Equal(t, []string{filepath.Join(tmp, "out.json")}, p.Outputs)
	assert.Len(t, p.Changes, 2)

	p, err = PlanOf(Command{Text: "go run ./examples/golden -html report.html -export-xlsx /tmp/c.xlsx -dir testdata > /dev/null"}, root, "/bin", tmp, 0)
	require.NoError(t, err)
	assert.Equal(t, "'/bin/golden' -html report.html -export-xlsx '"+filepath.Join(tmp, "c.xlsx")+"' -dir testdata > /dev/null", p.Shell)
	assert.Equal(t, []string{"testdata"}, p.Inputs)
	assert.Equal(t, []string{"report.html"}, p.Bare)
	assert.Equal(t, []string{filepath.Join(tmp, "c.xlsx")}, p.Outputs)

	// An input that is neither in the repository nor written before.
	_, err = PlanOf(Command{Line: 3, Text: "go run ./examples/golden -import-xlsx cases.xlsx"}, root, "/bin", tmp, 0)
	assert.ErrorContains(t, err, "README.md:3: -import-xlsx cases.xlsx: no such file in the repository")
	require.NoError(t, os.WriteFile(filepath.Join(tmp, "cases.xlsx"), nil, 0o644))
	p, err = PlanOf(Command{Text: "go run ./examples/golden -import-xlsx cases.xlsx"}, root, "/bin", tmp, 0)
	require.NoError(t, err)
	assert.Contains(t, p.Shell, filepath.Join(tmp, "cases.xlsx"))
	_, err = PlanOf(Command{Text: "go run ./examples/../x"}, root, "/bin", tmp, 0)
	assert.Error(t, err)
}

// repoRoot is the repository's root: the folder above holding README.md
// and go.mod.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		_, e1 := os.Stat(filepath.Join(dir, "README.md"))
		_, e2 := os.Stat(filepath.Join(dir, "go.mod"))
		_, e3 := os.Stat(filepath.Join(dir, "examples"))
		if e1 == nil && e2 == nil && e3 == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		require.NotEqual(t, parent, dir, "no repository root above the test")
		dir = parent
	}
}

// maxRows is the bound of -rows: ZHISHANG_README_MAX_ROWS (0: as written),
// 1,000,000 by default (the ten-million-row command takes about 20 s as
// written, 2 s so).
func maxRows(t *testing.T) int {
	s := os.Getenv("ZHISHANG_README_MAX_ROWS")
	if s == "" {
		return 1_000_000
	}
	n, err := strconv.Atoi(s)
	require.NoError(t, err, "ZHISHANG_README_MAX_ROWS")
	return n
}

// gitStatus is `git status --porcelain` of root with untracked files, or
// ok false without git or outside a checkout.
func gitStatus(root string) (string, bool) {
	cmd := exec.Command("git", "status", "--porcelain", "--untracked-files=all")
	cmd.Dir = root
	out, err := cmd.Output()
	return string(out), err == nil
}

// Every README command that runs an example runs from the repository's
// root as written (outputs to a temporary folder, the heavy one sized
// down), with the exit status README gives it; the files it reads are
// tracked (so a fresh clone has them); and it leaves no file behind in the
// repository.
func TestREADMECommandsRun(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	root := repoRoot(t)
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	require.NoError(t, err)
	cmds := Commands(readme)
	require.GreaterOrEqual(t, len(cmds), 25, "README's commands were not found")
	statusBefore, haveGit := gitStatus(root)

	bin, tmp := t.TempDir(), t.TempDir()
	built := map[string]bool{}
	plans := make([]Plan, len(cmds))
	for i, c := range cmds {
		// Plan once to learn the examples; inputs written by earlier commands
		// are looked up again just before the command runs.
		p, err := PlanOf(c, root, bin, tmp, maxRows(t))
		if err != nil && !strings.Contains(err.Error(), "no such file") {
			require.NoError(t, err)
		}
		plans[i] = p
		for _, name := range p.Examples {
			if built[name] {
				continue
			}
			build := exec.Command(goBin, "build", "-o", filepath.Join(bin, name), "./examples/"+name)
			build.Dir = root
			out, err := build.CombinedOutput()
			require.NoError(t, err, "go build ./examples/%s: %s", name, out)
			built[name] = true
		}
	}
	for _, c := range cmds {
		t.Run(strconv.Itoa(c.Line), func(t *testing.T) {
			p, err := PlanOf(c, root, bin, tmp, maxRows(t))
			require.NoError(t, err)
			for _, ch := range p.Changes {
				t.Logf("README.md:%d: %s", c.Line, ch)
			}
			if haveGit {
				for _, in := range p.Inputs {
					ls := exec.Command("git", "ls-files", "--error-unmatch", "--", in)
					ls.Dir = root
					out, err := ls.CombinedOutput()
					assert.NoError(t, err, "README.md:%d names %s, which a fresh clone does not have (not tracked): %s", c.Line, in, out)
				}
			}
			// A bare output name goes to a new folder under $TMPDIR: this one.
			cmdTmp := filepath.Join(tmp, "TMPDIR-"+strconv.Itoa(c.Line))
			require.NoError(t, os.Mkdir(cmdTmp, 0o755))
			cmd := exec.Command("bash", "-o", "pipefail", "-c", p.Shell)
			cmd.Dir = root
			cmd.Env = append(os.Environ(), "TMPDIR="+cmdTmp)
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			start := time.Now()
			err = cmd.Run()
			code := 0
			var exit *exec.ExitError
			if errors.As(err, &exit) {
				code = exit.ExitCode()
			} else {
				require.NoError(t, err)
			}
			tail := out.String()
			if len(tail) > 3000 {
				tail = "…" + tail[len(tail)-3000:]
			}
			require.Equal(t, c.Exit, code, "README.md:%d: %s\nran: %s\n%s", c.Line, c.Text, p.Shell, tail)
			// What a clerk reads is Chinese (issue 22): a command without
			// -json or -lang en prints no English word. Allowed: a program's
			// name (golden: 报告已写入 …), a JSON key the clerk fills in
			// ("parameters"), rulebook (the fingerprint's name), and the
			// values golden cases' titles quote (filing, true, company,
			// kind). golden -v, whose lines quote error codes and field
			// paths, is checked by examples/golden's TestExplanationLinesChinese.
			if !strings.Contains(c.Text, "-json") && !strings.Contains(c.Text, "-lang en") && !strings.Contains(c.Text, "golden -v") {
				assert.Empty(t, msg.EnglishWords(out.String(), "golden", "rulebook", "parameters", "filing", "true", "company", "kind"),
					"README.md:%d: %s prints English by default", c.Line, c.Text)
			}
			// Nor a refusal whose details are English only (msg.Err's
			// pointer to -lang en).
			if !strings.Contains(c.Text, "-lang en") {
				assert.NotContains(t, out.String(), "详情见 -lang en", "README.md:%d: %s", c.Line, c.Text)
			}
			t.Logf("README.md:%d: exit %d in %v", c.Line, code, time.Since(start).Round(time.Millisecond))
			for _, name := range p.Bare {
				found, _ := filepath.Glob(filepath.Join(cmdTmp, "*", name))
				if assert.Len(t, found, 1, "README.md:%d: %s, written in a new folder under $TMPDIR", c.Line, name) {
					assert.Contains(t, out.String(), found[0], "README.md:%d: the command names where it wrote %s", c.Line, name)
					p.Outputs = append(p.Outputs, found[0])
				}
			}
			for _, o := range p.Outputs {
				st, err := os.Stat(o)
				if assert.NoError(t, err, "README.md:%d writes %s", c.Line, o) {
					assert.Positive(t, st.Size(), "README.md:%d: %s is empty", c.Line, o)
				}
			}
		})
	}
	// Every example is run by some command.
	entries, err := os.ReadDir(filepath.Join(root, "examples"))
	require.NoError(t, err)
	for _, e := range entries {
		if e.IsDir() && e.Name() != "internal" {
			assert.True(t, built[e.Name()], "README runs no command of examples/%s", e.Name())
		}
	}
	if haveGit {
		after, _ := gitStatus(root)
		assert.Equal(t, statusBefore, after, "the README's commands left files in the repository, or changed some")
	}
}
