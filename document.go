package verbatim

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// A Document is one article to read, as read: its text and metadata.
// The same article with its quotes found, as package compare reads it,
// is a compare.Document; Pipeline.Check builds one from the other.
type Document struct {
	// Name identifies the document in results: the path as given, or
	// for an article from a JSON Lines file, "FILE#ID" (or "FILE:LINE"
	// when it has no id).
	Name string `json:"doc"`
	// Key identifies the article whatever path it was read through, so
	// that quote and cluster ids stay the same between runs: its URL
	// where it has one; else its path relative to the folder given to
	// Load or Documents (its file name for a file given directly), in
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
// .html or .htm. Symbolic links to folders are followed, on the command
// line and inside folders; a folder reached again through a link (a
// loop) is reported as ErrSymlinkLoop and read once. A name used twice
// (a repeated path, a repeated id in a JSON Lines file) is reported as
// ErrDuplicateName, and both documents are kept. Both are warnings
// (IsWarning): nothing is left unread.
//
// Load holds every document in memory; Documents yields them one at a
// time.
func Load(paths ...string) ([]Document, error) {
	var docs []Document
	var errs ErrorList
	for d, err := range Documents(paths...) {
		if err != nil {
			errs = append(errs, asError(err))
			continue
		}
		docs = append(docs, d)
	}
	return docs, errs.Err()
}

// asError returns err as an *Error (Documents yields only those).
func asError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return &Error{Err: err}
}

// Sentinel errors of Documents and Load.
var (
	// ErrSymlinkLoop reports a folder reached a second time through a
	// symbolic link (a link to a folder above it, a loop, two paths to
	// one folder). It is read once, not again; this is a warning.
	ErrSymlinkLoop = errors.New("verbatim: folder already read (a symbolic link leads to it again); not read twice")
	// ErrDuplicateName reports a document whose name an earlier one has
	// (a path given twice, an id repeated in a JSON Lines file). Both
	// are read; check's report tells them apart by a suffix ~2, ~3….
	ErrDuplicateName = errors.New("verbatim: document name used before; names should be unique")
	// ErrBadID reports a JSON Lines "id" that is neither a string nor a
	// number.
	ErrBadID = errors.New(`verbatim: "id" is not a string or a number`)
)

// IsWarning reports whether err, from Load or Documents, is only a
// warning: nothing was left unread (a name used twice, a folder
// reached twice).
func IsWarning(err error) bool {
	return errors.Is(err, ErrDuplicateName) || errors.Is(err, ErrSymlinkLoop)
}

// Documents yields the documents at paths, in the order Load returns
// them, reading one file at a time and a JSON Lines file one line at a
// time, so that a caller that handles each document in turn holds one
// document in memory, whatever the size of the corpus. Each problem is
// yielded as an *Error with a zero Document; the others go on. Paths
// and folders are as for Load.
func Documents(paths ...string) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		seen := map[string]int{} // document name → times seen
		emit := func(d Document, err error) bool {
			if err == nil {
				if seen[d.Name]++; seen[d.Name] > 1 {
					if !yield(Document{}, &Error{Path: d.Name, Err: ErrDuplicateName}) {
						return false
					}
				}
			}
			return yield(d, err)
		}
		for _, p := range paths {
			info, err := os.Stat(p)
			if err != nil {
				if !emit(Document{}, &Error{Path: p, Err: err}) {
					return
				}
				continue
			}
			if !info.IsDir() {
				if !loadFile(p, filepath.Base(p), emit) {
					return
				}
				continue
			}
			var files []string
			w := walker{dirs: map[fileID]bool{}, files: &files, report: func(e *Error) bool { return emit(Document{}, e) }}
			if !w.walk(p, info, 0) {
				return
			}
			sort.Strings(files)
			for _, f := range files {
				rel, err := filepath.Rel(p, f)
				if err != nil {
					rel = f
				}
				if !loadFile(f, filepath.ToSlash(rel), emit) {
					return
				}
			}
		}
	}
}

// walker lists the article files under a folder, following symbolic
// links to folders; dirs holds the folders read, so that none is read
// twice and a link loop ends.
type walker struct {
	dirs   map[fileID]bool
	files  *[]string
	report func(*Error) bool // false: stop
}

// maxWalkDepth bounds how deep folders nest, so that a link loop ends
// even where files have no identity (idOf).
const maxWalkDepth = 256

// walk lists dir, whose os.Stat is info, depth folders below the path
// given; it returns false to stop.
func (w *walker) walk(dir string, info fs.FileInfo, depth int) bool {
	if depth > maxWalkDepth {
		return w.report(&Error{Path: dir, Err: ErrSymlinkLoop})
	}
	if id, ok := idOf(info); ok {
		if w.dirs[id] {
			return w.report(&Error{Path: dir, Err: ErrSymlinkLoop})
		}
		w.dirs[id] = true
	}
	entries, err := os.ReadDir(dir)
	if err != nil && !w.report(&Error{Path: dir, Err: err}) {
		return false
	}
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		switch {
		case e.IsDir():
			info, err := e.Info()
			if err != nil {
				if !w.report(&Error{Path: path, Err: err}) {
					return false
				}
				continue
			}
			if !w.walk(path, info, depth+1) {
				return false
			}
		case e.Type()&fs.ModeSymlink != 0:
			info, err := os.Stat(path)
			switch {
			case err != nil && known(path):
				// A dangling link named like an article: say so.
				if !w.report(&Error{Path: path, Err: err}) {
					return false
				}
			case err != nil:
				// A dangling link to something that is not an article
				// is skipped like any other file that is not one.
			case info.IsDir():
				if !w.walk(path, info, depth+1) {
					return false
				}
			case known(path):
				*w.files = append(*w.files, path)
			}
		case known(path):
			*w.files = append(*w.files, path)
		}
	}
	return true
}

func known(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".jsonl", ".html", ".htm":
		return true
	}
	return false
}

// loadFile yields the documents of the file at path, key being the
// path relative to the folder given (see Document.Key); it returns
// false when yield asked to stop.
func loadFile(path, key string, yield func(Document, error) bool) bool {
	if strings.ToLower(filepath.Ext(path)) == ".jsonl" {
		return streamJSONL(path, key, yield)
	}
	b, err := readRegular(path)
	if err != nil {
		return yield(Document{}, &Error{Path: path, Err: err})
	}
	if ext := strings.ToLower(filepath.Ext(path)); ext == ".html" || ext == ".htm" {
		d, err := ReadHTML(path, b)
		if err != nil {
			return yield(Document{}, &Error{Path: path, Err: err})
		}
		d.Key = key
		if d.URL != "" {
			d.Key = d.URL
		}
		return yield(d, nil)
	}
	return yield(Document{Name: path, Key: key, Text: b}, nil)
}

// streamJSONL yields the articles of the JSON Lines file at path one
// line at a time. The file may be of any size; a line may not be over
// MaxFileBytes.
func streamJSONL(path, key string, yield func(Document, error) bool) bool {
	// Stat before opening: opening a named pipe blocks.
	info, err := os.Stat(path)
	if err == nil && !info.Mode().IsRegular() {
		err = ErrNotRegular
	}
	var f *os.File
	if err == nil {
		f, err = os.Open(path)
	}
	if err != nil {
		return yield(Document{}, &Error{Path: path, Err: err})
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 64<<10)
	j := jsonlReader{name: path, key: key}
	for line := 1; ; line++ {
		raw, err := readLine(r)
		if len(raw) > 0 || err == nil {
			d, e := j.line(line, raw)
			if (e != nil || d.Name != "") && !yield(d, e) {
				return false
			}
		}
		switch {
		case err == io.EOF:
			return true
		case err == errLineTooLong: // reported; the next line is read
			if !yield(Document{}, &Error{Path: path, Line: line, Err: err}) {
				return false
			}
		case err != nil:
			return yield(Document{}, &Error{Path: path, Line: line, Err: err})
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
	return Document{Name: name, Key: key, Text: []byte(*a.Text), Outlet: a.Outlet, URL: a.URL, Published: a.Published, Headline: a.Title}, nil
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

// ReadJSONL reads articles, one JSON object per line, from b; name is
// the file's name for Document names and errors (its last element, for
// Document.Key, as for a file given to Load). Blank lines and a
// byte order mark are skipped; a line that is not an article is an
// Error with its line number, and the other lines are still read. An
// "id" may be a string or a number.
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
			errs = append(errs, asError(err))
		case d.Name != "":
			docs = append(docs, d)
		}
	}
	return docs, errs
}
