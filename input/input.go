package input

import (
	"errors"
	"fmt"
	"io"
	"iter"
	"path/filepath"
	"strings"
	"sync"
)

// A Document is one article to read, as read: its text and metadata
// (verbatim.Document is this type). The same article with its quotes
// found, as package compare reads it, is a compare.Document;
// verbatim's Pipeline.Check builds one from the other.
type Document struct {
	// Name identifies the document in results: the path as given, or
	// for an article from a JSON Lines file, "FILE#ID" (or "FILE:LINE"
	// when it has no id).
	Name string `json:"doc"`
	// Key identifies the article whatever path it was read through, so
	// that quote and cluster ids stay the same between runs: its URL
	// where it has one; else its path relative to the folder given to
	// verbatim.Load or Documents (its file name for a file given directly), in
	// slash form, with "#ID" or ":LINE" for an article of a JSON Lines
	// file. Empty means Name.
	Key string `json:"-"`
	// Text is the article. Every offset Verbatim reports is a byte
	// offset into Text.
	Text []byte `json:"-"`
	// Outlet, URL, Published and Headline (the article's own title, the
	// "title" of a JSON Lines article; a speaker's title is
	// quote.Quote.Title) are optional metadata that travel with every
	// quote of the document.
	Outlet    string `json:"outlet,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Headline  string `json:"title,omitempty"`
}

// An Error is a problem with one input, positioned by path and, where
// it applies, line and column. It prints as "path:line:col: message",
// leaving out what is not known, as go/scanner's errors do.
type Error struct {
	Path string // the file, or the Document's Name
	// Line is 1-based: the line of a JSON Lines file for an article that
	// could not be read, or for a Warning the line of Document.Text
	// where it is; 0 when it does not apply.
	Line int
	// Column is the 1-based byte column in that line of Document.Text,
	// for a Warning; 0 when it does not apply.
	Column int
	Err    error
}

func (e *Error) Error() string {
	pos := e.Path
	if e.Line > 0 {
		pos += fmt.Sprintf(":%d", e.Line)
		if e.Column > 0 {
			pos += fmt.Sprintf(":%d", e.Column)
		}
	}
	if pos = strings.TrimPrefix(pos, ":"); pos == "" {
		return e.Err.Error()
	}
	return pos + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// An ErrorList is a list of input errors. The zero value is an empty
// list ready to use.
type ErrorList []*Error

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Unwrap returns the errors of l, so that errors.Is and errors.As look
// into each of them.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// Err returns l as an error, or nil when l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Sentinel errors of the readers.
var (
	// ErrNoText reports a JSON Lines article without a "text" field.
	ErrNoText = errors.New("input: article has no text")
	// ErrNotRegular reports a path that is neither a folder nor a
	// regular file (a pipe, a device): reading it might never end.
	ErrNotRegular = errors.New("input: not a regular file")
	// ErrFileTooLarge reports a file over MaxFileBytes.
	ErrFileTooLarge = errors.New("input: file too large")
	// ErrBadID reports a JSON Lines "id" that is neither a string nor a
	// number.
	ErrBadID = errors.New(`input: "id" is not a string or a number`)
)

// MaxFileBytes is the largest file a Reader reads whole (a JSON Lines
// file is read a line at a time, and a line may be this long). Articles are kilobytes;
// a larger file is most likely not news, and is reported, not read.
const MaxFileBytes = 1 << 30

// ErrNoReader reports a file whose format no registered Reader reads:
// a saved web page when package input/html is not imported.
var ErrNoReader = errors.New("input: no reader for this file format (for .html and .htm, import github.com/verbatim-nlp/verbatim/input/html)")

// A Reader reads the documents of one file format.
type Reader interface {
	// Read yields the documents of one file, read from r: name names the
	// file in Document names and errors, and key is its part of
	// Document.Key (its path relative to the folder given). Each problem
	// is yielded as an error with a zero Document, an *Error when it has
	// a line; reading goes on where it can.
	Read(name, key string, r io.Reader) iter.Seq2[Document, error]
}

var (
	mu      sync.RWMutex
	readers = map[string]Reader{}
)

// Register makes r the Reader of the files whose name ends in ext (".txt",
// with its dot, any letter case), replacing any earlier one. A format's
// package calls it in its init function, as image/png does for
// image.Decode: package input registers .txt and .jsonl, package
// input/html .html and .htm.
func Register(ext string, r Reader) {
	mu.Lock()
	defer mu.Unlock()
	readers[strings.ToLower(ext)] = r
}

// For returns the Reader registered for the extension of the file name,
// if any.
func For(name string) (Reader, bool) {
	mu.RLock()
	defer mu.RUnlock()
	r, ok := readers[strings.ToLower(filepath.Ext(name))]
	return r, ok
}

// notText lists the extensions of formats that are never plain text: a
// file named with one is refused (ErrNoReader), not read as text, when
// no Reader is registered for it.
var notText = map[string]bool{".html": true, ".htm": true}

// ForFile returns the Reader of a file named directly: the one
// registered for its extension, else Text, the file being read whatever
// its name; ErrNoReader for a format that is not text with no Reader.
func ForFile(name string) (Reader, error) {
	if r, ok := For(name); ok {
		return r, nil
	}
	if notText[strings.ToLower(filepath.Ext(name))] {
		return nil, ErrNoReader
	}
	return Text, nil
}

// readAll reads r whole, up to MaxFileBytes.
func readAll(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxFileBytes {
		return nil, fmt.Errorf("%w (limit %d bytes)", ErrFileTooLarge, MaxFileBytes)
	}
	return b, nil
}

// ReadAll reads r whole, up to MaxFileBytes (ErrFileTooLarge past it),
// for a Reader of a format that needs the whole file.
func ReadAll(r io.Reader) ([]byte, error) { return readAll(r) }
