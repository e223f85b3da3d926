package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefsmith/briefs"
)

// label says which part of the article a sentence sits in, as far as the
// article's own headings tell.
type label int8

// The labels. labelNone is text before any heading (or in an article with
// none); labelOther is text under a heading that names no section, such as
// "What analysts are saying".
const (
	labelNone label = iota
	labelOther
	labelHappened
	labelWhy
	labelNext
)

// section returns the brief section a label puts its sentences in, and
// false for labelNone and labelOther.
func (l label) section() (briefs.Section, bool) {
	switch l {
	case labelHappened:
		return briefs.WhatHappened, true
	case labelWhy:
		return briefs.WhyItMatters, true
	case labelNext:
		return briefs.WhatsNext, true
	}
	return 0, false
}

// headingPhrases maps normalised heading text (see normaliseHeading) to the
// section it introduces. Phrases mapped to labelOther are known Axios-style
// lead-ins that name no section; they are stripped like the others.
var headingPhrases = map[string]label{
	"what happened": labelHappened, "the news": labelHappened, "what we know": labelHappened,
	"driving the news": labelHappened, "the latest": labelHappened, "what we know so far": labelHappened,
	"what is happening": labelHappened, "whats happening": labelHappened, "whats new": labelHappened,

	"why it matters": labelWhy, "why this matters": labelWhy, "the big picture": labelWhy,
	"big picture": labelWhy, "context": labelWhy, "background": labelWhy, "between the lines": labelWhy,
	"analysis": labelWhy, "why it is important": labelWhy, "why its important": labelWhy,
	"why that matters": labelWhy, "the stakes": labelWhy, "the context": labelWhy,
	"the background": labelWhy, "flashback": labelWhy, "state of play": labelWhy,
	"why does it matter": labelWhy, "why does this matter": labelWhy,

	"whats next": labelNext, "what happens next": labelNext, "looking ahead": labelNext,
	"what to watch": labelNext, "the bottom line": labelNext, "bottom line": labelNext,
	"what to watch for": labelNext, "whats ahead": labelNext, "what comes next": labelNext,
	"next steps": labelNext, "the road ahead": labelNext, "looking forward": labelNext,
	"what to expect": labelNext, "what were watching": labelNext, "watch for": labelNext,
	"what next": labelNext, "the outlook": labelNext, "outlook": labelNext,
	"future improvements": labelNext, "future work": labelNext, "future plans": labelNext,
	"future directions": labelNext, "roadmap": labelNext, "what lies ahead": labelNext, "whats coming": labelNext,

	"yes but": labelOther, "zoom in": labelOther, "zoom out": labelOther,
	"what theyre saying": labelOther, "by the numbers": labelOther, "go deeper": labelOther,
	"the other side": labelOther, "reality check": labelOther, "catch up quick": labelOther,
	"our thought bubble": labelOther, "be smart": labelOther, "threat level": labelOther,
	"where it stands": labelOther, "the intrigue": labelOther, "of note": labelOther,
	"details": labelOther, "the details": labelOther, "key quote": labelOther,
	"follow the money": labelOther, "case in point": labelOther, "what else": labelOther,
}

// maxHeadingWords is the most words a heading line may have.
const maxHeadingWords = 10

// maxHeadingBytes bounds the text examined as a heading or lead-in.
const maxHeadingBytes = 90

// headingLabel returns the label a heading line introduces: a recognised
// section, labelOther for any other heading-like line, and false for text
// that is not a heading at all.
func headingLabel(line string) (label, bool) {
	if !looksLikeHeading(line) {
		return 0, false
	}
	if l, ok := phraseLabel(normaliseHeading(line)); ok {
		return l, true
	}
	if !startsWithCapital(line) || endsWithFunctionWord(line) {
		return 0, false
	}
	return labelOther, true
}

// endsWithFunctionWord reports whether line ends with a word such as "in"
// or "the", as a line of wrapped text may but a heading does not.
func endsWithFunctionWord(line string) bool {
	words := strings.Fields(normaliseHeading(line))
	return len(words) > 0 && stopwords[words[len(words)-1]]
}

// phraseLabel looks a normalised heading up in headingPhrases, also
// accepting a known phrase followed by "for …" or "to …", as in "Why it
// matters for investors".
func phraseLabel(norm string) (label, bool) {
	norm = stripEnumerator(norm)
	if l, ok := headingPhrases[norm]; ok {
		return l, true
	}
	for _, sep := range []string{" for ", " to "} {
		if i := strings.Index(norm, sep); i > 0 {
			if l, ok := headingPhrases[norm[:i]]; ok && l != labelOther {
				return l, true
			}
		}
	}
	return 0, false
}

// stripEnumerator drops a leading section number, as in "2 why it
// matters" from "2. Why it matters".
func stripEnumerator(norm string) string {
	first, rest, ok := strings.Cut(norm, " ")
	if ok && strings.Trim(first, "0123456789") == "" {
		return rest
	}
	return norm
}

// looksLikeHeading reports whether line has the shape of a heading: short,
// a few words, at least one letter, and no sentence-final full stop, comma
// or semicolon at its end.
func looksLikeHeading(line string) bool {
	line = strings.TrimSpace(strings.Trim(strings.TrimSpace(line), "*_#"))
	if line == "" || len(line) > maxHeadingBytes {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".,;…\"”。", last) {
		return false
	}
	words := strings.Fields(line)
	return len(words) <= maxHeadingWords && strings.IndexFunc(line, unicode.IsLetter) >= 0
}

// startsWithCapital reports whether the first letter of s (after markup such
// as "## " or "**") is upper case.
func startsWithCapital(s string) bool {
	i := strings.IndexFunc(s, unicode.IsLetter)
	if i < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

// normaliseHeading lower-cases s, drops apostrophes and turns every other
// run of non-alphanumeric characters into one space, so that "What’s Next?",
// "WHAT'S NEXT" and "## Whats next" all read "whats next".
func normaliseHeading(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '\'' || r == '’' || r == '‘':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// leadIn recognises an inline lead-in such as "Why it matters: " or
// "**The big picture:** " at the start of a paragraph. It returns the label
// and the byte offset in para where the body after the lead-in begins; ok is
// false when para has no known lead-in or nothing follows it.
func leadIn(para string) (l label, body int, ok bool) {
	head := para
	if len(head) > maxHeadingBytes {
		head = head[:maxHeadingBytes]
	}
	cut := strings.IndexAny(head, ":—")
	if cut <= 0 {
		return 0, 0, false
	}
	l, ok = phraseLabel(normaliseHeading(head[:cut]))
	if !ok {
		return 0, 0, false
	}
	_, n := utf8.DecodeRuneInString(para[cut:])
	body = cut + n
	for body < len(para) && strings.IndexByte("*_ \t\r\n", para[body]) >= 0 {
		body++
	}
	if body >= len(para) {
		return 0, 0, false
	}
	return l, body, true
}
