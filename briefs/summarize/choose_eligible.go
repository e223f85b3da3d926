package summarize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefsmith/briefs/summarize/sentences"
	"briefsmith/briefs/summarize/stem"
)

// boilerplate are phrases of page furniture that never make a summary:
// links and sign-up prompts, consent banners, captions and credits, share
// bars.
var boilerplate = []string{
	"click here", "sign up for our", "sign up to our", "sign up here", "sign up now", "sign up today",
	"subscribe to our", "subscribe now", "subscribe here", "subscribe today", "please subscribe", "read more", "all rights reserved",
	"follow us", "newsletter", "cookie", "image copyright", "image caption",
	"media playback", "is not responsible for the content of external", "contributed to this report", "share this", "skip to", "advertisement", "external links",
	"open in a new window", "copy this link", "opt-out", "opt out if you wish",
	"privacy policy", "terms of use", "terms of service", "you're ok with this",
	"photo credit", "(photo:", "photo by ", "(ap photo", "getty images", "file photo",
	"image source", "share on facebook", "share on twitter", "share via email",
	"related coverage", "related articles", "recommended for you", "more stories",
	"sign in", "log in to", "continue reading", "news you need to know",
	"update this post", "update this article", "update this story", "update this report", "this story will be updated",
	"this is a developing story", "check back for updates",
	// the lines of a live match commentary
	"wins a free kick", "is shown the yellow card", "is shown the red card", "is caught offside",
	"attempt missed.", "attempt saved.", "attempt blocked.", "delay in match",
}

// boilerplateIndex finds the boilerplate phrases in one pass over a
// sentence's words.
var boilerplateIndex = newPhraseIndex(boilerplate)

// furnitureStarts are how furniture lines begin: related-story and
// caption labels, and the lead-ins of bylines and time stamps.
var furnitureStarts = []string{"related:", "related stories", "read also", "see also", "also read",
	"watch:", "more:", "photo:", "image:", "caption:", "credit:", "pictured:", "file:",
	"cover image:", "cover photo:", "top image:", "header image:", "featured image:", "main image:",
	"lead image:", "photograph:", "photos:", "welcome to ", "sign up", "subscribe",
	"updated:", "published:", "posted:", "posted by ", "last modified"}

// factboxLabels open the event details a sports or arts page sets above
// its story ("Coverage: Live coverage of eight games on BBC One …",
// "Venue: …", "Tickets: …"): the whole paragraph one opens is furniture
// (see opensFactbox).
var factboxLabels = []string{"coverage:", "tv coverage:", "live coverage:", "dates:", "date:", "venue:", "venues:",
	"kick-off:", "kickoff:", "tickets:", "tv:", "radio:", "listen:", "where:", "when:", "times:"}

// opensFactbox reports whether a paragraph's first sentence opens with a
// factbox label.
func opensFactbox(text string) bool {
	return opensWithAny(text, factboxLabels)
}

// opensWithAny reports whether text opens with one of prefixes (written in
// lower case), in any case.
func opensWithAny(text string, prefixes []string) bool {
	for _, p := range prefixes {
		if len(text) >= len(p) && strings.EqualFold(text[:len(p)], p) {
			return true
		}
	}
	return false
}

// eligible reports whether a sentence may appear in a summary at all: long
// enough to say something, not a question, and not a bare quotation whose
// speaker is named only in another sentence (out of context the reader
// cannot tell who is talking; the key quote carries such words instead),
// nor one that only continues the sentence before it (leansOnPrevious).
func eligible(text string, f features) bool {
	if len(f.words) < 4 && utf8.RuneCountInString(text) < 15 {
		return false
	}
	if strings.HasSuffix(strings.TrimRight(text, "\"”’' "), "?") {
		return false
	}
	if strings.HasSuffix(strings.TrimSpace(text), ":") {
		return false // "Four England players will take part in the tournament:" introduces a list
	}
	return !isBareQuotation(text) && !isQuotationHead(text) && !isQuotationTail(text) && !leansOnPrevious(text) &&
		!pointsToLink(text)
}

// fragments marks the sentences that open in lower case (opensLowerCase),
// in an article whose sentences mostly open with a capital; in one written
// all in lower case none is marked.
func fragments(sents []sentence) []bool {
	out := make([]bool, len(sents))
	n := 0
	for i, s := range sents {
		if out[i] = opensLowerCase(s.text); out[i] {
			n++
		}
	}
	if 2*n >= len(sents) {
		clear(out)
	}
	return out
}

// opensLowerCase reports whether a sentence starts with a word in lower
// case: the rest of a list's lead-in ("permitting children to download …"
// after "Microsoft is promising to improve the experience by:") or of a
// sentence cut in two, not a sentence a reader can take alone. A word with
// a capital inside ("iPhone", "eBay") is a name and does not count.
func opensLowerCase(text string) bool {
	word := strings.TrimLeft(text, "\"'“‘«„([ ")
	if end := strings.IndexAny(word, " ,;:"); end > 0 {
		word = word[:end]
	}
	r, _ := utf8.DecodeRuneInString(word)
	if !unicode.IsLower(r) {
		return false
	}
	return strings.IndexFunc(word, unicode.IsUpper) < 0
}

// linkInvitations open a sentence that sends the reader to a link.
var linkInvitations = []string{"you can ", "you may ", "click ", "tap ", "read ", "see ", "watch ", "listen ", "view ", "find "}

// pointsToLink reports whether a sentence only sends the reader to a link
// on the page ("You can view our June 2018 open thread here.", "Read the
// full report here."): in a brief the link is gone and the sentence says
// nothing.
func pointsToLink(text string) bool {
	lower := strings.ToLower(strings.TrimSpace(text))
	end := strings.TrimRight(lower, ".!)”\"' ")
	return (strings.HasSuffix(end, " here") || strings.HasSuffix(end, " below")) && opensWithAny(lower, linkInvitations)
}

// insideQuotations marks the sentences that start inside a quotation that
// a sentence before them in the same paragraph opened and left open
// (`She said: "We are delighted. It took ten years.`): the middle of a
// speaker's words, which without their quote marks would read as the
// article's own claims.
func insideQuotations(sents []sentence) []bool {
	out := make([]bool, len(sents))
	open := false
	for i, s := range sents {
		if i > 0 && sents[i-1].block != s.block {
			open = false
		}
		out[i] = open
		open = quoteLeftOpen(s.text, open)
	}
	return out
}

// quoteLeftOpen reports whether a double quotation is open after text,
// given whether one was open before it.
func quoteLeftOpen(text string, open bool) bool {
	for _, r := range text {
		switch r {
		case '“', '«':
			open = true
		case '”', '»':
			open = false
		case '"':
			open = !open
		}
	}
	return open
}

// isQuotationHead reports whether a sentence is the first sentence of a
// longer quotation: it opens a quotation that it never closes, at its start
// (its speaker is named, if at all, in a later sentence) or after its
// speaker ("… who said: “There is nothing more serious …"): as a point it
// would end with the quotation open.
func isQuotationHead(text string) bool {
	return quoteLeftOpen(text, false)
}

// isQuotationTail reports whether a sentence is the last sentence of a
// longer quotation: it ends with a closing quote mark that nothing in it
// opened, so its speaker is named (if at all) in an earlier sentence.
func isQuotationTail(text string) bool {
	t := strings.TrimRight(strings.TrimSpace(text), ".!?… ")
	switch {
	case strings.HasSuffix(t, "”"):
		return !strings.Contains(t, "“")
	case strings.HasSuffix(t, "\""):
		return strings.Count(t, "\"") == 1
	}
	return false
}

// dependentStarts open sentences that only continue the one before
// ("For example, …", "It also …", "He added that …", "Which is not to
// say …", "The other is …", "The same is true for …", "It's because …"): alone in a brief
// they say nothing, or the wrong thing.
var dependentStarts = []string{"for example", "for instance", "one of them", "another is", "it also ",
	"this also ", "he also ", "she also ", "they also ", "he added", "she added", "they added", "which ",
	"that was when ", "that’s when ", "that's when ", "this was when ", "the other is ", "the other was ",
	"the same is true", "the same was true", "the same goes for", "one would hope", "it's because", "it’s because",
	"that's because", "that’s because", "this is because", "after this,", "after that,", "moreover", "furthermore",
	"first,", "firstly,", "second,", "secondly,", "third,", "thirdly,", "for that reason", "for this reason",
	"by contrast", "in contrast,", "a day earlier", "a few days earlier", "days earlier", "a week earlier",
	"hours earlier", "that same day", "the same day,",
	"by that stage", "by then,", "as i said", "as we said", "as noted", "as we've noted", "as we’ve noted", "as mentioned"}

// leansOnPrevious reports whether text opens like one of dependentStarts.
func leansOnPrevious(text string) bool {
	head := stem.LowerASCII(strings.TrimLeft(text, "\"“‘' "))
	for _, d := range dependentStarts {
		if strings.HasPrefix(head, d) {
			return true
		}
	}
	return false
}

// isBareQuotation reports whether a sentence is a direct quotation from its
// first character to its last, with no attribution of its own.
func isBareQuotation(text string) bool {
	t := strings.TrimSpace(text)
	if first, _ := utf8.DecodeRuneInString(t); t == "" || !strings.ContainsRune("\"“«", first) {
		return false
	}
	end := strings.TrimRight(t, ".!?… ")
	if !strings.HasSuffix(end, "\"") && !strings.HasSuffix(end, "”") && !strings.HasSuffix(end, "»") {
		return false
	}
	inner := strings.Trim(t, "\"“”«» .!?…")
	return !strings.ContainsAny(inner, "\"“”«»")
}

// isBoilerplate reports whether a sentence is page furniture: it holds a
// phrase of boilerplate, starts like a label of furniture, is a byline, or
// has a fused hover card ("Kristi NoemKristi Lynn NoemSouth Dakota
// governor … MORE").
func isBoilerplate(text string) bool {
	lower := strings.ToLower(text)
	if boilerplateIndex.in(lower) {
		return true
	}
	if opensWithAny(lower, furnitureStarts) {
		return true
	}
	return isByline(text) || isStamp(lower) || hasHoverCard(text) || isLabelledList(text) || isHandle(text) ||
		isEmbeddedPost(text) || isStatsRow(text) || isHeadingLine(text)
}

// stampWords open a time stamp: "Updated 5:32 PM ET", "Posted on 19
// November 2019", "Published Tuesday".
var stampWords = []string{"updated ", "published ", "posted "}

// isStamp reports whether lower (a sentence in lower case) is a time stamp:
// a stamp word and then a time or a date ("Published in 1990, the book…"
// is prose), or a headline with its stamp fused on ("Cat found in New
// Mexico Updated 11:21 pm CST, Tuesday…"): a stamp word anywhere, then a
// clock time.
func isStamp(lower string) bool {
	return opensWithStamp(lower) || holdsClockStamp(lower)
}

// opensWithStamp reports whether lower opens with a stamp word and then a
// time or a date.
func opensWithStamp(lower string) bool {
	for _, w := range stampWords {
		rest, ok := strings.CutPrefix(lower, w)
		if !ok {
			continue
		}
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "on "), "at ")
		next, _, _ := strings.Cut(rest, " ")
		next = strings.Trim(next, ",.")
		r, _ := utf8.DecodeRuneInString(next)
		if unicode.IsDigit(r) || sentences.IsCalendarWord(next) || next == "today" || next == "yesterday" {
			return true
		}
	}
	return false
}

// holdsClockStamp reports whether a stamp word in lower is followed by a
// clock time ("updated 11:21 pm", "posted at 9:05").
func holdsClockStamp(lower string) bool {
	for _, w := range stampWords {
		for from := 1; from < len(lower); {
			i := strings.Index(lower[from:], w)
			if i < 0 {
				break
			}
			at := from + i
			from = at + len(w)
			rest := strings.TrimPrefix(strings.TrimPrefix(lower[from:], "on "), "at ")
			if lower[at-1] == ' ' && isClockTime(rest) {
				return true
			}
		}
	}
	return false
}

// isClockTime reports whether s opens with a time of day: one or two
// digits, a colon and two digits ("9:05", "11:21").
func isClockTime(s string) bool {
	h, rest, ok := strings.Cut(s, ":")
	if !ok || len(h) < 1 || len(h) > 2 || len(rest) < 2 {
		return false
	}
	return strings.Trim(h, "0123456789") == "" && isDigit(rest[0]) && isDigit(rest[1])
}

// isDigit reports whether b is an ASCII digit.
func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// containsPhrase reports whether phrase occurs in s as whole words: not
// inside a longer word ("subscribe" is not in "subscribers", nor "sign
// in" in "design in").
func containsPhrase(s, phrase string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], phrase)
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		first, _ := utf8.DecodeRuneInString(phrase)
		if (i == 0 || !isWordRune(before) || !isWordRune(first)) && endsAtBoundary(s, i+len(phrase), phrase) {
			return true
		}
		from = i + 1
	}
}

// phraseIndex finds whole-word phrases in lower-case text in one pass over
// its words, as containsPhrase does for one phrase: each phrase is filed
// under the word it opens with, and only the phrases filed under a word of
// the text are tried there.
type phraseIndex struct {
	byFirst map[string][]string // "sign" → "sign up for our", "sign in", …
	other   []string            // phrases that open with punctuation: "(photo:"
}

// newPhraseIndex files each lower-case phrase under its first word.
func newPhraseIndex(phrases []string) phraseIndex {
	x := phraseIndex{byFirst: make(map[string][]string)}
	for _, p := range phrases {
		if n := wordRunLen(p); n > 0 {
			x.byFirst[p[:n]] = append(x.byFirst[p[:n]], p)
		} else {
			x.other = append(x.other, p)
		}
	}
	return x
}

// in reports whether s holds one of the phrases as containsPhrase finds it.
func (x phraseIndex) in(s string) bool {
	for _, p := range x.other {
		if containsPhrase(s, p) {
			return true
		}
	}
	for i := 0; i < len(s); {
		n := wordRunLen(s[i:])
		if n == 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		for _, p := range x.byFirst[s[i:i+n]] {
			if strings.HasPrefix(s[i:], p) && endsAtBoundary(s, i+len(p), p) {
				return true
			}
		}
		i += n
	}
	return false
}

// wordRunLen is the length in bytes of the run of letters and digits s
// opens with.
func wordRunLen(s string) int {
	for i, r := range s {
		if !isWordRune(r) {
			return i
		}
	}
	return len(s)
}

// endsAtBoundary reports whether phrase, found in s ending at byte end, ends
// a word there: it closes with punctuation or space, or s has no letter or
// digit right after it.
func endsAtBoundary(s string, end int, phrase string) bool {
	last, _ := utf8.DecodeLastRuneInString(phrase)
	after, _ := utf8.DecodeRuneInString(s[end:])
	return end == len(s) || !isWordRune(after) || !isWordRune(last)
}

// isWordRune reports whether r is a letter or a digit.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isHandle reports whether text opens with a social-media handle
// ("@newsdesk …"): an embedded post or a caption's credit.
func isHandle(text string) bool {
	return strings.HasPrefix(strings.TrimLeft(text, "\"“‘' "), "@")
}

// embeddedPostSignature is how an embedded social-media post signs off:
// "— Shay Friedman (@ironshay) August 22, 2013", or "(@bbcnews) 22 August
// 2013".
var embeddedPostSignature = regexp.MustCompile(`\(@\w{1,30}\)\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4})`)

// isEmbeddedPost reports whether text holds an embedded post's signature:
// the post, its author and its date fused into one line of the page.
func isEmbeddedPost(text string) bool {
	return strings.Contains(text, "(@") && embeddedPostSignature.MatchString(text)
}

// isStatsRow reports whether text is a row of a table or a box score
// ("DL Jon Ruiz 63 85% 1 tackle", "Palm Bay (1-0): Tolivert 25 points."):
// at least two figures, more figures than words in lower case, and under a
// quarter of its words in lower case, where a sentence of prose has its
// verbs and function words ("Japan's Nikkei 225 declined 0.3%, while…"
// is prose).
func isStatsRow(text string) bool {
	figures, lower, words := 0, 0, 0
	for w := range strings.FieldsSeq(text) {
		words++
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "([\"“‘'$£€"))
		switch {
		case unicode.IsDigit(r):
			figures++
		case unicode.IsLower(r):
			lower++
		}
	}
	return words >= 4 && figures >= 2 && figures > lower && lower*4 < words
}

// isHeadingLine reports whether text is a heading left in the body: six
// or more words, no closing punctuation, and four in five of its words of
// more than three letters capitalised ("Stadia Is Essentially A Beta
// Version Until 2020, But The Price Tag Isn't Cheap").
func isHeadingLine(text string) bool {
	t := strings.TrimSpace(text)
	if t == "" || strings.ContainsRune(".!?…:;\"”’')", lastRune(t)) || len(strings.Fields(t)) < 6 {
		return false
	}
	return isTitle(t)
}

// isLabelledList reports whether text is a label and a list of names or
// figures, as a score line or a factbox is ("Tries: Leuluai, Ah Van 2,
// Bridge Goals: Hanbury 5"): one or two words and a colon, then no word in
// lower case but joiners.
func isLabelledList(text string) bool {
	label, rest, ok := strings.Cut(text, ":")
	if !ok || len(strings.Fields(label)) > 2 || !startsUpper(label) || strings.TrimSpace(rest) == "" {
		return false
	}
	for _, w := range strings.Fields(rest) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !bylineJoiners[w] {
			return false
		}
	}
	return true
}

// maxBylineWords bounds a byline: "By Jane Doe and John Roe, Staff Writers".
const maxBylineWords = 10

// isByline reports whether text is a byline: "By" and a few words, none
// in lower case but joiners.
func isByline(text string) bool {
	if !strings.HasPrefix(text, "By") && !strings.HasPrefix(text, "BY") {
		return false
	}
	words := strings.Fields(text)
	if len(words) < 2 || len(words) > maxBylineWords || words[0] != "By" && words[0] != "BY" {
		return false
	}
	for _, w := range words[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !bylineJoiners[w] {
			return false
		}
	}
	return true
}

// bylineJoiners may stand in lower case inside a byline.
var bylineJoiners = setOf(`and of the de van von for in at`)

// hasHoverCard reports whether text holds the text of a hover card fused
// into it: a standalone "MORE" in capitals, or two words in which a name
// runs into the next without a space ("NoemKristi", "NoemSouth"), one of
// them ending in a word the text also has on its own ("Kristi"), as a
// card that repeats the name it pops up over does; brands written in one
// word ("GiveWell", "OrbitBeyond") are not cards.
func hasHoverCard(text string) bool {
	if i := strings.Index(text, "MORE"); i >= 0 && isStandaloneMore(text, i) {
		return true
	}
	var fused []string
	for w := range strings.FieldsSeq(text) {
		if len(w) >= 8 && isFusedName(w) {
			fused = append(fused, trimPunct(w))
		}
	}
	if len(fused) < 2 {
		return false
	}
	for _, f := range fused {
		tail := f[fusedAt(f):]
		for w := range strings.FieldsSeq(text) {
			if trimPunct(w) == tail {
				return true
			}
		}
	}
	return false
}

// fusedAt is the index of the capital letter where the second of two
// fused words begins in w, or len(w).
func fusedAt(w string) int {
	prevLower := false
	for i, r := range w {
		if i > 0 && prevLower && unicode.IsUpper(r) {
			return i
		}
		prevLower = unicode.IsLower(r)
	}
	return len(w)
}

// isStandaloneMore reports whether the "MORE" at text[i:] is a word of its
// own (with punctuation around it at most).
func isStandaloneMore(text string, i int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[i+len("MORE"):])
	return (i == 0 || !unicode.IsLetter(before)) && (i+len("MORE") == len(text) || !unicode.IsLetter(after))
}

// isFusedName reports whether w is two capitalised words of three or more
// letters each run together: a lower-case letter, then a capital, then a
// lower-case letter ("NoemSouth"; not "McDonald" or "iPhone").
func isFusedName(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) {
		return false
	}
	lowers := 0 // lower-case letters just before the current rune
	prevUpper := false
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			if prevUpper && lowers >= 3 {
				return true
			}
			if prevUpper {
				lowers = 0
			}
			lowers++
			prevUpper = false
		case unicode.IsUpper(r):
			if prevUpper {
				lowers = 0
			}
			prevUpper = true
		default:
			lowers, prevUpper = 0, false
		}
	}
	return false
}
