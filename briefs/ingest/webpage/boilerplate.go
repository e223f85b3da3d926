package webpage

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Page furniture that readability keeps with the article — captions and
// photo credits, share bars, hover cards fused into sentences,
// "Related"/"Read more" blocks, cookie banners — is removed in three
// steps: elements named for it (class or id; cookie banners are left for
// the wall checks) and figure captions before readability runs; blocks made mostly of links in readability's result;
// and paragraphs that are labels, credits, social-network lists, cookie
// notices or repeats in the text.

// furnitureWords are class and id words (split at "-", "_" and spaces;
// two-word names also match written as one) of page furniture.
var furnitureWords = map[string]bool{
	"caption": true, "captions": true, "credit": true, "credits": true, "share": true, "sharing": true,
	"sharebar": true, "sharetools": true, "social": true, "related": true, "recommended": true, "recirc": true,
	"readmore": true, "newsletter": true, "hovercard": true, "tooltip": true, "popover": true, "rollover": true,
	"outbrain": true, "taboola": true, "advert": true, "advertisement": true, "sponsored": true,
	"mostread": true, "mostpopular": true, "trending": true,
	"pullquote": true, "pullquotes": true,
	"relatedposts": true, "relatedarticles": true, "relatedstories": true, "relatedcontent": true, "relatedlinks": true,
}

// isFurnitureName reports whether a class or id attribute names page
// furniture.
func isFurnitureName(v string) bool {
	if v == "" {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(v), func(r rune) bool { return r == '-' || r == '_' || r == ' ' || r == '\t' || r == '\n' })
	for i, w := range words {
		if furnitureWords[w] || (i > 0 && furnitureWords[words[i-1]+w]) {
			return true
		}
	}
	return false
}

// maxFurnitureShare is the largest part of the page's text an element
// may hold to be removed as furniture; a larger one may wrap the article.
const maxFurnitureShare = 0.2

// removeFurniture deletes figure captions and elements whose class or id
// names them furniture, when they hold a small part of the page's text.
func removeFurniture(doc *html.Node) {
	body := findElement(doc, "body")
	if body == nil {
		return
	}
	sizes := textSizes(body)
	limit := int(maxFurnitureShare * float64(sizes[body]))
	var doomed []*html.Node
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode || n == body || sizes[n] > limit {
			return true
		}
		named := isFurnitureName(attr(n, "class")) || isFurnitureName(attr(n, "id"))
		if n.DataAtom == atom.Figcaption || (named && !holdsProse(n) && !holdsByline(n)) {
			doomed = append(doomed, n)
			return false
		}
		return true
	})
	for _, n := range doomed {
		if n.DataAtom == atom.Article || n.DataAtom == atom.Main {
			continue
		}
		if name := hoverTrigger(n); name != "" {
			n.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: name}, n) // the name the card hung from stays
		}
		n.Parent.RemoveChild(n)
	}
}

// hoverWords name the pop-up cards a page shows over a name in the text.
var hoverWords = regexp.MustCompile(`(?i)hover|tooltip|popover|rollover`)

// hoverTrigger is the text of the link a hover card hangs from, when n is
// an inline element named for one that holds the link and, after it, the
// card ("Rep. <span class="rollover-people"><a>Ilhan Omar</a><span
// class="rollover-people-block">…card…</span></span>"): the name is the
// article's text, only the card is furniture. "" otherwise, the card
// itself included.
func hoverTrigger(n *html.Node) string {
	if n.DataAtom != atom.Span || !namesHover(n) {
		return ""
	}
	link, card := "", false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A && link == "" && !card {
			link = textOf(c, maxHeadlineText)
		}
		card = card || c.DataAtom != atom.A && namesHover(c)
	}
	if !card {
		return "" // n is the card itself
	}
	return link
}

// namesHover reports whether n's class or id names a hover card.
func namesHover(n *html.Node) bool {
	return hoverWords.MatchString(attr(n, "class") + " " + attr(n, "id"))
}

// proseLen is the length of a run of text outside links from which on
// an element holds prose, not furniture: furniture is made of labels,
// headlines and links.
const proseLen = 150

// holdsProse reports whether n has a text of proseLen bytes or more that
// is not inside a link (an article body whose class says "read-more",
// say).
func holdsProse(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		switch {
		case found || (c.Type == html.ElementNode && c.DataAtom == atom.A):
			return false
		case c.Type == html.TextNode && len(strings.TrimSpace(c.Data)) >= proseLen:
			found = true
		}
		return !found
	})
	return found
}

// bylineName matches the class, id, rel or itemprop of an author credit.
var bylineName = regexp.MustCompile(`(?i)author|byline|dateline`)

// holdsByline reports whether n holds an author credit (a header whose
// class names its share buttons, say), which readability reads later.
func holdsByline(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode {
			for _, key := range []string{"class", "id", "rel", "itemprop"} {
				found = found || bylineName.MatchString(attr(c, key))
			}
		}
		return !found
	})
	return found
}

// textSizes is the length of the text under each element of root.
func textSizes(root *html.Node) map[*html.Node]int {
	sizes := make(map[*html.Node]int)
	var order []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			order = append(order, n)
			return n.DataAtom != atom.Script && n.DataAtom != atom.Style
		}
		return false
	})
	for i := len(order) - 1; i >= 0; i-- { // children before parents
		n := order[i]
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				sizes[n] += len(strings.TrimSpace(c.Data))
			case html.ElementNode:
				sizes[n] += sizes[c]
			}
		}
	}
	return sizes
}

// removeLinkLists deletes from readability's article the short blocks
// that are mostly link text: lists of related stories, tag lists, "On
// our site:" pointers. A heading that is a link but heads the prose after
// it ("“Thumper” ($20)" over a game's review) is the article's own and
// stays (see headsProse).
func removeLinkLists(article *html.Node) {
	var doomed []*html.Node
	walk(article, func(n *html.Node) bool {
		if n.Type != html.ElementNode || !linkListCandidate[n.DataAtom] || hasBlockChild(n) {
			return true
		}
		text := strings.TrimSpace(innerText(n))
		if words := len(strings.Fields(text)); words > 0 && words <= 30 && float64(linkTextLen(n)) >= 0.7*float64(len(text)) &&
			!headsProse(n) && !creditsQuotation(n) {
			doomed = append(doomed, n)
		}
		return false
	})
	for _, n := range doomed {
		n.Parent.RemoveChild(n)
	}
}

// creditsQuotation reports whether n, a short block of links, comes right
// after a <blockquote>: the quoted source's name ("[The Verge]"), without
// which the quotation reads as the outlet's own words.
func creditsQuotation(n *html.Node) bool {
	prev := siblingWithText(n, false)
	return prev != nil && prev.DataAtom == atom.Blockquote && len(strings.Fields(innerText(n))) <= 6
}

// minHeadedProse is the fewest words of plain text the paragraph after a
// linked heading needs for the heading to head the article's prose rather
// than a related story's teaser.
const minHeadedProse = 25

// headsProse reports whether n is a heading (h2–h6) whose next element
// with text (past a video's or a picture's empty box) is a paragraph of at
// least minHeadedProse words that is mostly not links.
func headsProse(n *html.Node) bool {
	if !headingAtoms[n.DataAtom] {
		return false
	}
	next := siblingWithText(n, true)
	if next == nil || next.DataAtom != atom.P {
		return false
	}
	text := strings.TrimSpace(innerText(next))
	return len(strings.Fields(text)) >= minHeadedProse && float64(linkTextLen(next)) < 0.5*float64(len(text))
}

// siblingWithText is the nearest element after n (or before it) that has
// text, past empty boxes such as a video's; nil when there is none.
func siblingWithText(n *html.Node, after bool) *html.Node {
	step := func(c *html.Node) *html.Node {
		if after {
			return c.NextSibling
		}
		return c.PrevSibling
	}
	c := step(n)
	for c != nil && (c.Type != html.ElementNode || strings.TrimSpace(innerText(c)) == "") {
		c = step(c)
	}
	return c
}

// headingAtoms are the headings a linked section title may be.
var headingAtoms = map[atom.Atom]bool{atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true}

var linkListCandidate = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Div: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Span: true,
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blockElements[c.DataAtom] && c.DataAtom != atom.Br) {
			return true
		}
	}
	return false
}

// innerText is the text under n, without separators.
func innerText(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return true
	})
	return b.String()
}

// linkTextLen is the length of the text inside links under n.
func linkTextLen(n *html.Node) int {
	total := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			total += len(strings.TrimSpace(innerText(c)))
			return false
		}
		return true
	})
	return total
}

// Paragraph-level furniture.
var (
	// furnitureLabel is a paragraph that is only a label.
	furnitureLabel = regexp.MustCompile(`(?i)^(advert(isement)?|ad|caption|close|continue reading( below)?|read more|read next|related( (articles?|stories|content|coverage|posts?|news))?|` +
		`you (may|might) also like|recommended( for you)?|don'?t miss|see more|more (stories|news|on this|from [\pL ]+)|most (read|popular|viewed)|trending( now)?|` +
		`tags?|topics?|share( this( article| story| page)?)?|comments?|sign in|log in|subscribe|print|image \d+ of (/ )?\d+|photo \d+ of \d+|\d+ of \d+|\d+ ?/ ?\d+|` +
		`want more stories like this\?|what to read next|also read|read also|watch|listen|follow us|` +
		`story continues below( the)?( gallery| advertisement| video| photo)?|recent (articles|posts|stories)|popular (this week|posts|stories|now)|` +
		`by|order reprints|reprints?|print (article|this (article|page|story))|text size|highlights|key points)\W*$`)
	// pageNotice is a line the site prints under or beside every article:
	// a disclaimer about links, a player's notice, a newsletter prompt, a
	// section tag ("From the section Get Inspired"), a print or reprint
	// note, a gallery's label ("Gallery: Galaxy Fold review | 31 Photos"),
	// a wire story's tail ("___", "Jane Roe contributed to this report.",
	// "Follow AP's full coverage of …", "Contributing: Jane Roe"), a
	// copyright line, a prompt to follow the desk ("Follow Newsbeat on
	// Instagram, Facebook and Twitter", "Follow @BGRDeals on Twitter"), the
	// reporters' contacts ("Reach the reporters on Twitter at …", an e-mail
	// or a Twitter address alone), a pointer to more ("Related coverage
	// from …", "More Business News") and a relative time stamp ("Today
	// 12:01 AM").
	pageNotice = regexp.MustCompile(`(?i)(is not responsible for the content of external|^media playback is (not supported|unsupported) on|` +
		`^subscribe to (the|our) [\pL ]{0,40}newsletter|^sign up (for|to) (the|our) [\pL ]{0,40}newsletter|^from the section [\pL ]+$|` +
		`^a version of this (article|story) (appears|appeared) in print|^this (article|story) (was|has been) (originally published|reprinted|republished)|` +
		`^gallery: .{1,120}\| ?\d+ photos$|contributed (reporting )?to this (report|story|article)\.?$|^_{3,}$|` +
		`^copyright (©|\(c\)|\d{4})|^© ?\d{4}|^this article (has been|was) adapted from|^follow (ap|reuters|our)'?s? .{0,60}coverage|` +
		`^follow [\pL@_\d ]{1,40} on (instagram|facebook|twitter|youtube|tiktok|snapchat)\b|^contributing: [\pL .,'’-]+$|` +
		`^reach (the )?(reporters?|writers?|authors?|columnists?) (on|at|via)\b|^related coverage from\b|^more [\pL ]{1,30} news$|` +
		`^[\w.+-]+@[\w-]+(\.[\w-]+)+$|^(https?://)?(www\.)?(twitter|x)\.com/\w+$|^(today|yesterday),? \d{1,2}:\d\d ?([ap]\.?m\.?)?$|` +
		`^disclosure: .{0,80}\b(commission|affiliate)|^write to [\pL .'’-]{2,60} at [\w.+-]+@[\w-]+(\.[\w-]+)+\.?$|` +
		`\bsign up for (the |our )?(free )?[\pL ]{0,40}newsletter\b|^like this (story|article)\? share it\b)`)
	// labelled is a short paragraph that starts with a pointer label.
	labelled = regexp.MustCompile(`(?i)^(related|see more|read more|also read|read also|more|recommended|watch|listen|pictured|photo|photos|image|images|picture|foto|credit|illustration|source|video|see it now|see it at|buy now|shop now)( credit)?\s*:`)
	// credit is a photo credit in a short paragraph.
	credit = regexp.MustCompile(`(?i)(\((image|photo|picture|video) ?(credit|courtesy|source)?:[^)]*\)$|credit:\s*\S|^©|photograph: |\bphoto: [\pL. ]+(, [\pL. /]+)?$|\((AP|Reuters|AFP|Getty|EPA)( Images)?( Photo)?[^)]*\)$)`)
	// longCaption is a photo's caption of any length: one that opens "In
	// this photo …" or ends with its credit in brackets ("(Oleg Urusov/
	// Roscosmos Press Service photo via AP)", "(AP Photo/Jane Roe)").
	longCaption = regexp.MustCompile(`(?i)(^in this (undated |handout |file |aerial )?(photo|image|picture)\b|` +
		`\([^()]*(\bphoto\b[^()]*(/| via | by )|(/| via | by )[^()]*\bphoto\b)[^()]*\)$)`)
	// socialWords are what share bars are made of.
	socialWords = map[string]bool{
		"facebook": true, "twitter": true, "x": true, "whatsapp": true, "pinterest": true, "pin": true, "pint": true,
		"linkedin": true, "email": true, "e-mail": true, "mail": true, "reddit": true, "share": true, "print": true,
		"copy": true, "link": true, "tweet": true, "messenger": true, "telegram": true, "flipboard": true,
		"tumblr": true, "sms": true, "comments": true, "comment": true, "save": true, "baixar": true, "compartilhar": true,
		"teilen": true, "partager": true, "compartir": true,
	}
	// dateline is a paragraph that only says when the story was published
	// or updated.
	dateline     = regexp.MustCompile(`(?i)^(published|updated|posted|last (updated|modified)|modified|first published)\b[^.!?]{0,100}$`)
	dateWord     = regexp.MustCompile(`(?i)^(\d{1,4}([:./-]\d{1,4})*(am|pm|h)?|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|\pL+day|am|pm|[ap]\.m\.|at|on|de|às|um|le|à|el|\pL{3,9}-feira)[.,;|]*$`)
	yearPattern  = regexp.MustCompile(`\b(19|20)\d\d\b`)
	timeZone     = regexp.MustCompile(`^[A-Z]{2,4}$`) // EST, CET, HST
	cookieNotice = regexp.MustCompile(`(?i)\b(we|this (web)?site|our (web)?site|it) uses? cookies|\bcookies?\b.*\b(accept|consent|agree|opt-out|privacy policy)\b|\b(accept|consent|agree)\b.*\bcookies?\b`)
)

// minRepeatedSentenceWords is the fewest words of a repeated paragraph
// that reads as the story's own sentence rather than a caption or a button.
const minRepeatedSentenceWords = 8

// isRepeatedSentence reports whether a paragraph the page prints twice is
// a sentence of the story (a highlights box repeating one, a guide's
// repeated step), whose first copy stays: eight words or more, ending as
// a sentence ends.
func isRepeatedSentence(p string, words int) bool {
	t := strings.TrimRight(p, " ”\"’')")
	return words >= minRepeatedSentenceWords && t != "" && strings.ContainsAny(t[len(t)-1:], ".!?")
}

// maxLabelWords is the longest paragraph a label, pointer or credit rule
// may remove.
const maxLabelWords = 25

// dropFurnitureParagraphs removes labels, pointers, credits, share bars,
// cookie notices and repeated short paragraphs (repeated captions, "Share"
// bars after every photo; a repeated sentence keeps its first copy, see
// isRepeatedSentence) from text (paragraphs separated by a blank line).
// A label such as "You may also like" takes the short headlines after it
// with it.
func dropFurnitureParagraphs(text string) string {
	seen := shortParagraphCounts(text)
	var kept strings.Builder
	inList := false
	furniture := make(map[string]bool)  // decisions so far, by paragraph
	keptBefore := make(map[string]bool) // paragraphs kept: a long one repeated is a template's second copy
	for p := range strings.SplitSeq(text, "\n\n") {
		words := countWords(p) // two characters of Chinese or Japanese make a word
		isF, known := furniture[p]
		if !known {
			isF = isFurniture(p, words)
			furniture[p] = isF
		}
		switch {
		case p == "" || keptBefore[p]:
			continue
		case isF, seen[strings.ToLower(p)] > 1 && !isRepeatedSentence(p, words):
			inList = inList || (words <= 8 && furnitureLabel.MatchString(p))
			continue
		case inList && words <= 15 && !strings.ContainsAny(p[len(p)-1:], ".!?:;\""):
			continue // a headline in a list of related stories
		}
		inList = false
		keptBefore[p] = true
		if kept.Len() > 0 {
			kept.WriteString("\n\n")
		}
		kept.WriteString(p)
	}
	return kept.String()
}

// shortParagraphCounts counts, in lower case, how often each short
// paragraph of text (under 60 words) appears.
func shortParagraphCounts(text string) map[string]int {
	seen := make(map[string]int)
	for p := range strings.SplitSeq(text, "\n\n") {
		if len(p) < 600 && countWords(p) < 60 {
			seen[strings.ToLower(p)]++
		}
	}
	return seen
}

// isBylineDateLine reports whether p is a byline and a time stamp set on
// one line ("By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated
// November 18 at 4:46 PM"): "By", a name, a bar, then only a date.
func isBylineDateLine(p string) bool {
	by, rest, ok := strings.Cut(p, "|")
	if !ok || !strings.HasPrefix(strings.ToLower(by), "by ") || len(strings.Fields(by)) > 6 {
		return false
	}
	return yearPattern.MatchString(rest) && nonDateWords(rest, dateCreditWords) <= 2
}

// maxCaptionWords is the longest paragraph that may be a longCaption.
const maxCaptionWords = 120

// maxNoticeWords is the longest paragraph that may be a pageNotice.
const maxNoticeWords = 30

// isFurniture reports whether one paragraph of words words is a label,
// pointer, credit, share bar, site notice or cookie notice.
func isFurniture(p string, words int) bool {
	switch {
	case words <= maxLabelWords && (isLabel(p, words) || isBylineDateLine(p) || socialOnly(p)):
		return true
	case words <= 80 && cookieNotice.MatchString(p):
		return true
	case words <= maxNoticeWords && pageNotice.MatchString(p):
		return true
	case words <= maxCaptionWords && longCaption.MatchString(p):
		return true
	}
	return isTimeStamp(p, words)
}

// isTimeStamp reports whether p, of words words, only says when the story
// was published or updated.
func isTimeStamp(p string, words int) bool {
	return words <= 15 && strings.ContainsAny(p, "0123456789") && (dateline.MatchString(p) || onlyDate(p)) && !isDenseProse(p)
}

// denseDateRunes are the characters of a Chinese or Japanese date or time.
const denseDateRunes = "年月日時时分秒星期曜午前後号號"

// isDenseProse reports whether p holds words of a script written without
// spaces (Chinese, Japanese, Thai…) besides those of a date: a sentence
// ("早在1985年，研究人员就发现了…"), which strings.Fields would count as
// one word, not a time stamp ("2016年10月14日 07:17").
func isDenseProse(p string) bool {
	n := 0
	for _, r := range p {
		if isDenseScript(r) && !strings.ContainsRune(denseDateRunes, r) {
			n++
		}
	}
	return n >= 4
}

// onlyDate reports whether p is a date and time and nothing else
// ("Tuesday, November 19, 2019 at 9:45 am", "22 de janeiro de 2018 às
// 0:13"): a year, and at most two words that are not parts of a date.
func onlyDate(p string) bool {
	return yearPattern.MatchString(p) && nonDateWords(p, dateCreditWords) <= 2
}

// nonDateWords counts the words of p that are not parts of a date or a
// time (nor in also, by their lower-case form).
func nonDateWords(p string, also map[string]bool) int {
	other := 0
	for _, w := range strings.Fields(p) {
		if w = strings.Trim(w, ",;|():"); w == "" {
			continue // a separator ("November 19, 2019 | 4:20am")
		}
		lower := strings.ToLower(strings.Trim(w, "."))
		if !dateWord.MatchString(w) && !monthNames[lower] && !timeZone.MatchString(w) && !also[lower] {
			other++
		}
	}
	return other
}

// monthNames are month names in the languages news is most often read in.
var monthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true,
	"janeiro": true, "fevereiro": true, "março": true, "abril": true, "maio": true, "junho": true, "julho": true,
	"agosto": true, "setembro": true, "outubro": true, "novembro": true, "dezembro": true,
	"enero": true, "febrero": true, "marzo": true, "mayo": true, "junio": true, "julio": true,
	"septiembre": true, "octubre": true, "noviembre": true, "diciembre": true,
	"janvier": true, "février": true, "mars": true, "avril": true, "mai": true, "juin": true, "juillet": true,
	"août": true, "septembre": true, "octobre": true, "novembre": true, "décembre": true,
	"januar": true, "februar": true, "märz": true, "juni": true, "juli": true, "oktober": true, "dezember": true,
}

// isLabel reports whether a short paragraph is a label, a pointer or a
// credit. Cheap tests go first: labels are at most eight words, and
// pointers and credits all hold a colon, a bracket or ©.
func isLabel(p string, words int) bool {
	if words <= 8 && furnitureLabel.MatchString(p) {
		return true
	}
	if !strings.ContainsAny(p, ":(©") {
		return false
	}
	return labelled.MatchString(p) || credit.MatchString(p)
}

// socialOnly reports whether every word of p names a social network or a
// share action.
func socialOnly(p string) bool {
	fields := strings.FieldsFunc(strings.ToLower(p), func(r rune) bool { return r == ' ' || r == '|' || r == '/' || r == '·' || r == ',' })
	for _, f := range fields {
		if !socialWords[strings.Trim(f, "().:!-")] {
			return false
		}
	}
	return len(fields) > 0
}

// markQuotations puts quotation marks around each paragraph of a
// <blockquote> that has none: set off by indentation alone on the page, a
// quoted statement would read in the plain text, and in a brief, as the
// outlet's own words.
func markQuotations(article *html.Node) {
	walk(article, func(n *html.Node) bool {
		if n.Type != html.ElementNode || n.DataAtom != atom.Blockquote {
			return true
		}
		paras := blockChildren(n)
		if len(paras) == 0 {
			paras = []*html.Node{n}
		}
		for _, p := range paras {
			if text := strings.TrimSpace(innerText(p)); isQuotable(p, text) {
				encloseText(p)
			}
		}
		return false // a quotation inside one is already inside its marks
	})
}

// minQuotedWords is the fewest words a blockquote's paragraph needs to be
// marked as a quotation: shorter ones are its speaker's name ("Michael
// Shadlen, Ph.D.") or a line of verse.
const minQuotedWords = 7

// isQuotable reports whether a blockquote's paragraph p, of text text,
// is prose to mark: long enough, not code, not its attribution, and not
// already in quotation marks.
func isQuotable(p *html.Node, text string) bool {
	if len(strings.Fields(text)) < minQuotedWords || strings.ContainsRune(quoteOpeners+"—–-", firstRune(text)) {
		return false
	}
	if p.DataAtom == atom.Footer || p.DataAtom == atom.Cite || findElement(p, "pre") != nil || findElement(p, "code") != nil {
		return false
	}
	return true
}

// encloseText puts “ before the first visible character under p and ”
// after the last.
func encloseText(p *html.Node) {
	var first, last *html.Node
	walk(p, func(c *html.Node) bool {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			if first == nil {
				first = c
			}
			last = c
		}
		return true
	})
	if first == nil {
		return
	}
	first.Data = "“" + strings.TrimLeft(first.Data, " \t\n\r")
	last.Data = strings.TrimRight(last.Data, " \t\n\r") + "”"
}

// quoteOpeners are the marks a quoted paragraph may already open with.
const quoteOpeners = "\"“‘'«„「"

// blockChildren are n's child elements that are blocks with text of their
// own (paragraphs, list items), or nil when n holds its text directly.
func blockChildren(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && blockElements[c.DataAtom] && c.DataAtom != atom.Br {
			out = append(out, c)
		}
	}
	return out
}

// firstRune is the first character of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// maxInlineLinkShare is the largest part of a paragraph's text its links
// may hold for them to count as words of its prose.
const maxInlineLinkShare = 0.5

// unlinkProse replaces the links inside each paragraph of prose (links
// hold under maxInlineLinkShare of its text) by their text, before
// readability weighs the page: readability drops a short paragraph beside
// the article's body when a quarter of it is a link ("… announced in the
// <a>journal Nature Astronomy</a>."), though the link is a word of the
// story. Lists of links keep theirs, for removeLinkLists.
func unlinkProse(doc *html.Node) {
	var paras []*html.Node
	walk(doc, func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == atom.P {
			paras = append(paras, n)
			return false
		}
		return true
	})
	for _, p := range paras {
		text := strings.TrimSpace(innerText(p))
		if text == "" || float64(linkTextLen(p)) >= maxInlineLinkShare*float64(len(text)) {
			continue
		}
		var links []*html.Node
		walk(p, func(c *html.Node) bool {
			if c.Type == html.ElementNode && c.DataAtom == atom.A {
				if !namesAuthor(c) {
					links = append(links, c)
				}
				return false
			}
			return true
		})
		for _, a := range links {
			for a.FirstChild != nil {
				c := a.FirstChild
				a.RemoveChild(c)
				a.Parent.InsertBefore(c, a)
			}
			a.Parent.RemoveChild(a)
		}
	}
}

// namesAuthor reports whether link a marks an author's name, which
// readability reads the byline from: rel="author", itemprop, or an author
// or byline class.
func namesAuthor(a *html.Node) bool {
	if attr(a, "rel") != "" || attr(a, "itemprop") != "" {
		return true
	}
	class := strings.ToLower(attr(a, "class"))
	return strings.Contains(class, "author") || strings.Contains(class, "byline")
}

// Bounds of dropInnerRepeats: the shortest and longest paragraph it looks
// for inside others, and the most text it searches, so that a hostile
// page stays linear.
const (
	minRepeatWords   = 8
	maxRepeatWords   = 60
	maxRepeatScan    = 400
	maxRepeatedBytes = 200_000
)

// dropInnerRepeats removes a paragraph whose words another paragraph also
// holds: a pull quote set beside the paragraph it is taken from, or a
// teaser repeating the lead. The longer paragraph keeps the words, so
// nothing is lost; the copy would read twice in the text and could become
// a second point.
func dropInnerRepeats(text string) string {
	paras := strings.Split(text, "\n\n")
	if len(paras) > maxRepeatScan || len(text) > maxRepeatedBytes {
		return text
	}
	folded := make([]string, len(paras))
	for i, p := range paras {
		folded[i] = " " + foldWords(p) + " "
	}
	all := strings.Join(folded, "\n")
	kept := paras[:0:0]
	for i, p := range paras {
		if n := countWords(p); n <= maxRepeatWords && !repeatsWhole(folded, i) && repeatedInside(all, p, folded[i]) {
			continue
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, "\n\n")
}

// repeatedInside reports whether paragraph p (folded: its foldWords with
// a space at each end) appears again in all, the folded text of every
// paragraph: whole, or, for a pull quote with its speaker after it ("“…,”
// Cooke said."), the words inside its quotation marks.
func repeatedInside(all, p, folded string) bool {
	if countWords(p) >= minRepeatWords && strings.Count(all, folded) > 1 {
		return true
	}
	inner := quotedWords(p)
	return countWords(inner) >= minRepeatWords && strings.Count(all, " "+foldWords(inner)+" ") > 1
}

// quotedWords is the quotation a paragraph opens with, without its marks,
// or "".
func quotedWords(p string) string {
	for _, pair := range [][2]string{{"“", "”"}, {"\"", "\""}} {
		if rest, ok := strings.CutPrefix(p, pair[0]); ok {
			if end := strings.Index(rest, pair[1]); end > 0 {
				return rest[:end]
			}
		}
	}
	return ""
}

// repeatsWhole reports whether paragraph i is repeated whole, not inside
// a longer one: dropFurnitureParagraphs deals with those.
func repeatsWhole(folded []string, i int) bool {
	for j, f := range folded {
		if j != i && f == folded[i] {
			return true
		}
	}
	return false
}

// foldWords is s in lower case with only its letters and digits, one
// space between words: quotation marks and punctuation do not tell a pull
// quote from its paragraph.
func foldWords(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}
