package main

import (
	"bytes"
	"context"
	"encoding/json"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
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

// headless runs Chromium on the page with flags that keep it off the
// network and out of the user's profile, plus extra.
func headless(t *testing.T, bin, page string, extra ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--window-size=1280,2000"}, extra...)
	cmd := exec.CommandContext(ctx, bin, append(args, "file://"+page)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s", bin, err, stderr.String())
	}
	return stdout.Bytes()
}

// TestReportInBrowser renders the corpus report in headless Chromium:
// the page must load, draw a screenshot with real content, and show
// every flag in the DOM. It skips when Chromium is not installed (.ci/run
// installs it). Set VERBATIM_SCREENSHOT=FILE.png to keep the screenshot.
func TestReportInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	bin := chromium()
	if bin == "" {
		t.Skip("no Chromium on PATH (apt-get install chromium)")
	}
	page := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(page, runCmd(t, "check", "-format", "html", "testdata/corpus"), 0o644); err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Flags []struct{ Severity string }
	}
	if err := json.Unmarshal(runCmd(t, "check", "-format", "json", "testdata/corpus"), &rep); err != nil {
		t.Fatal(err)
	}

	shot := os.Getenv("VERBATIM_SCREENSHOT")
	if shot == "" {
		shot = filepath.Join(t.TempDir(), "report.png")
	} else if shot, _ = filepath.Abs(shot); shot == "" {
		t.Fatal("bad VERBATIM_SCREENSHOT")
	}
	headless(t, bin, page, "--screenshot="+shot)
	f, err := os.Open(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	info, _ := f.Stat()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot is not a PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() != 1280 || b.Dy() != 2000 {
		t.Errorf("screenshot is %v, want 1280×2000", b)
	}
	// A blank or unstyled page compresses to a few kilobytes.
	if info.Size() < 100_000 {
		t.Errorf("screenshot is only %d bytes: did the page render?", info.Size())
	}
	// The header's dark band is drawn: the stylesheet applied.
	if r, g, b, _ := img.At(10, 10).RGBA(); r>>8 > 60 || g>>8 > 60 || b>>8 > 80 {
		t.Errorf("top-left pixel is (%d,%d,%d), want the dark header", r>>8, g>>8, b>>8)
	}

	dom := string(headless(t, bin, page, "--dump-dom"))
	if !strings.Contains(dom, `<section id="flags">`) {
		t.Fatalf("no flags section in the DOM:\n%.500s", dom)
	}
	if got := strings.Count(dom, `class="card flag `); got != len(rep.Flags) || got == 0 {
		t.Errorf("DOM shows %d flags, the report has %d", got, len(rep.Flags))
	}
	// Most severe first: no "high" badge after a "medium" or "low" one.
	flags := dom[strings.Index(dom, `<section id="flags">`):]
	flags = flags[:strings.Index(flags, "</section>")]
	if hi, lo := strings.LastIndex(flags, `badge high`), strings.Index(flags, `badge low`); hi >= 0 && lo >= 0 && hi > lo {
		t.Errorf("a high flag comes after a low one")
	}
	if !strings.Contains(dom, `id="statements"`) || !strings.Contains(dom, "<ins>") {
		t.Errorf("no side-by-side versions with marked differences in the DOM")
	}
}
