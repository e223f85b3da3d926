package summarize

import (
	"strings"
)

// honorifics stand before a surname in the house style of many outlets
// ("Mr Salmond", "Dr. Venter"): a key quote names the person in full
// instead, when the article does.
var honorifics = setOf(`mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame`)

// notFirstNames are capitalised words that may stand before a surname
// without being the person's first name: titles, ranks and sentence
// openers ("President Biden", "The Doctor", "But Giuffre").
var notFirstNames = setOf(`the a an but and or so yet then when as if in on at of for by with from to
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady president vice chancellor senator sen. rep.
gov. governor minister secretary judge justice coach captain capt. general gen. officer chief director
king queen prince princess pope father sister brother saint st. mayor sheriff detective inspector
sergeant sgt. professor doctor chairman chairwoman chair`)

// fullSpeaker names a speaker given by surname alone ("Doctor", "Mr
// Salmond", "RedMonk's Stephens") in full, as the article first introduced
// them ("Ken Doctor", "Alex Salmond", "Rachel Stephens"): out of the
// article, a surname alone leaves the reader guessing. Any other speaker,
// or one the article never names in full, stays as it is; each of two
// speakers ("Mr Keys and Mr Bacon") is named in full on their own.
func fullSpeaker(speaker, text string) string {
	if a, b, ok := strings.Cut(speaker, " and "); ok {
		return fullSpeaker(a, text) + " and " + fullSpeaker(b, text)
	}
	surname, ok := bareSurname(speaker)
	if !ok {
		return speaker
	}
	words := strings.Fields(text)
	for i := 1; i < len(words); i++ {
		if trimPunct(words[i]) != surname || !startsUpper(words[i]) {
			continue
		}
		if first := firstNameBefore(words, i); first != "" {
			return first + " " + surname
		}
	}
	return speaker
}

// bareSurname returns the surname of a speaker who is named by it alone:
// one capitalised word, after an honorific or an organisation's
// possessive or not.
func bareSurname(speaker string) (string, bool) {
	words := strings.Fields(speaker)
	switch {
	case len(words) == 2 && (honorifics[strings.ToLower(words[0])] || isPossessive(words[0])):
		words = words[1:]
	case len(words) != 1:
		return "", false
	}
	w := words[0]
	if !startsUpper(w) || trimPunct(w) != w || len(w) < 2 || strings.ToUpper(w) == w {
		return "", false // "AP", "NASA": an acronym is an organisation
	}
	return w, true
}

// isPossessive reports whether w is a possessive such as "RedMonk's".
func isPossessive(w string) bool {
	return startsUpper(w) && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"))
}

// firstNameBefore returns the first name (and middle initial, if any)
// right before words[i], as in "analyst Ken Doctor" or "George W. Bush";
// "" when the word before is no first name or ends a clause.
func firstNameBefore(words []string, i int) string {
	j := i - 1
	var initial string
	if isInitial(words[j]) && j > 0 {
		initial, j = words[j], j-1
	}
	w := words[j]
	if trimPunct(w) != w || !startsUpper(w) || notFirstNames[strings.ToLower(w)] || strings.ToUpper(w) == w {
		return ""
	}
	if initial != "" {
		return w + " " + initial
	}
	return w
}

// isInitial reports whether w is a middle initial such as "W.".
func isInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}
