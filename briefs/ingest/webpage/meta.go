package webpage

import (
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"

	"briefsmith/briefs"
	"briefsmith/briefs/ingest/textclean"
)

// pageMeta is what the page's markup says about the article, read before
// readability rewrites the tree.
type pageMeta struct {
	pageURL   *url.URL
	lang      string            // <html lang>
	canonical string            // <link rel="canonical">
	title     string            // <title>
	h1s       []string          // the first maxHeadings <h1>s' texts
	timeAttr  string            // the first <time datetime>
	seconds   string            // the first data-seconds of an element of class "date" (BBC)
	props     map[string]string // <meta property|name=… content=…>, first wins
	ld        []ldDoc           // the <script type="application/ld+json"> documents, maxLDBytes of text in all
	ldBytes   int               // the length of their texts together
	author    string            // the first name an author element shows (see authorIn)
	itemDate  string            // the first itemprop="datePublished" element's date
}

// readMeta collects the metadata of doc in one pass.
func readMeta(doc *html.Node, pageURL *url.URL) pageMeta {
	m := pageMeta{pageURL: pageURL, props: make(map[string]string)}
	walk(doc, func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			m.element(n)
		}
		return true
	})
	return m
}

// element records what one element says.
func (m *pageMeta) element(n *html.Node) {
	switch n.Data {
	case "html":
		m.lang = firstNonEmpty(attr(n, "lang"), attr(n, "xml:lang"))
	case "meta":
		m.metaTag(n)
	case "link":
		if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
			m.canonical = attr(n, "href")
		}
	case "time":
		if m.timeAttr == "" {
			m.timeAttr = attr(n, "datetime")
		}
	case "title", "h1":
		m.heading(n)
	case "script":
		m.script(n)
	}
	if m.seconds == "" && hasToken(attr(n, "class"), "date") {
		m.seconds = attr(n, "data-seconds")
	}
	m.microdata(n)
}

// maxHeadings is how many of a page's <h1>s are read: the first is often
// the site's logo, the article's headline comes soon after.
const maxHeadings = 3

// heading records the first <title> and the first maxHeadings <h1>s'
// texts.
func (m *pageMeta) heading(n *html.Node) {
	switch {
	case n.Data == "title" && m.title == "" && n.FirstChild != nil:
		m.title = n.FirstChild.Data
	case n.Data == "h1" && len(m.h1s) < maxHeadings:
		m.h1s = append(m.h1s, textOf(n, maxHeadlineText))
	}
}

// metaTag records a <meta>'s content under its property, name or
// itemprop; the first of a name wins.
func (m *pageMeta) metaTag(n *html.Node) {
	key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
	if _, seen := m.props[key]; key != "" && !seen {
		m.props[key] = attr(n, "content")
	}
}

// script reads a JSON-LD script, once, while the page's total text stays
// within maxLDBytes; a script past the cap is left unread.
func (m *pageMeta) script(n *html.Node) {
	if !strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") || n.FirstChild == nil {
		return
	}
	text := ldScript(n.FirstChild.Data)
	if text == "" || m.ldBytes+len(text) > maxLDBytes {
		return
	}
	m.ldBytes += len(text)
	if doc, ok := parseLD(text); ok {
		m.ld = append(m.ld, doc)
	}
}

// microdata records the first author name and publication date that the
// page's elements mark up.
func (m *pageMeta) microdata(n *html.Node) {
	if m.author == "" {
		m.author = authorIn(n)
	}
	if m.itemDate == "" && hasToken(attr(n, "itemprop"), "datePublished") {
		m.itemDate = firstNonEmpty(attr(n, "datetime"), attr(n, "content"), textOf(n, maxDateText))
	}
}

// article merges the markup's metadata with readability's findings.
func (m pageMeta) article(ra readability.Article) briefs.Article {
	site := siteName(tidy(firstNonEmpty(fullerSite(ra.SiteName(), m.props["og:site_name"]), m.props["application-name"])))
	if site == "" {
		site = titleSite(tidy(m.title), briefs.Host(m.link()))
	}
	return briefs.Article{
		Title:     m.headline(ra, site),
		Byline:    m.credit(ra, site),
		Site:      site,
		URL:       m.link(),
		Published: m.published(ra),
		Language:  language(firstNonEmpty(m.lang, ra.Language(), m.props["og:locale"])),
		Genre:     m.genre(),
	}
}

// headline is the article's title: readability's, the og:title or the
// <title>, made whole by the page's first <h1> (see fullerTitle); or,
// when that title still carries the site's name ("About bugs – Vortex
// Cannon Entertainment", "standalone WebAssembly binaries using
// Emscripten · V8"), the <h1> that is the rest of it, whole ("About
// bugs", "Outside the web: standalone WebAssembly binaries using
// Emscripten"); without the site's name (site) when no <h1> stands for it.
func (m pageMeta) headline(ra readability.Article, site string) string {
	title := tidy(firstNonEmpty(ra.Title(), m.props["og:title"], m.title))
	if own := tidy(m.title); isSiteTitle(title, site) && own != "" && !isSiteTitle(own, site) {
		title = own // the og:title is the site's ("Yahoo News - Latest News & Headlines"), the <title> the story's
	}
	for _, h := range m.h1s {
		if h = tidy(h); isTitleLessSite(h, title) {
			return h
		}
	}
	if stem, name, ok := titleWithoutSite(title); ok && site != "" && strings.EqualFold(name, site) {
		title = stem
	}
	if len(m.h1s) == 0 {
		return title
	}
	return fullerTitle(title, tidy(m.h1s[0]))
}

// isSiteTitle reports whether title is the site's own rather than a
// story's: the site's name, alone or before a tagline.
func isSiteTitle(title, site string) bool {
	if site == "" {
		return false
	}
	stem, _, ok := titleWithoutSite(title)
	return strings.EqualFold(title, site) || ok && strings.EqualFold(stem, site)
}

// isTitleLessSite reports whether headline is title without the site's
// name after it (see titleWithoutSite), or that with a lead-in before a
// colon that readability cut off.
func isTitleLessSite(headline, title string) bool {
	if hasUnspacedSiteTail(title, headline) {
		return true
	}
	stem, _, ok := titleWithoutSite(title)
	if !ok || len(titleWords(stem)) < 2 {
		return false
	}
	return strings.EqualFold(headline, stem) ||
		len(headline) > len(stem)+2 && strings.EqualFold(headline[len(headline)-len(stem)-2:], ": "+stem)
}

// unspacedSeparators part a headline from a section's and a site's name
// without spaces around them, as Chinese sites do ("…迈上新台阶_科技_腾讯网").
var unspacedSeparators = []string{"_", "｜", "|", "＿"}

// maxSiteRunes bounds what may follow an unspaced separator.
const maxSiteRunes = 24

// hasUnspacedSiteTail reports whether title is headline (six characters
// or more) with a short tail after an unspaced separator.
func hasUnspacedSiteTail(title, headline string) bool {
	if utf8.RuneCountInString(headline) < 6 || len(title) <= len(headline) || !strings.EqualFold(title[:len(headline)], headline) {
		return false
	}
	rest := strings.TrimLeft(title[len(headline):], " ")
	for _, sep := range unspacedSeparators {
		if tail, ok := strings.CutPrefix(rest, sep); ok {
			n := utf8.RuneCountInString(strings.TrimSpace(tail))
			return n >= 1 && n <= maxSiteRunes
		}
	}
	return false
}

// siteSeparators part a headline from the site's name in a <title>. A colon
// is not one: it parts a headline's own halves ("Brexit: what happens next").
var siteSeparators = []string{" | ", " - ", " – ", " — ", " · ", " » ", " / ", " :: "}

// maxSiteWords is the most words a site's name after a separator may have.
const maxSiteWords = 5

// titleWithoutSite is title without its last separator and the short name
// after it, that name, and whether it had them.
func titleWithoutSite(title string) (stem, name string, ok bool) {
	cut, after := -1, 0
	for _, sep := range siteSeparators {
		if i := strings.LastIndex(title, sep); i > cut {
			if n := len(titleWords(title[i+len(sep):])); n >= 1 && n <= maxSiteWords {
				cut, after = i, i+len(sep)
			}
		}
	}
	if cut < 0 {
		return title, "", false
	}
	return strings.TrimSpace(title[:cut]), strings.TrimSpace(title[after:]), true
}

// maxHeadlineText bounds the text read from a page's <h1>.
const maxHeadlineText = 300

// maxTitleExtra is the most words a page's <h1> may add to its metadata
// title and still be the same title.
const maxTitleExtra = 3

// fullerTitle is the page's <h1> when it is the metadata's title with a
// word or three the metadata dropped ("Milan Design Week 2018 | Michael
// Anastassiades' light installation for FLOS" for the og:title without
// "Michael", "15 Helpful Tips to Overcome Binge Eating"); else title.
func fullerTitle(title, h1 string) string {
	short, long := titleWords(title), titleWords(h1)
	if extra := len(long) - len(short); len(short) < 3 || extra < 1 || extra > maxTitleExtra || !isSubsequence(short, long) ||
		len(contentWords(long)) == len(contentWords(short)) {
		return title // the same words, or only an article more ("The seven secrets …")
	}
	return h1
}

// contentWords are the words that are not articles.
func contentWords(words []string) []string {
	var out []string
	for _, w := range words {
		if w != "the" && w != "a" && w != "an" {
			out = append(out, w)
		}
	}
	return out
}

// titleWords are a title's words in lower case, without punctuation and
// with one kind of apostrophe.
func titleWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(s, "’", "'"))) {
		if w = strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) && r != '\'' }); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// isSubsequence reports whether every word of short appears in long, in
// order.
func isSubsequence(short, long []string) bool {
	i := 0
	for _, w := range long {
		if i < len(short) && w == short[i] {
			i++
		}
	}
	return i == len(short)
}

// credit is the article's author: readability's byline or the author
// meta tags, else the JSON-LD article's author (see ldAuthor), or, when
// they say nothing at all or name only the outlet
// ("BBC News" on a BBC page that shows "By Neil Prior"), the name an
// author element or a "By" link shows (see authorIn); tidied by byline
// and siteCredit.
func (m pageMeta) credit(ra readability.Article, site string) string {
	raw := firstNonEmpty(ra.Byline(), m.props["author"], m.props["article:author"])
	credit := siteCredit(byline(raw), site)
	if credit == "" {
		credit = siteCredit(byline(ldAuthor(m.ld)), site)
	}
	if m.author != "" && (credit == "" || site != "" && isPartOfSite(credit, site)) {
		return siteCredit(byline(m.author), site)
	}
	return credit
}

// link is the canonical address: <link rel="canonical">, og:url, or the
// address the page was fetched from.
func (m pageMeta) link() string {
	for _, ref := range []string{m.canonical, m.props["og:url"]} {
		if u := absolute(m.pageURL, ref); u != "" {
			return u
		}
	}
	if m.pageURL != nil && (m.pageURL.Scheme == "http" || m.pageURL.Scheme == "https") {
		return m.pageURL.String()
	}
	return ""
}

// published is the publication time: what readability found (JSON-LD
// datePublished, else article:published_time and similar meta tags; sites
// sometimes put the last update in article:published_time, so JSON-LD
// goes first, as in Readability.js), else article:published_time or
// itemprop="datePublished" in a form readability could not parse, else
// the first <time datetime>, else BBC's data-seconds, else what
// laterPublished finds; the address's date is the last resort.
func (m pageMeta) published(ra readability.Article) time.Time {
	if t, err := ra.PublishedTime(); err == nil && t.Year() > 1900 {
		return t
	}
	if t, ok := parseTime(firstNonEmpty(m.props["article:published_time"], m.props["article:published"], m.props["datepublished"],
		m.props["rnews:datepublished"], m.props["originalpublicationdate"], m.props["publishdate"], m.props["article:publicationdate"])); ok {
		return t
	}
	if t, ok := parseTime(m.timeAttr); ok {
		return t
	}
	if t := unixSeconds(m.seconds); !t.IsZero() {
		return m.inPageZone(t)
	}
	if t, ok := m.laterPublished(); ok {
		return t
	}
	return urlDate(m.link())
}

// inPageZone is t, a count of seconds read in UTC, in the zone the page's
// JSON-LD gives the same instant in, so that a story published at 00:15
// British Summer Time is dated that day, not the day before; t itself
// when the JSON-LD names no such instant.
func (m pageMeta) inPageZone(t time.Time) time.Time {
	if ld, ok := ldPublished(m.ld); ok && ld.Equal(t) {
		return ld
	}
	return t
}

// laterPublished is the publication time from the sources read after the
// others: a datePublished in JSON-LD that readability did not take (in an
// "@graph", or on a WebPage node), an element marked
// itemprop="datePublished" (its datetime, content or text), and
// <meta name="date">.
func (m pageMeta) laterPublished() (time.Time, bool) {
	if t, ok := ldPublished(m.ld); ok {
		return t, true
	}
	for _, s := range []string{m.itemDate, m.props["date"]} {
		if t, ok := parseDate(s); ok && t.Year() > 1900 {
			return t, true
		}
	}
	return time.Time{}, false
}

// urlDatePattern matches a date in an address's path: /2019/11/18/ or
// /2019-11-19/, or eight digits that end a slug or stand alone
// (…/tuft-cells-set-off-immune-responses-20191115/, /20191115/).
var urlDatePattern = regexp.MustCompile(`/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|-|$)|` +
	`[/-]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:/|\.html?|$)`)

// urlNamedMonth matches a date whose month is named in the path:
// /2019/nov/18/.
var urlNamedMonth = regexp.MustCompile(`/((?:19|20)\d\d)/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/(0?[1-9]|[12]\d|3[01])/`)

// urlDate is the day an address's path names, the last resort of pages
// that state their date nowhere else; the zero time when it names none.
func urlDate(link string) time.Time {
	if m := urlNamedMonth.FindStringSubmatch(strings.ToLower(link)); m != nil {
		if t, err := time.Parse("2006 Jan 2", m[1]+" "+m[2]+" "+m[3]); err == nil {
			return t
		}
	}
	m := urlDatePattern.FindStringSubmatch(link)
	if m == nil {
		return time.Time{}
	}
	if m[1] == "" {
		m = m[3:] // the compact form's groups
	}
	t, err := time.Parse("2006-01-02", m[1]+"-"+m[2]+"-"+m[3])
	if err != nil {
		return time.Time{}
	}
	return t
}

// unixSeconds is the time a count of seconds since 1970 names, or the
// zero time when s is not a plausible one (between 1995 and 2100).
func unixSeconds(s string) time.Time {
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || n < 788918400 || n > 4102444800 {
		return time.Time{}
	}
	return time.Unix(n, 0).UTC()
}

// timeLayouts are the machine-readable date forms pages use.
var timeLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05 MST", "2006-01-02 15:04:05", "2006-01-02",
	"2006/01/02 15:04:05", "2006/01/02",
	time.RFC1123Z, time.RFC1123, time.UnixDate,
}

// dateLayouts are the forms a date is written in for people, read only
// where the markup says the text is the publication date.
var dateLayouts = []string{"January 2, 2006", "Jan 2, 2006", "2 January 2006", "Monday, January 2, 2006", "Monday 2 January 2006"}

// parseDate reads s in a machine-readable form (timeLayouts) or as a date
// written for people (dateLayouts).
func parseDate(s string) (time.Time, bool) {
	if t, ok := parseTime(s); ok {
		return t, true
	}
	s = strings.TrimSpace(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// parseTime reads s in one of timeLayouts.
func parseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// absolute resolves ref against base and returns it when it is an http(s)
// address.
func absolute(base *url.URL, ref string) string {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil || ref == "" {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// langPattern matches a BCP 47-like tag ("en", "pt-BR", "zh_Hant_TW").
var langPattern = regexp.MustCompile(`^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$`)

// language tidies a language tag to BCP 47 form ("en_GB" → "en-GB"); ""
// when it is not one.
func language(tag string) string {
	tag = strings.TrimSpace(tag)
	if !langPattern.MatchString(tag) {
		return ""
	}
	return strings.ReplaceAll(tag, "_", "-")
}

// byline tidies an author credit: a leading "By" ("Posted by", "Analysis
// by", "Par", "Von", "Por") and a date after the name ("Carrie
// ArnoldNovember 15, 2019", "Nathan Willis March 25, 2015") are dropped; a
// credit that is only a date ("April 28, 2019 at 6:01 am Updated …"), an
// address (a Facebook page in article:author), a button's label or a CMS
// account ("jdadmin", "webmaster") names nobody and gives "".
func byline(s string) string {
	s = gluedAffiliation.ReplaceAllString(tidy(s), "$1, $2")
	lower := strings.ToLower(s)
	for _, p := range creditPrefixes {
		if len(s) > len(p) && strings.HasPrefix(lower, p) {
			s = strings.TrimSpace(s[len(p):])
			break
		}
	}
	if isDateCredit(s) || isAddress(s) {
		return ""
	}
	if s = withoutTrailingJob(withoutCredits(withoutTrailingDate(s))); isAccountName(s) {
		return ""
	}
	return s
}

// gluedAffiliation matches a name in capitals glued to the outlet's name
// after it, as a byline whose parts are separate elements reads ("ERIC
// TUCKERAssociated Press").
var gluedAffiliation = regexp.MustCompile(`(\p{Lu}{2,})(\p{Lu}\p{Ll}{2,})`)

// creditSeparators start the part of a credit that names someone besides
// the author ("Rob Ewaschuk Edited by Betsy Beyer") or an address after
// the name ("Bradley M. Kuhn (http://ebb.org/bkuhn/)").
var creditSeparators = []string{" edited by ", " with additional reporting", " additional reporting by ", " (http://", " (https://", " (www.", " <http"}

// withoutCredits drops what follows the author's name in creditSeparators.
func withoutCredits(s string) string {
	lower := strings.ToLower(s)
	for _, sep := range creditSeparators {
		if i := strings.Index(lower, sep); i > 0 {
			s, lower = strings.TrimRight(s[:i], " ,;-|·"), lower[:i]
		}
	}
	return s
}

// roleWords qualify a job title after a name: "Chief F1 writer", "Senior
// Technology reporter".
var roleWords = map[string]bool{"chief": true, "senior": true, "deputy": true, "associate": true, "assistant": true,
	"special": true, "political": true, "business": true, "economics": true, "technology": true, "health": true,
	"science": true, "security": true, "diplomatic": true, "sports": true, "sport": true, "arts": true,
	"environment": true, "education": true, "legal": true, "foreign": true, "world": true, "royal": true}

// withoutTrailingJob drops a job title fused after a name, as bylines set
// in two elements read as one ("Zoe Kleinman Technology reporter",
// "Andrew Benson Chief F1 writer"): a lower-case job word last, and the
// words of the title before it (one capitalised qualifier, role words,
// words with digits). At least two words of name stay.
func withoutTrailingJob(s string) string {
	words := strings.Fields(s)
	n := len(words)
	if n < 4 || !jobWords[words[n-1]] {
		return s
	}
	i := n - 2 // the qualifier right before the job word always goes
	for i > 2 && (roleWords[strings.ToLower(words[i-1])] || strings.ContainsAny(words[i-1], "0123456789")) {
		i--
	}
	return strings.Join(words[:i], " ")
}

// isAccountName reports whether a credit is a button's label or the name
// of a CMS account rather than a person's: one of notAName, or a single
// lower-case word holding "admin" ("jdadmin", "siteadmin").
func isAccountName(s string) bool {
	lower := strings.ToLower(s)
	return notAName[lower] || (lower == s && !strings.ContainsRune(s, ' ') && strings.Contains(s, "admin"))
}

// isPartOfSite reports whether a credit is the site's name or whole words
// of it ("Sky" on Sky News): the outlet, not an author.
func isPartOfSite(credit, site string) bool {
	c, w := strings.ToLower(strings.Join(strings.Fields(credit), " ")), strings.ToLower(strings.Join(strings.Fields(site), " "))
	return c != "" && strings.Contains(" "+w+" ", " "+c+" ")
}

// fullerSite is readability's site name (JSON-LD's publisher first) or
// the og:site_name, whichever names the outlet in full: the og:site_name
// when it is readability's name and a section word ("Sky" and "Sky
// News"; "Spiceworks" stays rather than "Spiceworks Inc"), the one in
// capitals when they differ only in case ("the Guardian", "The Guardian").
func fullerSite(ld, og string) string {
	ld, og = strings.TrimSpace(ld), strings.TrimSpace(og)
	switch {
	case ld == "" || og == "":
		return firstNonEmpty(ld, og)
	case strings.EqualFold(ld, og):
		if startsUpper(og) && !startsUpper(ld) {
			return og
		}
		return ld
	case len(og) > len(ld)+1 && strings.EqualFold(og[:len(ld)], ld) && og[len(ld)] == ' ' && sectionWords[strings.ToLower(og[len(ld)+1:])]:
		return og
	}
	return ld
}

// siteName is a page's site name without the list of sections or the
// tagline some pages append to it ("Autoracing | F1 | Indy | MotoGP" gives
// "Autoracing", "Yahoo News - Latest News & Headlines" "Yahoo News"), a
// bare address as its host ("http://www.tmz.com" gives "tmz.com"), and
// nothing for a social network's handle ("@politifact").
func siteName(s string) string {
	for _, sep := range taglineSeparators {
		if i := strings.Index(s, sep); i > 0 {
			s = strings.TrimSpace(s[:i])
		}
	}
	if strings.HasPrefix(s, "@") {
		return "" // a social network's handle ("@politifact"), not the site's name
	}
	if rest, ok := strings.CutPrefix(s, "the "); ok && startsUpper(rest) {
		s = "The " + rest // "the Guardian" in the og:site_name
	}
	if isAddress(s) {
		if !strings.Contains(s, "://") {
			s = "http://" + s
		}
		return briefs.Host(s)
	}
	return s
}

// taglineSeparators part a site's name from a tagline after it ("Yahoo
// News - Latest News & Headlines").
var taglineSeparators = []string{" | ", " - ", " – ", " — "}

// titleSite is the site's name that ends a page's <title> ("… - The New
// York Times"), for a page whose markup names no site; only a name that
// the address's host spells or abbreviates (nytimes.com, TMZ.com on
// tmz.com) counts, since a title's last part may be anything ("Obama -
// Biography"). "" when there is none.
func titleSite(title, host string) string {
	stem, name, ok := titleWithoutSite(title)
	if !ok || host == "" || len(titleWords(stem)) < 2 {
		return ""
	}
	core := strings.SplitN(host, ".", 2)[0]
	compact, initials := "", ""
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if w == "the" {
			continue
		}
		compact += w
		initials += w[:1]
	}
	compact = strings.NewReplacer(".", "", "-", "", "'", "").Replace(compact)
	if len(core) < 2 || compact == "" {
		return ""
	}
	if strings.Contains(compact, core) || strings.Contains(core, compact) || len(initials) >= 2 && strings.HasPrefix(core, initials) {
		return name
	}
	return ""
}

// withoutSite drops the outlet's name that a credit ends with ("Matt
// Davis BBC Sport"), or its brand in capitals and a desk after it ("Bryn
// Palmer BBC Scotland Sport" on BBC Sport), unless it is all the credit
// says.
func withoutSite(credit, site string) string {
	if brand := siteBrand(site); brand != "" {
		words := strings.Fields(credit)
		for i := 2; i < len(words); i++ {
			if words[i] == brand && isDeskTail(words[i:]) {
				return strings.TrimRight(strings.Join(words[:i], " "), " ,-|·")
			}
		}
	}
	return withoutSiteName(credit, site)
}

// siteBrand is the acronym a site's name opens with ("BBC" of "BBC
// Sport", "CNN" of "CNN Business"), or "".
func siteBrand(site string) string {
	words := strings.Fields(site)
	if len(words) == 0 || len(words[0]) < 2 || strings.ToUpper(words[0]) != words[0] || strings.ToLower(words[0]) == words[0] {
		return ""
	}
	return words[0]
}

// isDeskTail reports whether words, from the site's brand on, name a desk
// or a post at the outlet: capitalised words ("BBC Scotland Sport"), the
// last of which may be a lower-case section or job word ("BBC Africa
// sport", "BBC Newsline presenter").
func isDeskTail(words []string) bool {
	last := strings.ToLower(words[len(words)-1])
	if sectionWords[last] || jobWords[last] {
		words = words[:len(words)-1]
	}
	return allCapitalised(words)
}

// allCapitalised reports whether every word starts with a capital.
func allCapitalised(words []string) bool {
	for _, w := range words {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// startsUpper reports whether w begins with an upper-case letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// withoutSiteName drops the site's whole name that a credit ends with.
func withoutSiteName(credit, site string) string {
	if site == "" || len(credit) <= len(site)+1 || !strings.EqualFold(credit[len(credit)-len(site):], site) {
		return credit
	}
	rest := strings.TrimRight(credit[:len(credit)-len(site)], " ,-|·")
	if rest == credit[:len(credit)-len(site)] {
		return credit // the site's name ends a longer word
	}
	return rest
}

// siteCredit drops what a credit says besides its names, given the page's
// site: an affiliation after a comma (withoutAffiliation), a job title
// left after the name (withoutTrailingJob), then the outlet's name at its
// end (withoutSite); in that order, so that a longer
// name holding the site's ("Jane Doe, Westmere Bay Insider" on Bay
// Insider) goes whole. A desk line (isDeskCredit) gives "".
func siteCredit(credit, site string) string {
	credit = withoutSite(withoutTrailingJob(withoutAffiliation(credit, site)), site)
	if isDeskCredit(credit, site) {
		return ""
	}
	return credit
}

// withoutAffiliation drops the parts after the names' last comma that name
// the outlet or a job ("Jane Doe, CNN Editor-at-large", "Jane Doe, Staff
// Writer"); names after a comma ("Jane Doe, John Roe") stay.
func withoutAffiliation(credit, site string) string {
	for {
		i := strings.LastIndexByte(credit, ',')
		if i <= 0 {
			return credit
		}
		if tail := credit[i+1:]; !hasJobWord(tail) && !namesSite(tail, site) && !isCredential(tail) && !isCredentialAndDesk(tail) {
			return credit
		}
		credit = strings.TrimSpace(credit[:i])
	}
}

// credentials are the degrees and licences a credit adds after a name
// ("Rachael Link, MS, RD").
var credentials = map[string]bool{"ms": true, "msc": true, "ma": true, "mba": true, "ba": true, "bsc": true,
	"phd": true, "md": true, "mph": true, "rn": true, "rd": true, "rdn": true, "ld": true, "ldn": true, "cpt": true,
	"cscs": true, "np": true, "dds": true, "jd": true, "dphil": true, "frcp": true, "mrcp": true, "cfa": true,
	"cpa": true, "esq": true}

// isCredential reports whether s (a part of a credit after a comma) is
// only credentials.
func isCredential(s string) bool {
	words := strings.Fields(strings.ToLower(strings.NewReplacer(".", "", "-", "").Replace(s)))
	for _, w := range words {
		if !credentials[w] {
			return false
		}
	}
	return len(words) > 0
}

// isCredentialAndDesk reports whether s (a part of a credit after a comma)
// is a credential run into a desk's name, as a byline set in two lines
// reads ("MA WebMD Health News").
func isCredentialAndDesk(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || !isCredential(words[0]) {
		return false
	}
	last := strings.ToLower(words[len(words)-1])
	return sectionWords[last] || staffWords[last]
}

// jobWords are the words of the job titles credits add after a name.
var jobWords = map[string]bool{
	"editor": true, "correspondent": true, "reporter": true, "writer": true, "columnist": true,
	"contributor": true, "staff": true, "analyst": true, "at-large": true, "producer": true,
	"critic": true, "journalist": true, "presenter": true, "anchor": true,
}

// hasJobWord reports whether s holds one of jobWords (or its plural),
// also as part of a hyphenated word ("Editor-at-large").
func hasJobWord(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ".,;:()")
		for _, part := range append(strings.Split(w, "-"), w) {
			if jobWords[part] || jobWords[strings.TrimSuffix(part, "s")] {
				return true
			}
		}
	}
	return false
}

// namesSite reports whether s holds the site's name, with or without its
// leading "The", or is part of it ("Business Insider" on Business Insider
// Deutschland), as whole words.
func namesSite(s, site string) bool {
	words := strings.ToLower(strings.Join(strings.Fields(s), " "))
	if words == "" {
		return false
	}
	for _, name := range siteNames(site) {
		if strings.Contains(" "+words+" ", " "+name+" ") || strings.Contains(" "+name+" ", " "+words+" ") {
			return true
		}
	}
	return false
}

// siteNames are the forms of a site's name a credit uses, in lower case:
// the name, and the name without a leading "The" ("The Telegraph",
// "Telegraph"); none for an empty name.
func siteNames(site string) []string {
	name := strings.ToLower(strings.Join(strings.Fields(site), " "))
	if name == "" {
		return nil
	}
	if core, ok := strings.CutPrefix(name, "the "); ok && core != "" {
		return []string{name, core}
	}
	return []string{name}
}

// staffWords end a credit that names a desk, whoever's it is ("Our
// Foreign Staff", "Metro Desk"); sectionWords end one only after the
// site's name ("Telegraph Sport" on The Telegraph's pages, "CNN Business").
var (
	staffWords   = map[string]bool{"staff": true, "desk": true, "newsroom": true, "reporters": true, "correspondents": true, "editors": true}
	sectionWords = map[string]bool{"news": true, "sport": true, "sports": true, "editorial": true, "business": true, "politics": true, "opinion": true}
)

// isDeskCredit reports whether a credit names a desk rather than a
// person. A credit that is exactly the site's name is not one: pages that
// credit the outlet alone ("BBC News" on BBC News) keep that credit, as
// Readability.js does.
func isDeskCredit(credit, site string) bool {
	words := strings.Fields(strings.ToLower(credit))
	if len(words) == 0 || strings.EqualFold(strings.Join(words, " "), strings.Join(strings.Fields(site), " ")) {
		return false
	}
	last, rest := words[len(words)-1], strings.Join(words[:len(words)-1], " ")
	if staffWords[last] {
		return true
	}
	return sectionWords[last] && (rest == "" || slices.Contains(siteNames(site), rest))
}

// authorClasses are the class names of the elements that hold only the
// author's name ("<span class="byline__name">By Neil Prior</span>").
var authorClasses = []string{"byline__name", "byline-name", "byline_name", "author-name", "author__name", "author_name"}

// hasTokenEnding reports whether a token of the space-separated list ends
// with one of endings after a "-" or "_" ("sdc-article-author__name").
func hasTokenEnding(list string, endings []string) bool {
	for _, t := range strings.Fields(list) {
		for _, e := range endings {
			if len(t) > len(e) && strings.HasSuffix(t, e) && strings.ContainsRune("-_", rune(t[len(t)-len(e)-1])) {
				return true
			}
		}
	}
	return false
}

// hasAnyToken reports whether the space-separated list holds one of tokens.
func hasAnyToken(list string, tokens []string) bool {
	for _, t := range tokens {
		if hasToken(list, t) {
			return true
		}
	}
	return false
}

// authorElements are the elements whose rel or itemprop may mark the
// author's name.
var authorElements = map[string]bool{"a": true, "span": true, "div": true, "p": true, "address": true, "h3": true, "h4": true, "h5": true}

// The longest texts read as a name and as a date.
const (
	maxNameText = 80
	maxDateText = 60
)

// maxTextNodes bounds the nodes looked at for an author's name or a date.
const maxTextNodes = 200

// authorIn is the name element n shows as the page's author, or "": an
// element marked rel="author" or itemprop="author" (its nested
// itemprop="name" if it has one), or a link right after "By". Only a
// short text that reads as a name counts (personName), and none inside
// another text's box (inOtherContent).
func authorIn(n *html.Node) string {
	name := ""
	switch {
	case !authorElements[n.Data]:
		return ""
	case hasToken(attr(n, "rel"), "author") || hasToken(attr(n, "itemprop"), "author"):
		name = personName(nameIn(n))
	case hasAnyToken(attr(n, "class"), authorClasses) || hasTokenEnding(attr(n, "class"), authorClasses):
		name = personName(textOf(n, maxNameText))
	case n.Data == "a" && followsCreditWord(n):
		name = personName(textOf(n, maxNameText))
	}
	if name == "" || inOtherContent(n) { // the ancestors are looked at last: it costs most
		return ""
	}
	return name
}

// nameIn is the text of the first itemprop="name" inside an author
// element (its content, for a <meta>), else the element's own text.
func nameIn(n *html.Node) string {
	name := ""
	walkLimit(n, maxTextNodes, func(e *html.Node) bool {
		if name == "" && e != n && e.Type == html.ElementNode && hasToken(attr(e, "itemprop"), "name") {
			name = firstNonEmpty(attr(e, "content"), textOf(e, maxNameText))
		}
		return name == ""
	})
	if name != "" {
		return name
	}
	return textOf(n, maxNameText)
}

// followsCreditWord reports whether the node before n (blank text aside)
// is a capitalised word that introduces an author on its own ("By",
// "Written by", "By:"); prose's lower-case "… developed by <a>" is not.
func followsCreditWord(n *html.Node) bool {
	prev := n.PrevSibling
	for prev != nil && prev.Type == html.TextNode && strings.TrimSpace(prev.Data) == "" {
		prev = prev.PrevSibling
	}
	if prev == nil || prev.Type == html.CommentNode {
		return false
	}
	text := prev.Data
	if prev.Type != html.TextNode {
		text = textOf(prev, 20)
	}
	if len(text) > 40 {
		return false // a sentence ending in "by", not a credit
	}
	lead := strings.TrimSuffix(tidy(text), ":")
	return lead != "" && !startsLower(lead) && slices.Contains(creditPrefixes, strings.ToLower(lead)+" ")
}

// otherContentTags and otherContentNames (in a class or id) mark the
// boxes of other texts than the article, whose authors are not its own:
// comments, related stories, sidebars, the page's footer. Readability.js
// does not look for a byline there either.
var (
	otherContentTags  = map[string]bool{"aside": true, "nav": true}
	otherContentNames = []string{"comment", "related", "sidebar", "footer"}
)

// inOtherContent reports whether n lies in one of those boxes, looking at
// up to 30 ancestors.
func inOtherContent(n *html.Node) bool {
	for p, i := n.Parent, 0; p != nil && i < 30; p, i = p.Parent, i+1 {
		if otherContentTags[p.Data] {
			return true
		}
		names := strings.ToLower(attr(p, "class") + " " + attr(p, "id"))
		if slices.ContainsFunc(otherContentNames, func(s string) bool { return strings.Contains(names, s) }) {
			return true
		}
	}
	return false
}

// textOf is the visible text under n, its pieces joined by spaces and
// tidied; "" when it is longer than limit bytes. It looks at no more
// than maxTextNodes nodes, so an element over a large tree costs little.
func textOf(n *html.Node, limit int) string {
	var b strings.Builder
	walkLimit(n, maxTextNodes, func(e *html.Node) bool {
		if b.Len() > limit {
			return false
		}
		switch {
		case e.Type == html.TextNode:
			b.WriteString(e.Data + " ")
		case e.Type == html.ElementNode && (e.Data == "script" || e.Data == "style"):
			return false
		}
		return true
	})
	if b.Len() > limit+1 {
		return ""
	}
	return tidy(b.String())
}

// walkLimit is walk over at most limit nodes.
func walkLimit(n *html.Node, limit int, visit func(*html.Node) bool) {
	walk(n, func(e *html.Node) bool {
		if limit--; limit < 0 {
			return false
		}
		return visit(e)
	})
}

// personName is s when it reads as one or several people's names: two to
// six words once a leading "By" is gone, the first capitalised, lower-case
// words no longer than particles ("de", "van", "and"), no digits and none
// of a sentence's punctuation; else "".
func personName(s string) string {
	s = byline(s)
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 6 || strings.ContainsAny(s, "0123456789!?:;\"|@/") || startsLower(words[0]) {
		return ""
	}
	for _, w := range words[1:] {
		if startsLower(w) && utf8.RuneCountInString(w) > 3 {
			return ""
		}
	}
	return s
}

// startsLower reports whether w begins with a lower-case letter.
func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// creditPrefixes are the words that introduce an author, in lower case.
var creditPrefixes = []string{
	"posted by ", "written by ", "analysis by ", "opinion by ", "commentary by ", "review by ", "story by ",
	"by ", "par ", "von ", "por ", "text: ", "текст: ", "words: ", "words by ", "reporting by ",
}

// notAName are button labels, CMS account names and desk names pages put
// where the author goes.
var notAName = map[string]bool{
	"follow author": true, "follow": true, "author": true, "admin": true, "administrator": true,
	"webmaster": true, "editor": true, "staff": true, "editorial": true, "newsroom": true,
}

// shortMonthPattern is a month's name or its abbreviation ("Dec", "Sept.").
const shortMonthPattern = `(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?`

// creditDateTail is what may follow a credit's date: a time ("3:46 PM
// EST") and the count of a comment link ("651"), glued or spaced.
const creditDateTail = `(?:,? (?:at )?\d{1,2}[:.]\d\d(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)?\d*$`

// gluedDate and spacedDate match a date at the end of a credit, glued to
// the name's last letter ("Carrie ArnoldNovember 15, 2019", "Lucas
// Nolan22 Dec 2016651") or after a space or comma ("Gillian Mohney March
// 11, 2015 3:46 PM"), with what may follow it (creditDateTail).
var (
	gluedDate  = regexp.MustCompile(`\p{Ll}(?:` + shortMonthPattern + ` \d{1,2}, \d{4}|\d{1,2} ` + shortMonthPattern + ` \d{4})` + creditDateTail)
	spacedDate = regexp.MustCompile(`[ ,\-–—]+(` + shortMonthPattern + ` \d{1,2}, \d{4}|\d{1,2} ` + shortMonthPattern + ` \d{4}|\d{4}-\d\d-\d\d)` +
		creditDateTail)
)

// gluedWeekday matches a weekday glued to a name's last letter, and what
// follows it ("Jeff FoustMonday, November 18, 2019").
var gluedWeekday = regexp.MustCompile(`\p{Ll}(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$`)

// withoutTrailingDate drops a date after the name in a credit.
func withoutTrailingDate(s string) string {
	if loc := gluedWeekday.FindStringIndex(s); loc != nil {
		s = s[:loc[0]+1]
	}
	if loc := gluedDate.FindStringIndex(s); loc != nil {
		return s[:loc[0]+1]
	}
	if loc := spacedDate.FindStringIndex(s); loc != nil && loc[0] > 0 {
		return s[:loc[0]]
	}
	return s
}

// isAddress reports whether s is a web address rather than a name.
func isAddress(s string) bool {
	lower := strings.ToLower(s)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "www.")
}

// dateCreditWords are the words besides dates a page's date line holds.
var dateCreditWords = map[string]bool{"updated": true, "published": true, "posted": true, "modified": true, "last": true}

// isDateCredit reports whether s holds a year and otherwise only the words
// of dates, times and their labels ("Updated").
func isDateCredit(s string) bool {
	return yearPattern.MatchString(s) && nonDateWords(s, dateCreditWords) == 0
}

// tidy cleans a metadata string to one line of visible text.
func tidy(s string) string { return textclean.Squeeze(textclean.Clean(s)) }

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasToken(list, token string) bool {
	for _, t := range strings.Fields(list) {
		if strings.EqualFold(t, token) {
			return true
		}
	}
	return false
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
