package verbatim

import (
	"errors"
	"fmt"
	"iter"
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
	err       error  // the first option out of range
}

// ErrBadOption is wrapped by the error of New when an option is out of
// range.
var ErrBadOption = errors.New("verbatim: option out of range")

// bad records the first option out of range, for New to return.
func (c *config) bad(name string, n int) {
	if c.err == nil {
		c.err = fmt.Errorf("%w: %s(%d)", ErrBadOption, name, n)
	}
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
// of CPUs; at least 1). Results come back in input order whatever the
// number.
func Workers(n int) Option {
	return func(c *config) {
		if n < 1 {
			c.bad("Workers", n)
		}
		c.workers = n
	}
}

// Progress sets a function that is called each time a document of
// ExtractAll, ExtractEach or Check is finished, with how many are done
// and the total (-1 for ExtractEach, which does not know it). Calls
// never overlap, and done counts up by one.
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
// option is invalid: a value out of range (ErrBadOption, or the stage's
// own, such as compare.ErrBadOption), a malformed lexicon. Every option
// of the module is checked there, once.
func New(opts ...Option) (*Pipeline, error) {
	c := config{workers: runtime.GOMAXPROCS(0), limits: defaultLimits()}
	for _, o := range opts {
		o(&c)
	}
	if c.err != nil {
		return nil, c.err
	}
	attr, err := attribute.New(c.attrOpts...)
	if err != nil {
		return nil, err
	}
	cmp, err := compare.New(c.cmpOpts...)
	if err != nil {
		return nil, err
	}
	qx, err := quote.New(c.quoteOpts...)
	if err != nil {
		return nil, err
	}
	return &Pipeline{quotes: qx, attr: attr, compare: cmp, workers: c.workers, progress: c.progress, limits: c.limits}, nil
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

// ExtractAll runs ExtractDoc on every document, several at once, and
// returns the results in the order of docs, with the warnings of all
// of them as an ErrorList (nil when there are none).
func (p *Pipeline) ExtractAll(docs []Document) ([]*attribute.Result, error) {
	p = p.ready()
	out := make([]*attribute.Result, len(docs))
	warns := make([]ErrorList, len(docs))
	p.each(len(docs), func(i int) { out[i], warns[i] = p.extractDoc(docs[i]) })
	var all ErrorList
	for _, w := range warns {
		all = append(all, w...)
	}
	return out, all.Err()
}

// ExtractEach runs ExtractDoc on each document docs yields, several at
// once, and calls fn in the order of docs with the document, its result
// and its warnings (nil, or an ErrorList as ExtractDoc returns). An
// error that docs yields (a file that could not be read) is passed to
// fn in its place, with a nil result. At most about twice Workers
// documents are held at once, so memory stays bounded whatever the
// number of documents when docs reads them one at a time (Documents
// does). ExtractEach stops reading when fn returns false. Progress is
// called with a total of -1: the number of documents is not known in
// advance.
func (p *Pipeline) ExtractEach(docs iter.Seq2[Document, error], fn func(Document, *attribute.Result, error) bool) {
	p = p.ready()
	type slot struct {
		doc  Document
		res  *attribute.Result
		err  error
		done chan struct{}
	}
	w := max(p.workers, 1)
	order := make(chan *slot, w) // documents read, in order; bounds those in flight
	work := make(chan *slot)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(work)
		defer close(order)
		for d, err := range docs {
			s := &slot{doc: d, err: err, done: make(chan struct{})}
			select {
			case order <- s:
			case <-stop:
				return
			}
			if err != nil {
				close(s.done)
				continue
			}
			select {
			case work <- s:
			case <-stop:
				return
			}
		}
	}()
	for range w {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range work {
				s.res, s.err = p.ExtractDoc(s.doc)
				close(s.done)
			}
		}()
	}
	n := 0
	for s := range order {
		<-s.done
		if s.res != nil && p.progress != nil {
			n++
			p.progress(n, -1)
		}
		if !fn(s.doc, s.res, s.err) {
			break
		}
	}
	close(stop)
	for range order { // let the reader see stop and end
	}
	wg.Wait()
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

// Extract runs the default Pipeline's ExtractDoc on text: the result,
// and the warnings as an ErrorList (nil when there are none), positioned
// by line and column only since the text has no name.
func Extract(text []byte) (*attribute.Result, error) {
	p, err := std()
	if err != nil {
		return nil, err
	}
	return p.ExtractDoc(Document{Text: text})
}
