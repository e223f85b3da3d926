package roles

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefsmith/briefs/summarize/stem"
)

// maxWords bounds how many words of one sentence are read, so that a
// sentence of a megabyte costs no more than a long ordinary one.
const maxWords = 100

// token is one word of a sentence as written and in lower case.
type token struct {
	raw, lower string
}

// tokenize returns up to maxWords words of s: runs of letters and digits
// with inner apostrophes, dots or commas (so "U.S.", "3.5" and "1,000" stay
// whole), with curly apostrophes made straight.
func tokenize(s string) []token {
	out := make([]token, 0, min(maxWords, len(s)/5+1)) // words of news average five letters and a space
	start := -1
	for i, r := range s {
		if len(out) >= maxWords {
			return out
		}
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && isInnerMark(r) && nextIsWordRune(s, i+utf8.RuneLen(r)) {
			continue
		}
		out = appendToken(out, s, start, i)
		start = -1
	}
	return appendToken(out, s, start, len(s))
}

// appendToken adds s[start:end] to out when start is set.
func appendToken(out []token, s string, start, end int) []token {
	if start < 0 || len(out) >= maxWords {
		return out
	}
	raw := s[start:end]
	return append(out, token{raw: raw, lower: lower(raw)})
}

// lower lower-cases a word, with curly apostrophes made straight; ASCII
// words, the common case, take the fast path.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return strings.ReplaceAll(strings.ToLower(w), "’", "'")
		}
	}
	return stem.LowerASCII(w)
}

// isWordRune reports whether r belongs inside a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isInnerMark reports whether r may join two parts of one word.
func isInnerMark(r rune) bool {
	return r == '\'' || r == '’' || r == '.' || r == ',' || r == '-'
}

// nextIsWordRune reports whether s has a word rune at byte offset i.
func nextIsWordRune(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// hasDigit reports whether w holds a digit.
func hasDigit(w string) bool {
	return strings.IndexFunc(w, unicode.IsDigit) >= 0
}

// isCapitalised reports whether w starts with an upper-case letter.
func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// setOf returns the set of the white-space separated words of s.
func setOf(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		out[w] = true
	}
	return out
}

// functionWords are left out when sentences are compared for overlap.
var functionWords = setOf(`a an the and or but of to in on at by for from with as is are was were be
been being has have had it its this that these those he she they we i you his her their our my your
said says say will would could should may might can not no than then there here which who whom whose
what when where why how also about after before over into up out new one two mr mrs ms`)
