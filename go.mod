module github.com/verbatim-nlp/verbatim

go 1.22
