package main

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progressDelay is how long a run goes before a progress bar appears:
// short runs stay silent.
const progressDelay = 2 * time.Second

// progress draws a bar on stderr for long runs when stderr is a
// terminal; otherwise every method does nothing. The zero value is
// silent.
type progress struct {
	w     io.Writer // nil: silent
	total int
	what  string
	start time.Time
	now   func() time.Time
	bar   *progressbar.ProgressBar
	delay time.Duration
}

// newProgress returns a progress for total items of what (-1: not
// known, drawn as a spinner), drawn on stderr only if it is an *os.File
// attached to a terminal.
func newProgress(stderr io.Writer, total int, what string) *progress {
	p := &progress{total: total, what: what, now: time.Now, delay: progressDelay}
	if f, ok := stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.w = stderr
	}
	p.start = p.now()
	return p
}

// update records that done of total items are finished, and shows the
// bar once the run has lasted progressDelay. It has the signature of
// verbatim.Progress.
func (p *progress) update(done, total int) {
	p.set(done)
}

// set records that done items are finished, and shows the bar once the
// run has lasted progressDelay.
func (p *progress) set(done int) {
	if p == nil || p.w == nil {
		return
	}
	if p.bar == nil {
		if p.now().Sub(p.start) < p.delay || p.total >= 0 && done >= p.total {
			return
		}
		p.bar = progressbar.NewOptions(p.total,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetDescription(p.what),
			progressbar.OptionShowCount(),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	_ = p.bar.Set(done)
}

// finish removes the bar, if one was drawn.
func (p *progress) finish() {
	if p == nil || p.bar == nil {
		return
	}
	_ = p.bar.Finish()
}
