// Package input reads articles into Documents, one Reader per file
// format behind one small interface: Text (.txt, and any file named
// directly whose format is not known), JSONL (.jsonl, one article per
// line) and, in package input/html, saved web pages (.html, .htm)
// through go-readability. A format's package registers its Reader
// (Register), as image/png does for image.Decode, so that a program
// that reads only text does not carry an HTML parser: verbatim.Load
// reads web pages once the program imports
//
//	_ "github.com/verbatim-nlp/verbatim/input/html"
//
// A JSON Lines article is an object {"id", "outlet", "url",
// "published", "title", "text"}, only "text" required. The outlet is
// also read from "publisher" (as PolNeAR gives it), "site_name" or
// "source" when "outlet" is absent, and the date from
// "publication_date"; see JSONL.
//
// A new format is one file that implements Reader and registers it,
// and its test.
//
// Document, Error and ErrorList are defined here and used by package
// verbatim under the same names.
package input
