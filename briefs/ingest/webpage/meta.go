package webpage

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

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
	timeAttr  string            // the first <time datetime>
	seconds   string            // the first data-seconds of an element of class "date" (BBC)
	props     map[string]string // <meta property|name=… content=…>, first wins
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
		key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
		if _, seen := m.props[key]; key != "" && !seen {
			m.props[key] = attr(n, "content")
		}
	case "link":
		if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
			m.canonical = attr(n, "href")
		}
	case "time":
		if m.timeAttr == "" {
			m.timeAttr = attr(n, "datetime")
		}
	case "title":
		if m.title == "" && n.FirstChild != nil {
			m.title = n.FirstChild.Data
		}
	}
	if m.seconds == "" && hasToken(attr(n, "class"), "date") {
		m.seconds = attr(n, "data-seconds")
	}
}

// article merges the markup's metadata with readability's findings.
func (m pageMeta) article(ra readability.Article) briefs.Article {
	site := siteName(tidy(firstNonEmpty(ra.SiteName(), m.props["og:site_name"], m.props["application-name"])))
	return briefs.Article{
		Title:     tidy(firstNonEmpty(ra.Title(), m.props["og:title"], m.title)),
		Byline:    withoutSite(byline(firstNonEmpty(ra.Byline(), m.props["author"], m.props["article:author"])), site),
		Site:      site,
		URL:       m.link(),
		Published: m.published(ra),
		Language:  language(firstNonEmpty(m.lang, ra.Language(), m.props["og:locale"])),
	}
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
// the first <time datetime>.
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
		return t
	}
	return urlDate(m.link())
}

// urlDatePattern matches a date in an address's path: /2019/11/18/ or
// /2019-11-19/.
var urlDatePattern = regexp.MustCompile(`/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|-|$)`)

// urlDate is the day an address's path names, the last resort of pages
// that state their date nowhere else; the zero time when it names none.
func urlDate(link string) time.Time {
	m := urlDatePattern.FindStringSubmatch(link)
	if m == nil {
		return time.Time{}
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
	"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02",
	"2006/01/02 15:04:05", "2006/01/02",
	time.RFC1123Z, time.RFC1123, time.UnixDate,
}

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

// byline tidies an author credit: a leading "By" ("Posted by", "Par",
// "Von", "Por") and a date after the name ("Carrie ArnoldNovember 15,
// 2019", "Nathan Willis March 25, 2015") are dropped; a credit that is only
// a date ("April 28, 2019 at 6:01 am Updated …"), an address (a Facebook
// page in article:author) or a button's label names nobody and gives "".
func byline(s string) string {
	s = tidy(s)
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
	if s = withoutTrailingDate(s); notAName[strings.ToLower(s)] {
		return ""
	}
	return s
}

// siteName is a page's site name without the list of sections some
// pages append to it: "Autoracing | F1 | Indy | MotoGP" gives "Autoracing".
func siteName(s string) string {
	if i := strings.Index(s, " | "); i > 0 {
		return strings.TrimSpace(s[:i])
	}
	return s
}

// withoutSite drops the outlet's name that a credit ends with ("Matt
// Davis BBC Sport"), unless it is all the credit says.
func withoutSite(credit, site string) string {
	if site == "" || len(credit) <= len(site)+1 || !strings.EqualFold(credit[len(credit)-len(site):], site) {
		return credit
	}
	rest := strings.TrimRight(credit[:len(credit)-len(site)], " ,-|·")
	if rest == credit[:len(credit)-len(site)] {
		return credit // the site's name ends a longer word
	}
	return rest
}

// creditPrefixes are the words that introduce an author, in lower case.
var creditPrefixes = []string{"posted by ", "written by ", "by ", "par ", "von ", "por "}

// notAName are button labels pages put where the author goes.
var notAName = map[string]bool{"follow author": true, "follow": true, "author": true, "admin": true, "staff": true}

const monthPattern = `(January|February|March|April|May|June|July|August|September|October|November|December)`

// gluedDate and spacedDate match a date at the end of a credit, glued to
// the name's last letter or after a space or comma.
var (
	gluedDate  = regexp.MustCompile(`\p{Ll}` + monthPattern + ` \d{1,2}, \d{4}$`)
	spacedDate = regexp.MustCompile(`[ ,\-–—]+(` + monthPattern + ` \d{1,2}, \d{4}|\d{1,2} ` + monthPattern + ` \d{4}|\d{4}-\d\d-\d\d)$`)
)

// withoutTrailingDate drops a date after the name in a credit.
func withoutTrailingDate(s string) string {
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
