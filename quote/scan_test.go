package quote

import "testing"

// TestPlainByte: no byte that starts a mark, and no white space, is
// skipped as plain by the parser's fast path.
func TestPlainByte(t *testing.T) {
	for c := range 256 {
		for b := range 256 {
			for _, tail := range [][]byte{{0x82, 0xE2, 0x80, byte(b)}, {byte(b), 0x82, 0, 0}, {0x80, byte(b), 0, 0}, {0xBC, byte(b), 0, 0}} {
				src := append([]byte{byte(c)}, tail...)
				if _, size, _ := decodeMark(src, 0); size > 0 && plainByte[c] {
					t.Fatalf("byte %#x starts a mark in % x but is plain", c, src)
				}
			}
		}
		if isSpace(rune(c)) && c < 0x80 && plainByte[c] {
			t.Errorf("space %#x is plain", c)
		}
	}
}
