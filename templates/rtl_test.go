package templates

import (
	"strings"
	"testing"
)

func TestShapeArabic(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"latin unchanged", "news", "news"},
		{"lone alef isolated", "ا", "\uFE8D"},
		{"beh beh joins initial then final", "بب", "\uFE91\uFE90"},
		{"beh beh beh has a medial", "ببب", "\uFE91\uFE92\uFE90"},
		{"alef does not join forward", "اب", "\uFE8D\uFE8F"},
		{"lam alef ligature", "لا", "\uFEFB"},
		{"lam alef after a joining letter is final", "بلا", "\uFE91\uFEFC"},
		{"yeh is the last letter of the table", "ي", "\uFEF1"},
		{"persian peh", "پپ", "\uFB58\uFB57"},
		{"marks are skipped when joining", "بَب", "\uFE91\u064E\uFE90"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := shapeArabic(tt.in); got != tt.want {
				t.Errorf("shapeArabic(%q) = %+q, want %+q", tt.in, got, tt.want)
			}
		})
	}
}

func TestVisualOrder(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"hebrew reversed", "שלום", "םולש"},
		{"mark stays after its base", "בְּא", "אבְּ"},
		{"brackets mirrored", "(אב)", "(בא)"},
		{"trailing comma moves left", "שלום,", ",םולש"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := visualOrder(tt.in); got != tt.want {
				t.Errorf("visualOrder(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// texts lists the piece texts left to right.
func texts(ps []piece) string {
	var out []string
	for _, p := range ps {
		out = append(out, p.text)
	}
	return strings.Join(out, " ")
}

func mkPieces(words ...string) []piece {
	var ps []piece
	for i, w := range words {
		ps = append(ps, piece{text: w, rtl: isRTLWord(w), order: i, gap: 1})
	}
	ps[0].gap = 0
	return ps
}

func TestVisualPieces(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		rtl   bool
		want  string
	}{
		{"ltr unchanged", []string{"a", "b", "c"}, false, "a b c"},
		{"rtl run inside ltr reversed", []string{"say", "אב", "גד", "now"}, false, "say גד אב now"},
		{"rtl paragraph reversed", []string{"אב", "גד"}, true, "גד אב"},
		{"ltr run inside rtl kept in order", []string{"אב", "New", "York", "גד"}, true, "גד New York אב"},
		{"number keeps its place", []string{"אב", "2027", "גד"}, true, "גד 2027 אב"},
		{"final stop goes left of a number", []string{"אב", "2027."}, true, ".2027 אב"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := visualPieces(mkPieces(tt.words...), tt.rtl)
			if texts(got) != tt.want {
				t.Errorf("visualPieces(%q) = %q, want %q", tt.words, texts(got), tt.want)
			}
			if got[0].gap != 0 {
				t.Errorf("first visual piece has a gap of %v", got[0].gap)
			}
		})
	}
}
