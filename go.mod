module github.com/verbatim-nlp/verbatim

go 1.22

require github.com/agnivade/levenshtein v1.2.2
