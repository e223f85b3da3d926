package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// referringSubjects are pronouns that, opening a sentence, stand for
// someone or something a sentence before named.
var referringSubjects = setOf(`he she they it his her their its`)

// determiners open a noun phrase that may point back ("The agency …",
// "This plan …").
var determiners = setOf(`the this these that those`)

// refersBack reports whether sentence i opens with a reference to what
// the earlier sentence j named: a pronoun ("He said …") or a determiner and
// a common noun that j holds ("The agency said Monday …" after "The
// European Space Agency says …"). Such a sentence makes a poor opening
// for a brief when j could open it instead: the reader meets "the agency"
// before being told which. "This week, …" or "The number of …" refer to
// nothing in j and are not caught.
func (c *chooser) refersBack(i, j int) bool {
	words := c.rank.feats[i].words
	if len(words) < 2 {
		return false
	}
	if referringSubjects[words[0]] {
		return true
	}
	if !determiners[words[0]] || !secondWordLower(c.doc.sents[i].text) {
		return false
	}
	noun := c.rank.feats[i].stems[1]
	for _, s := range c.rank.feats[j].stems {
		if s == noun {
			return true
		}
	}
	return false
}

// readerImperatives open a sentence that asks the reader to imagine
// something; readerWords stand for the reader; readerClauses open a clause
// about them ("If you're …").
var (
	readerImperatives = []string{"imagine ", "think of ", "think about ", "picture this", "ever wondered", "have you ever"}
	readerWords       = setOf(`you you're you've you'll you'd your`)
	readerClauses     = setOf(`if when whether`)
	writerWords       = setOf(`i i'm i've i'd my`)
)

// speaksAsWriter reports whether text, outside quotation marks, opens in
// the writer's own voice ("When I reported last year about …", "My
// grandmother kept …"), as a column's or a feature's teaser does; the news
// comes after it. A quotation's "I" ("“I will not resign,” she said") is
// the speaker's, not the writer's.
func speaksAsWriter(text string) bool {
	if r, _ := utf8.DecodeRuneInString(text); strings.ContainsRune("\"“‘'«„", r) {
		return false
	}
	words := splitWords(text, 2)
	for i := range words {
		words[i] = lowerWord(words[i])
	}
	return len(words) > 0 && writerWords[words[0]] || len(words) > 1 && readerClauses[words[0]] && writerWords[words[1]]
}

// addressesReader reports whether text opens by speaking to the reader or
// asking them to imagine something ("Think of virtual reality and you will
// …", "If you're planning to retire …"), as a feature's scene-setter does.
func addressesReader(text string) bool {
	text = strings.TrimLeft(text, "\"“‘' ")
	if opensWithAny(text, readerImperatives) {
		return true
	}
	words := splitWords(text, 2)
	for i := range words {
		words[i] = lowerWord(words[i])
	}
	return len(words) > 0 && readerWords[words[0]] || len(words) > 1 && readerClauses[words[0]] && readerWords[words[1]]
}

// secondWordLower reports whether the second word of text is in lower
// case: a common noun rather than a name.
func secondWordLower(text string) bool {
	ws := splitWords(text, 2)
	if len(ws) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ws[1])
	return unicode.IsLower(r)
}
