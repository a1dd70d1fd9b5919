// Package msg is how the example programs speak to the people who run them:
// in Chinese by default (the clerk's language), in English with -lang en
// (for developers, wherever the library has an English rendering). It
// holds the -lang flag, the usage (-h) in either language, the flag
// package's own complaints in Chinese, and an error's Chinese rendering
// (the library's Chinese methods: errcode.Code.Chinese, FieldError.Chinese,
// and the Chinese of each error type that has one).
//
// The Chinese is never a second copy of a library sentence: an error or an
// explanation is rendered by the library's own Chinese method; what this
// package writes itself is only the programs' frame (usage, flag errors).
//
// It is for examples only: the library packages do not import it.
package msg

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/zhishang/zhishang/errcode"
)

// CLI is a program's flags with their usage in Chinese and in English, and
// the language chosen with -lang.
type CLI struct {
	fs       *flag.FlagSet
	out      io.Writer
	lang     string
	headerZH string
	headerEN string
	en       map[string]string
}

// New registers -lang on fs and takes over its usage: headerZH and headerEN
// are the "用法：…" and "usage: …" lines (more than one line allowed); each
// flag's Chinese usage is the one given to fs, its English one given with
// EN. Output goes to out.
func New(fs *flag.FlagSet, out io.Writer, headerZH, headerEN string) *CLI {
	c := &CLI{fs: fs, out: out, headerZH: headerZH, headerEN: headerEN, en: map[string]string{}}
	fs.SetOutput(out)
	fs.StringVar(&c.lang, "lang", "zh", "输出文字的`语言`：zh（中文）或 en（英文，供开发人员）")
	c.EN("lang", "the `language` of the text: zh (Chinese) or en (English, for developers)")
	fs.Usage = c.Usage
	return c
}

// EN gives the English usage of the flag name (a backquoted word names its
// value, as in package flag).
func (c *CLI) EN(name, usage string) { c.en[name] = usage }

// English reports whether -lang en was given.
func (c *CLI) English() bool { return c.lang == "en" }

// Pick returns zh, or en with -lang en.
func (c *CLI) Pick(zh, en string) string {
	if c.English() {
		return en
	}
	return zh
}

// Err renders err for the reader: its Chinese (Chinese), with a pointer
// to -lang en when a detail is worded only in English; or its English
// message with -lang en.
func (c *CLI) Err(err error) string {
	if c.English() {
		return err.Error()
	}
	s, dropped := chinese(err)
	if dropped {
		s += "（详情见 -lang en）"
	}
	return s
}

// Chinese renders err in Chinese from what the library carries. In err's
// tree (depth first, as errors.As walks it) the first error with a Chinese
// method that carries details (a FieldError, a *param.ValueError, a
// *jsonerr.Error, a *calendar.YearNotCoveredError…: anything but a bare
// errcode.Code) says what is wrong, after the Chinese of a code met before
// it (the context: 待遇案件文件不合要求：…). Without one, the codes say it:
// the first code's Chinese, then the last one's when it differs (该行不能按
// CSV 读取（如引号不成对）：字段个数不对); a detail the library words only in
// English (DetailsInEnglish reports it) is left out. A file that cannot
// be opened is said in Chinese with its path; any other error (one the
// library does not make) keeps its own message.
func Chinese(err error) string {
	s, _ := chinese(err)
	return s
}

// DetailsInEnglish reports whether Chinese(err) leaves out a detail the
// library words only in English (see it with -lang en).
func DetailsInEnglish(err error) bool {
	_, dropped := chinese(err)
	return dropped
}

func chinese(err error) (string, bool) {
	if err == nil {
		return "", false
	}
	if fe, ok := err.(*fileError); ok {
		s, dropped := chinese(fe.err)
		return fe.path + ": " + s, dropped
	}
	var codes []errcode.Code
	var detail string
	var context []errcode.Code
	var walk func(e error, depth int) bool
	walk = func(e error, depth int) bool {
		if e == nil || depth > 32 {
			return false
		}
		if c, ok := e.(errcode.Code); ok {
			codes = append(codes, c)
			return false // a code's parents say less
		}
		if zh, ok := e.(interface{ Chinese() string }); ok {
			if s := zh.Chinese(); s != "" {
				detail, context = s, codes
				return true
			}
		}
		switch u := e.(type) {
		case interface{ Unwrap() error }:
			return walk(u.Unwrap(), depth+1)
		case interface{ Unwrap() []error }:
			for _, x := range u.Unwrap() {
				if walk(x, depth+1) {
					return true
				}
			}
		}
		return false
	}
	if walk(err, 0) {
		if len(context) > 0 && !strings.Contains(detail, context[0].Chinese()) {
			return context[0].Chinese() + "：" + detail, false
		}
		return detail, false
	}
	if len(codes) > 0 {
		first, last := codes[0], codes[len(codes)-1]
		s := first.Chinese()
		if last != first && !strings.Contains(s, last.Chinese()) {
			s += "：" + last.Chinese()
		}
		return s, !strings.HasSuffix(err.Error(), last.Error())
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return "找不到文件 " + pe.Path + "（请在仓库根目录运行，或指明文件）", false
		case errors.Is(err, fs.ErrPermission):
			return "无权读取文件 " + pe.Path, false
		case strings.Contains(pe.Err.Error(), "is a directory"):
			return pe.Path + " 是文件夹，不是文件", false
		}
	}
	return err.Error(), false
}

// Parse parses args. It returns ok = false and the exit code when the
// program should stop: 0 for -h (the usage printed), 2 for a bad flag, a
// bad -lang or an unexpected argument (the complaint and the usage
// printed, in the language chosen).
func (c *CLI) Parse(args []string) (code int, ok bool) {
	usage := c.fs.Usage
	c.fs.Usage = func() {}
	out := c.fs.Output()
	c.fs.SetOutput(io.Discard)
	err := c.fs.Parse(args)
	c.fs.SetOutput(out)
	c.fs.Usage = usage
	if c.lang != "zh" && c.lang != "en" {
		bad := c.lang
		c.lang = "zh"
		fmt.Fprintf(c.out, "%s: -lang %q：只能是 zh 或 en\n", c.fs.Name(), bad)
		c.Usage()
		return 2, false
	}
	switch {
	case errors.Is(err, flag.ErrHelp):
		c.Usage()
		return 0, false
	case err != nil:
		fmt.Fprintf(c.out, "%s: %s\n", c.fs.Name(), c.Pick(flagErrorZH(err), err.Error()))
		c.Usage()
		return 2, false
	case c.fs.NArg() > 0:
		fmt.Fprintf(c.out, "%s: %s %q\n", c.fs.Name(), c.Pick("多余的参数", "unexpected argument"), c.fs.Arg(0))
		c.Usage()
		return 2, false
	}
	return 0, true
}

// ParseFlags parses args with fs, for a program that sets its own usage
// (fs.Usage) and its own -lang flag. It returns ok = false and the exit
// code when the program should stop: 0 for -h (the usage printed), 2 for a
// bad flag or, unless moreArgs, an argument after the flags (the complaint
// and the usage printed to fs's output). The complaint is Chinese
// (没有这个选项：-x, 多余的参数 "x"), English when -lang en was given;
// package flag's own English is not printed.
func ParseFlags(fs *flag.FlagSet, args []string, moreArgs bool) (code int, ok bool) {
	usage, out := fs.Usage, fs.Output()
	fs.Usage = func() {}
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	fs.SetOutput(out)
	fs.Usage = usage
	en := false
	if l := fs.Lookup("lang"); l != nil {
		en = l.Value.String() == "en"
	}
	pick := func(zh, e string) string {
		if en {
			return e
		}
		return zh
	}
	switch {
	case errors.Is(err, flag.ErrHelp):
		fs.Usage()
		return 0, false
	case err != nil:
		fmt.Fprintf(out, "%s: %s\n", fs.Name(), pick(flagErrorZH(err), err.Error()))
		fs.Usage()
		return 2, false
	case !moreArgs && fs.NArg() > 0:
		fmt.Fprintf(out, "%s: %s %q\n", fs.Name(), pick("多余的参数", "unexpected argument"), fs.Arg(0))
		fs.Usage()
		return 2, false
	}
	return 0, true
}

// Bad prints a complaint about a flag's value (zh or en by -lang) and the
// usage; it returns 2, the exit status of bad flags.
func (c *CLI) Bad(zh, en string) int {
	fmt.Fprintf(c.out, "%s: %s\n", c.fs.Name(), c.Pick(zh, en))
	c.Usage()
	return 2
}

// flagErrorZH says package flag's complaints in Chinese (their shapes are
// those of flag.FlagSet.Parse).
func flagErrorZH(err error) string {
	s := err.Error()
	for _, p := range []struct{ en, zh string }{
		{"flag provided but not defined: ", "没有这个选项："},
		{"flag needs an argument: ", "选项缺少取值："},
		{"bad flag syntax: ", "选项写法不对："},
	} {
		if rest, ok := strings.CutPrefix(s, p.en); ok {
			return p.zh + rest
		}
	}
	// invalid value "abc" for flag -year: parse error
	// invalid boolean value "x" for -json: parse error
	for _, p := range []string{"invalid value ", "invalid boolean value "} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			if i := strings.Index(rest, " for "); i > 0 {
				val, name := rest[:i], rest[i+len(" for "):]
				name = strings.TrimPrefix(name, "flag ")
				if j := strings.Index(name, ":"); j > 0 {
					name = name[:j]
				}
				return "选项 " + name + " 的取值 " + val + " 不对"
			}
		}
	}
	return "选项有误：" + s
}

// Usage prints the usage header and every flag with its usage and default,
// in the language chosen.
func (c *CLI) Usage() {
	w := c.out
	en := c.English()
	if en {
		fmt.Fprintf(w, "%s\n\n", c.headerEN)
	} else {
		fmt.Fprintf(w, "%s\n\n", c.headerZH)
	}
	var flags []*flag.Flag
	c.fs.VisitAll(func(f *flag.Flag) { flags = append(flags, f) })
	sort.Slice(flags, func(i, j int) bool { return flags[i].Name < flags[j].Name })
	for _, f := range flags {
		text := f.Usage
		if e, ok := c.en[f.Name]; ok && en {
			text = e
		}
		name, usage := unquote(text)
		isBoolFlag := isBool(f)
		if name == "" && !isBoolFlag {
			name = c.Pick("值", "value")
		}
		line := "  -" + f.Name
		if name != "" && !isBoolFlag {
			line += " " + name
		}
		fmt.Fprintf(w, "%s\n    \t%s", line, usage)
		if d := f.DefValue; d != "" && d != "false" && d != "0" {
			fmt.Fprintf(w, c.Pick("（默认 %s）", " (default %s)"), d)
		}
		fmt.Fprintln(w)
	}
}

// PrintDefaultsZH lists the flags as flag.PrintDefaults does, in Chinese:
// each flag with the name of its value (the usage's `quoted` word), its
// usage and its default, for a program that writes its own usage header
// (examples/ledger, examples/golden).
func PrintDefaultsZH(w io.Writer, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		line := "  -" + f.Name
		if name != "" {
			line += " " + name
		}
		line += "\n    \t" + strings.ReplaceAll(usage, "\n", "\n    \t")
		if f.DefValue != "" && f.DefValue != "false" {
			line += "（默认 " + f.DefValue + "）"
		}
		fmt.Fprintln(w, line)
	})
}

// unquote is flag.UnquoteUsage for a usage string: the backquoted word is
// the value's name, and the usage is given without the backquotes.
func unquote(usage string) (name, text string) {
	i := strings.Index(usage, "`")
	if i < 0 {
		return "", usage
	}
	j := strings.Index(usage[i+1:], "`")
	if j < 0 {
		return "", usage
	}
	name = usage[i+1 : i+1+j]
	return name, usage[:i] + name + usage[i+1+j+1:]
}

func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

var urls = regexp.MustCompile(`https?://[^\s）)；，]*`)

// EnglishWords returns the English words in s, for tests that a clerk's
// text is Chinese: every run of four or more ASCII letters standing as a
// word of prose. A token (a run of letters, digits and _ . / - = @ # *
// between spaces, CJK text and other punctuation) is not prose, and none
// of its letters count, when it holds a digit or one of _ . / - = @ # * (a
// flag -json, a file testdata/x.json, a parameter benefits.x_y, a code
// not_covered, a date), inside an http(s) address, when it is all capitals (JSON, CSV,
// GB/T), when it mixes case inside (ExplainZH, an identifier), or when it
// is one of allow (a program's name, a sample's platform).
func EnglishWords(s string, allow ...string) []string {
	ok := map[string]bool{}
	for _, a := range allow {
		ok[a] = true
	}
	tokenRune := func(r rune) bool {
		return r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("_./-=@#*", r))
	}
	var out []string
	s = urls.ReplaceAllString(s, " ")
	for _, tok := range strings.FieldsFunc(s, func(r rune) bool { return !tokenRune(r) }) {
		if ok[tok] || strings.ContainsAny(tok, "0123456789_./-=@#*") || strings.ToUpper(tok) == tok {
			continue
		}
		if strings.ToLower(tok[1:]) != tok[1:] { // ExplainZH, levySetup
			continue
		}
		if len(tok) >= 4 {
			out = append(out, tok)
		}
	}
	return out
}

// InFile is err met in the file at path: its message is "path: err", its
// Chinese "path: " and err's Chinese.
func InFile(path string, err error) error {
	if err == nil {
		return nil
	}
	return &fileError{path, err}
}

type fileError struct {
	path string
	err  error
}

func (e *fileError) Error() string   { return e.path + ": " + e.err.Error() }
func (e *fileError) Chinese() string { return e.path + ": " + Chinese(e.err) }
func (e *fileError) Unwrap() error   { return e.err }

// Text is a program's own error, worded in both languages: Error is en,
// Chinese zh.
func Text(zh, en string) error { return &textError{zh, en} }

type textError struct{ zh, en string }

func (e *textError) Error() string   { return e.en }
func (e *textError) Chinese() string { return e.zh }
