package factcheck

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenKind says what a token is made of.
type tokenKind int

const (
	tokWord   tokenKind = iota // starts with a letter: "Powell", "U.S", "G7", "year-old"
	tokNumber                  // starts with a digit: "12,000", "3.5", "20m" (suffix "m")
	tokSymbol                  // any other single non-space character: "$", "%", ".", "“"
)

// token is one piece of a text with its byte offsets.
type token struct {
	kind   tokenKind
	text   string // the whole token as written, suffix included
	digits string // for numbers: the numeric part, e.g. "12,000" of "12,000th"
	suffix string // for numbers: letters glued on, e.g. "bn", "th", "s"
	start  int
	end    int
	// sentenceStart is set on the first word or number of a sentence.
	sentenceStart bool
	// spaceBefore is set when white space separates the token from the previous one.
	spaceBefore bool
}

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "gen": true,
	"sen": true, "rep": true, "gov": true, "lt": true, "col": true, "sgt": true, "capt": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true, "vs": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "jr": true, "sr": true, "u.s": true, "u.k": true,
}

// tokenize splits text into words, numbers and symbols, marking where
// sentences start.
func tokenize(text string) []token {
	var toks []token
	atStart, space := true, true
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if r == '\n' {
				atStart = true
			}
			space = true
			i += size
			continue
		}
		t := scanToken(text, i)
		t.spaceBefore = space
		if t.kind != tokSymbol {
			t.sentenceStart = atStart
			atStart = false
		} else if endsSentence(toks, t, text) {
			atStart = true
		}
		toks = append(toks, t)
		space = false
		i = t.end
	}
	return toks
}

// scanToken reads the token that starts at byte i of text.
func scanToken(text string, i int) token {
	r, size := utf8.DecodeRuneInString(text[i:])
	switch {
	case r >= '0' && r <= '9':
		numEnd := scanDigits(text, i)
		end := numEnd
		for end < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[end:])
			if !unicode.IsLetter(r2) {
				break
			}
			end += s2
		}
		return token{kind: tokNumber, text: text[i:end], digits: text[i:numEnd], suffix: text[numEnd:end], start: i, end: end}
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		end := scanWord(text, i)
		return token{kind: tokWord, text: text[i:end], start: i, end: end}
	}
	return token{kind: tokSymbol, text: text[i : i+size], start: i, end: i + size}
}

// scanWord returns the end of the word starting at i: letters and digits,
// with apostrophes, hyphens and full stops kept when a letter or digit follows.
func scanWord(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			i += size
			continue
		}
		if strings.ContainsRune("'’-.", r) && i+size < len(text) {
			next, _ := utf8.DecodeRuneInString(text[i+size:])
			if unicode.IsLetter(next) || (r == '-' && unicode.IsDigit(next)) {
				i += size
				continue
			}
		}
		break
	}
	return i
}

// scanDigits returns the end of the number starting at i: digits with
// single commas or full stops between them.
func scanDigits(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		if (c == ',' || c == '.') && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
			i++
			continue
		}
		break
	}
	return i
}

// endsSentence reports whether symbol t closes a sentence: a full stop,
// question or exclamation mark not after an abbreviation or an initial.
func endsSentence(prev []token, t token, text string) bool {
	switch t.text {
	case "!", "?":
		return true
	case ".":
	default:
		return false
	}
	if t.end < len(text) && !unicode.IsSpace(rune(text[t.end])) {
		return false
	}
	if len(prev) == 0 {
		return true
	}
	last := prev[len(prev)-1]
	if last.kind != tokWord || last.end != t.start {
		return true
	}
	if isInitial(last.text) {
		return false
	}
	return !abbreviations[strings.ToLower(last.text)]
}

// isInitial reports whether w is a single capital letter, as in "Jerome H. Powell".
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// isCapitalised reports whether w starts with an upper-case letter.
func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
