package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"path/filepath"
	"strings"
)

func init() { Register(".jsonl", JSONL) }

// JSONL reads a JSON Lines file, one article per line as {"id",
// "outlet", "url", "published", "title", "text"}, only text required,
// one line at a time: the file may be of any size. The outlet may
// instead be given as "publisher" (PolNeAR's field), "site_name" (Open
// Graph's) or "source", the first of these four that is set being
// used, each a string or an object with a string "name"; the date may
// be given as "publication_date". Other fields are ignored. Blank lines and a
// byte order mark are skipped; a line that is not an article is an
// *Error with its line number, and the lines after it are still read.
// An "id" may be a string or a number. A Document is named "FILE#ID",
// or "FILE:LINE" when it has no id; its Key is its URL, else the file's
// key with the same suffix.
var JSONL Reader = jsonlFormat{}

type jsonlFormat struct{}

func (jsonlFormat) Read(name, key string, f io.Reader) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		r := bufio.NewReaderSize(f, 64<<10)
		j := jsonlReader{name: name, key: key}
		for line := 1; ; line++ {
			raw, err := readLine(r)
			if len(raw) > 0 || err == nil {
				d, e := j.line(line, raw)
				if (e != nil || d.Name != "") && !yield(d, e) {
					return
				}
			}
			switch {
			case err == io.EOF:
				return
			case err == errLineTooLong: // reported; the next line is read
				if !yield(Document{}, &Error{Path: name, Line: line, Err: err}) {
					return
				}
			case err != nil:
				yield(Document{}, &Error{Path: name, Line: line, Err: err})
				return
			}
		}
	}
}

// maxLineBytes is the longest JSON Lines line read (a variable so that
// tests can lower it).
var maxLineBytes = MaxFileBytes

// errLineTooLong reports a JSON Lines line over maxLineBytes.
var errLineTooLong = fmt.Errorf("%w: line over %d bytes", ErrFileTooLarge, MaxFileBytes)

// readLine reads one line without its line break. Past maxLineBytes it
// skips the rest of the line and returns errLineTooLong; the next call
// reads the next line.
func readLine(r *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if len(line)+len(chunk) > maxLineBytes {
			for err == bufio.ErrBufferFull {
				_, err = r.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return nil, err
			}
			return nil, errLineTooLong
		}
		line = append(line, chunk...)
		if err != bufio.ErrBufferFull {
			if n := len(line); n > 0 && line[n-1] == '\n' {
				line = line[:n-1]
			}
			return line, err
		}
	}
}

// jsonArticle is one line of a JSON Lines article file.
type jsonArticle struct {
	ID        json.RawMessage `json:"id"`
	Outlet    string          `json:"outlet"`
	URL       string          `json:"url"`
	Published string          `json:"published"`
	Title     string          `json:"title"`
	Text      *string         `json:"text"`

	// Other formats' names for Outlet and Published. They are read
	// leniently (see looseName): a file that was read before they were
	// known must not start failing over them.
	Publisher       json.RawMessage `json:"publisher"`
	SiteName        json.RawMessage `json:"site_name"`
	Source          json.RawMessage `json:"source"`
	PublicationDate json.RawMessage `json:"publication_date"`
}

// outlet returns the article's outlet: "outlet", else the first of
// "publisher", "site_name" and "source" that names one. "source" comes
// last because some formats use it for where a story came from (a wire
// service) rather than who published it.
func (a *jsonArticle) outlet() string {
	if a.Outlet != "" {
		return a.Outlet
	}
	for _, raw := range []json.RawMessage{a.Publisher, a.SiteName, a.Source} {
		if s := looseName(raw); s != "" {
			return s
		}
	}
	return ""
}

// published returns "published", else "publication_date".
func (a *jsonArticle) published() string {
	if a.Published != "" {
		return a.Published
	}
	return looseName(a.PublicationDate)
}

// looseName reads a field that other formats fill in their own ways: a
// string, or an object with a string "name" (as news APIs give a
// source); "" for anything else.
func looseName(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	var o struct {
		Name string `json:"name"`
	}
	if json.Unmarshal(raw, &o) == nil {
		return strings.TrimSpace(o.Name)
	}
	return ""
}

// jsonlReader decodes the lines of one JSON Lines file.
type jsonlReader struct {
	name string
	key  string // the file's part of Document.Key
}

// bom is the UTF-8 byte order mark.
var bom = []byte("\uFEFF")

// line decodes line number n: a Document, an error, or neither for a
// blank line.
func (j *jsonlReader) line(n int, raw []byte) (Document, error) {
	if n == 1 {
		raw = bytes.TrimPrefix(raw, bom) // Windows editors start files with one
	}
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return Document{}, nil
	}
	var a jsonArticle
	if err := json.Unmarshal(raw, &a); err != nil {
		return Document{}, &Error{Path: j.name, Line: n, Err: err}
	}
	if a.Text == nil {
		return Document{}, &Error{Path: j.name, Line: n, Err: ErrNoText}
	}
	id, err := articleID(a.ID)
	if err != nil {
		return Document{}, &Error{Path: j.name, Line: n, Err: err}
	}
	name, key := fmt.Sprintf("%s:%d", j.name, n), fmt.Sprintf("%s:%d", j.key, n)
	if id != "" {
		name, key = j.name+"#"+id, j.key+"#"+id
	}
	if a.URL != "" {
		key = a.URL
	}
	return Document{Name: name, Key: key, Text: []byte(*a.Text), Outlet: a.outlet(), URL: a.URL, Published: a.published(), Headline: a.Title}, nil
}

// articleID returns a JSON id, a string or a number (written as in the
// file), as a string; "" when there is none.
func articleID(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s, nil
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String(), nil
	}
	return "", ErrBadID
}

// ReadJSONL reads articles, one JSON object per line, from b, as JSONL
// does; name is the file's name for Document names and errors (its last
// element, for Document.Key, as for a file given to verbatim.Load).
func ReadJSONL(name string, b []byte) ([]Document, ErrorList) {
	var docs []Document
	var errs ErrorList
	j := jsonlReader{name: name, key: filepath.Base(name)}
	for line := 1; len(b) > 0; line++ {
		raw := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			raw, b = b[:i], b[i+1:]
		} else {
			b = nil
		}
		d, err := j.line(line, raw)
		switch {
		case err != nil:
			errs = append(errs, AsError(err))
		case d.Name != "":
			docs = append(docs, d)
		}
	}
	return docs, errs
}

// AsError returns err as an *Error, wrapping it with no path if it is
// not one.
func AsError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return &Error{Err: err}
}
