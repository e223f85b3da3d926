package assets

import (
	"bytes"
	"strings"
	"testing"
)

func TestFont(t *testing.T) {
	tests := []struct {
		name   string
		family string
		style  FontStyle
		ok     bool
	}{
		{"sans regular", SansFamily, Regular, true},
		{"sans bold", SansFamily, Bold, true},
		{"sans oblique", SansFamily, Italic, true},
		{"sans bold oblique", SansFamily, BoldItalic, true},
		{"serif regular", SerifFamily, Regular, true},
		{"serif bold", SerifFamily, Bold, true},
		{"serif italic", SerifFamily, Italic, true},
		{"serif bold italic is not embedded", SerifFamily, BoldItalic, false},
		{"unknown family", "Comic", Regular, false},
		{"unknown style", SansFamily, "X", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := Font(tt.family, tt.style)
			if (err == nil) != tt.ok || HasFont(tt.family, tt.style) != tt.ok {
				t.Fatalf("Font(%q, %q) error = %v, want ok=%v", tt.family, tt.style, err, tt.ok)
			}
			if tt.ok && !bytes.HasPrefix(data, []byte{0, 1, 0, 0}) {
				t.Errorf("Font(%q, %q) is not a TrueType file: % x", tt.family, tt.style, data[:4])
			}
		})
	}
}

func TestFontReturnsACopy(t *testing.T) {
	a, _ := Font(SansFamily, Regular)
	a[0] = 'X'
	b, _ := Font(SansFamily, Regular)
	if b[0] == 'X' {
		t.Fatal("changing the returned bytes changed the embedded font")
	}
}

func TestFontLicense(t *testing.T) {
	if !strings.Contains(FontLicense(), "Bitstream") {
		t.Fatal("licence text does not mention Bitstream Vera")
	}
}
