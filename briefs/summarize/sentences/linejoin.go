package sentences

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wrapRunes is the length from which a line without final punctuation is
// taken for hard-wrapped prose rather than a heading or a list entry.
const wrapRunes = 40

// joinLines decides whether the trimmed line b continues the sentence of the
// trimmed line a before it, i.e. whether the line break between them is a
// hard wrap rather than the end of a heading or list entry. aContinues says
// a itself continued the line before it (a is inside a paragraph).
func joinLines(a, b string, aContinues bool) bool {
	switch {
	case startsListItem(b):
		return false
	case closesOnly(b):
		return true // a stray '".' or ')' that belongs to the line before
	case endsWithStop(a) || endsWithConnector(a):
		return true // the scanner decides at the stop
	case startsWithDigit(a) && startsWithDigit(b):
		return false // parallel lines: a timeline, a table
	}
	return joinsByLetters(a, b, aContinues)
}

// joinsByLetters is joinLines for lines that neither end a sentence nor
// start a list: the decision rests on the last letter of a and the first of
// b.
func joinsByLetters(a, b string, aContinues bool) bool {
	last, _ := utf8.DecodeLastRuneInString(a)
	first := firstLetter(b)
	switch {
	case isCJK(last) && isCJK(first):
		return strings.ContainsRune(cjkContinuations, last)
	case unicode.IsUpper(first):
		// A capital after a short line is a heading; inside a wrapped
		// paragraph it is a name that happened to start the line.
		return aContinues && isLong(a) && unicode.IsLower(last)
	case unicode.IsLower(first):
		return last == ':' || isLong(a) || isLong(b) || endsWithStop(b)
	case unicode.IsLetter(first):
		return aContinues && isLong(a) // a script without case
	}
	return isLong(a) && unicode.IsLower(last) && (aContinues || endsWithStop(b))
}

// startsWithDigit reports whether s starts with a digit.
func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// closesOnly reports whether s is nothing but closing punctuation: quotes,
// brackets, commas and stops, starting with one of them.
func closesOnly(s string) bool {
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
		if i == 0 && !in(r, closers) && !strings.ContainsRune(".,;:!?…", r) {
			return false
		}
	}
	return s != ""
}

// cjkContinuations are the commas and Japanese particles that cannot end a
// heading, so a line ending in one runs on.
const cjkContinuations = "、，,のはがをにでともへやか"

// isLong reports whether s has at least wrapRunes runes.
func isLong(s string) bool {
	return len(s) >= wrapRunes && utf8.RuneCountInString(s[:min(len(s), 4*wrapRunes)]) >= wrapRunes
}

// firstLetter is the first rune of s after any opening quotes or brackets.
func firstLetter(s string) rune {
	for _, r := range s {
		if !in(r, openers) {
			return r
		}
	}
	return -1
}

// startsListItem reports whether s begins with a bullet or a list marker.
func startsListItem(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if in(r, bullets) {
		return true
	}
	if (r == '-' || r == '*' || r == '–') && size < len(s) && s[size] == ' ' {
		return true
	}
	_, ok := parseMarker(s, 0, len(s))
	return ok
}

// endsWithStop reports whether s ends with terminal punctuation, possibly
// followed by closing quotes or brackets.
func endsWithStop(s string) bool {
	end := len(s)
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		if !in(r, closers) {
			return stopKindAt(s, end-size) != notStop
		}
		end -= size
	}
	return false
}

// endsWithConnector reports whether s ends in a way no heading does: a
// comma, a hyphen, or a word such as "the" or "of".
func endsWithConnector(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	if in(r, ",;&/(،-‐–—") {
		return true
	}
	start := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) + 1
	return connectorWords[s[start:]]
}

// connectorWords are lower-case words that cannot end a heading or a
// sentence, so a line ending in one was wrapped.
var connectorWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "to": true, "and": true, "or": true,
	"but": true, "nor": true, "in": true, "on": true, "at": true, "for": true, "with": true,
	"by": true, "from": true, "as": true, "that": true, "which": true, "who": true,
	"whom": true, "whose": true, "is": true, "are": true, "was": true, "were": true,
	"be": true, "been": true, "has": true, "have": true, "had": true, "will": true,
	"would": true, "can": true, "could": true, "should": true, "may": true, "might": true,
	"must": true, "than": true, "into": true, "onto": true, "upon": true, "about": true,
	"after": true, "before": true, "between": true, "under": true, "over": true,
	"through": true, "during": true, "without": true, "within": true, "against": true,
	"among": true, "said": true, "says": true, "told": true, "its": true, "his": true,
	"her": true, "their": true, "our": true, "your": true, "my": true, "this": true,
	"these": true, "those": true, "if": true, "when": true, "while": true,
	"because": true, "although": true, "though": true, "since": true, "until": true,
	"unless": true, "whether": true, "per": true, "via": true, "not": true, "very": true,
}
