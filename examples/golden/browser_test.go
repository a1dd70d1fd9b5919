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

// The report in a real browser: every case renders, a failing one in red,
// and the page prints to PDF on A4.
func TestReportInHeadlessChromium(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("no Chromium installed: the browser test is skipped (Debian: apt-get install chromium; .ci/run installs it)")
	}
	outcomes, err := golden.RunDir(shipped)
	require.NoError(t, err)
	dir := t.TempDir()
	outcomes = append(outcomes, golden.RunFile(writeCase(t, dir, "wrong.json", wrongCase)))
	page := filepath.Join(dir, "report.html")
	require.NoError(t, writeHTMLFile(page, outcomes, nil))

	// The flags Chromium needs as root on a closed network.
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	ctx, cancelTab := chromedp.NewContext(ctx)
	defer cancelTab()

	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate("file://"+page)))
	eval := func(js string) any {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[any](js))
		require.NoError(t, err, js)
		return v
	}
	assert.EqualValues(t, len(outcomes), eval(`document.querySelectorAll("section.case").length`))
	// Every case is laid out (has a height), with its title and verdict.
	assert.EqualValues(t, 0, eval(`[...document.querySelectorAll("section.case")].filter(s =>
		s.getBoundingClientRect().height < 40 || !s.querySelector("h2 .verdict")).length`))
	assert.EqualValues(t, 1, eval(`document.querySelectorAll("section.case.fail").length`))
	assert.Equal(t, "未通过", eval(`document.querySelector("section.case.fail .verdict").textContent`))
	assert.Equal(t, "rgb(198, 40, 40)", eval(`getComputedStyle(document.querySelector("section.case.fail")).borderLeftColor`))
	assert.EqualValues(t, 2, eval(`document.querySelectorAll("section.case.fail tr.diff").length`))
	assert.Equal(t, "rgb(255, 215, 215)", eval(`getComputedStyle(document.querySelector("tr.diff td")).backgroundColor`))
	assert.EqualValues(t, len(outcomes), eval(`+document.getElementById("total").textContent`))
	// Nothing was fetched from elsewhere.
	assert.EqualValues(t, 0, eval(`performance.getEntriesByType("resource").length`))

	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4), chromedp.PDFPrintBackground()))
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(pdf, []byte("%PDF-")), "a PDF")
	assert.Greater(t, bytes.Count(pdf, []byte("/Type /Page\n")), 20, "many A4 pages")
	if out := os.Getenv("GOLDEN_REPORT_PDF"); out != "" { // to look at it
		require.NoError(t, os.WriteFile(out, pdf, 0o644))
	}
}
