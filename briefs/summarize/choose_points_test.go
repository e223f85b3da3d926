package summarize

import "testing"

func TestIsAside(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"(Alden also bought a stake in Tribune.)", true},
		{"(It was, as he said (twice), a mistake.)", true},
		{"(AP) The lake froze (early).", false},
		{"The lake froze (early)", false},
		{"(Updated) talks resumed.", false},
		{"()", false},
		{"(unclosed", false},
	} {
		if got := isAside(tc.in); got != tc.want {
			t.Errorf("isAside(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestPointOfDropsAsideBrackets checks that a bracketed sentence becomes a
// point without its brackets, its span still naming the text it shows.
func TestPointOfDropsAsideBrackets(t *testing.T) {
	text := "Gannett merged. (Alden also bought a stake.) Shares rose."
	start := len("Gannett merged. ")
	end := start + len("(Alden also bought a stake.)")
	p := pointOf(text, sentence{start: start, end: end})
	if p.Text != "Alden also bought a stake." {
		t.Errorf("point %q, want the sentence without brackets", p.Text)
	}
	if sp := p.Spans[0]; text[sp.Start:sp.End] != p.Text {
		t.Errorf("span names %q, point shows %q", text[sp.Start:sp.End], p.Text)
	}
}
