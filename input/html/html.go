package html

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	nurl "net/url"
	"strings"
	"time"
	"unicode/utf8"

	readability "github.com/go-shiori/go-readability"
	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/verbatim-nlp/verbatim/input"
)

func init() {
	input.Register(".html", Reader)
	input.Register(".htm", Reader)
}

// Reader is the input.Reader of saved web pages: one Document per page,
// as Read makes it, whose Key is its canonical URL, else the file's key.
var Reader input.Reader = reader{}

type reader struct{}

func (reader) Read(name, key string, r io.Reader) iter.Seq2[input.Document, error] {
	return func(yield func(input.Document, error) bool) {
		b, err := input.ReadAll(r)
		if err != nil {
			yield(input.Document{}, &input.Error{Path: name, Err: err})
			return
		}
		d, err := Read(name, b)
		if err != nil {
			yield(input.Document{}, &input.Error{Path: name, Err: err})
			return
		}
		d.Key = key
		if d.URL != "" {
			d.Key = d.URL
		}
		yield(d, nil)
	}
}

// Sentinel errors of Read.
var (
	ErrNoArticle = errors.New("html: no article text found in the HTML page")
	ErrTooLarge  = errors.New("html: HTML page has too many elements or is nested too deeply")
)

// Bounds on the pages Read accepts. Readability scores every
// element several times and walks each one's ancestors, so its time
// grows with elements × depth; real article pages stay far below both.
const (
	maxHTMLElements = 200_000
	maxHTMLDepth    = 256
	// maxHTMLWork bounds the sum over elements of their depth, which
	// is what readability's ancestor walks cost: 200,000 elements 250
	// deep passed the two bounds above and took half a minute. A large
	// real page (10,000 elements about 30 deep) is 300,000.
	maxHTMLWork = 4_000_000
)

// Read reads one saved web page: go-readability picks out the
// article body, so navigation, scripts, asides and footers are left
// out, and the body is turned into plain text with one blank line
// between paragraphs. That plain text is the Document's Text, and every
// offset Verbatim reports for the page indexes it, not the HTML source.
//
// Headline comes from the page's headline, Outlet from its site name,
// Published from its publication date (RFC 3339) and URL from its
// canonical link; name is the page's name for the Document and errors.
// A page whose encoding is declared in a meta tag is decoded to UTF-8.
// Nothing is fetched: relative links are not resolved and no network
// is used.
func Read(name string, b []byte) (input.Document, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return input.Document{}, ErrNoArticle
	}
	r, err := charset.NewReader(bytes.NewReader(b), "text/html")
	if err != nil {
		return input.Document{}, err
	}
	src, err := io.ReadAll(r)
	if err != nil {
		return input.Document{}, err
	}
	// Bound the page with the tokenizer before the parser sees it: the
	// tree builder and readability are the costly parts, and a page that
	// is too large must not reach them.
	if err := prescan(src); err != nil {
		return input.Document{}, err
	}
	root, err := xhtml.Parse(bytes.NewReader(src))
	if err != nil {
		return input.Document{}, err
	}
	if tooLarge(root) {
		return input.Document{}, ErrTooLarge
	}
	canonical := pageURL(root)
	var base *nurl.URL
	if u, err := nurl.Parse(canonical); err == nil && u.IsAbs() {
		base = u
	}
	p := readability.NewParser() // a Parser keeps state: one per page
	art, err := p.ParseDocument(root, base)
	if err != nil {
		return input.Document{}, fmt.Errorf("%w: %v", ErrNoArticle, err)
	}
	var t textWriter
	if art.Node != nil {
		t.node(art.Node)
	}
	text := bytes.TrimSpace(t.buf.Bytes())
	if len(text) == 0 {
		return input.Document{}, ErrNoArticle
	}
	d := input.Document{Name: name, Text: text, Headline: clean(art.Title), Outlet: clean(art.SiteName), URL: canonical}
	if art.PublishedTime != nil {
		d.Published = art.PublishedTime.Format(time.RFC3339)
	}
	return d, nil
}

// prescan tokenizes src, which costs time linear in its length, and
// returns ErrTooLarge when it has more than maxHTMLElements tags, nests
// more than maxHTMLDepth elements, or its elements' depths add up to
// more than maxHTMLWork. Depth counts open elements
// whose end tag is required, so that a page of unclosed <p> or <li>
// elements (which the parser closes itself) is not refused; an end tag
// closes the innermost open element of its name, as the parser does.
func prescan(src []byte) error {
	z := xhtml.NewTokenizer(bytes.NewReader(src))
	var open []string
	elems, work := 0, 0
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			if z.Err() == io.EOF {
				return nil
			}
			return z.Err()
		case xhtml.SelfClosingTagToken:
			if elems++; elems > maxHTMLElements {
				return ErrTooLarge
			}
		case xhtml.StartTagToken:
			if elems++; elems > maxHTMLElements {
				return ErrTooLarge
			}
			name, _ := z.TagName()
			if a := atom.Lookup(name); isVoid(a) || endOptional(a) {
				continue
			}
			if open = append(open, string(name)); len(open) > maxHTMLDepth {
				return ErrTooLarge
			}
			if work += len(open); work > maxHTMLWork {
				return ErrTooLarge
			}
		case xhtml.EndTagToken:
			name, _ := z.TagName()
			for i := len(open) - 1; i >= 0; i-- {
				if open[i] == string(name) {
					open = open[:i]
					break
				}
			}
		}
	}
}

// isVoid reports whether an element has no content and no end tag.
func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Keygen, atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// endOptional reports whether an element's end tag may be left out, so
// that the parser, not the page, decides where it ends.
func endOptional(a atom.Atom) bool {
	switch a {
	case atom.Html, atom.Head, atom.Body, atom.P, atom.Li, atom.Dt, atom.Dd, atom.Option, atom.Optgroup,
		atom.Tr, atom.Td, atom.Th, atom.Thead, atom.Tbody, atom.Tfoot, atom.Colgroup, atom.Caption,
		atom.Rb, atom.Rt, atom.Rp, atom.Rtc:
		return true
	}
	return false
}

// tooLarge reports whether the tree under root exceeds maxHTMLElements,
// maxHTMLDepth or maxHTMLWork. It walks without recursion, so depth costs no stack.
func tooLarge(root *xhtml.Node) bool {
	elems, depth, work := 0, 0, 0
	n := root
	for n != nil {
		if n.Type == xhtml.ElementNode {
			if elems++; elems > maxHTMLElements {
				return true
			}
			if work += depth; work > maxHTMLWork {
				return true
			}
		}
		if n.FirstChild != nil {
			if depth++; depth > maxHTMLDepth {
				return true
			}
			n = n.FirstChild
			continue
		}
		for n != nil && n.NextSibling == nil {
			n = n.Parent
			depth--
		}
		if n != nil {
			n = n.NextSibling
		}
	}
	return false
}

// pageURL returns the page's canonical link or og:url, or "".
func pageURL(n *xhtml.Node) string {
	var canon, og string
	var walk func(*xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode {
			switch n.DataAtom {
			case atom.Link:
				if canon == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
					canon = attr(n, "href")
				}
			case atom.Meta:
				if og == "" && attr(n, "property") == "og:url" {
					og = attr(n, "content")
				}
			case atom.Body:
				return // the head holds them; don't walk the whole page
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	if canon != "" {
		return strings.TrimSpace(canon)
	}
	return strings.TrimSpace(og)
}

func attr(n *xhtml.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// clean collapses white space in a one-line metadata value.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// textWriter turns the article's DOM into plain text: white space
// inside a paragraph collapses to one space, paragraphs and other
// blocks are separated by a blank line, and <br> is a line break.
// Quote detection needs the paragraph breaks: a quote left open ends at
// its paragraph, and a multi-paragraph quote reopens at each one.
type textWriter struct {
	buf   bytes.Buffer
	space bool // white space seen since the last word
	brk   int  // pending line breaks (0, 1 or 2)
}

func (t *textWriter) node(n *xhtml.Node) {
	switch n.Type {
	case xhtml.TextNode:
		t.text(n.Data)
		return
	case xhtml.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Svg, atom.Button, atom.Select:
			return
		case atom.Br:
			t.breakLine(1)
			return
		}
	}
	block := n.Type == xhtml.ElementNode && isBlock(n.DataAtom)
	if block {
		t.breakLine(2)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.node(c)
	}
	if block {
		t.breakLine(2)
	}
}

func (t *textWriter) breakLine(n int) {
	if t.buf.Len() > 0 && n > t.brk {
		t.brk = n
	}
	t.space = false
}

func (t *textWriter) text(s string) {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if isSpace(r) {
			if t.buf.Len() > 0 && t.brk == 0 {
				t.space = true
			}
			s = s[size:]
			continue
		}
		switch {
		case t.brk > 0:
			t.buf.WriteString("\n\n"[:t.brk])
			t.brk = 0
		case t.space:
			t.buf.WriteByte(' ')
		}
		t.space = false
		if r == utf8.RuneError && size == 1 {
			t.buf.WriteString("\uFFFD")
		} else {
			t.buf.WriteString(s[:size])
		}
		s = s[size:]
	}
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\u00a0':
		return true
	}
	return false
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Li, atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd, atom.Blockquote, atom.Pre,
		atom.Section, atom.Article, atom.Aside, atom.Header, atom.Footer, atom.Main, atom.Nav,
		atom.Figure, atom.Figcaption, atom.Table, atom.Tr, atom.Td, atom.Th, atom.Caption,
		atom.Hr, atom.Address, atom.Details, atom.Summary:
		return true
	}
	return false
}
