package sentences

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// A span is a matched pair of quotes or brackets, [open, close) in bytes.
// A sentence never ends strictly inside a span that opens after the
// sentence's first word: a quotation of several sentences stays with the
// words that introduce it (He said: "…. …." and left.), and "(he was 5.)"
// stays with its sentence. A span that opens the sentence is not protected,
// so a paragraph that is all quotation still splits into sentences.
type span struct{ open, close int }

// Limits on how far apart a pair may be. Longer "pairs" are more likely
// stray marks than real quotations, and protecting them would glue whole
// paragraphs together.
const (
	maxQuoteSpan   = 400
	maxBracketSpan = 300
	maxOpenPairs   = 32 // openers remembered at once
	matchDepth     = 4  // how deep below the top a closer may find its opener
)

// pairFamily groups the marks that may close one another ("„" … "“").
type pairFamily byte

const (
	noPair pairFamily = iota
	parens
	squares
	braces
	doubleQuotes
	singleQuotes
	guillemets
	singleGuillemets
	corners
	whiteCorners
	lenticulars
)

// opener is one unmatched opening mark.
type opener struct {
	family pairFamily
	at     int
}

// protectedSpans finds the matched quote and bracket pairs in text[b.start:
// b.end], sorted by where they open.
func protectedSpans(text string, b block) []span {
	var stack []opener
	var spans []span
	for i := b.start; i < b.end; {
		if c := text[i]; c < utf8.RuneSelf && !isASCIIPairMark(c) {
			i++ // the common case, kept fast
			continue
		}
		r, size := runeAt(text, i)
		family, opens, closes := pairRole(text, i, r, size)
		switch {
		case opens && len(stack) < maxOpenPairs:
			stack = append(stack, opener{family, i})
		case closes:
			stack, spans = closePair(stack, spans, family, i+size)
		}
		i += size
	}
	slices.SortFunc(spans, func(a, b span) int { return a.open - b.open })
	return spans
}

// closePair matches a closing mark of family ending at end against the
// openers near the top of the stack.
func closePair(stack []opener, spans []span, family pairFamily, end int) ([]opener, []span) {
	for k := len(stack) - 1; k >= 0 && k >= len(stack)-matchDepth; k-- {
		if stack[k].family != family {
			continue
		}
		if end-stack[k].at <= spanLimit(family) {
			spans = append(spans, span{stack[k].at, end})
		}
		return stack[:k], spans
	}
	return stack, spans
}

// spanLimit is the longest pair of this family that is protected.
func spanLimit(f pairFamily) int {
	if f == parens || f == squares || f == braces {
		return maxBracketSpan
	}
	return maxQuoteSpan
}

// pairMark is the role of a mark that opens or closes the same way
// wherever it stands.
type pairMark struct {
	family pairFamily
	opens  bool
}

// fixedPairMarks are the brackets and quotation marks whose role does not
// depend on context.
var fixedPairMarks = map[rune]pairMark{
	'(': {parens, true}, ')': {parens, false}, '（': {parens, true}, '）': {parens, false},
	'[': {squares, true}, ']': {squares, false}, '［': {squares, true}, '］': {squares, false},
	'{': {braces, true}, '}': {braces, false}, '｛': {braces, true}, '｝': {braces, false},
	'„': {doubleQuotes, true}, '‚': {singleQuotes, true}, '`': {singleQuotes, true},
	'«': {guillemets, true}, '»': {guillemets, false},
	'‹': {singleGuillemets, true}, '›': {singleGuillemets, false},
	'「': {corners, true}, '」': {corners, false}, '『': {whiteCorners, true}, '』': {whiteCorners, false},
	'【': {lenticulars, true}, '】': {lenticulars, false},
}

// pairRole says which family the rune r at text[i] belongs to and whether it
// opens or closes a pair there. Marks that look the same when opening and
// closing ("'“”‘’) are decided by what surrounds them.
func pairRole(text string, i int, r rune, size int) (family pairFamily, opens, closes bool) {
	if m, ok := fixedPairMarks[r]; ok {
		return m.family, m.opens, !m.opens
	}
	switch r {
	case '"', '“', '”', '＂':
		family = doubleQuotes
	case '\'', '‘', '’':
		family = singleQuotes
	default:
		return noPair, false, false
	}
	if r != '‘' && isElidedYear(text[i+size:]) {
		return noPair, false, false // an apostrophe: "the ’80s", "class of '19"
	}
	opens, closes = quoteContext(text, i, size)
	return family, opens, closes
}

// isElidedYear reports whether rest, the text after an apostrophe, opens
// with two digits that end there or with an "s": the apostrophe stands for
// a century ("’80s") and opens no quotation.
func isElidedYear(rest string) bool {
	if len(rest) < 2 || !isASCIIDigit(rest[0]) || !isASCIIDigit(rest[1]) {
		return false
	}
	return len(rest) == 2 || rest[2] == 's' || !isASCIIDigit(rest[2]) && !unicode.IsLetter(rune(rest[2]))
}

// quoteContext decides whether an ambiguous quote at text[i] opens (space or
// an opener before it, a word after) or closes (a word or punctuation before
// it, space or punctuation after). An apostrophe inside a word does neither.
func quoteContext(text string, i, size int) (opens, closes bool) {
	before, _ := runeBefore(text, i)
	after, _ := runeAt(text, i+size)
	looseBefore := before < 0 || unicode.IsSpace(before) || in(before, openers) || in(before, dashes)
	looseAfter := after < 0 || unicode.IsSpace(after) || unicode.IsPunct(after)
	switch {
	case looseBefore && !looseAfter:
		return true, false
	case !looseBefore && looseAfter:
		return false, true
	case looseBefore && looseAfter:
		return false, in(before, dashes) // an interrupted quotation: "to--" At
	}
	return false, false
}

// spanTracker answers "which pair is this cluster inside?" for clusters
// visited in order, in amortised constant time. Pairs nest, so the pairs
// open at any point form a stack.
type spanTracker struct {
	spans []span
	next  int    // first span not yet opened
	open  []span // the spans opened so far that may still cover a cluster
}

// innermost returns the innermost pair that opens before start and closes
// after end, i.e. that holds the cluster [start, end) strictly inside it.
// Calls must come with increasing, non-overlapping clusters.
func (t *spanTracker) innermost(start, end int) (span, bool) {
	for t.next < len(t.spans) && t.spans[t.next].open < start {
		t.push(t.spans[t.next])
		t.next++
	}
	for len(t.open) > 0 && t.open[len(t.open)-1].close <= end {
		t.open = t.open[:len(t.open)-1]
	}
	if len(t.open) == 0 {
		return span{}, false
	}
	return t.open[len(t.open)-1], true
}

// push adds a newly opened span, dropping those that closed before it.
func (t *spanTracker) push(sp span) {
	for len(t.open) > 0 && t.open[len(t.open)-1].close <= sp.open {
		t.open = t.open[:len(t.open)-1]
	}
	t.open = append(t.open, sp)
}

// isASCIIPairMark reports whether the ASCII byte c can open or close a pair.
func isASCIIPairMark(c byte) bool {
	switch c {
	case '(', ')', '[', ']', '{', '}', '"', '\'', '`':
		return true
	}
	return false
}
