package sentences

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzSplit checks on any input that Split does not panic, keeps the
// offset contract, and stays within a linear time bound.
func FuzzSplit(f *testing.F) {
	for _, tc := range splitCases {
		f.Add(tc.in)
	}
	for _, p := range pathological(200) {
		f.Add(p.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		start := time.Now()
		got := Split(text)
		// Generous, because fuzz workers share a loaded machine: this catches
		// hangs and quadratic scans, not slow constants.
		if limit := 10*time.Second + time.Duration(len(text))*10*time.Microsecond; time.Since(start) > limit {
			t.Fatalf("Split took %v on %d bytes", time.Since(start), len(text))
		}
		checkOffsets(t, text, got)
		if utf8.ValidString(text) && squeeze(joinTexts(got)) != squeeze(text) {
			t.Fatalf("sentences lose text")
		}
	})
}

// joinTexts concatenates the sentence texts.
func joinTexts(ss []Sentence) string {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString(s.Text)
	}
	return b.String()
}

// pathological builds inputs of size bytes that would be slow for a
// careless segmenter: no spaces, endless stops, unmatched quotes and
// brackets, nested openers, many short lines.
func pathological(size int) []struct{ name, text string } {
	cases := []struct{ name, text string }{
		{"no spaces", "a"},
		{"glued stops", "a."},
		{"dots only", "."},
		{"spaced dots", ". "},
		{"bangs", "!"},
		{"openers", "(\"'["},
		{"closers", ")\"']"},
		{"quoted stops", `"A." `},
		{"markers", "1. "},
		{"letters", "a. b. "},
		{"short lines", "a\n"},
		{"blank lines", "\n"},
		{"CJK", "中文。"},
		{"initialism", "U.S."},
		{"footnotes", "a.1 1 "},
		{"brackets", "[1]"},
		{"bullets", "• "},
		{"invalid", "\xff."},
	}
	for i, c := range cases {
		cases[i].text = strings.Repeat(c.text, size/len(c.text)+1)[:size]
	}
	return cases
}

// TestSplitLinearTime runs the pathological inputs at 1 MB each.
func TestSplitLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	for _, p := range pathological(1 << 20) {
		text := p.text
		start := time.Now()
		got := Split(text)
		elapsed := time.Since(start)
		t.Logf("%-12s %8d bytes %5d sentences %v", p.name, len(text), len(got), elapsed)
		if elapsed > 5*time.Second { // generous: a quadratic scan would take minutes
			t.Errorf("%s: %v for 1 MB", p.name, elapsed)
		}
	}
}
