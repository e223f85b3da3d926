package webpage

import (
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// TestByline checks that an author credit is tidied and that a credit
// holding only dates names nobody.
func TestByline(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"By Jane Doe", "Jane Doe"},
		{"  Sarah Archer ", "Sarah Archer"},
		{"DANICA KIRKA and JILL LAWLESSAssociated Press", "DANICA KIRKA and JILL LAWLESS, Associated Press"},
		{"JOHN McDONALD", "JOHN McDONALD"},
		{"April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm", ""},
		{"Tuesday, November 19, 2019", ""},
		{"Steven Davidoff Solomon, 1 August 2016", "Steven Davidoff Solomon"},
		{"Nathan Willis March 25, 2015", "Nathan Willis"},
		{"Posted by Andrew Zonenberg", "Andrew Zonenberg"},
		{"Par Sébastien Farcis", "Sébastien Farcis"},
		{"https://www.facebook.com/bbcnews", ""},
		{"Follow Author", ""},
		{"admin - 2018-09-16", ""},
		{"Tony Carter - 2018-09-16", "Tony Carter"},
		{"Byron Smith", "Byron Smith"},
		{"Текст: Лида Буслаева", "Лида Буслаева"},
		{"Text: Jana Novak", "Jana Novak"},
		{"Zoe Kleinman Technology reporter", "Zoe Kleinman"},
		{"Andrew Benson Chief F1 writer", "Andrew Benson"},
		{"Mary Ann Smith Political editor", "Mary Ann Smith"},
		{"Jane Doe reporter", "Jane Doe reporter"},
		{"Rob Ewaschuk Edited by Betsy Beyer", "Rob Ewaschuk"},
		{"Bradley M. Kuhn (http://ebb.org/bkuhn/)", "Bradley M. Kuhn"},
		{"Ana Lind with additional reporting by Tom Reed", "Ana Lind"},
		{"Jane Doe, 1 August 2016", "Jane Doe"},
		{"Published: 3 May 2020, 10:15 GMT", ""},
		{"Carrie ArnoldNovember 15, 2019", "Carrie Arnold"},
		{"Lucas Nolan22 Dec 2016651", "Lucas Nolan"},
		{"Jeff FoustMonday, November 18, 2019", "Jeff Foust"},
		{"Sunday Times reporter", "Sunday Times reporter"},
		{"GILLIAN MOHNEY March 11, 2015 3:46 PM", "GILLIAN MOHNEY"},
		{"Ana Lind Sept. 3, 2019 at 10:15 a.m. EDT", "Ana Lind"},
		{"Ana Lind 2019-09-03 10:15", "Ana Lind"},
		{"Ana Lind May 2019", "Ana Lind May 2019"},
		{"Analysis by Mira Okafor", "Mira Okafor"},
		{"Opinion by Tomas Reyes", "Tomas Reyes"},
		{"Commentary by Ana Lind", "Ana Lind"},
		{"Review by Ana Lind", "Ana Lind"},
		{"Written by Ana Lind", "Ana Lind"},
		{"jdadmin", ""},
		{"siteadmin", ""},
		{"webmaster", ""},
		{"Editor", ""},
		{"Newsroom", ""},
		{"Editorial", ""},
		{"Sam Badminton", "Sam Badminton"},
		{"Jane Doe and John Roe", "Jane Doe and John Roe"},
		{"Jane Doe, John Roe", "Jane Doe, John Roe"},
		{"", ""},
	} {
		if got := byline(tc.in); got != tc.want {
			t.Errorf("byline(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestWithoutSite checks that an outlet's name ending a credit is dropped.
func TestWithoutSite(t *testing.T) {
	for _, tc := range []struct{ credit, site, want string }{
		{"Matt Davis BBC Sport", "BBC Sport", "Matt Davis"},
		{"Piers Edwards BBC Africa sport", "BBC Sport", "Piers Edwards"},
		{"Donna Traynor BBC Newsline presenter", "BBC News", "Donna Traynor"},
		{"Ana Lind BBC and friends", "BBC News", "Ana Lind BBC and friends"},
		{"Zoe Kleinman, BBC News", "BBC News", "Zoe Kleinman"},
		{"BBC Sport", "BBC Sport", "BBC Sport"},
		{"Anna Hewsport", "sport", "Anna Hewsport"},
		{"Jane Doe", "", "Jane Doe"},
	} {
		if got := withoutSite(tc.credit, tc.site); got != tc.want {
			t.Errorf("withoutSite(%q, %q) = %q, want %q", tc.credit, tc.site, got, tc.want)
		}
	}
}

// TestSiteCredit checks that a credit loses an affiliation after its
// names and that a desk line names nobody, while several names and a
// credit that is only the outlet's name stay.
func TestSiteCredit(t *testing.T) {
	for _, tc := range []struct{ name, credit, site, want string }{
		{"job title naming the outlet", "Mira Okafor, Harbour Herald Editor-at-large", "Harbour Herald", "Mira Okafor"},
		{"job title on an unnamed site", "Mira Okafor, Senior Correspondent", "", "Mira Okafor"},
		{"site after a comma", "Tomas Reyes, Bay Insider", "Bay Insider", "Tomas Reyes"},
		{"fuller site after a comma", "Tomas Reyes, Westmere Bay Insider", "Bay Insider", "Tomas Reyes"},
		{"part of the site's name after a comma", "Tomas Reyes, Bay Insider", "Bay Insider Nederland", "Tomas Reyes"},
		{"staff writer", "Ana Lind, Staff Writer", "", "Ana Lind"},
		{"credential run into a desk", "Brenda Goodman, MA WebMD Health News", "", "Brenda Goodman"},
		{"credential alone", "Brenda Goodman, MA", "", "Brenda Goodman"},
		{"credential before other words", "Brenda Goodman, MA Thesis Prize", "", "Brenda Goodman, MA Thesis Prize"},
		{"several names and their titles", "Jane Doe, John Roe, Contributing Writers", "", "Jane Doe, John Roe"},
		{"names joined by and", "Jane Doe and John Roe", "The Harbour Herald", "Jane Doe and John Roe"},
		{"names after a comma", "Jane Doe, John Roe", "The Harbour Herald", "Jane Doe, John Roe"},
		{"site's name ending the credit", "Matt Davis BBC Sport", "BBC Sport", "Matt Davis"},
		{"job title fused before the outlet", "Zoe Kleinman Technology reporter, BBC News", "BBC News", "Zoe Kleinman"},
		{"the brand and a desk ending the credit", "Bryn Palmer BBC Scotland Sport", "BBC Sport", "Bryn Palmer"},
		{"the brand alone ending the credit", "Richard Wilson BBC Scotland", "BBC News", "Richard Wilson"},
		{"credentials after a comma", "Rachael Link, MS, RD", "Healthline", "Rachael Link"},
		{"a name after a comma is no credential", "Jane Doe, Ana Lind", "", "Jane Doe, Ana Lind"},
		{"site without The plus a desk", "Herald Sport", "The Herald", ""},
		{"site plus News", "Harbour Herald News", "Harbour Herald", ""},
		{"anyone's staff", "Our Foreign Staff", "The Herald", ""},
		{"a wire's staff", "Westmere Wire Staff", "", ""},
		{"staff alone", "Staff", "", ""},
		{"outlet only, as Readability.js keeps it", "BBC News", "BBC News", "BBC News"},
		{"outlet only, other case", "bbc sport", "BBC Sport", "bbc sport"},
		{"another outlet's name", "Sky News", "The Harbour Herald", "Sky News"},
		{"a name ending in a desk word of no site", "Harbour News", "", "Harbour News"},
		{"group credit", "Contributors to Wikimedia projects", "Wikimedia Foundation, Inc.", "Contributors to Wikimedia projects"},
		{"empty", "", "The Herald", ""},
	} {
		if got := siteCredit(tc.credit, tc.site); got != tc.want {
			t.Errorf("%s: siteCredit(%q, %q) = %q, want %q", tc.name, tc.credit, tc.site, got, tc.want)
		}
	}
}

// authorCases are pages without author metadata whose markup shows the
// author, or shows a name that is not the author's.
var authorCases = []struct{ name, head, body, want string }{
	{"link after By", "", `<p class="credit">By <a href="/people/staff/mira-okafor/">Mira Okafor</a></p>`, "Mira Okafor"},
	{"link after a By element", "", `<div><span class="label">By</span> <a href="/p/tomas-reyes">Tomas Reyes</a></div>`, "Tomas Reyes"},
	{"rel author", "", `<div class="meta"><a rel="author" href="/a/ana-lind">Ana Lind</a></div>`, "Ana Lind"},
	{"itemprop author with a nested name", "", `<div itemprop="author" itemscope><span itemprop="name">Mira Okafor</span> <img src="m.jpg"><p>Mira has covered the harbour board for ten years and writes about ferries.</p></div>`, "Mira Okafor"},
	{"itemprop author on a span", "", `<span itemprop="author">Tomas de Reyes</span>`, "Tomas de Reyes"},
	{"itemprop author holding a sentence", "", `<div itemprop="author">Mira Okafor covers the harbour board and writes about ferries.</div>`, ""},
	{"a single word", "", `<a rel="author" href="/a/mira">Mira</a>`, ""},
	{"prose with by", "", `<p>The plan was drafted by <a href="/p/t">Tomas Reyes</a> last year.</p>`, ""},
	{"By a link that is not a name", "", `<p>By <a href="/terms">clicking here today</a> you agree.</p>`, ""},
	{"a commenter", "", `<section class="comments"><span itemprop="author">Joe Bloggs</span></section>`, ""},
	{"related stories", "", `<aside><a rel="author" href="/a/x">Joe Bloggs</a></aside>`, ""},
	{"meta author first", `<meta name="author" content="Tomas Reyes">`, `<a rel="author" href="/a/m">Mira Okafor</a>`, "Tomas Reyes"},
	{"byline name element", "", `<div class="byline"><span class="byline__name">By Neil Prior</span><span class="byline__title">BBC Wales</span></div>`, "Neil Prior"},
	{"author name heading with a prefixed class", "", `<div class="sdc-article-author"><h3 class="sdc-article-author__name">Tom Gillespie</h3><p>News Reporter</p></div>`, "Tom Gillespie"},
}

// TestPersonOverOutletCredit checks that a credit naming only the outlet
// gives way to the person the page's markup shows.
func TestPersonOverOutletCredit(t *testing.T) {
	page := parsePage(t, `<meta name="author" content="BBC News">`, `<span class="byline__name">By Neil Prior</span>`)
	if got := readMeta(page, nil).credit(readability.Article{}, "BBC News"); got != "Neil Prior" {
		t.Errorf("credit = %q, want Neil Prior", got)
	}
	page = parsePage(t, `<meta name="author" content="BBC News">`, `<p>No name shown.</p>`)
	if got := readMeta(page, nil).credit(readability.Article{}, "BBC News"); got != "BBC News" {
		t.Errorf("credit = %q, want the outlet when no person is shown", got)
	}
}

// TestAuthorFromMarkup checks the byline read from the page's markup when
// readability and the meta tags give none.
func TestAuthorFromMarkup(t *testing.T) {
	for _, tc := range authorCases {
		m := readMeta(parsePage(t, tc.head, tc.body), nil)
		if got := m.credit(readability.Article{}, ""); got != tc.want {
			t.Errorf("%s: credit %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestPersonName checks which short texts read as names.
func TestPersonName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Mira Okafor", "Mira Okafor"},
		{"By Mira Okafor", "Mira Okafor"},
		{"Jane Doe and John Roe", "Jane Doe and John Roe"},
		{"Nelson D. Schwartz", "Nelson D. Schwartz"},
		{"Mira", ""},
		{"Read more about ferries", ""},
		{"Mira Okafor: 555 0100", ""},
		{"One Two Three Four Five Six Seven", ""},
		{"", ""},
	} {
		if got := personName(tc.in); got != tc.want {
			t.Errorf("personName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// parsePage parses a page made of head and body markup.
func parsePage(t testing.TB, head, body string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<html><head><title>T</title>" + head + "</head><body>" + body + "<p>Text.</p></body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestDropCitationMarks checks that reference markers glued to a word go
// and that other brackets stay.
func TestDropCitationMarks(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"It cost US$1,000[23] in 1998.[24]", "It cost US$1,000 in 1998."},
		{"Sources differ.[citation needed]", "Sources differ."},
		{"See item [3] below and array[i].", "See item [3] below and array[i]."},
	} {
		if got := dropCitationMarks(tc.in); got != tc.want {
			t.Errorf("dropCitationMarks(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSpaceAfterWireTag(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"(CNN)President Donald Trump made an unannounced visit.", "(CNN) President Donald Trump made an unannounced visit."},
		{"WASHINGTON (AP)The Senate voted.", "WASHINGTON (AP) The Senate voted."},
		{"(CNN) President Trump", "(CNN) President Trump"},
		{"the (USA)Today list", "the (USA)Today list"},
	} {
		if got := spaceAfterWireTag(tc.in); got != tc.want {
			t.Errorf("spaceAfterWireTag(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestURLDate checks the date read from an address's path.
func TestURLDate(t *testing.T) {
	for _, tc := range []struct{ link, want string }{
		{"https://www.nytimes.com/2019/11/18/business/trade.html", "2019-11-18"},
		{"https://www.detroitnews.com/story/news/2019-11-19/story-slug/", "2019-11-19"},
		{"https://www.example.com/2019/13/45/x", ""},
		{"https://www.example.com/news/12345", ""},
		{"https://www.quantamagazine.org/tuft-cells-that-taste-danger-set-off-immune-responses-20191115/", "2019-11-15"},
		{"https://www.example.com/news/20191115.html", "2019-11-15"},
		{"https://www.example.com/news/story-20191399/", ""},
		{"https://www.example.com/item/1201911151/", ""},
		{"https://www.politifact.com/west-virginia/statements/2019/nov/18/david-mckinley/what-value/", "2019-11-18"},
		{"https://www.example.com/2019/Sep/3/story/", "2019-09-03"},
		{"https://www.example.com/2019/nov/31/story/", ""},
	} {
		got := ""
		if d := urlDate(tc.link); !d.IsZero() {
			got = d.Format("2006-01-02")
		}
		if got != tc.want {
			t.Errorf("urlDate(%q) = %q, want %q", tc.link, got, tc.want)
		}
	}
}

func TestSiteName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Autoracing | F1 | Indy | MotoGP", "Autoracing"},
		{"The Guardian", "The Guardian"},
		{"Yahoo News - Latest News & Headlines", "Yahoo News"},
		{"http://www.tmz.com", "tmz.com"},
		{"www.harbourpost.example/", "harbourpost.example"},
		{"@harbourpost", ""},
		{"the Guardian", "The Guardian"},
		{"the best of harbour", "the best of harbour"},
		{"", ""},
	} {
		if got := siteName(tc.in); got != tc.want {
			t.Errorf("siteName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTitleSite checks that a page naming no site takes the name its
// <title> ends with only when the host spells or abbreviates it.
func TestFullerSite(t *testing.T) {
	for _, tc := range []struct{ ld, og, want string }{
		{"Sky", "Sky News", "Sky News"},
		{"Space", "Space.com", "Space"},
		{"Spiceworks", "Spiceworks Inc", "Spiceworks"},
		{"The Guardian", "the Guardian", "The Guardian"},
		{"the Guardian", "The Guardian", "The Guardian"},
		{"Reuters", "Thomson Reuters", "Reuters"},
		{"Sky", "Skyline Herald", "Sky"},
		{"", "Harbour Post", "Harbour Post"},
		{"Harbour Post", "", "Harbour Post"},
	} {
		if got := fullerSite(tc.ld, tc.og); got != tc.want {
			t.Errorf("fullerSite(%q, %q) = %q, want %q", tc.ld, tc.og, got, tc.want)
		}
	}
}

func TestTitleSite(t *testing.T) {
	for _, tc := range []struct{ title, host, want string }{
		{"Yahoo to sell its core business - The New York Times", "nytimes.com", "The New York Times"},
		{"$150K Pearl Oscar Dress Stolen | TMZ.com", "tmz.com", "TMZ.com"},
		{"Harbour ferry fares rise | Harbour Post", "harbourpost.example", "Harbour Post"},
		{"Barack Obama - Biography", "nytimes.com", ""},
		{"Harbour ferry fares rise | Harbour Post", "", ""},
		{"Fares | Harbour Post", "harbourpost.example", ""},
		{"No separator here at all", "harbourpost.example", ""},
	} {
		if got := titleSite(tc.title, tc.host); got != tc.want {
			t.Errorf("titleSite(%q, %q) = %q, want %q", tc.title, tc.host, got, tc.want)
		}
	}
}

// TestPublishedFromMeta reads the publication date from the meta names
// pages use for it, in the layouts they write it in.
func TestPublishedFromMeta(t *testing.T) {
	for _, tc := range []struct{ meta, want string }{
		{`<meta name="article:publicationdate" content="Fri Mar 13 21:30:09 EST 2015"/>`, "2015-03-13"},
		{`<meta property="article:published_time" content="2019-11-18T10:00:00Z"/>`, "2019-11-18"},
		{`<meta name="publishdate" content="2019/11/19"/>`, "2019-11-19"},
		{`<meta name="publishdate" content="soon"/>`, ""},
	} {
		page := "<html><head><title>T</title>" + tc.meta + "</head><body><p>Text.</p></body></html>"
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if d := readMeta(doc, nil).published(readability.Article{}); !d.IsZero() {
			got = d.Format("2006-01-02")
		}
		if got != tc.want {
			t.Errorf("%s: published %q, want %q", tc.meta, got, tc.want)
		}
	}
}

// publishedCases are pages whose date only a fallback after the meta
// tags and <time> reads, and pages where those still come first.
var publishedCases = []struct{ name, head, body, want string }{
	{"JSON-LD graph, web page node", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Herald"},{"@type":"WebPage","datePublished":"2019-11-19T08:30:00+00:00"}]}</script>`, "", "2019-11-19"},
	{"JSON-LD graph, article before web page", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2019-11-20"},{"@type":["NewsArticle"],"datePublished":"2019-11-18"}]}</script>`, "", "2019-11-18"},
	{"JSON-LD array", `<script type="application/ld+json">[{"@type":"Organization"},{"@type":"BlogPosting","datePublished":"2019-11-17"}]</script>`, "", "2019-11-17"},
	{"JSON-LD in CDATA", `<script type="application/ld+json"><![CDATA[{"@graph":[{"@type":"WebPage","datePublished":"2019-11-16"}]}]]></script>`, "", "2019-11-16"},
	{"malformed JSON-LD, then a good one", `<script type="application/ld+json">{"@graph":[{"datePublished":</script><script type="application/ld+json">{"@graph":{"@type":"WebPage","datePublished":"2019-11-15"}}</script>`, "", "2019-11-15"},
	{"JSON-LD date not a string", `<script type="application/ld+json">{"@graph":[{"datePublished":20191119},null,"x"]}</script>`, "", ""},
	{"JSON-LD zero date, then a real one", `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"},{"@type":"WebPage","datePublished":"2019-11-14"}]}</script>`, "", "2019-11-14"},
	{"JSON-LD zero date only", `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}]}</script>`, "", ""},
	{"JSON-LD of another type", `<script type="text/javascript">{"datePublished":"2019-11-19"}</script>`, "", ""},
	{"meta name date", `<meta name="date" content="2019-11-19">`, "", "2019-11-19"},
	{"itemprop text", "", `<span itemprop="datePublished">2019-11-19</span>`, "2019-11-19"},
	{"itemprop text for people", "", `<div class="when" itemprop="datePublished">November 19, 2019</div>`, "2019-11-19"},
	{"itemprop content", "", `<span itemprop="datePublished" content="2019-11-19T10:00:00Z">Tuesday</span>`, "2019-11-19"},
	{"itemprop datetime", "", `<ins itemprop="datePublished" datetime="2019-11-19">today</ins>`, "2019-11-19"},
	{"meta tag before JSON-LD", `<meta property="article:published_time" content="2019-11-01T00:00:00Z"><script type="application/ld+json">{"@graph":[{"datePublished":"2019-11-19"}]}</script>`, "", "2019-11-01"},
	{"time element before meta date", `<meta name="date" content="2019-11-19">`, `<time datetime="2019-11-02">2 Nov</time>`, "2019-11-02"},
	{"time element with a zone name", "", `<time datetime="2019-11-18 17:19:53 GMT">Nov 18, 2019 @17:19 PM</time>`, "2019-11-18"},
	{"nothing", "", "", ""},
}

// TestPublishedFallbacks reads dates from JSON-LD graphs, itemprop
// elements and <meta name="date">, after the sources read first.
func TestPublishedFallbacks(t *testing.T) {
	for _, tc := range publishedCases {
		got := ""
		if d := readMeta(parsePage(t, tc.head, tc.body), nil).published(readability.Article{}); !d.IsZero() {
			got = d.UTC().Format("2006-01-02")
		}
		if got != tc.want {
			t.Errorf("%s: published %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestPublishedSecondsKeepThePageZone checks that BBC's data-seconds, read
// in UTC, take the zone of the JSON-LD that gives the same instant: a story
// published at 00:15 BST is dated that day.
func TestPublishedSecondsKeepThePageZone(t *testing.T) {
	for _, tc := range []struct{ name, ld, want string }{
		{"same instant", `2010-09-02T00:15:47+01:00`, "2010-09-02"},
		{"another instant", `2010-09-03T00:15:47+01:00`, "2010-09-01"},
	} {
		head := `<script type="application/ld+json">{"@type":"WebPage","datePublished":"` + tc.ld + `"}</script>`
		body := `<div class="date" data-seconds="1283382947">2 September 2010</div>`
		d := readMeta(parsePage(t, head, body), nil).published(readability.Article{})
		if got := d.Format("2006-01-02"); got != tc.want {
			t.Errorf("%s: published %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestLDPublishedHostile checks that JSON-LD which is not what a page
// should hold is ignored, and that a huge script is skipped quickly.
func TestLDPublishedHostile(t *testing.T) {
	for _, s := range []string{"", "{", "null", "[1,2]", `{"@graph":5}`, `{"@graph":[[{"datePublished":"2019-11-19"}]]}`,
		strings.Repeat("[", 100000) + strings.Repeat("]", 100000), `{"datePublished":"soon"}`} {
		if d, ok := ldPublished(ldDocs(s)); ok {
			t.Errorf("ldPublished(%.40q) = %v, want nothing", s, d)
		}
	}
	huge := `{"@graph":[{"datePublished":"2019-11-19","x":"` + strings.Repeat("a", 2*maxLDBytes) + `"}]}`
	start := time.Now()
	m := readMeta(parsePage(t, `<script type="application/ld+json">`+huge+`</script>`, ""), nil)
	if len(m.ld) != 0 || !m.published(readability.Article{}).IsZero() {
		t.Errorf("a script over %d bytes was read", maxLDBytes)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("a huge script took %v", d)
	}
}

// FuzzPageMeta reads the metadata of arbitrary markup, seeded with the
// byline and date tables; it must not panic and must give valid UTF-8.
func FuzzPageMeta(f *testing.F) {
	for _, tc := range authorCases {
		f.Add(tc.head, tc.body, "")
	}
	for _, tc := range publishedCases {
		f.Add(tc.head, tc.body, "The Herald")
	}
	f.Fuzz(func(t *testing.T, head, body, site string) {
		doc, err := html.Parse(strings.NewReader("<html><head>" + head + "</head><body>" + body + "</body></html>"))
		if err != nil {
			return
		}
		m := readMeta(doc, nil)
		a := m.article(readability.Article{})
		if c := m.credit(readability.Article{}, site); !utf8.ValidString(c) || !utf8.ValidString(a.Byline) {
			t.Fatalf("invalid UTF-8 in byline %q", c)
		}
	})
}

// TestExtractMarkupFallbacks checks through Extract that a page stating
// its author only in a "By" link and its date only in a JSON-LD graph
// gets both.
func TestExtractMarkupFallbacks(t *testing.T) {
	page := `<html><head><title>Dredging approved</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Westmere Herald"},{"@type":"WebPage","datePublished":"2019-11-19T08:30:00Z"}]}</script></head>` +
		`<body><article><h1>Dredging approved</h1><p>By <a href="/people/staff/mira-okafor/">Mira Okafor</a></p>` +
		`<p>The port authority of Westmere approved a plan on Thursday to dredge the main channel so that larger container ships can reach the docks, ending two years of argument between shipping lines and the fishing fleet.</p>` +
		`<p>Work will start in March and last until the autumn, the board said, and the fleet will be paid for the weeks it cannot fish.</p></article></body></html>`
	a, err := Extract(context.Background(), []byte(page), "text/html; charset=utf-8", nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Byline != "Mira Okafor" || a.Published.UTC().Format(time.RFC3339) != "2019-11-19T08:30:00Z" {
		t.Errorf("byline %q, published %v; want Mira Okafor, 2019-11-19T08:30:00Z", a.Byline, a.Published)
	}
}

// TestFullerTitle checks that a page's <h1> wins over a metadata title
// that dropped a few of its words, and only then.
func TestFullerTitle(t *testing.T) {
	for _, tc := range []struct{ title, h1, want string }{
		{"Milan Design Week 2018 | Anastassiades' light installation for FLOS", "Milan Design Week 2018 | Michael Anastassiades’ light installation for FLOS", "Milan Design Week 2018 | Michael Anastassiades’ light installation for FLOS"},
		{"15 Tips to Overcome Binge Eating", "15 Helpful Tips to Overcome Binge Eating", "15 Helpful Tips to Overcome Binge Eating"},
		{"Council approves bridge", "Council approves bridge", "Council approves bridge"},
		{"Council approves bridge", "BBC News", "Council approves bridge"},
		{"Council approves new bridge", "Council approves new bridge after a decade of argument over its cost", "Council approves new bridge"},
		{"Council approves bridge", "", "Council approves bridge"},
		{"Bridge", "The Bridge Opens", "Bridge"},
		{"Seven secrets that hotel owners don't want you to know", "The seven secrets that hotel owners don’t want you to know", "Seven secrets that hotel owners don't want you to know"},
	} {
		if got := fullerTitle(tc.title, tc.h1); got != tc.want {
			t.Errorf("fullerTitle(%q, %q) = %q, want %q", tc.title, tc.h1, got, tc.want)
		}
	}
}

// TestTitleLessSite checks when a page's <h1> stands for a title that
// still carries the site's name.
func TestTitleLessSite(t *testing.T) {
	for _, tc := range []struct {
		h1, title string
		want      bool
	}{
		{"About bugs", "About bugs – Vortex Cannon Entertainment", true},
		{"Outside the web: standalone WebAssembly binaries using Emscripten", "standalone WebAssembly binaries using Emscripten · V8", true},
		{"Council approves bridge", "Council approves bridge | The Westmere Gazette", true},
		{"Council approves bridge", "Council approves bridge", false},                                       // no site name to drop
		{"Brexit", "Brexit - Explained", false},                                                             // one word: a section's name, not a headline
		{"Brexit deal", "Brexit deal: what happens next", false},                                            // a colon parts the headline's halves
		{"Council approves bridge", "Council approves bridge - and what the mayor thinks of it now", false}, // too long for a site's name
		{"Storm warning", "Flood warning | Weather Desk", false},
		{"DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶", "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网", true},
		{"新台阶", "新台阶_科技", false}, // too short to stand for a headline
		{"Council approves bridge", "Council approves bridge_and_a_long_tail_that_is_no_site_name_at_all", false},
	} {
		if got := isTitleLessSite(tc.h1, tc.title); got != tc.want {
			t.Errorf("isTitleLessSite(%q, %q) = %v, want %v", tc.h1, tc.title, got, tc.want)
		}
	}
}

// TestHeadlineFromLaterH1: the site's logo in the first <h1> does not stop
// the article's own <h1> from replacing a title with the site's name.
func TestHeadlineFromLaterH1(t *testing.T) {
	page := `<html><head><title>Outside the web: standalone binaries · V8</title></head><body>
<header><h1><a href="/">V8</a></h1></header><article><h1>Outside the web: standalone binaries</h1>
<p>` + strings.Repeat("Emscripten now emits standalone WebAssembly files that need no JavaScript runtime at all. ", 8) + `</p></article></body></html>`
	a, err := Extract(context.Background(), []byte(page), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Outside the web: standalone binaries"; a.Title != want {
		t.Errorf("title %q, want %q", a.Title, want)
	}
}

// TestHeadlineWithoutSiteName: a title that ends with the page's own site
// name loses it even when no <h1> repeats the rest.
func TestHeadlineWithoutSiteName(t *testing.T) {
	page := `<html><head><title>Merger bodes ill for local news - Westmere Times</title><meta property="og:site_name" content="Westmere Times"></head><body>
<article><h1>Column: The merger sends a dismal signal</h1><p>` + strings.Repeat("The two largest newspaper chains in the country agreed to merge on Tuesday, and analysts expect deep cuts. ", 8) + `</p></article></body></html>`
	a, err := Extract(context.Background(), []byte(page), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Merger bodes ill for local news"; a.Title != want {
		t.Errorf("title %q, want %q", a.Title, want)
	}
}

// TestHeadlineNotTheSitesTitle checks that an og:title that is only the
// site's name and tagline gives way to the page's own <title>, and that
// the site's name loses its tagline.
func TestHeadlineNotTheSitesTitle(t *testing.T) {
	page := `<html><head><title>Ferry fares rise on the harbour line</title><meta property="og:title" content="Harbour News - Latest News &amp; Headlines">
<meta name="application-name" content="Harbour News - Latest News &amp; Headlines"></head><body>
<article><p>` + strings.Repeat("Ferry fares on the harbour line rose by a tenth on Monday, and commuters expect further rises next year. ", 8) + `</p></article></body></html>`
	a, err := Extract(context.Background(), []byte(page), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Ferry fares rise on the harbour line"; a.Title != want {
		t.Errorf("title %q, want %q", a.Title, want)
	}
	if want := "Harbour News"; a.Site != want {
		t.Errorf("site %q, want %q", a.Site, want)
	}
}

func TestLDAuthor(t *testing.T) {
	for _, tc := range []struct{ name, ld, want string }{
		{"reference to a person node", `{"@graph":[{"@type":"NewsArticle","author":{"@id":"https://h.example/#/person/1"}},{"@type":["Person"],"@id":"https://h.example/#/person/1","name":"Lewis White"}]}`, "Lewis White"},
		{"a name in place", `{"@type":"BlogPosting","author":{"@type":"Person","name":"Olivia Larsen"}}`, "Olivia Larsen"},
		{"several authors", `{"@type":"NewsArticle","author":[{"name":"Jo Lee"},{"name":"Sam Roe"}]}`, "Jo Lee and Sam Roe"},
		{"a plain string", `{"@type":"Article","author":"Ana Lind"}`, "Ana Lind"},
		{"a web page's author", `{"@graph":[{"@type":"WebPage","author":{"@id":"#p"}},{"@type":"Person","@id":"#p","name":"Olivia Larsen"}]}`, "Olivia Larsen"},
		{"an article's author before its page's", `[{"@type":"WebPage","author":{"name":"Page Owner"}},{"@type":"NewsArticle","author":{"name":"Jo Lee"}}]`, "Jo Lee"},
		{"neither article nor page", `{"@type":"Organization","author":{"name":"Webmaster"}}`, ""},
		{"a dangling reference", `{"@type":"NewsArticle","author":{"@id":"#nobody"}}`, ""},
		{"malformed", `{"@type":"NewsArticle","author":`, ""},
	} {
		if got := ldAuthor(ldDocs(tc.ld)); got != tc.want {
			t.Errorf("%s: ldAuthor = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// ldDocs parses scripts as pageMeta.script does, leaving out the invalid.
func ldDocs(scripts ...string) []ldDoc {
	var out []ldDoc
	for _, s := range scripts {
		if doc, ok := parseLD(s); ok {
			out = append(out, doc)
		}
	}
	return out
}
