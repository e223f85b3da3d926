package summarize

import (
	"strings"
	"unicode/utf8"

	"briefsmith/briefs"
)

// maxPointBytes is the longest sentence a point may quote whole; a longer
// one is absurd (a run-on page with no sentence breaks) and is cut at a word
// boundary.
const maxPointBytes = 800

// pointOf makes the point for sentence s of text: its text with white space
// collapsed and its span, cut when absurdly long.
func pointOf(text string, s sentence) briefs.Point {
	start, end := s.start, s.end
	if isAside(text[start:end]) {
		start, end = start+1, end-1
	}
	if end-start > maxPointBytes {
		end = start + wordCut(text[start:end], maxPointBytes)
	}
	return briefs.Point{
		Text:  collapseSpace(text[start:end]),
		Spans: []briefs.Span{{Start: start, End: end}},
	}
}

// isAside reports whether s is a whole sentence in brackets, "(Alden
// also bought a stake.)": one pair that opens at its first byte and closes
// at its last. A point drops the brackets, which only set the sentence
// aside in the article.
func isAside(s string) bool {
	if len(s) < 3 || s[0] != '(' || s[len(s)-1] != ')' {
		return false
	}
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 && i < len(s)-1 {
				return false // "(AP) The lake froze (early)" is two pairs
			}
		}
	}
	return depth == 0
}

// wordCut returns a byte length of at most max at which s can be cut: the
// last white space in the second half before max, else a rune boundary,
// with trailing punctuation and spaces excluded. It is never 0 for max > 0.
func wordCut(s string, max int) int {
	if len(s) <= max {
		return len(s)
	}
	n := runeBoundary(s, max)
	if i := strings.LastIndexAny(s[:n], " \t\n"); i > max/2 {
		n = i
	}
	if t := len(strings.TrimRight(s[:n], " \t\r\n,;:-–—(")); t > 0 {
		n = t
	}
	return n
}

// runeBoundary returns the start of the rune holding byte n of s, or n
// itself when the bytes there are not UTF-8.
func runeBoundary(s string, n int) int {
	for i := n; i > 0 && i > n-utf8.UTFMax; i-- {
		if utf8.RuneStart(s[i]) {
			return i
		}
	}
	return n
}
