package golden

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// ExplanationsFile is the name of the file, in each package's directory of
// golden cases, that holds every case's explanation word for word, in
// English and in Chinese (issue 19: a changed article number or word in a
// hand-written Chinese reason survived every test, since the cases compared
// only their outputs). CheckDir compares the explanations with it; setting
// the environment variable UpdateExplanationsEnv to 1 rewrites it instead.
// Read the diff of a rewrite against 373号 before committing it: the file is
// the expectation, not a record.
const ExplanationsFile = "explanations.txt"

// UpdateExplanationsEnv names the environment variable that makes CheckDir
// rewrite ExplanationsFile from the code instead of comparing with it.
const UpdateExplanationsEnv = "ZHISHANG_UPDATE_EXPLANATIONS"

// articleRef is an article citation as both languages write it: 第N条,
// with its 款 and its 项 when given.
var articleRef = regexp.MustCompile(`第[一二三四五六七八九十百零]+条(第[一二三四五六七八九十]+款)?(（[一二三四五六七八九十]+）)?`)

// Articles lists the article citations of a line (第N条, 第N条第M款,
// 第N条（K）), sorted, each once.
func Articles(line string) []string {
	refs := articleRef.FindAllString(line, -1)
	slices.Sort(refs)
	return slices.Compact(refs)
}

// ExplanationsText renders the outcomes' explanations as ExplanationsFile
// holds them: each case by its file (relative to dir), then its English
// lines, then its Chinese lines when they differ from the English.
func ExplanationsText(dir string, outcomes []Outcome) string {
	var b strings.Builder
	for _, o := range outcomes {
		name, err := filepath.Rel(dir, o.File)
		if err != nil {
			name = o.File
		}
		fmt.Fprintf(&b, "== %s\n", filepath.ToSlash(name))
		for _, l := range o.Explanation {
			fmt.Fprintf(&b, "en| %s\n", l)
		}
		if !slices.Equal(o.Explanation, o.ExplanationZH) {
			for _, l := range o.ExplanationZH {
				fmt.Fprintf(&b, "zh| %s\n", l)
			}
		}
	}
	return b.String()
}

// Cited is Articles without a bare 第N条 that the same line also cites
// with its 款 or 项: "（第二十二条）… 第二十二条第一款" cites 第二十二条第一款.
func Cited(line string) []string {
	refs := Articles(line)
	return slices.DeleteFunc(refs, func(r string) bool {
		return strings.HasSuffix(r, "条") && slices.ContainsFunc(refs, func(o string) bool {
			return o != r && strings.HasPrefix(o, r)
		})
	})
}

// ArticleMismatches lists, for an outcome whose English and Chinese
// explanations have the same number of lines, each pair of lines that cite
// different articles: a Chinese line is the English line's twin, so it
// cites the same 第N条, 款 and 项 (Cited). An English line that cites no
// article (an event's name, a developer's summary) is not compared: the
// word-for-word comparison with ExplanationsFile still holds its twin.
func ArticleMismatches(o Outcome) []string {
	if len(o.ExplanationZH) != len(o.Explanation) {
		return nil
	}
	var out []string
	for i, en := range o.Explanation {
		zh := o.ExplanationZH[i]
		a, b := Cited(en), Cited(zh)
		if len(a) == 0 {
			continue
		}
		if !slices.Equal(a, b) {
			out = append(out, fmt.Sprintf("line %d: English cites %v, Chinese %v\n  en: %s\n  zh: %s", i+1, a, b, en, zh))
		}
	}
	return out
}

// checkExplanations compares the outcomes' explanations with dir's
// ExplanationsFile, word for word, and each English line's articles with
// its Chinese twin's.
func checkExplanations(t TB, dir string, outcomes []Outcome) {
	t.Helper()
	for _, o := range outcomes {
		for _, m := range ArticleMismatches(o) {
			t.Errorf("golden case %s: %s", o.File, m)
		}
	}
	got := ExplanationsText(dir, outcomes)
	path := filepath.Join(dir, ExplanationsFile)
	if os.Getenv(UpdateExplanationsEnv) == "1" {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatalf("%v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("golden: %v: every case's explanation is compared word for word with it; write it with %s=1", err, UpdateExplanationsEnv)
		return
	}
	if string(want) == got {
		return
	}
	wl, gl := bytes.Split(want, []byte("\n")), strings.Split(got, "\n")
	shown, cur := 0, ""
	for i := 0; i < max(len(wl), len(gl)) && shown < 10; i++ {
		var w, g string
		if i < len(wl) {
			w = string(wl[i])
		}
		if i < len(gl) {
			g = gl[i]
		}
		if strings.HasPrefix(g, "== ") {
			cur = g
		}
		if w != g {
			t.Errorf("%s line %d (%s): the explanation differs from the expected one\n  want: %s\n  got:  %s", path, i+1, cur, w, g)
			shown++
		}
	}
	if shown == 0 {
		t.Errorf("%s differs from the explanations the cases give", path)
	}
}

// AcceptExplanations records in dir's ExplanationsFile the explanations the
// code now gives for the named case files (each directly under dir), and
// keeps every other case's block as the file has it: accepting a case
// (Accept, a workbook row written back) accepts its explanation too, and
// nothing else. A case of dir that the file lacks and that is not named
// stays absent (CheckDir then reports it). The blocks are written in
// CheckDir's order.
func AcceptExplanations(dir string, files ...string) error {
	outcomes, err := RunDir(dir)
	if err != nil {
		return err
	}
	named := map[string]bool{}
	for _, f := range files {
		rel, err := filepath.Rel(dir, f)
		if err != nil {
			return err
		}
		named[filepath.ToSlash(rel)] = true
	}
	path := filepath.Join(dir, ExplanationsFile)
	old, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	blocks := map[string]string{}
	for _, b := range strings.SplitAfter(string(old), "\n== ") {
		b = strings.TrimPrefix(strings.TrimSuffix(b, "== "), "== ")
		if name, _, ok := strings.Cut(b, "\n"); ok {
			blocks[name] = "== " + b
		}
	}
	var out strings.Builder
	for _, o := range outcomes {
		name, err := filepath.Rel(dir, o.File)
		if err != nil {
			return err
		}
		name = filepath.ToSlash(name)
		switch {
		case named[name]:
			out.WriteString(ExplanationsText(dir, []Outcome{o}))
		case blocks[name] != "":
			out.WriteString(blocks[name])
		}
	}
	if out.String() == string(old) {
		return nil
	}
	return os.WriteFile(path, []byte(out.String()), 0o644)
}
