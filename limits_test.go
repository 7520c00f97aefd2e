package verbatim

import "testing"

// MaxDocumentBytes keeps parts within what package attribute's 32-bit
// offsets can tokenize; out-of-range values leave the default.
func TestMaxDocumentBytesRange(t *testing.T) {
	for _, tt := range []struct{ n, want int }{
		{4096, 4096},
		{1 << 30, 1 << 30},
		{1<<30 + 1, DefaultMaxDocumentBytes},
		{100, DefaultMaxDocumentBytes},
	} {
		p, err := New(MaxDocumentBytes(tt.n))
		if err != nil {
			t.Fatal(err)
		}
		if p.limits.maxDoc != tt.want {
			t.Errorf("MaxDocumentBytes(%d): limit %d, want %d", tt.n, p.limits.maxDoc, tt.want)
		}
	}
}
