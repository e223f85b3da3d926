package sentences

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxWordBytes bounds how far the rules look back or ahead for a word, which
// keeps the scan linear on text with no spaces.
const maxWordBytes = 64

// prevToken is the white-space-delimited token before a stop.
type prevToken struct {
	core  string // the token without leading quotes, brackets or bullets and without trailing closers
	start int    // byte offset of core
	whole string // the token as written, up to the stop
}

// readPrev returns the token that ends at text[i], not looking before from.
func readPrev(text string, i, from int) prevToken {
	j := i
	for j > from && i-j < maxWordBytes {
		r, size := runeBefore(text, j)
		if unicode.IsSpace(r) {
			break
		}
		j -= size
	}
	whole := text[j:i]
	core := strings.TrimLeftFunc(whole, isLeadMark)
	start := j + len(whole) - len(core)
	core = strings.TrimRightFunc(core, func(r rune) bool { return in(r, closers) || isFormat(r) })
	return prevToken{core: core, start: start, whole: whole}
}

// isLeadMark reports whether r may come before the first letter of a word:
// opening quotes and brackets, bullets, dashes and invisible format marks.
func isLeadMark(r rune) bool {
	return in(r, openers) || in(r, bullets) || in(r, dashes) || isFormat(r)
}

// isMarkerLike reports whether the token could be a list or question label:
// one or two digits, a single letter or a short Roman numeral ("3", "b", "Q",
// "iv").
func (p prevToken) isMarkerLike() bool {
	var m marker
	return p.core != "" && len(p.core) <= 4 && isASCIIAlnum(p.core[0]) && m.readBody(p.core)
}

// letters counts the letters of the token's core.
func (p prevToken) letters() int {
	n := 0
	for _, r := range p.core {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// wordKind is what the next word starts with.
type wordKind int

const (
	wordNone     wordKind = iota // nothing but white space before the end
	wordUpper                    // a capital letter
	wordLower                    // a small letter
	wordDigit                    // a digit
	wordCaseless                 // a letter of a script without case (CJK, Arabic…)
	wordOther                    // a symbol or punctuation
)

// nextWord is the word after a stop.
type nextWord struct {
	kind    wordKind
	word    string // its letters, at most maxWordBytes bytes
	space   bool   // white space separates it from the stop
	quoted  bool   // an opening quotation mark comes before it
	paren   bool   // an opening bracket comes before it
	initial bool   // it is a single letter followed by a full stop ("J.")
	end     int    // byte offset just after the word
}

// readNext returns the word that follows text[i], not looking past end.
func readNext(text string, i, end int) nextWord {
	var w nextWord
	j := i
	for j < end {
		r, size := runeAt(text, j)
		if !unicode.IsSpace(r) {
			break
		}
		j += size
	}
	w.space = j > i
	j = w.skipLeadMarks(text, j, end)
	w.readWord(text, j, end)
	return w
}

// skipLeadMarks skips the quotes, brackets and dashes before a word,
// noting which kinds it saw.
func (w *nextWord) skipLeadMarks(text string, j, end int) int {
	afterDash := false
	for limit := j + maxWordBytes; j < end && j < limit; {
		r, size := runeAt(text, j)
		switch {
		case in(r, openers):
			bracket := strings.ContainsRune("([{（［｛", r)
			w.quoted = w.quoted || !bracket
			w.paren = w.paren || bracket
		case in(r, dashes):
			afterDash = true
		case isFormat(r) || (afterDash && r == ' '):
		default:
			return j
		}
		j += size
	}
	return j
}

// readWord classifies the rune at text[j] and reads the letters from there.
func (w *nextWord) readWord(text string, j, end int) {
	if j >= end {
		return
	}
	r, _ := runeAt(text, j)
	w.kind = runeKind(r)
	k := j
	for k < end && k-j < maxWordBytes {
		r, size := runeAt(text, k)
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			break
		}
		k += size
	}
	w.word, w.end = text[j:k], k
	w.initial = utf8.RuneCountInString(w.word) == 1 && k < end && text[k] == '.'
}

// runeKind classifies the first rune of a word.
func runeKind(r rune) wordKind {
	switch {
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		return wordUpper
	case unicode.IsLower(r):
		return wordLower
	case unicode.IsDigit(r) || unicode.IsNumber(r):
		return wordDigit
	case unicode.IsLetter(r):
		return wordCaseless
	}
	return wordOther
}

// startsSentence reports whether the word reads as the first word of a
// sentence after an abbreviation: a sentence starter, or any word in
// quotation marks.
func (w nextWord) startsSentence() bool {
	if w.initial {
		return false
	}
	return w.quoted || (w.kind == wordUpper && isStarter(w.word))
}
