package summarize

import (
	"strings"
	"unicode"
)

// bullets are the list markers a paragraph may start with.
var bullets = []string{"• ", "•", "- ", "* ", "– ", "— ", "· ", "▪ "}

// bulletLength returns how many bytes of list bullet (and the space after
// it) start s, or 0.
func bulletLength(s string) int {
	for _, b := range bullets {
		if strings.HasPrefix(s, b) {
			return len(b) + len(s[len(b):]) - len(strings.TrimLeft(s[len(b):], " \t"))
		}
	}
	return 0
}

// datelineDashes separate a wire-service dateline from the story.
var datelineDashes = []string{" - ", " — ", " – ", "— ", "– "}

// maxDatelineBytes bounds how far into the lead a dateline may reach.
const maxDatelineBytes = 70

// datelineLength returns how many bytes of dateline, such as
// "WASHINGTON (Reuters) - " or "KYIV, Ukraine — ", start the lead sentence
// s, or 0 when it has none. A dateline starts with a word in capitals and
// ends at a dash within its first few words.
func datelineLength(s string) int {
	if n := creditLength(s); n > 0 {
		return n
	}
	head := s
	if len(head) > maxDatelineBytes {
		head = head[:maxDatelineBytes]
	}
	for _, dash := range datelineDashes {
		i := strings.Index(head, dash)
		if i <= 0 || !isDateline(strings.Fields(head[:i])) {
			continue
		}
		if rest := s[i+len(dash):]; hasWordChar(rest) {
			return len(s) - len(strings.TrimLeft(rest, " "))
		}
	}
	return 0
}

// isDateline reports whether words read like a dateline: at most eight
// words, the first in capitals or an agency's name in brackets
// ("(Reuters)"), none starting with a lower-case letter.
func isDateline(words []string) bool {
	if len(words) == 0 || len(words) > 8 || !isCapitalWord(words[0]) && !isBracketedCredit(words) {
		return false
	}
	for _, w := range words {
		if r := []rune(w)[0]; unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// creditLength returns how many bytes of a wire credit in brackets glued
// to the story ("(CNN)President Trump…", "(AP) Officials…") start s, or
// 0: the credit is one or two capitalised words, and a capital follows.
func creditLength(s string) int {
	end := strings.IndexByte(s, ')')
	if !strings.HasPrefix(s, "(") || end < 2 || end > 24 || !isBracketedCredit(strings.Fields(s[:end+1])) {
		return 0
	}
	rest := strings.TrimLeft(s[end+1:], " ")
	if r := []rune(rest); len(r) == 0 || !unicode.IsUpper(r[0]) {
		return 0
	}
	return len(s) - len(rest)
}

// isBracketedCredit reports whether words are one or two capitalised words
// in brackets, such as "(Reuters)" or "(AP Photo)": a wire credit.
func isBracketedCredit(words []string) bool {
	if len(words) > 2 || !strings.HasPrefix(words[0], "(") || !strings.HasSuffix(words[len(words)-1], ")") {
		return false
	}
	r := []rune(strings.TrimPrefix(words[0], "("))
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// isCapitalWord reports whether w is three or more letters, all in capitals
// (trailing punctuation such as the comma of "LONDON," allowed).
func isCapitalWord(w string) bool {
	w = strings.TrimRight(w, ",.:;")
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 3
}
