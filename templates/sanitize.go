package templates

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Length limits applied before text reaches the PDF library. They are far
// above anything a real brief holds and exist only so that pathological input
// (a 1 MB line with no spaces) cannot make rendering slow.
const (
	maxLineRunes      = 500  // titles, headlines, names, source fields
	maxParagraphRunes = 6000 // one summary point, the bottom line, a quote
	maxURLBytes       = 2048 // a link target
	ellipsis          = "…"  // marks text cut at a limit
	replacement       = '\uFFFD'
)

// cleanLine sanitises single-line text: everything cleanParagraph does, with
// line breaks folded into spaces and the result cut at maxLineRunes.
func cleanLine(s string) string {
	return clean(s, false, maxLineRunes)
}

// cleanParagraph sanitises text that may hold several lines, keeping single
// line breaks and cutting the result at maxParagraphRunes.
func cleanParagraph(s string) string {
	return clean(s, true, maxParagraphRunes)
}

// clean sanitises s and cuts it at limit runes. Input far beyond the limit
// is cut before sanitising, so the work done is bounded by the limit and not
// by the input's size.
func clean(s string, keepBreaks bool, limit int) string {
	s, cut := prefix(s, 8*limit)
	out := clip(collapseSpaces(sanitize(s, keepBreaks)), limit)
	if cut && !strings.HasSuffix(out, ellipsis) {
		if out = clip(out, limit-1); !strings.HasSuffix(out, ellipsis) {
			out += ellipsis
		}
	}
	return out
}

// prefix returns at most n bytes of s, cut at a character boundary, and
// whether anything was cut.
func prefix(s string, n int) (string, bool) {
	if len(s) <= n {
		return s, false
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n], true
}

// cleanURL sanitises a link target: no spaces or controls, bounded length.
func cleanURL(s string) string {
	if len(s) > 4*maxURLBytes {
		return ""
	}
	s = strings.Join(strings.Fields(sanitize(s, false)), "")
	if len(s) > maxURLBytes {
		return ""
	}
	return s
}

// sanitize makes s safe for gofpdf with a UTF-8 font: invalid UTF-8 becomes
// U+FFFD, runes above U+FFFF (which make gofpdf fail the whole document) are
// dropped (emoji) or replaced, and controls, zero-width and bidi formatting
// characters are removed. Tabs become spaces; line breaks become '\n' when
// keepBreaks is set and spaces otherwise.
func sanitize(s string, keepBreaks bool) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	s = strings.ReplaceAll(s, "\r\n", "\n")
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		m := string(replacement)
		if r != utf8.RuneError || size != 1 {
			m = mapRune(r, keepBreaks)
		}
		if m == string(replacement) && strings.HasSuffix(b.String(), m) {
			continue // one mark stands for a run of undecodable bytes
		}
		b.WriteString(m)
	}
	return b.String()
}

// isPlain reports whether s is printable ASCII, the common case that needs
// no work.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' {
			return false
		}
	}
	return true
}

// mapRune returns what one valid rune becomes in sanitised text.
func mapRune(r rune, keepBreaks bool) string {
	switch {
	case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\u0085':
		if keepBreaks {
			return "\n"
		}
		return " "
	case r == '\t' || r == '\v' || r == '\f' || isWideSpace(r):
		return " "
	case r > 0xFFFF:
		return replaceAstral(r)
	case isInvisible(r):
		return ""
	}
	return string(r)
}

// isWideSpace reports whether r is a breaking space other than U+0020.
func isWideSpace(r rune) bool {
	return (r >= '\u2000' && r <= '\u200A') || r == '\u205F' || r == '\u3000' || r == '\u1680'
}

// isInvisible reports whether r is a control, format (zero-width, bidi,
// soft hyphen, joiner), variation selector, surrogate or noncharacter: none
// of them print, several confuse gofpdf or the reader.
func isInvisible(r rune) bool {
	switch {
	case unicode.IsControl(r), unicode.Is(unicode.Cf, r), unicode.Is(unicode.Cs, r):
		return true
	case r >= '\uFE00' && r <= '\uFE0F': // variation selectors (emoji presentation)
		return true
	case r == '\uFFFE' || r == '\uFFFF' || (r >= '\uFDD0' && r <= '\uFDEF'):
		return true
	}
	return false
}

// replaceAstral maps a rune above U+FFFF, which gofpdf cannot encode: emoji
// and other pictographs are dropped, characters with a compatibility
// equivalent in the Basic Multilingual Plane (mathematical letters) take
// it, and anything else becomes U+FFFD.
func replaceAstral(r rune) string {
	if isPictograph(r) {
		return ""
	}
	if k := norm.NFKC.String(string(r)); k != string(r) && isBMP(k) {
		return k
	}
	return string(replacement)
}

// isPictograph reports whether r is in a supplementary-plane emoji, symbol
// or tag block.
func isPictograph(r rune) bool {
	return (r >= 0x1F000 && r <= 0x1FBFF) || (r >= 0xE0000 && r <= 0xE007F)
}

func isBMP(s string) bool {
	for _, r := range s {
		if r > 0xFFFF || isInvisible(r) {
			return false
		}
	}
	return true
}

// collapseSpaces folds runs of spaces into one and trims them from the ends
// of lines, so that dropped emoji do not leave double gaps. Other spaces
// (no-break space) are kept: they carry meaning.
func collapseSpaces(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pending := false // a space seen but not yet written
	for _, r := range s {
		switch {
		case r == ' ':
			pending = b.Len() > 0
		case r == '\n':
			pending = false
			b.WriteByte('\n')
		default:
			if pending && !strings.HasSuffix(b.String(), "\n") {
				b.WriteByte(' ')
			}
			pending = false
			b.WriteRune(r)
		}
	}
	return strings.Trim(b.String(), "\n")
}

// clip cuts s to at most limit runes, the last of them an ellipsis that
// marks the cut. Clipping clipped text changes nothing.
func clip(s string, limit int) string {
	if len(s) <= limit {
		return s
	}
	n := 0
	for i := range s {
		if n == limit-1 && utf8.RuneCountInString(s[i:]) > 1 {
			return s[:i] + ellipsis
		}
		n++
	}
	return s
}

// linkTarget is a clean URL as a PDF link annotation wants it: 7-bit ASCII,
// with every other byte percent-encoded.
func linkTarget(u string) string {
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		if c := u[i]; c > '~' || c <= ' ' {
			fmt.Fprintf(&b, "%%%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}
