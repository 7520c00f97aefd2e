package main

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/verbatim-nlp/verbatim"
	"github.com/verbatim-nlp/verbatim/attribute"
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

// newProgress returns a progress for total items of what, drawn on
// stderr only if it is an *os.File attached to a terminal.
func newProgress(stderr io.Writer, total int, what string) *progress {
	p := &progress{total: total, what: what, now: time.Now, delay: progressDelay}
	if f, ok := stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.w = stderr
	}
	p.start = p.now()
	return p
}

// set records that done items are finished, and shows the bar once the
// run has lasted progressDelay.
func (p *progress) set(done int) {
	if p == nil || p.w == nil {
		return
	}
	if p.bar == nil {
		if p.now().Sub(p.start) < p.delay || done >= p.total {
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

// extractAll runs p.ExtractAll over docs in batches, so that the bar can
// advance between them; results are in the order of docs. Batches are
// large enough to keep every worker busy.
func extractAll(p *verbatim.Pipeline, docs []verbatim.Document, bar *progress) []*attribute.Result {
	out := make([]*attribute.Result, 0, len(docs))
	batch := max(64, len(docs)/100)
	for i := 0; i < len(docs); i += batch {
		j := min(i+batch, len(docs))
		out = append(out, p.ExtractAll(docs[i:j])...)
		bar.set(j)
	}
	bar.finish()
	return out
}
