// Package textclean turns raw bytes into clean UTF-8 text for the
// importers: it decodes byte-order marks, UTF-16 and Windows-1252, removes
// invisible characters (zero-width and bidi controls, which can hide text
// from a reader but not from a summariser) and stray control characters,
// normalises line endings and composes characters (NFC).
package textclean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// IsInvisible reports whether r is a character that takes no space on the
// page yet can change what a program reads: zero-width characters, bidi
// controls, the byte-order mark, the soft hyphen, Unicode tag characters
// (U+E0000–U+E007F, which spell out ASCII no one sees) and the
// supplementary variation selectors (U+E0100–U+E01EF, which can smuggle
// bytes after a visible letter).
func IsInvisible(r rune) bool {
	switch {
	case r >= 0x200B && r <= 0x200F, // zero-width space … right-to-left mark
		r >= 0x202A && r <= 0x202E,   // bidi embeddings and overrides
		r >= 0x2060 && r <= 0x2064,   // word joiner, invisible operators
		r >= 0x2066 && r <= 0x2069,   // bidi isolates
		r >= 0xE0000 && r <= 0xE007F, // tag characters
		r >= 0xE0100 && r <= 0xE01EF, // variation selectors 17–256
		r == 0xFEFF, r == 0x00AD, r == 0x061C:
		return true
	}
	return false
}

// Clean returns s as valid, NFC-composed UTF-8 with "\n" line endings and
// without invisible characters, NUL bytes or other control characters
// (tabs are kept). Invalid bytes become U+FFFD. It runs in linear time.
func Clean(s string) string {
	if isClean(s) {
		return s // most text: nothing to drop, already composed
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\r':
			b.WriteByte('\n')
			if i < len(s) && s[i] == '\n' {
				i++
			}
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == '\f' || r == '\v' || r == 0x85 || r == 0x2028:
			b.WriteByte('\n')
		case r == 0x2029: // paragraph separator
			b.WriteString("\n\n")
		case IsInvisible(r) || unicode.IsControl(r):
			// dropped
		default:
			b.WriteRune(r) // utf8.RuneError for invalid bytes writes U+FFFD
		}
	}
	return norm.NFC.String(b.String())
}

// isClean reports whether Clean would return s unchanged: valid UTF-8
// without a character Clean drops or rewrites, in NFC.
func isClean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || r == 0x85 || r == 0x2028 || r == 0x2029 || IsInvisible(r) || unicode.IsControl(r) {
			return false
		}
		i += size
	}
	return norm.NFC.IsNormalString(s)
}

// Squeeze collapses every run of white space in s (new lines included) to
// one space and trims both ends: the form of one paragraph.
func Squeeze(s string) string {
	return strings.Join(strings.Fields(s), " ") // Fields also splits at no-break spaces
}

// JoinParagraphs squeezes each paragraph, drops empty ones and joins the
// rest with a blank line, the layout of briefs.Article.Text.
func JoinParagraphs(paras []string) string {
	kept := make([]string, 0, len(paras))
	for _, p := range paras {
		if p = Squeeze(p); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "\n\n")
}

// JoinLines is JoinParagraphs of s's lines, without holding them all: the
// form of briefs.Article.Text from one paragraph per line, in memory the
// size of the result.
func JoinLines(s string) string {
	var b strings.Builder
	for line := range strings.SplitSeq(s, "\n") {
		if line = Squeeze(line); line != "" {
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
			b.WriteString(line)
		}
	}
	return b.String()
}
