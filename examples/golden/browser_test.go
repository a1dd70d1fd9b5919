package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/internal/golden"
)

// chromium finds a Chromium (Debian's package chromium is /usr/bin/chromium).
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome-stable", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browse opens page in a headless Chromium whose environment has env
// added, and returns its context.
func browse(t *testing.T, bin, page string, env ...string) context.Context {
	t.Helper()
	// The flags Chromium needs as root on a closed network.
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	if len(env) > 0 {
		opts = append(opts, chromedp.Env(env...))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelTab := chromedp.NewContext(ctx)
	t.Cleanup(cancelTab)
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate("file://"+page)))
	return ctx
}

func evaluate(t *testing.T, ctx context.Context, js string) any {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[any](js))
	require.NoError(t, err, js)
	return v
}

// glyphCheck is a script that draws, in the font stack of the page's
// title, each character of the title and a code point no font has
// (U+10FFFD, a private-use character: drawn as the missing-glyph box), on
// a canvas, and returns what is wrong: a character that leaves no ink, or
// whose pixels equal the missing-glyph box's or another character's (every
// box is the same box). It reads pixels, not the DOM's text: with no font
// for Chinese the DOM still holds the right characters.
const glyphCheck = `(() => {
	const h1 = document.querySelector("h1");
	const font = "40px " + getComputedStyle(h1).fontFamily;
	const c = document.createElement("canvas");
	c.width = 56; c.height = 56;
	const g = c.getContext("2d", {willReadFrequently: true});
	const draw = ch => {
		g.clearRect(0, 0, 56, 56);
		g.font = font; g.fillStyle = "#000"; g.textBaseline = "top";
		g.fillText(ch, 8, 8);
		const d = g.getImageData(0, 0, 56, 56).data;
		let bits = "", ink = 0;
		for (let i = 3; i < d.length; i += 4) { const on = d[i] > 127; bits += on ? "1" : "0"; if (on) ink++; }
		return {bits, ink};
	};
	const box = draw(String.fromCodePoint(0x10FFFD));
	const chars = [...new Set([...h1.textContent.trim()])];
	const seen = new Map(), wrong = [];
	for (const ch of chars) {
		const p = draw(ch);
		if (p.ink < 20) { wrong.push(ch + "：无笔画"); continue; }
		if (p.bits === box.bits) { wrong.push(ch + "：画成了缺字方框"); continue; }
		if (seen.has(p.bits)) { wrong.push(ch + "：与“" + seen.get(p.bits) + "”画得一样（方框？）"); continue; }
		seen.set(p.bits, ch);
	}
	return chars.length < 8 ? ["标题不足 8 个字"] : wrong;
})()`

// noCJKFontconfig writes a fontconfig file that keeps the system's fonts
// but hides every font covering Chinese or Japanese (by the languages a
// font covers, not by its name or path): Chromium launched with it as
// FONTCONFIG_FILE renders the page as a machine with only Chromium's own
// fonts-liberation and no CJK font would.
func noCJKFontconfig(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "no-cjk.conf")
	require.NoError(t, os.WriteFile(path, []byte(`<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont><rejectfont>
    <pattern><patelt name="lang"><string>zh-cn</string></patelt></pattern>
    <pattern><patelt name="lang"><string>zh-tw</string></patelt></pattern>
    <pattern><patelt name="lang"><string>ja</string></patelt></pattern>
  </rejectfont></selectfont>
</fontconfig>
`), 0o644))
	return path
}

// The report in a real browser: its Chinese renders (glyphs measured),
// the failing case in full and in red, every passing case a row, figures
// on one line, and the page prints to a few dozen numbered A4 pages.
func TestReportInHeadlessChromium(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("no Chromium installed: the browser test is skipped (Debian: apt-get install chromium fonts-noto-cjk; .ci/run installs them)")
	}
	outcomes, err := golden.RunDir(shipped)
	require.NoError(t, err)
	dir := t.TempDir()
	outcomes = append(outcomes, golden.RunFile(writeCase(t, dir, "wrong.json", wrongCase)))
	page := filepath.Join(dir, "report.html")
	require.NoError(t, writeHTMLFile(page, outcomes, nil, reportOptions{}))

	ctx := browse(t, bin, page)
	eval := func(js string) any { t.Helper(); return evaluate(t, ctx, js) }

	// Chinese renders as Chinese, not as boxes (Debian: fonts-noto-cjk).
	assert.Empty(t, eval(glyphCheck), "the page's Chinese does not render: install a CJK font (Debian: apt-get install fonts-noto-cjk)")

	// The failure in full, the passes one row each.
	assert.EqualValues(t, 1, eval(`document.querySelectorAll("section.case").length`))
	assert.EqualValues(t, 1, eval(`document.querySelectorAll("section.case.fail").length`))
	assert.EqualValues(t, len(outcomes)-1, eval(`document.querySelectorAll("table.passes tr[id]").length`))
	assert.EqualValues(t, 0, eval(`[...document.querySelectorAll("section.case")].filter(s =>
		s.getBoundingClientRect().height < 40 || !s.querySelector("h2 .verdict")).length`))
	assert.Equal(t, "未通过", eval(`document.querySelector("section.case.fail .verdict").textContent`))
	assert.Equal(t, "rgb(198, 40, 40)", eval(`getComputedStyle(document.querySelector("section.case.fail")).borderLeftColor`))
	assert.EqualValues(t, 2, eval(`document.querySelectorAll("section.case.fail tr.diff").length`))
	assert.Equal(t, "rgb(255, 215, 215)", eval(`getComputedStyle(document.querySelector("tr.diff td")).backgroundColor`))
	assert.EqualValues(t, len(outcomes), eval(`+document.getElementById("total").textContent`))
	// The cover: the summary and the sign-off lines, on a page of its own.
	assert.Equal(t, "经办人 日期 复核人 日期 意见", eval(`[...document.querySelectorAll("#cover #sign-off th")].map(th => th.textContent).join(" ")`))
	assert.Equal(t, "page", eval(`getComputedStyle(document.getElementById("cover")).breakAfter`))
	// Every figure on one line: none of its cells lays its text out on two.
	assert.Greater(t, eval(`document.querySelectorAll("td.num").length`), float64(40))
	assert.EqualValues(t, 0, eval(`[...document.querySelectorAll("td.num")].filter(td => {
		const r = document.createRange(); r.selectNodeContents(td); return r.getClientRects().length > 1 }).length`))
	// The page numbers: the browser kept the page-margin boxes (it drops a
	// rule it does not understand).
	assert.Contains(t, eval(`[...document.styleSheets[0].cssRules].filter(r => r instanceof CSSPageRule).map(r => r.cssText).join(" ")`),
		`counter(pages)`)
	// Nothing was fetched from elsewhere.
	assert.EqualValues(t, 0, eval(`performance.getEntriesByType("resource").length`))

	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4), chromedp.PDFPrintBackground()))
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(pdf, []byte("%PDF-")), "a PDF")
	pages := bytes.Count(pdf, []byte("/Type /Page\n"))
	// 364 cases, one failing: the cover, the failure, one row a pass, the
	// parameters (16 pages in December 2026; 495 when every case was in full).
	assert.GreaterOrEqual(t, pages, 4)
	assert.LessOrEqual(t, pages, 40, "a full pass prints in a few dozen pages")
	if out := os.Getenv("GOLDEN_REPORT_PDF"); out != "" { // to look at it
		require.NoError(t, os.WriteFile(out, pdf, 0o644))
	}
}

// The glyph check can fail: the same page, in a Chromium that sees no
// font for Chinese, is found to render boxes.
func TestGlyphCheckFailsWithoutACJKFont(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("no Chromium installed: the browser test is skipped")
	}
	if _, err := os.Stat("/etc/fonts/fonts.conf"); err != nil {
		t.Skip("no /etc/fonts/fonts.conf: Chromium's fonts are not fontconfig's")
	}
	page := filepath.Join(t.TempDir(), "report.html")
	require.NoError(t, writeHTMLFile(page, []golden.Outcome{golden.RunFile(filepath.Join(shipped, "benefits/grade-07.json"))}, nil, reportOptions{}))
	ctx := browse(t, bin, page, "FONTCONFIG_FILE="+noCJKFontconfig(t))
	wrong, ok := evaluate(t, ctx, glyphCheck).([]any)
	require.True(t, ok)
	assert.NotEmpty(t, wrong, "without a CJK font the title must be found to render as boxes")
	t.Logf("without a CJK font: %v", wrong)
}
