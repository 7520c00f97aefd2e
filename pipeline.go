package verbatim

import (
	"bytes"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"sync"
	"unicode/utf8"

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
// quote and attribute stages. Result.Quotes are sorted by Start. The
// result is always whole; beside it come the warnings as an ErrorList
// (nil when there are none), positioned by line and column only, since
// text has no name: a text over MaxDocumentBytes is read in parts, a
// quote over the length limit is kept. ExtractDoc names the document in
// its warnings.
func (p *Pipeline) Extract(text []byte) (*attribute.Result, error) {
	return p.ExtractDoc(Document{Text: text})
}

// extract reads text in parts of at most the document limit and joins
// their results, shifting every offset back into text. A leading byte
// order mark is left out of the analysis (it would sit where a quote
// mark opening the text needs a line start) but offsets count it.
func (p *Pipeline) extract(text []byte) *attribute.Result {
	if bytes.HasPrefix(text, bom) {
		return shiftResult(p.extractBody(text[len(bom):]), len(bom))
	}
	return p.extractBody(text)
}

// shiftResult moves every offset of res by d.
func shiftResult(res *attribute.Result, d int) *attribute.Result {
	for i := range res.Quotes {
		res.Quotes[i] = shiftQuote(res.Quotes[i], d)
	}
	for i := range res.People {
		pe := &res.People[i]
		pe.Mentions = shiftMentions(pe.Mentions, d)
		pe.Titles = shiftMentions(pe.Titles, d)
	}
	return res
}

// extractBody is extract after the byte order mark.
func (p *Pipeline) extractBody(text []byte) *attribute.Result {
	l := p.limits
	if len(text) <= l.maxDoc {
		return p.attr.Attribute(text, p.quotes.Extract(text))
	}
	res := &attribute.Result{}
	people := map[[2]string]int{} // name and kind → index in res.People
	start := 0
	for _, end := range parts(text, l.maxDoc) {
		r := p.attr.Attribute(text[start:end], p.quotes.Extract(text[start:end]))
		for _, q := range r.Quotes {
			res.Quotes = append(res.Quotes, shiftQuote(q, start))
		}
		for _, pe := range r.People {
			pe.Mentions = shiftMentions(pe.Mentions, start)
			pe.Titles = shiftMentions(pe.Titles, start)
			key := [2]string{pe.Name, pe.Kind}
			if i, ok := people[key]; ok {
				res.People[i].Mentions = append(res.People[i].Mentions, pe.Mentions...)
				res.People[i].Titles = append(res.People[i].Titles, pe.Titles...)
				continue
			}
			people[key] = len(res.People)
			res.People = append(res.People, pe)
		}
		start = end
	}
	return res
}

// parts returns the end offsets of the parts text is read in: each at
// most limit bytes and, but for the last, more than limit/2, ending
// after a blank line if one is in that range, else after a line break,
// else after a space, else at a rune boundary. The last offset is
// len(text). Each part is scanned once, so this is linear.
func parts(text []byte, limit int) []int {
	var ends []int
	if limit <= 0 { // no limit: one part (and no endless loop)
		return []int{len(text)}
	}
	for start := 0; len(text)-start > limit; {
		end := start + splitAt(text[start:], limit)
		ends = append(ends, end)
		start = end
	}
	return append(ends, len(text))
}

// splitAt returns where to end a part that starts rest, which is longer
// than limit.
func splitAt(rest []byte, limit int) int {
	w := rest[:limit]
	for _, sep := range [][]byte{[]byte("\n\n"), []byte("\n"), []byte(" ")} {
		if i := bytes.LastIndex(w, sep); i >= 0 && i+len(sep) > limit/2 {
			return i + len(sep)
		}
	}
	// No break: end before the rune that straddles limit, if any.
	for i := limit; i > 0 && i > limit-utf8.UTFMax; i-- {
		if utf8.RuneStart(rest[i]) {
			return i
		}
	}
	return limit
}

func shiftQuote(q quote.Quote, d int) quote.Quote {
	q.Start += d
	q.End += d
	q.Open = shiftSpan(q.Open, d)
	q.Close = shiftSpan(q.Close, d)
	if q.Parts != nil {
		ps := make([]quote.Span, len(q.Parts))
		for i, s := range q.Parts {
			ps[i] = shiftSpan(s, d)
		}
		q.Parts = ps
	}
	q.Mention = shiftMention(q.Mention, d)
	q.Cue = shiftMention(q.Cue, d)
	return q
}

// shiftSpan moves s by d; an empty span means "none" and stays zero.
func shiftSpan(s quote.Span, d int) quote.Span {
	if s.Empty() {
		return s
	}
	return quote.Span{Start: s.Start + d, End: s.End + d}
}

// shiftMention moves m by d; the zero Mention means "none".
func shiftMention(m quote.Mention, d int) quote.Mention {
	if m == (quote.Mention{}) {
		return m
	}
	m.Start += d
	m.End += d
	return m
}

func shiftMentions(ms []quote.Mention, d int) []quote.Mention {
	out := make([]quote.Mention, len(ms))
	for i, m := range ms {
		out[i] = shiftMention(m, d)
	}
	return out
}

// ExtractDoc finds the quotes of one document and credits them to
// speakers, as Extract does, and returns its result, which always
// covers the whole text, with the warnings of Warnings as an ErrorList
// (nil when the document is within the limits).
func (p *Pipeline) ExtractDoc(doc Document) (*attribute.Result, error) {
	res, warns := p.extractDoc(doc)
	return res, warns.Err()
}

func (p *Pipeline) extractDoc(doc Document) (*attribute.Result, ErrorList) {
	p = p.ready()
	res := p.extract(doc.Text)
	return res, p.Warnings(doc, res)
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
	return p.Extract(text)
}
