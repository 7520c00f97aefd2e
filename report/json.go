package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/verbatim-nlp/verbatim/compare"
)

// JSON writes rep as "verbatim check -format json" prints it: the
// bytes of a json.Encoder with two-space indent and no HTML escaping,
// but written one array element at a time. Encoding the whole report at
// once held its JSON twice (compact, then indented) besides the
// report, which on large runs cost more memory than the report itself.
func JSON(w io.Writer, rep *compare.Report) error {
	bw := bufio.NewWriter(w)
	s := jsonStream{w: bw}
	s.enc = json.NewEncoder(&s.buf)
	s.enc.SetEscapeHTML(false)
	s.enc.SetIndent("    ", "  ") // elements sit two levels deep
	bw.WriteString("{\n")
	array(&s, "documents", rep.Documents, false)
	array(&s, "speakers", rep.Speakers, false)
	array(&s, "quotes", rep.Quotes, false)
	array(&s, "clusters", rep.Clusters, false)
	array(&s, "flags", rep.Flags, true)
	bw.WriteString("}\n")
	if s.err != nil {
		return s.err
	}
	return bw.Flush()
}

type jsonStream struct {
	w   *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder
	err error
}

// array writes one field of the report whose value is a slice.
func array[T any](s *jsonStream, name string, v []T, last bool) {
	if s.err != nil {
		return
	}
	s.w.WriteString(`  "` + name + `": `)
	switch {
	case v == nil:
		s.w.WriteString("null")
	case len(v) == 0:
		s.w.WriteString("[]")
	default:
		s.w.WriteString("[\n")
		for i := range v {
			s.buf.Reset()
			if err := s.enc.Encode(&v[i]); err != nil {
				s.err = err
				return
			}
			s.w.WriteString("    ")
			s.w.Write(bytes.TrimSuffix(s.buf.Bytes(), []byte("\n")))
			if i < len(v)-1 {
				s.w.WriteByte(',')
			}
			s.w.WriteByte('\n')
		}
		s.w.WriteString("  ]")
	}
	if !last {
		s.w.WriteByte(',')
	}
	s.w.WriteByte('\n')
}
