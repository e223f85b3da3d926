package summarize

import (
	"strings"
	"unicode"

	"briefsmith/briefs/summarize/sentences"
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

// numberLength returns how many bytes of a numbered list's marker ("1. ",
// "2) ") and the space after it open s, when a capital follows them, or 0.
func numberLength(s string) int {
	i := 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(s) || s[i] != '.' && s[i] != ')' {
		return 0
	}
	rest := strings.TrimLeft(s[i+1:], " \t")
	if len(rest) == len(s[i+1:]) || !startsUpper(rest) {
		return 0 // "3.5 million …" or "1.The" is no marker
	}
	return len(s) - len(rest)
}

// datelineDashes separate a wire-service dateline from the story.
var datelineDashes = []string{" - ", " -- ", " — ", " – ", "— ", "– "}

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
	head := datelineHead(s)
	if n := colonDatelineLength(s, head); n > 0 {
		return n
	}
	return dashDatelineLength(s, head, func(words []string, dash, rest string) bool {
		return (isDateline(words) || isDateDateline(words) || isPlaceDateline(words, dash, rest) || isSiteTag(words)) && hasWordChar(rest)
	})
}

// dashDatelineLength returns how many bytes of s come before the story
// when the words before one of datelineDashes within head are a dateline
// that accept allows, given the dash and the rest of s; 0 when none is.
func dashDatelineLength(s, head string, accept func(words []string, dash, rest string) bool) int {
	for _, dash := range datelineDashes {
		i := strings.Index(head, dash)
		if i <= 0 {
			continue
		}
		rest := strings.TrimLeft(s[i+len(dash):], " ")
		if accept(strings.Fields(head[:i]), dash, rest) {
			return len(s) - len(rest)
		}
	}
	return 0
}

// wireDatelineLength is datelineLength for a sentence just after the lead,
// where only a wire dateline in capitals counts ("SANTA FE, N.M. (AP) —
// A cat…", after a headline the extractor kept): a place in ordinary
// capitals or a date there is more likely prose.
func wireDatelineLength(s string) int {
	return dashDatelineLength(s, datelineHead(s), func(words []string, _, rest string) bool {
		return isDateline(words) && startsUpper(rest)
	})
}

// datelineHead is the start of s a dateline may reach into.
func datelineHead(s string) string {
	if len(s) > maxDatelineBytes {
		return s[:maxDatelineBytes]
	}
	return s
}

// colonDatelineLength returns how many bytes of a place dateline before a
// colon start s ("Washington, DC, United States: Getting to the Moon…"),
// or 0: two to six capitalised words with a comma among them, within head,
// and a capital after the colon. A lead-in such as "Driving the news:" or
// "Bottom Line:" has no comma and stays.
func colonDatelineLength(s, head string) int {
	i := strings.Index(head, ": ")
	if i <= 0 {
		return 0
	}
	words := strings.Fields(head[:i])
	rest := strings.TrimLeft(s[i+2:], " ")
	if len(words) < 2 || len(words) > 6 || !allCapitalised(words) || !startsUpper(rest) {
		return 0
	}
	for _, w := range words[:len(words)-1] {
		if strings.HasSuffix(w, ",") {
			return len(s) - len(rest)
		}
	}
	return 0
}

// isPlaceDateline reports whether words before a dash are a dateline in
// ordinary capitals: a place with its state ("Dekalb, Ill." or "St.
// Joseph, Mich. (AP)"), or one place name before a long dash and a
// capitalised word ("Indianapolis – Several thousand…").
func isPlaceDateline(words []string, dash, rest string) bool {
	if len(words) == 0 || len(words) > 5 || !startsUpper(rest) {
		return false
	}
	if !allCapitalised(words) {
		return false
	}
	if len(words) == 1 {
		return strings.TrimSpace(dash) != "-" && !strings.ContainsAny(words[0], ",.")
	}
	for k := 1; k < len(words); k++ {
		if strings.HasSuffix(words[k-1], ",") && (strings.HasSuffix(words[k], ".") || isBracketedCredit(words[k:])) {
			return true
		}
	}
	return false
}

// isDateDateline reports whether words are a date alone, such as "April
// 17, 2015" or "17 April 2015": a month's name, a day and a year.
func isDateDateline(words []string) bool {
	if len(words) != 3 {
		return false
	}
	month, numbers := false, 0
	for _, w := range words {
		w = strings.TrimRight(w, ",.")
		switch {
		case startsUpper(w) && sentences.IsMonth(w):
			month = true
		case w != "" && strings.Trim(w, "0123456789") == "":
			numbers++
		}
	}
	return month && numbers == 2
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

// isSiteTag reports whether words are one site's name written as its
// address, capitalised, that an outlet sets before its stories
// ("PanARMENIAN.Net - …", "Bernama.com - …").
func isSiteTag(words []string) bool {
	if len(words) != 1 || !startsUpper(words[0]) {
		return false
	}
	name, ending, ok := strings.Cut(words[0], ".")
	return ok && name != "" && sentences.IsDomainEnding(ending)
}

// creditLength returns how many bytes of a wire credit in brackets glued
// to the story ("(CNN)President Trump…", "Hong Kong (CNN Business)A
// muddled view…") start s, or 0: the credit is one or two capitalised
// words, after at most a short place name, and a capital follows.
func creditLength(s string) int {
	open, end := strings.IndexByte(s, '('), strings.IndexByte(s, ')')
	if open < 0 || end < open+2 || end > open+24 || !isBracketedCredit(strings.Fields(s[open:end+1])) ||
		!isPlaceName(strings.Fields(s[:open])) {
		return 0
	}
	rest := strings.TrimLeft(s[end+1:], " ")
	if r := []rune(rest); len(r) == 0 || !unicode.IsUpper(r[0]) || open > 0 && len(rest) != len(s)-end-1 {
		return 0 // after a place, only a credit glued to the story: "Tesla (TSLA) CEO…" stays
	}
	return len(s) - len(rest)
}

// isPlaceName reports whether words (possibly none) are at most three
// capitalised words: the place before a wire credit.
func isPlaceName(words []string) bool {
	return len(words) <= 3 && allCapitalised(words)
}

// allCapitalised reports whether every word starts with a capital (after
// an opening bracket).
func allCapitalised(words []string) bool {
	for _, w := range words {
		if !startsUpper(strings.TrimLeft(w, "(")) {
			return false
		}
	}
	return true
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
