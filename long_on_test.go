//go:build long

package verbatim

// long is set by "go test -tags long": the 10 MB inputs run too.
const long = true
