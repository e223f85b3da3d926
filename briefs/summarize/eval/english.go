package eval

import (
	"strings"
	"unicode"
)

// The rule for "English news" among the scrapinghub pages, fixed before
// measuring: a body of at least MinNewsWords words of which at least
// minEnglishShare are among englishFunctionWords. Function words make up
// about 40 % of English prose and almost none of other languages, so the
// share separates the languages cleanly; the length keeps out stubs,
// listings and captions.
const (
	MinNewsWords    = 150
	minEnglishShare = 0.10
)

// englishFunctionWords are the commonest English function words.
var englishFunctionWords = fieldSet(`the of and to a in is that for on with was as it by at from he
said his be are have has an this not but they were which their its who will been had or`)

// fieldSet returns the set of the white-space separated words of s.
func fieldSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		out[w] = true
	}
	return out
}

// IsEnglishNews reports whether body passes the rule above.
func IsEnglishNews(body string) bool {
	words := strings.FieldsFunc(strings.ToLower(body), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	if len(strings.Fields(body)) < MinNewsWords {
		return false
	}
	n := 0
	for _, w := range words {
		if englishFunctionWords[w] {
			n++
		}
	}
	return float64(n) >= minEnglishShare*float64(len(words))
}
