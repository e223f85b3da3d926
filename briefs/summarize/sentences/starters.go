package sentences

import "strings"

// isStarter reports whether a capitalised word after an abbreviation more
// likely starts a new sentence than continues a name ("in the U.S. The
// report" versus "the U.S. Senate"). Only the part before an apostrophe
// counts, so "It's" and "I'm" are starters.
func isStarter(word string) bool {
	if i := strings.IndexAny(word, "'’"); i > 0 {
		word = word[:i]
	}
	return starters[strings.ToLower(word)]
}

// starters are function words and other words that commonly begin a news
// sentence but rarely follow an abbreviation inside a name.
var starters = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "these": true,
	"those": true, "there": true, "here": true, "he": true, "she": true, "it": true,
	"they": true, "we": true, "i": true, "you": true, "his": true, "her": true,
	"its": true, "their": true, "our": true, "my": true, "your": true, "but": true,
	"and": true, "or": true, "so": true, "yet": true, "however": true, "meanwhile": true,
	"moreover": true, "in": true, "on": true, "at": true, "for": true, "if": true,
	"when": true, "while": true, "where": true, "why": true, "how": true, "what": true,
	"who": true, "which": true, "after": true, "before": true, "as": true, "since": true,
	"although": true, "though": true, "despite": true, "some": true, "many": true,
	"most": true, "several": true, "few": true, "all": true, "both": true, "each": true,
	"every": true, "no": true, "not": true, "others": true, "such": true, "still": true,
	"also": true, "then": true, "now": true, "today": true, "yesterday": true,
	"tomorrow": true, "being": true, "did": true, "do": true, "does": true, "is": true,
	"are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"can": true, "could": true, "will": true, "would": true, "should": true, "may": true,
	"might": true, "must": true, "let": true, "thus": true, "instead": true,
	"nevertheless": true, "according": true, "one": true, "two": true, "three": true,
	"four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true,
	"ten": true, "dozens": true, "hundreds": true, "thousands": true, "millions": true,
	"billions": true,
}
