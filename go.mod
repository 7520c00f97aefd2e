module github.com/verbatim-nlp/verbatim

go 1.23.0

require (
	github.com/agnivade/levenshtein v1.2.2
	github.com/go-shiori/go-readability v0.0.0-20251205110129-5db1dc9836f0
	golang.org/x/net v0.38.0
)

require (
	github.com/andybalholm/cascadia v1.3.3 // indirect
	github.com/araddon/dateparse v0.0.0-20210429162001-6b43995a97de // indirect
	github.com/go-shiori/dom v0.0.0-20230515143342-73569d674e1c // indirect
	github.com/gogs/chardet v0.0.0-20211120154057-b7413eaefb8f // indirect
	golang.org/x/text v0.23.0 // indirect
)
