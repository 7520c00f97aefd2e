package verbatim

import (
	"errors"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"sort"

	"github.com/verbatim-nlp/verbatim/input"
)

// A Document is one article to read, as read: its text and metadata
// (see input.Document). The same article with its quotes found, as
// package compare reads it, is a compare.Document; Pipeline.Check
// builds one from the other.
type Document = input.Document

// An Error is a problem with one input, positioned by path and, where
// it applies, line and column (see input.Error).
type Error = input.Error

// An ErrorList is a list of input errors; the zero value is an empty
// list ready to use (see input.ErrorList).
type ErrorList = input.ErrorList

// Sentinel errors of the readers (package input).
var (
	ErrNoText       = input.ErrNoText
	ErrNotRegular   = input.ErrNotRegular
	ErrFileTooLarge = input.ErrFileTooLarge
	ErrBadID        = input.ErrBadID
	ErrNoReader     = input.ErrNoReader
)

// MaxFileBytes is the largest file Load reads whole (input.MaxFileBytes).
const MaxFileBytes = input.MaxFileBytes

// bom is the UTF-8 byte order mark.
var bom = []byte("\uFEFF")

// Load reads the documents at paths: files, and folders searched
// recursively for the file types a Reader of package input is
// registered for: .txt, plain text; .jsonl, one article per line as
// {"id", "outlet", "url", "published", "title", "text"}, only text
// required; and, once the program imports package input/html, .html
// and .htm, saved web pages whose article body is extracted (offsets
// then index the extracted text in Document.Text, not the HTML). It
// returns every document it
// could read, in the order of paths and, within a folder, of file
// names, together with an ErrorList for the paths and lines it could
// not read; those do not stop the others. A file named directly is
// read with the Reader of its extension, else as text (a web page with
// no Reader is refused: ErrNoReader). Symbolic links to folders are followed, on the command
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
			errs = append(errs, input.AsError(err))
			continue
		}
		docs = append(docs, d)
	}
	return docs, errs.Err()
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
	_, ok := input.For(path)
	return ok
}

// loadFile yields the documents of the file at path, key being the
// path relative to the folder given (see Document.Key), read by the
// Reader of its format; it returns false when yield asked to stop.
func loadFile(path, key string, yield func(Document, error) bool) bool {
	r, err := input.ForFile(path)
	// Stat before opening: opening a named pipe blocks.
	var info fs.FileInfo
	if err == nil {
		info, err = os.Stat(path)
	}
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
	for d, err := range r.Read(path, key, f) {
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				err = &Error{Path: path, Err: err}
			}
		}
		if !yield(d, err) {
			return false
		}
	}
	return true
}

// ReadJSONL reads articles, one JSON object per line, from b, as
// input.ReadJSONL does.
func ReadJSONL(name string, b []byte) ([]Document, ErrorList) {
	return input.ReadJSONL(name, b)
}
