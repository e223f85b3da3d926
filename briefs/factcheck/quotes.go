package factcheck

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// closingQuote maps each opening quotation mark to the mark that closes it.
var closingQuote = map[rune]rune{'"': '"', '“': '”', '«': '»', '„': '“', '‘': '’'}

// quoteClaims finds the passages of text between quotation marks.
func quoteClaims(text string) []claim {
	var out []claim
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		closer, ok := closingQuote[r]
		if !ok || (r == '‘' && !opensQuote(text, i)) {
			i += size
			continue
		}
		end := strings.IndexRune(text[i+size:], closer)
		if end < 0 {
			break
		}
		inner := text[i+size : i+size+end]
		if c, ok := quoteClaim(inner, i); ok {
			out = append(out, c)
		}
		i += size + end + utf8.RuneLen(closer)
	}
	return out
}

// opensQuote reports whether a ‘ at byte i opens a quotation rather than
// standing for an apostrophe ('90s): it must follow space or start the text.
func opensQuote(text string, i int) bool {
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(prev) || prev == '('
}

// quoteClaim makes a claim of quoted words, split at ellipses so that
// "we will … act" needs only "we will" and "act" in the source.
func quoteClaim(inner string, start int) (claim, bool) {
	c := claim{kind: kindQuote, text: strings.TrimSpace(inner), start: start}
	inner = strings.ReplaceAll(inner, "...", "…")
	for _, part := range strings.Split(inner, "…") {
		if f := foldText(part); f != "" {
			c.parts = append(c.parts, f)
		}
	}
	return c, len(c.parts) > 0
}

// foldText lower-cases text and keeps only letters and digits, with single
// spaces between words, so punctuation and quotation styles do not matter.
// An apostrophe joins the letters around it ("don't" → "dont"); anywhere
// else it parts words like any mark, as the closing quote of "‘0’0" does.
func foldText(s string) string {
	var b strings.Builder
	space := false
	s = strings.ToLower(s)
	prev := rune(0)
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r):
			continue // a combining mark belongs to the letter before it
		case (r == '\'' || r == '’') && unicode.IsLetter(prev) && letterAt(s, i+utf8.RuneLen(r)):
			// an apostrophe inside a word joins it
		default:
			space = true
		}
		prev = r
	}
	return b.String()
}

// letterAt reports whether s has a letter at byte i.
func letterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[min(i, len(s)):])
	return unicode.IsLetter(r)
}
