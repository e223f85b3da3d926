package sentences

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The character classes the rules talk about. All are immutable.
const (
	// bangs end a sentence like "!" and "?": no abbreviation rules apply.
	bangs = "!?‼‽⁇⁈⁉⸮"
	// scriptStops end a sentence even when no space follows them: the full
	// stops and question marks of CJK, Ethiopic, Burmese, Indic, Khmer,
	// Armenian, Arabic-script and other writing systems.
	scriptStops = "。｡．！？︒﹒﹖﹗។៕።፧፨။।॥؟۔؞܀܁܂߹᙮᠃᠉꓿꘎꘏꛳꛷։"
	// closers may follow a full stop and still belong to its sentence.
	closers = ")]}\"'”’»›」』】〕〉》）］｝＂＇“‘"
	// openers may come before the first word of a sentence.
	openers = "([{\"'“‘„‚«‹「『【〔〈《（［｛¿¡`"
	// bullets start a list item wherever they follow white space.
	bullets = "•◦▪▫‣⁃●○■□►▸➢➤✓✔"
	// dashes are skipped when looking for the next word ("-- voila! -- you").
	dashes = "-‐‑‒–—―"
)

// in reports whether r is one of the runes of set.
func in(r rune, set string) bool {
	return r != utf8.RuneError && strings.ContainsRune(set, r)
}

// isFormat reports whether r is an invisible formatting mark (bidi controls,
// zero-width joiners) that the rules look straight through.
func isFormat(r rune) bool {
	return unicode.Is(unicode.Cf, r)
}

// isCJK reports whether r belongs to a script written without spaces
// between words (Han, Hiragana, Katakana).
func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// runeAt decodes the rune starting at text[i]; past the end it returns -1.
func runeAt(text string, i int) (rune, int) {
	if i >= len(text) {
		return -1, 0
	}
	return utf8.DecodeRuneInString(text[i:])
}

// runeBefore decodes the rune ending at text[i]; at the start it returns -1.
func runeBefore(text string, i int) (rune, int) {
	if i <= 0 {
		return -1, 0
	}
	return utf8.DecodeLastRuneInString(text[:i])
}

// stopKind says how a rune can end a sentence.
type stopKind int

const (
	notStop    stopKind = iota
	fullStop            // "." or "…": abbreviation, number and ellipsis rules apply
	bangStop            // "!", "?" and friends: ends a sentence before any non-lower-case word
	scriptStop          // 。 ։ ። …: ends a sentence even with no space after it
)

// stopKindAt says whether and how the rune at text[i] can end a sentence.
// Context matters for ";" (a question mark after Greek), ":" (a full stop
// after Armenian) and "．" (a decimal point between digits).
func stopKindAt(text string, i int) stopKind {
	if i < len(text) && text[i] < utf8.RuneSelf && !isASCIIStopish(text[i]) {
		return notStop // the common case, kept fast
	}
	r, size := runeAt(text, i)
	switch {
	case r == '.' || r == '…':
		return fullStop
	case in(r, bangs) || r == '\u037e':
		return bangStop
	case r == '．':
		if n, _ := runeAt(text, i+size); unicode.IsDigit(n) {
			return notStop
		}
		return scriptStop
	case in(r, scriptStops):
		return scriptStop
	case r == ';' || r == ':':
		return contextStop(text, i, r)
	}
	return notStop
}

// contextStop handles the punctuation that ends a sentence only in some
// scripts: ";" after Greek and ":" after Armenian.
func contextStop(text string, i int, r rune) stopKind {
	p, _ := runeBefore(text, i)
	if (r == ';' && unicode.Is(unicode.Greek, p)) || (r == ':' && unicode.Is(unicode.Armenian, p)) {
		return bangStop
	}
	return notStop
}

// isASCIIStopish reports whether the ASCII byte b may end a sentence in
// some context.
func isASCIIStopish(b byte) bool {
	return b == '.' || b == '!' || b == '?' || b == ';' || b == ':'
}
