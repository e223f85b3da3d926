package sentences

import (
	"strings"
	"unicode"
)

// decide says whether a sentence ends at cluster c and, if so, where.
func (s *scanner) decide(c cluster) (int, bool) {
	if s.insidePair(c) || s.isOmission(c) {
		return 0, false
	}
	if c.script {
		return c.end, true
	}
	next := readNext(s.text, c.end, s.blk.end)
	switch {
	case next.kind == wordNone:
		return c.end, true
	case !next.space:
		return c.end, s.endsWithoutSpace(c, next)
	case c.bang:
		return c.end, next.kind != wordLower && !next.paren
	case c.dots > 1:
		return s.ellipsisEnd(c, next)
	}
	return c.end, s.fullStopEnds(c, next)
}

// insidePair reports whether c lies inside a quotation or bracket pair that
// opened after the first word of the current sentence.
func (s *scanner) insidePair(c cluster) bool {
	sp, ok := s.spans.innermost(c.start, c.end)
	return ok && s.first >= 0 && sp.open > s.first
}

// isOmission reports whether c is an editorial omission mark: "[...]".
func (s *scanner) isOmission(c cluster) bool {
	before, _ := runeBefore(s.text, c.start)
	return c.dots > 1 && (before == '[' || before == '(')
}

// domainEndings are the endings of site names that outlets print with a
// capital ("PanARMENIAN.Net", "Salon.Com").
var domainEndings = map[string]bool{"com": true, "net": true, "org": true, "gov": true, "edu": true, "info": true,
	"biz": true, "io": true, "tv": true, "news": true, "online": true}

// IsDomainEnding reports whether word, in any case, is a common ending of
// a site's address ("Net" in "PanARMENIAN.Net").
func IsDomainEnding(word string) bool { return domainEndings[strings.ToLower(word)] }

// endsWithoutSpace handles a full stop glued to the next word. Only
// "world.Today" ends a sentence: a capitalised word after a plain full
// stop, outside e-mail addresses, web addresses and domain names, not
// after an initial ("W.Va.", "D.C.") and not before a hyphen
// ("U.S.-Mexico border").
func (s *scanner) endsWithoutSpace(c cluster, next nextWord) bool {
	if c.dots != 1 || c.bang || c.closed || c.dotEnd != c.end || next.kind != wordUpper || s.gluedToName(c, next) {
		return false
	}
	prev := s.prev(c)
	if r, size := runeAt(prev.core, 0); size == len(prev.core) && unicode.IsUpper(r) || isInitialAfterHyphen(prev.core) {
		return false // "W.Va.", "R-W.Va."
	}
	return prev.core != "" && !looksLikeAddress(prev.whole+tokenRest(s.text, c.start, s.blk.end))
}

// gluedToName reports whether the word glued after cluster c continues a
// name rather than starting a sentence: after a hyphen ("U.S.-Mexico"),
// a site's ending ("PanARMENIAN.Net"), a word not in lower case after its
// capital, or a domain ("testurl.Awesome.com").
func (s *scanner) gluedToName(c cluster, next nextWord) bool {
	if r, _ := runeAt(s.text, c.end); in(r, dashes) || r == '-' {
		return true
	}
	if len(next.word) < 2 || !isLowerWord(next.word[1:]) || IsDomainEnding(next.word) {
		return true
	}
	return next.end+1 < len(s.text) && s.text[next.end] == '.' && isASCIIAlnum(s.text[next.end+1])
}

// isInitialAfterHyphen reports whether tok ends in a hyphen and a single
// capital, as the state in "R-W.Va." does.
func isInitialAfterHyphen(tok string) bool {
	i := strings.LastIndexByte(tok, '-')
	if i < 0 || i+1 >= len(tok) {
		return false
	}
	r, size := runeAt(tok, i+1)
	return i+1+size == len(tok) && unicode.IsUpper(r)
}

// prev reads the token before cluster c, within the current sentence.
func (s *scanner) prev(c cluster) prevToken {
	from := s.blk.start
	if len(s.cuts) > 0 {
		from = s.cuts[len(s.cuts)-1]
	}
	return readPrev(s.text, c.start, from)
}

// tokenRest is the token from text[i] up to the next white space, at most
// maxWordBytes long.
func tokenRest(text string, i, end int) string {
	j := i
	for j < end && j-i < maxWordBytes {
		r, size := runeAt(text, j)
		if unicode.IsSpace(r) {
			break
		}
		j += size
	}
	return text[i:j]
}

// isLowerWord reports whether s holds only lower-case letters.
func isLowerWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return s != ""
}

// looksLikeAddress reports whether a token is an e-mail or web address.
func looksLikeAddress(tok string) bool {
	lower := strings.ToLower(tok)
	return strings.ContainsAny(tok, "@/") || strings.HasPrefix(lower, "www.")
}

// ellipsisEnd handles two or more dots. Unspaced "..." or "…" ends a
// sentence before a capital; spaced ". . ." is an omission inside one
// unless a fourth dot makes it a full stop too. "word. . . . Next" ends
// after the first dot, and the ellipsis opens the next sentence.
func (s *scanner) ellipsisEnd(c cluster, next nextWord) (int, bool) {
	capital := next.kind == wordUpper || next.kind == wordCaseless
	if !c.spaced {
		return c.end, capital
	}
	before, _ := runeBefore(s.text, c.start)
	switch {
	case c.dots < 4:
		return 0, false
	case !unicode.IsSpace(before):
		return c.dotEnd, next.kind == wordUpper
	}
	return c.end, next.kind != wordLower
}

// fullStopEnds handles a single full stop, perhaps with closing quotes or
// brackets, followed by white space and a word.
func (s *scanner) fullStopEnds(c cluster, next nextWord) bool {
	prev := s.prev(c)
	if prev.start == s.first && prev.isMarkerLike() && !c.footnote {
		return false // "1. The first item", "Q. What is his name?"
	}
	if c.closed {
		return next.kind != wordLower
	}
	switch classify(prev.core) {
	case tokNumber:
		return s.numberEnds(prev, next)
	case tokTitle:
		return false
	case tokTime:
		return next.kind == wordUpper && !IsCalendarWord(next.word) && !isTimeZone(next.word)
	case tokAbbrev:
		return next.startsSentence()
	}
	if next.kind == wordLower {
		return prev.letters() > 3 // short lower-case words are likely abbreviations: "med. staff"
	}
	return true
}

// numberEnds handles a full stop after a number, which ends a sentence
// ("He was born in 1990. She was not.") unless it makes the number an
// ordinal in a date: before a month ("am 12. Juni") or, after a day's one
// or two digits, before another number or a range word and a number
// ("12. bis 13. September", "12. – 13. Mai", "12. 13. und 14. Mai").
func (s *scanner) numberEnds(prev prevToken, next nextWord) bool {
	if next.kind == wordLower || IsMonth(next.word) {
		return false
	}
	if !isDayNumber(prev.core) {
		return true
	}
	if next.kind == wordDigit {
		return false // a dash before the number is skipped by readNext
	}
	return !(rangeWords[strings.ToLower(next.word)] && digitFollows(s.text, next.end, s.blk.end))
}

// isDayNumber reports whether core is one or two ASCII digits, as a day of
// the month is written.
func isDayNumber(core string) bool {
	if core == "" || len(core) > 2 {
		return false
	}
	for i := 0; i < len(core); i++ {
		if core[i] < '0' || core[i] > '9' {
			return false
		}
	}
	return true
}

// digitFollows reports whether, after white space, a digit comes at or
// after text[i], not looking past end.
func digitFollows(text string, i, end int) bool {
	for j := i; j < end && j-i < maxWordBytes; {
		r, size := runeAt(text, j)
		if !unicode.IsSpace(r) {
			return unicode.IsDigit(r)
		}
		j += size
	}
	return false
}
