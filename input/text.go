package input

import (
	"io"
	"iter"
)

func init() { Register(".txt", Text) }

// Text reads a plain-text file as one Document: its bytes, unchanged,
// are the Text. It is also the Reader of a file named directly whose
// extension no Reader is registered for.
var Text Reader = textReader{}

type textReader struct{}

func (textReader) Read(name, key string, r io.Reader) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		b, err := readAll(r)
		if err != nil {
			yield(Document{}, &Error{Path: name, Err: err})
			return
		}
		yield(Document{Name: name, Key: key, Text: b}, nil)
	}
}
