package attribute

import (
	"fmt"
	"os"
	"testing"

	"github.com/verbatim-nlp/verbatim/quote"
)

func TestZZDebug(t *testing.T) {
	p := os.Getenv("DEBUGTXT")
	if p == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(p)
	qs := quote.Extract(src)
	a, _ := New()
	d := newDoc(a, src, qs)
	for i, tk := range d.toks {
		fmt.Printf("%d %q k=%d para=%d sent=%d cap=%v inQ=%v q=%d\n", i, src[tk.s:tk.e], tk.kind, tk.para, tk.sent, tk.cap, tk.inQ, tk.qmark)
	}
	for _, q := range qs {
		fmt.Printf("Q %v %q open=%v close=%v\n", q.Kind, q.Text, q.Open, q.Close)
	}
}
