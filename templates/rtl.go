package templates

import (
	"strings"
	"unicode"
)

// gofpdf has no bidi algorithm and no shaping, so right-to-left text is
// prepared here: each Arabic word is shaped into presentation forms (the
// joined letter shapes DejaVu Sans carries), every right-to-left word is
// written in visual order, and the words of a line are ordered right to
// left. This is a simplified bidi (one level of embedding, neutral words
// follow the paragraph) that reads correctly for ordinary news text.

// isRTLRune reports whether r is a strong right-to-left letter.
func isRTLRune(r rune) bool {
	return unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko) &&
		!unicode.IsDigit(r) && !unicode.IsPunct(r) && !unicode.Is(unicode.Mn, r)
}

// isLTRRune reports whether r is a strong left-to-right letter.
func isLTRRune(r rune) bool {
	return unicode.IsLetter(r) && !isRTLRune(r)
}

// hasSemitic reports whether s holds Arabic or Hebrew script, which DejaVu
// Serif does not cover.
func hasSemitic(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Arabic, unicode.Hebrew) {
			return true
		}
	}
	return false
}

// firstStrong returns +1 when the first strong letter of s is left-to-right,
// -1 when it is right-to-left and 0 when s has none.
func firstStrong(s string) int {
	for _, r := range s {
		switch {
		case isRTLRune(r):
			return -1
		case isLTRRune(r):
			return 1
		}
	}
	return 0
}

// isRTLWord reports whether a word reads right to left.
func isRTLWord(w string) bool { return firstStrong(w) < 0 }

// isRTLParagraph reports whether a paragraph's first strong letter is
// right-to-left.
func isRTLParagraph(spans []span) bool {
	for _, sp := range spans {
		if dir := firstStrong(sp.text); dir != 0 {
			return dir < 0
		}
	}
	return false
}

// visualOrder reverses a right-to-left word into the left-to-right order it
// is drawn in, keeping combining marks after their base letter and
// mirroring brackets.
func visualOrder(word string) string {
	var clusters [][]rune
	for _, r := range word {
		if n := len(clusters); n > 0 && unicode.Is(unicode.Mn, r) {
			clusters[n-1] = append(clusters[n-1], r)
			continue
		}
		clusters = append(clusters, []rune{mirror(r)})
	}
	out := make([]rune, 0, len(word))
	for i := len(clusters) - 1; i >= 0; i-- {
		out = append(out, clusters[i]...)
	}
	return string(out)
}

// mirror returns the bracket facing the other way.
func mirror(r rune) rune {
	switch r {
	case '(':
		return ')'
	case ')':
		return '('
	case '[':
		return ']'
	case ']':
		return '['
	case '{':
		return '}'
	case '}':
		return '{'
	case '«':
		return '»'
	case '»':
		return '«'
	}
	return r
}

// visualPieces returns a line's pieces in left-to-right drawing order, each
// with the gap that precedes it on the page. In a right-to-left paragraph
// the whole line is reversed and runs of left-to-right words are turned back;
// in a left-to-right one only runs of right-to-left words are reversed.
func visualPieces(ps []piece, rtlPara bool) []piece {
	out := make([]piece, len(ps))
	copy(out, ps)
	if rtlPara {
		for i := range out {
			if !out[i].rtl && (i == len(out)-1 || out[i+1].rtl) {
				out[i].text = leadingPunct(out[i].text)
			}
		}
		reversePieces(out)
	}
	for i := 0; i < len(out); i++ {
		if out[i].rtl == rtlPara || isNeutral(out[i]) {
			continue
		}
		j := runEnd(out, i, rtlPara)
		reversePieces(out[i:j])
		i = j - 1
	}
	return withVisualGaps(out, ps)
}

// leadingPunct moves the sentence punctuation at the end of a
// left-to-right word to its front: in a right-to-left paragraph, a full stop
// after "2027" belongs to the paragraph and is drawn to the number's left.
func leadingPunct(s string) string {
	t := strings.TrimRight(s, ".,:;!?")
	if t == "" || t == s {
		return s
	}
	return s[len(t):] + t
}

// runEnd returns the end of the run of embedded (opposite-direction) words
// starting at i: neutral pieces between two embedded words belong to it.
func runEnd(ps []piece, i int, rtlPara bool) int {
	end := i + 1
	for j := i + 1; j < len(ps); j++ {
		if ps[j].rtl == rtlPara && !isNeutral(ps[j]) {
			break
		}
		if !isNeutral(ps[j]) {
			end = j + 1
		}
	}
	return end
}

// isNeutral reports whether a piece has no strong letter (numbers, dashes).
func isNeutral(p piece) bool { return firstStrong(p.text) == 0 }

// withVisualGaps gives each visual piece the space that separates it from
// its left neighbour: the gap of whichever of the two comes later in
// reading order.
func withVisualGaps(vis, logical []piece) []piece {
	for i := range vis {
		if i == 0 {
			vis[i].gap = 0
			continue
		}
		later := max(vis[i-1].order, vis[i].order)
		vis[i].gap = logical[later].gap
	}
	return vis
}

func reversePieces(ps []piece) {
	for i, j := 0, len(ps)-1; i < j; i, j = i+1, j-1 {
		ps[i], ps[j] = ps[j], ps[i]
	}
}
