package summarize

import (
	"strings"
	"unicode"

	"briefsmith/briefs"
	"briefsmith/briefs/summarize/sentences"
)

// Headline lengths in words: a title is used whole up to maxTitleWords; a
// headline made from the lead has at most maxHeadlineWords, and is cut at a
// clause boundary when one falls at minClauseWords or later.
const (
	maxTitleWords    = 40
	maxHeadlineWords = 12
	minClauseWords   = 5
)

// headline returns the article's title, tidied and without the outlet's
// name (see withoutOutlet) or a leading section label (see withoutLabel),
// or a shortened lead when it has none.
func headline(title, site, link string, d *document) string {
	if t := tidyTitle(withoutLabel(withoutOutlet(title, outletNames(site, link)))); t != "" {
		if len(strings.Fields(t)) <= maxTitleWords {
			return t
		}
		return shorten(t, maxTitleWords)
	}
	if len(d.sents) == 0 {
		return ""
	}
	return shorten(d.sents[0].text, maxHeadlineWords)
}

// titleSeparators are the marks a page title puts before the outlet's name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " · ", " :: ", " » ", "_"}

// Bounds on the search for the outlet's name in a title, which keep it
// linear: the name is at most maxOutletBytes long, and at most
// maxOutletCuts segments naming it are dropped ("Title - Wire - wire.com").
const (
	maxOutletBytes = 200
	maxOutletCuts  = 3
)

// withoutOutlet drops the outlet's name that a page title carries after a
// bar, a dash or another separator, or in brackets: "Storm hits coast |
// Daily Planet", "Storm hits coast - Wire", "Mozilla - Wikipedia", "Weekly
// edition [LWN.net]". Only a segment that names the outlet (see
// outletNames), or a bracketed domain name, is dropped; every other
// segment is part of the headline ("Design Week | A light installation").
func withoutOutlet(title string, outlets map[string]bool) string {
	title = strings.Join(strings.Fields(title), " ")
	for range maxOutletCuts {
		head := cutOutlet(title, outlets)
		if head == title {
			break
		}
		title = head
	}
	return title
}

// cutOutlet drops the last segment of title when it names the outlet, and
// returns title unchanged when it does not. The segment is compared whole,
// separators included, so that a site named "Retro 70/80 - Toys" is found
// after "… - Retro 70/80 - Toys"; the longest such segment is dropped.
func cutOutlet(title string, outlets map[string]bool) string {
	if head, ok := cutBracketedOutlet(title, outlets); ok {
		return head
	}
	cut := -1
	for i := len(title) - 1; i > 0 && len(title)-i <= maxOutletBytes; i-- {
		if sep := separatorAt(title, i); sep != "" && outlets[outletKey(title[i+len(sep):])] {
			cut = i
		}
	}
	if cut < 0 {
		return title
	}
	return strings.TrimSpace(title[:cut])
}

// separatorAt returns the title separator that starts at title[i], or "".
func separatorAt(title string, i int) string {
	for _, sep := range titleSeparators {
		if strings.HasPrefix(title[i:], sep) {
			return sep
		}
	}
	return ""
}

// cutBracketedOutlet drops a final bracketed outlet's name or domain name:
// "Weekly edition [LWN.net]". It reports whether it found one.
func cutBracketedOutlet(title string, outlets map[string]bool) (string, bool) {
	i := strings.LastIndex(title, " [")
	if i <= 0 || !strings.HasSuffix(title, "]") {
		return title, false
	}
	name := strings.Trim(title[i+1:], "[]")
	if outlets[outletKey(name)] || isDomainName(name) {
		return strings.TrimSpace(title[:i]), true
	}
	return title, false
}

// sectionLabels are the labels a title may start with to say what kind of
// story follows rather than what it is about.
var sectionLabels = setOf(`column opinion analysis commentary editorial review podcast watch
video live explainer exclusive breaking update`)

// minLabelledWords is how many words must follow a section label for the
// label to be dropped: "Review: Joker" keeps its label.
const minLabelledWords = 3

// withoutLabel drops a leading section label followed by a colon or a bar
// ("Column: Merger bodes ill for local news", "Opinion | …"), or a final
// one after a bar ("The view on the city | Editorial"), when a headline of
// at least minLabelledWords words remains.
func withoutLabel(title string) string {
	for _, sep := range []string{": ", " | "} {
		label, rest, ok := strings.Cut(title, sep)
		if ok && sectionLabels[strings.ToLower(strings.TrimSpace(label))] && len(strings.Fields(rest)) >= minLabelledWords {
			return strings.TrimSpace(rest)
		}
	}
	if i := strings.LastIndex(title, " | "); i > 0 {
		head, label := title[:i], title[i+len(" | "):]
		if sectionLabels[strings.ToLower(strings.TrimSpace(label))] && len(strings.Fields(head)) >= minLabelledWords {
			return strings.TrimSpace(head)
		}
	}
	return title
}

// isDomainName reports whether s is a bare domain name such as "LWN.net":
// one word of labels joined by dots, the last of two to six letters.
func isDomainName(s string) bool {
	labels := strings.Split(s, ".")
	if len(labels) < 2 || strings.ContainsAny(s, " /") {
		return false
	}
	for _, l := range labels {
		if l == "" {
			return false
		}
	}
	tld := labels[len(labels)-1]
	if len(tld) < 2 || len(tld) > 6 {
		return false
	}
	for _, r := range tld {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// outletNames are the keys (see outletKey) an outlet's name may take in a
// title: the site's name, and the address's host with and without its
// last label ("lwn.net", "lwn"; "en.wikipedia.org" gives "wikipedia" too).
func outletNames(site, link string) map[string]bool {
	out := map[string]bool{}
	if k := outletKey(site); k != "" {
		out[k] = true
	}
	host := strings.ToLower(briefs.Host(link))
	if host == "" {
		return out
	}
	labels := strings.Split(host, ".")
	out[outletKey(strings.Join(labels, "."))] = true
	if n := len(labels); n >= 2 {
		out[outletKey(labels[n-2])] = true
	}
	return out
}

// outletKey is name in lower case with only its letters and digits, so that
// "LWN.net" and "lwn.net" compare equal; "" for a name without any.
func outletKey(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// clauseStarts are words before which a long lead may be cut.
var clauseStarts = setOf(`with after as amid which who while when despite following according
because but since saying where whose although though before`)

// shorten cuts s to at most max words: at the last clause boundary (a comma,
// semicolon, colon or dash, or a word such as "after" or "which") that
// leaves at least minClauseWords words, else after max words; dangling
// small words and punctuation are dropped.
func shorten(s string, max int) string {
	words := strings.Fields(s)
	if len(words) <= max {
		return tidyHeadline(words)
	}
	for i := max; i >= minClauseWords; i-- {
		if endsClause(words[i-1]) || clauseStarts[strings.ToLower(words[i])] || isDash(words[i]) {
			return tidyHeadline(words[:i])
		}
	}
	return tidyHeadline(words[:phraseCut(words, max)])
}

// maxFragmentWords is how many words after a last small word a cut may
// drop: "shot twice in the shoulder and once" loses "and once".
const maxFragmentWords = 3

// phraseCut returns where to cut words near max when no clause boundary
// helps: before the first small word ("and", "of", "with") among the final
// few, so that a half phrase is not left hanging.
func phraseCut(words []string, max int) int {
	for i := max - maxFragmentWords; i < max; i++ {
		if i < minClauseWords {
			continue
		}
		if danglers[strings.ToLower(words[i])] {
			return i
		}
	}
	return max
}

// endsClause reports whether a word ends with clause punctuation.
func endsClause(w string) bool {
	return strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") || strings.HasSuffix(w, ":")
}

// isDash reports whether w is a free-standing dash.
func isDash(w string) bool { return w == "-" || w == "–" || w == "—" }

// danglers are words a headline must not end on.
var danglers = setOf(`a an the of to and or but with in on at by for from as that which who
its their his her is are was were has have had be been will would could said says`)

// tidyTitle tidies the article's own title without changing its words:
// white space collapsed and a single closing full stop dropped (not an
// abbreviation's, an ellipsis or one inside closing quotes). Every word and
// quote mark of the title stays.
func tidyTitle(title string) string {
	t := strings.Join(strings.Fields(title), " ")
	if strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..") {
		words := strings.Fields(t)
		last := words[len(words)-1]
		if !sentences.IsAbbreviation(last) || len(last) > 5 && strings.Count(last, ".") < 2 { // "N.Y.C." keeps its stop
			t = strings.TrimSuffix(t, ".")
		}
	}
	return strings.TrimSpace(t) // "Storm hits ." leaves no space behind
}

// tidyHeadline joins words, dropping trailing small words, dashes and
// punctuation, and quote marks or brackets left unbalanced.
func tidyHeadline(words []string) string {
	for len(words) > 0 {
		last := strings.TrimRight(words[len(words)-1], ",;:.!-–—(\"“‘'")
		if last == "" || (len(words) > 1 && danglers[strings.ToLower(last)]) {
			words = words[:len(words)-1]
			continue
		}
		words[len(words)-1] = last
		break
	}
	return balance(strings.Join(words, " "))
}

// balance removes quote marks and brackets from s when they do not pair up.
func balance(s string) string {
	pairs := []struct{ open, close string }{{"“", "”"}, {"(", ")"}, {"[", "]"}}
	for _, p := range pairs {
		if strings.Count(s, p.open) != strings.Count(s, p.close) {
			s = strings.NewReplacer(p.open, "", p.close, "").Replace(s)
		}
	}
	if strings.Count(s, "\"")%2 == 1 {
		s = strings.ReplaceAll(s, "\"", "")
	}
	return strings.TrimSpace(s)
}
