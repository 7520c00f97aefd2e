package verbatim

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// A Document is one article to read.
type Document struct {
	// Name identifies the document in results: the path as given, or
	// for an article from a JSON Lines file, "FILE#ID" (or "FILE:LINE"
	// when it has no id).
	Name string `json:"doc"`
	// Text is the article. Every offset Verbatim reports is a byte
	// offset into Text.
	Text []byte `json:"-"`
	// Outlet, URL, Published and Title are optional metadata that travel
	// with every quote of the document.
	Outlet    string `json:"outlet,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Title     string `json:"title,omitempty"`
}

// An Error is a problem with one input, positioned by path and, where
// it applies, line.
type Error struct {
	Path string
	Line int // 1-based line in a JSON Lines file; 0 when it does not apply
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
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

// Sentinel errors of Load.
var (
	// ErrNoText reports a JSON Lines article without a "text" field.
	ErrNoText = errors.New("verbatim: article has no text")
	// ErrNotRegular reports a path that is neither a folder nor a
	// regular file (a pipe, a device): reading it might never end.
	ErrNotRegular = errors.New("verbatim: not a regular file")
	// ErrFileTooLarge reports a file over MaxFileBytes.
	ErrFileTooLarge = errors.New("verbatim: file too large")
)

// MaxFileBytes is the largest file Load reads. Articles are kilobytes;
// a larger file is most likely not news, and is reported, not read.
const MaxFileBytes = 1 << 30

// readRegular reads the regular file at path (following symbolic
// links), refusing pipes, devices and files over MaxFileBytes.
func readRegular(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, ErrNotRegular
	}
	if info.Size() > MaxFileBytes {
		return nil, fmt.Errorf("%w (%d bytes, limit %d)", ErrFileTooLarge, info.Size(), MaxFileBytes)
	}
	return os.ReadFile(path)
}

// Load reads the documents at paths: files, and folders searched
// recursively for the file types it knows: .txt, plain text; .html and
// .htm, saved web pages whose article body ReadHTML extracts (offsets
// then index the extracted text in Document.Text, not the HTML); and
// .jsonl, one article per line as {"id", "outlet", "url", "published",
// "title", "text"}, only text required. It returns every document it
// could read, in the order of paths and, within a folder, of file
// names, together with an ErrorList for the paths and lines it could
// not read; those do not stop the others. A file named directly is
// read whatever its extension is, as text unless it ends in .jsonl,
// .html or .htm.
func Load(paths ...string) ([]Document, error) {
	var docs []Document
	var errs ErrorList
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &Error{Path: p, Err: err})
			continue
		}
		if !info.IsDir() {
			ds, es := loadFile(p)
			docs, errs = append(docs, ds...), append(errs, es...)
			continue
		}
		var files []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &Error{Path: path, Err: err})
				return nil
			}
			if !d.IsDir() && known(path) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, &Error{Path: p, Err: err})
		}
		sort.Strings(files)
		for _, f := range files {
			ds, es := loadFile(f)
			docs, errs = append(docs, ds...), append(errs, es...)
		}
	}
	return docs, errs.Err()
}

func known(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".jsonl", ".html", ".htm":
		return true
	}
	return false
}

func loadFile(path string) ([]Document, ErrorList) {
	b, err := readRegular(path)
	if err != nil {
		return nil, ErrorList{{Path: path, Err: err}}
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl":
		return ReadJSONL(path, b)
	case ".html", ".htm":
		d, err := ReadHTML(path, b)
		if err != nil {
			return nil, ErrorList{{Path: path, Err: err}}
		}
		return []Document{d}, nil
	}
	return []Document{{Name: path, Text: b}}, nil
}

// jsonArticle is one line of a JSON Lines article file.
type jsonArticle struct {
	ID        string  `json:"id"`
	Outlet    string  `json:"outlet"`
	URL       string  `json:"url"`
	Published string  `json:"published"`
	Title     string  `json:"title"`
	Text      *string `json:"text"`
}

// ReadJSONL reads articles, one JSON object per line, from b; name is
// the file's name for Document names and errors. Blank lines are
// skipped; a line that is not an article is an Error with its line
// number, and the other lines are still read.
func ReadJSONL(name string, b []byte) ([]Document, ErrorList) {
	var docs []Document
	var errs ErrorList
	for line := 1; len(b) > 0; line++ {
		raw := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			raw, b = b[:i], b[i+1:]
		} else {
			b = nil
		}
		raw = bytes.TrimSpace(raw)
		if len(raw) == 0 {
			continue
		}
		var a jsonArticle
		if err := json.Unmarshal(raw, &a); err != nil {
			errs = append(errs, &Error{Path: name, Line: line, Err: err})
			continue
		}
		if a.Text == nil {
			errs = append(errs, &Error{Path: name, Line: line, Err: ErrNoText})
			continue
		}
		id := fmt.Sprintf("%s:%d", name, line)
		if a.ID != "" {
			id = name + "#" + a.ID
		}
		docs = append(docs, Document{Name: id, Text: []byte(*a.Text), Outlet: a.Outlet, URL: a.URL, Published: a.Published, Title: a.Title})
	}
	return docs, errs
}
