package verbatim

import (
	"runtime"
	"sync"

	"github.com/verbatim-nlp/verbatim/attribute"
	"github.com/verbatim-nlp/verbatim/compare"
	"github.com/verbatim-nlp/verbatim/quote"
)

type config struct {
	quoteOpts []quote.Option
	attrOpts  []attribute.Option
	cmpOpts   []compare.Option
	workers   int
	progress  func(done, total int)
	limits    limits // see limits.go
}

// An Option configures a Pipeline.
type Option func(*config)

// QuoteOptions passes options to the quote stage.
func QuoteOptions(opts ...quote.Option) Option {
	return func(c *config) { c.quoteOpts = append(c.quoteOpts, opts...) }
}

// AttributeOptions passes options to the attribute stage, such as a
// custom cue lexicon (attribute.LexiconFrom).
func AttributeOptions(opts ...attribute.Option) Option {
	return func(c *config) { c.attrOpts = append(c.attrOpts, opts...) }
}

// CompareOptions passes options to the compare stage, such as its
// clustering thresholds.
func CompareOptions(opts ...compare.Option) Option {
	return func(c *config) { c.cmpOpts = append(c.cmpOpts, opts...) }
}

// Workers sets how many documents are read at once (default: the number
// of CPUs). Results come back in input order whatever the number.
func Workers(n int) Option {
	return func(c *config) {
		if n > 0 {
			c.workers = n
		}
	}
}

// Progress sets a function that is called each time a document of
// ExtractAll or Check is finished, with how many are done and the
// total. Calls never overlap, and done counts up by one.
func Progress(f func(done, total int)) Option {
	return func(c *config) { c.progress = f }
}

// A Pipeline runs the stages over documents. Build it once with New and
// reuse it: it holds the compiled lexicons. The zero Pipeline works
// like New() with no options. It is safe for concurrent use.
type Pipeline struct {
	quotes   *quote.Extractor
	attr     *attribute.Attributor
	compare  *compare.Clusterer
	workers  int
	progress func(done, total int)
	limits   limits
}

// New returns a Pipeline with the given options. It fails only when an
// option is invalid, such as a malformed lexicon.
func New(opts ...Option) (*Pipeline, error) {
	c := config{workers: runtime.GOMAXPROCS(0), limits: defaultLimits()}
	for _, o := range opts {
		o(&c)
	}
	attr, err := attribute.New(c.attrOpts...)
	if err != nil {
		return nil, err
	}
	if err := compare.Validate(c.cmpOpts...); err != nil {
		return nil, err
	}
	return &Pipeline{quotes: quote.New(c.quoteOpts...), attr: attr, compare: compare.New(c.cmpOpts...), workers: c.workers, progress: c.progress, limits: c.limits}, nil
}

// zeroPipeline stands in for the zero Pipeline: the stages' zero values
// use their defaults, and the limits are the default ones.
var zeroPipeline = sync.OnceValue(func() *Pipeline {
	return &Pipeline{quotes: &quote.Extractor{}, attr: &attribute.Attributor{}, compare: &compare.Clusterer{},
		workers: runtime.GOMAXPROCS(0), limits: defaultLimits()}
})

// ready returns p, or the defaults when p is the zero Pipeline.
func (p *Pipeline) ready() *Pipeline {
	if p.attr == nil {
		return zeroPipeline()
	}
	return p
}

var (
	defaultOnce     sync.Once
	defaultPipeline *Pipeline
	defaultErr      error
)

func std() (*Pipeline, error) {
	defaultOnce.Do(func() { defaultPipeline, defaultErr = New() })
	return defaultPipeline, defaultErr
}

// Extract finds the quotes in text and credits them to speakers: the
// quote and attribute stages. Result.Quotes are sorted by Start. A text
// over MaxDocumentBytes is read whole, in parts; ExtractDoc also
// returns the warnings.
func (p *Pipeline) Extract(text []byte) *attribute.Result {
	return p.ready().extract(text)
}

// ExtractAll runs Extract on every document, several at once, and
// returns the results in the order of docs.
func (p *Pipeline) ExtractAll(docs []Document) []*attribute.Result {
	p = p.ready()
	out := make([]*attribute.Result, len(docs))
	p.each(len(docs), func(i int) { out[i] = p.Extract(docs[i].Text) })
	return out
}

// each calls f(0) … f(n-1) on up to p.workers goroutines, and reports
// progress.
func (p *Pipeline) each(n int, f func(int)) {
	if p.progress != nil {
		var mu sync.Mutex
		done := 0
		g := f
		f = func(i int) {
			g(i)
			mu.Lock()
			done++
			p.progress(done, n)
			mu.Unlock()
		}
	}
	w := min(p.workers, n)
	if w <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// Extract runs the default Pipeline's Extract.
func Extract(text []byte) (*attribute.Result, error) {
	p, err := std()
	if err != nil {
		return nil, err
	}
	return p.Extract(text), nil
}
