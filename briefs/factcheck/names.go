package factcheck

import (
	"strings"
)

// connectors may sit inside a proper name: "Bank of England", "Ursula von der Leyen".
var connectors = map[string]bool{
	"of": true, "de": true, "del": true, "la": true, "van": true, "von": true, "der": true,
	"du": true, "da": true, "di": true, "al": true, "bin": true, "le": true, "and": true,
}

// sentenceStarters are capitalised only because they open a sentence.
var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "but": true, "and": true,
	"or": true, "its": true, "it": true, "this": true, "that": true, "these": true, "those": true,
	"he": true, "she": true, "they": true, "we": true, "you": true, "after": true, "before": true,
	"while": true, "when": true, "as": true, "for": true, "with": true, "some": true, "many": true,
	"most": true, "all": true, "both": true, "his": true, "her": true, "their": true, "our": true,
	"if": true, "so": true, "yet": true, "still": true, "also": true, "meanwhile": true,
	"however": true, "then": true, "there": true, "here": true, "what": true, "why": true,
	"how": true, "who": true, "where": true, "which": true, "under": true, "over": true, "by": true,
	"from": true, "to": true, "despite": true, "since": true, "until": true, "amid": true,
	"among": true, "according": true, "officials": true, "analysts": true, "critics": true,
	"supporters": true, "experts": true, "no": true, "not": true, "more": true, "fewer": true,
	"several": true, "each": true, "every": true, "other": true, "another": true, "further": true,
	"expect": true, "watch": true, "next": true, "key": true, "new": true,
}

// commonAcronyms are capitalised but are not names.
var commonAcronyms = map[string]bool{
	"I": true, "AI": true, "CEO": true, "CFO": true, "COO": true, "CTO": true, "GDP": true,
	"IPO": true, "TV": true, "PM": true, "AM": true, "OK": true, "Q1": true, "Q2": true,
	"Q3": true, "Q4": true,
}

// nameCandidate reports whether token i can be part of a proper name.
func (e *extractor) nameCandidate(i int) bool {
	if !e.free(i) {
		return false
	}
	t := e.toks[i]
	return t.kind == tokWord && isCapitalised(t.text) && !commonAcronyms[t.text]
}

// names finds runs of capitalised words ("Jerome H. Powell", "Bank of
// England") and records each as a name claim.
func (e *extractor) names() {
	for i := 0; i < len(e.toks); i++ {
		if !e.nameCandidate(i) {
			continue
		}
		parts := e.nameRun(i)
		last := parts[len(parts)-1]
		if kept := e.trimSentenceStart(parts); len(kept) > 0 {
			e.add(claim{kind: kindName, words: nameWords(e.toks, kept)}, kept[0], kept[len(kept)-1])
		}
		i = last
	}
}

// nameRun returns the token indexes of the name that starts at token i.
func (e *extractor) nameRun(i int) []int {
	parts := []int{i}
	for j := i; ; {
		k := j + 1
		if isInitial(e.toks[j].text) && k < len(e.toks) && e.toks[k].text == "." {
			k++
		}
		switch {
		case e.nameCandidate(k) && !e.toks[k].sentenceStart:
			parts = append(parts, k)
			j = k
		case e.free(k) && connectors[e.toks[k].text] && e.nameCandidate(k+1) && !e.toks[k+1].sentenceStart:
			parts = append(parts, k, k+1)
			j = k + 1
		default:
			return parts
		}
	}
}

// trimSentenceStart drops words that are capitalised only because they open
// the sentence. A lone word at a sentence start cannot be told from an
// ordinary word, so it is dropped too.
func (e *extractor) trimSentenceStart(parts []int) []int {
	if !e.toks[parts[0]].sentenceStart {
		return parts
	}
	if len(parts) >= 3 && connectors[e.toks[parts[1]].text] {
		return parts[2:] // "Shares of Apple" → "Apple"
	}
	for len(parts) > 0 && (sentenceStarters[strings.ToLower(e.toks[parts[0]].text)] || connectors[e.toks[parts[0]].text]) {
		parts = parts[1:]
	}
	if len(parts) == 1 && e.toks[parts[0]].sentenceStart {
		return nil
	}
	return parts
}

// honorifics go before names but need not be in the article.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sir": true, "dame": true}

// nameWords returns the folded words of a name that must appear in the
// source, leaving out connectors, initials and honorifics.
func nameWords(toks []token, parts []int) []string {
	var words []string
	for _, p := range parts {
		w := toks[p].text
		if connectors[w] || isInitial(w) || honorifics[foldWord(w)] {
			continue
		}
		words = append(words, foldWord(w))
	}
	return words
}

// foldWord lower-cases a word and drops possessives and full stops, so
// "U.S." and "US", "Powell's" and "Powell" compare equal.
func foldWord(w string) string {
	w = strings.ToLower(w)
	w = strings.ReplaceAll(w, "’", "'")
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimSuffix(w, "'")
	return strings.ReplaceAll(w, ".", "")
}

// isTitleCase reports whether nearly all longer words of text are
// capitalised, as in "Fed Raises Rates To Fight Inflation"; names cannot be
// told apart there.
func isTitleCase(toks []token) bool {
	long, capital := 0, 0
	for _, t := range toks {
		if t.kind != tokWord || len(t.text) < 4 {
			continue
		}
		long++
		if isCapitalised(t.text) {
			capital++
		}
	}
	return long >= 3 && capital*10 >= long*9
}
