package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html/template"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// chromium returns the path of a Chromium or Chrome binary, or "".
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// headless runs Chromium on the page at the given window width with
// flags that keep it off the network and out of the user's profile,
// plus extra.
func headless(t *testing.T, bin, page string, width int, extra ...string) []byte {
	t.Helper()
	// Bounded by go test's -timeout, not by a guess at how fast a busy
	// machine runs Chromium: the error then names the browser.
	ctx := t.Context()
	if dl, ok := t.Deadline(); ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, dl.Add(-30*time.Second))
		defer cancel()
	}
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
		"--user-data-dir=" + t.TempDir(), fmt.Sprintf("--window-size=%d,2000", width)}, extra...)
	cmd := exec.CommandContext(ctx, bin, append(args, "file://"+page)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s", bin, err, stderr.String())
	}
	return stdout.Bytes()
}

// screenshot takes a 2000-pixel-high screenshot of page at width into
// file and checks that it drew the page: a PNG of that size, not
// blank, with the header's dark band at the top left.
func screenshot(t *testing.T, bin, page string, width int, file string) {
	t.Helper()
	headless(t, bin, page, width, "--screenshot="+file)
	f, err := os.Open(file)
	require.NoError(t, err, "no screenshot")
	defer f.Close()
	info, err := f.Stat()
	require.NoError(t, err)
	img, err := png.Decode(f)
	require.NoError(t, err, "screenshot is not a PNG")
	assert.Equal(t, image.Rect(0, 0, width, 2000), img.Bounds(), "screenshot size")
	// A blank or unstyled page compresses to a few kilobytes.
	assert.Greater(t, info.Size(), int64(width*40), "screenshot at %d px is only %d bytes: did the page render?", width, info.Size())
	r, g, b, _ := img.At(4, 4).RGBA()
	assert.True(t, r>>8 < 60 && g>>8 < 60 && b>>8 < 80, "top-left pixel at %d px is (%d,%d,%d), want the dark header", width, r>>8, g>>8, b>>8)
}

// probe is a page that loads the report into frames of the given
// widths and writes, for each, what a script measured: the width the
// content needs against the width it has, the in-page links whose
// target is missing, and the links and buttons without a name.
const probe = `<!DOCTYPE html><html><body>{{range .Width}}<iframe style="width:{{.}}px;height:900px;border:0" srcdoc="{{$.Page}}"></iframe>{{end}}
<script>
var out = [], frames = document.querySelectorAll("iframe"), left = frames.length;
frames.forEach(function (f) {
  f.addEventListener("load", function () {
    var d = f.contentDocument, broken = [], unnamed = 0;
    d.querySelectorAll("a[href^='#']").forEach(function (a) {
      if (!d.getElementById(a.getAttribute("href").slice(1))) broken.push(a.getAttribute("href"));
    });
    d.querySelectorAll("a, button, summary").forEach(function (a) { if (!a.textContent.trim()) unnamed++; });
    out.push(f.style.width + " " + d.documentElement.scrollWidth + " " + d.documentElement.clientWidth + " " + broken.length + " " + unnamed);
    if (--left === 0) { var p = document.createElement("pre"); p.id = "probe"; p.textContent = out.join("\n"); document.body.appendChild(p); }
  });
});
</script></body></html>`

// TestReportInBrowser renders the corpus report in headless Chromium at
// desktop (1280 px) and phone (390 px) width: the page must load, draw
// real content, need no horizontal scrolling at either width, have no
// in-page link to a missing target and no nameless link, and show every
// flag in the DOM, most severe first. It skips when Chromium is not
// installed (.ci/run installs it). Set VERBATIM_SCREENSHOTS=DIR to keep
// the screenshots (report-desktop.png, report-phone.png; docs/ holds
// the README's).
func TestReportInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	bin := chromium()
	if bin == "" {
		t.Skip("no Chromium on PATH (apt-get install chromium)")
	}
	tmp := t.TempDir()
	html := runCmd(t, "check", "-format", "html", "testdata/corpus")
	page := filepath.Join(tmp, "report.html")
	require.NoError(t, os.WriteFile(page, html, 0o644))
	var rep struct {
		Flags []struct{ Severity string }
	}
	require.NoError(t, json.Unmarshal(runCmd(t, "check", "-format", "json", "testdata/corpus"), &rep))

	dir := tmp
	if d := os.Getenv("VERBATIM_SCREENSHOTS"); d != "" {
		var err error
		dir, err = filepath.Abs(d)
		require.NoError(t, err)
	}
	screenshot(t, bin, page, 1280, filepath.Join(dir, "report-desktop.png"))
	screenshot(t, bin, page, 390, filepath.Join(dir, "report-phone.png"))

	// The layout, measured by a script outside the report (which has none).
	var buf bytes.Buffer
	widths := []int{390, 1280}
	tmpl := template.Must(template.New("probe").Parse(probe))
	require.NoError(t, tmpl.Execute(&buf, struct {
		Page  string
		Width []int
	}{string(html), widths}))
	probePage := filepath.Join(tmp, "probe.html")
	require.NoError(t, os.WriteFile(probePage, buf.Bytes(), 0o644))
	dom := string(headless(t, bin, probePage, 1400, "--dump-dom"))
	i, j := strings.Index(dom, `<pre id="probe">`), strings.Index(dom, "</pre>")
	require.True(t, i >= 0 && j > i, "the probe wrote nothing:\n%.300s", dom)
	lines := strings.Split(dom[i+len(`<pre id="probe">`):j], "\n")
	require.Len(t, lines, len(widths))
	for _, l := range lines {
		var frame string
		var need, have, broken, unnamed int
		_, err := fmt.Sscanf(l, "%s %d %d %d %d", &frame, &need, &have, &broken, &unnamed)
		require.NoError(t, err, l)
		assert.LessOrEqual(t, need, have, "at %s the page needs %d px: it scrolls sideways", frame, need)
		assert.Zero(t, broken, "at %s: in-page links to missing targets", frame)
		assert.Zero(t, unnamed, "at %s: links or summaries without text", frame)
	}

	dom = string(headless(t, bin, page, 1280, "--dump-dom"))
	require.Contains(t, dom, `<section id="flags"`, "no flags section in the DOM")
	if got := strings.Count(dom, `class="card flag `); got != len(rep.Flags) || got == 0 {
		t.Errorf("DOM shows %d flags, the report has %d", got, len(rep.Flags))
	}
	// Most severe first: no "high" flag after a "medium" or "low" one.
	flags := dom[strings.Index(dom, `<section id="flags"`):]
	flags = flags[:strings.Index(flags, `<section id="statements"`)]
	if hi, lo := strings.LastIndex(flags, `card flag high`), strings.Index(flags, `card flag low`); hi >= 0 && lo >= 0 && hi > lo {
		t.Errorf("a high flag comes after a low one")
	}
	assert.Contains(t, dom, `<a class="skip" href="#main">`, "a skip link opens the page")
	assert.Contains(t, dom, `<table class="matrix">`, "the summary counts flags by kind and severity")
	if !strings.Contains(dom, `id="statements"`) || !strings.Contains(dom, "<ins>") || !strings.Contains(dom, `<mark class="b">`) {
		t.Errorf("no versions with marked differences in the DOM")
	}
}
