package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefsmith/briefs/summarize/stem"
)

// maxScoredWords bounds how many words of one sentence are looked at, so a
// sentence of a megabyte costs no more than a long ordinary one.
const maxScoredWords = 80

// features is what the ranker and the classifier know about a sentence.
type features struct {
	words   []string // lower-case words in order, at most maxScoredWords
	stems   []string // the stem of each word
	terms   []string // stems of the content words among them
	names   int      // capitalised words after the first word
	numbers int      // words with digits
}

// analyse tokenises s into words and derives its features.
func analyse(s string) features { return analyseWith(s, stem.NewCache(0)) }

// analyseWith is analyse with a stem cache shared across the sentences of
// one article.
func analyseWith(s string, stems stem.Cache) features {
	ws := splitWords(s, maxScoredWords)
	f := features{words: make([]string, 0, len(ws)), stems: make([]string, 0, len(ws)), terms: make([]string, 0, len(ws))}
	for i, w := range ws {
		lw := lowerWord(w)
		st := stemOf(lw, stems)
		f.words = append(f.words, lw)
		f.stems = append(f.stems, st)
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsDigit(r):
			f.numbers++
		case i > 0 && unicode.IsUpper(r) && !stopwords[lw]:
			f.names++
		}
		if !stopwords[lw] && (utf8.RuneCountInString(lw) > 1 || isIdeograph(r)) {
			f.terms = append(f.terms, st)
		}
	}
	return f
}

// lowerWord is w in lower case with one kind of apostrophe, as features
// hold their words.
func lowerWord(w string) string { return strings.ReplaceAll(strings.ToLower(w), "’", "'") }

// stemOf returns the Porter stem of a lower-case word when it is plain
// ASCII, and the word itself otherwise.
func stemOf(w string, stems stem.Cache) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return w
		}
	}
	return stems.Porter(w)
}

// splitWords returns up to max words of s: runs of letters and digits
// (with inner apostrophes, and without a possessive "'s"), where every
// ideograph counts as a word of its own.
func splitWords(s string, max int) []string {
	out := make([]string, 0, min(max, len(s)/5+1)) // words of news average five letters and a space
	start := -1
	flush := func(end int) {
		if start >= 0 {
			out = append(out, trimPossessive(clip(s[start:end], maxWordBytes)))
		}
		start = -1
	}
	for i, r := range s {
		if len(out) >= max {
			return out
		}
		switch {
		case isIdeograph(r):
			flush(i)
			out = append(out, string(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			if start < 0 {
				start = i
			}
		case (r == '\'' || r == '’') && start >= 0 && nextIsLetter(s, i+utf8.RuneLen(r)):
		default:
			flush(i)
		}
	}
	flush(len(s))
	if len(out) > max {
		out = out[:max]
	}
	return out
}

// maxWordBytes bounds the length of one word; longer runs are cut.
const maxWordBytes = 64

// clip returns s cut to at most n bytes at a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// nextIsLetter reports whether s has a letter at byte offset i.
func nextIsLetter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i < len(s) && unicode.IsLetter(r)
}

// trimPossessive drops a trailing "'s" or "’s".
func trimPossessive(w string) string {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// isIdeograph reports whether r belongs to a script written without spaces
// between words (Han, Hiragana, Katakana, Thai), where each character is
// treated as a word.
func isIdeograph(r rune) bool {
	if r < firstIdeograph { // Latin, Greek, Cyrillic, Arabic…: the common case, decided at once
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai)
}

// firstIdeograph is the first code point of the scripts isIdeograph
// names (Thai, at U+0E00; Han, Hiragana and Katakana come later).
const firstIdeograph = 0x0E00
