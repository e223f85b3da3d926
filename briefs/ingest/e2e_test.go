package ingest

import (
	"context"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"briefsmith/briefs"
)

// articlePage is a news page from outlet site with the story's text.
func articlePage(site, title, text string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html><head><title>%s</title><meta property="og:site_name" content="%s"></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>%s</h1>`, html.EscapeString(title), site, html.EscapeString(title))
	for _, p := range strings.Split(text, "\n") {
		fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(p))
	}
	b.WriteString(`</article><footer>© ` + site + `</footer></body></html>`)
	return b.String()
}

const budgetStory = `The council approved next year's budget by nine votes to four on Tuesday evening after a debate that lasted more than six hours.
The budget raises spending on schools and the harbour, and it freezes the parking charges that shopkeepers had asked the council to cut.
Opposition members said the plan relied on optimistic forecasts for tourism and on selling two council buildings next spring.
The mayor said the budget was balanced and that the sales had already been agreed with the buyers.`

const cookieWall = `<!doctype html><html><head><title>Before you continue</title></head><body><div class="consent"><h1>We value your privacy</h1>
<p>We and our partners use cookies to store and access information on your device. Click Accept all to consent, or Manage options to choose.</p>
<button>Accept all</button> <button>Manage options</button></div></body></html>`

// outlets serves outlet A (the feed and most pages) and outlet B (a
// rewrite of A's main story), and counts the requests for A's story.
type outlets struct {
	a, b       *httptest.Server
	storyHits  atomic.Int32
	feedServed atomic.Int32
}

func newOutlets(t *testing.T) *outlets {
	o := &outlets{}
	o.b = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, articlePage("Island Post", "Ferries back on Monday", rewrite))
	}))
	o.a = httptest.NewServer(http.HandlerFunc(o.serveA))
	t.Cleanup(o.a.Close)
	t.Cleanup(o.b.Close)
	return o
}

func (o *outlets) serveA(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/feed.xml":
		o.feedServed.Add(1)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, o.feed())
		return
	case "/gone":
		http.NotFound(w, r)
		return
	case "/cp1251.xml": // no encoding in the prolog, only in the header
		w.Header().Set("Content-Type", "application/rss+xml; charset=windows-1251")
		b, _ := charmap.Windows1251.NewEncoder().String(`<?xml version="1.0"?><rss version="2.0"><channel><title>Городская газета</title><item><title>Паром снова ходит</title><link>` + o.a.URL + `/news/budget</link></item></channel></rss>`)
		fmt.Fprint(w, b)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	switch r.URL.Path {
	case "/news/ferry-strike-ends", "/news/ferry-strike-ends/amp":
		o.storyHits.Add(1)
		fmt.Fprint(w, articlePage("Harbour Gazette", "Ferry strike ends after talks", wireStory))
	case "/news/budget":
		fmt.Fprint(w, articlePage("Harbour Gazette", "Council passes budget", budgetStory))
	case "/wall":
		fmt.Fprint(w, cookieWall)
	default:
		http.NotFound(w, r)
	}
}

// feed lists six entries, newest first: the story, the same story under
// its AMP address with tracking parameters, outlet B's rewrite, another
// story, a cookie wall, and a page that is gone but whose text the feed
// carries.
func (o *outlets) feed() string {
	item := func(title, link, day, content string) string {
		return fmt.Sprintf(`<item><title>%s</title><link>%s</link><pubDate>%s Dec 2026 07:00:00 GMT</pubDate><content:encoded><![CDATA[%s]]></content:encoded></item>`, title, link, day, content)
	}
	return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour Gazette</title>` +
		item("Ferry strike ends after talks", o.a.URL+"/news/ferry-strike-ends", "06", "") +
		item("Ferry strike ends (AMP)", o.a.URL+"/news/ferry-strike-ends/amp?utm_source=rss&utm_medium=feed", "05", "") +
		item("Ferries back on Monday", o.b.URL+"/island/ferry-deal", "04", "") +
		item("Council passes budget", "/news/budget", "03", "") + // relative, resolved against the feed's address
		item("Before you continue", o.a.URL+"/wall", "02", "") +
		item("Lifeboat named", o.a.URL+"/gone", "01", "<p>The new lifeboat was named after the harbour master who served for forty years.</p><p>It will be stationed at the north pier from January.</p>") +
		`</channel></rss>`
}

// TestFeedEndToEnd runs a feed through the batch importer as the front
// ends do: briefs.ImportAll with BatchOptions (expand, the same address
// once, import, merge near-duplicates).
func TestFeedEndToEnd(t *testing.T) {
	o := newOutlets(t)
	ctx := context.Background()
	im := New(Options{})
	sources, err := im.Expand(ctx, o.a.URL+"/feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(sources) != 6 {
		t.Fatalf("%d entries, want 6: %q", len(sources), sources)
	}
	all := briefs.ImportAll(ctx, im, []string{o.a.URL + "/feed.xml"}, BatchOptions(), nil)
	var out []briefs.ImportResult
	for _, r := range all {
		if r.Skipped {
			if r.Source != sources[1] || !strings.Contains(r.Notice, sources[0]) {
				t.Fatalf("skipped %+v, want %s as a repeat of %s", r, sources[1], sources[0])
			}
			continue
		}
		out = append(out, r)
	}
	if len(out) != 4 {
		t.Fatalf("%d results, want 4 (story with its rewrite, budget, wall, gone): %+v", len(out), out)
	}
	checkStory(t, out[0], o.b.URL+"/island/ferry-deal")
	checkFeedResults(t, out[1], out[3], o.a.URL+"/gone")
	if wall := out[2]; wall.Err == nil {
		// TODO(lead): expect a failed result naming the wall once the
		// webpage package reports walls (see docs/notes/NOTES-ingest.md).
		t.Logf("the cookie wall was imported as an article (%q); webpage does not report walls yet", wall.Article.Title)
	}
	if n := o.storyHits.Load(); n != 1 {
		t.Errorf("the story was fetched %d times, want once", n)
	}
}

// checkStory checks the merged story: outlet A's article, with outlet B's
// rewrite as its other source.
func checkStory(t *testing.T, story briefs.ImportResult, rewriteURL string) {
	t.Helper()
	if story.Err != nil || story.Article.Site != "Harbour Gazette" || len(story.Article.AlsoIn) != 1 ||
		story.Article.AlsoIn[0].Site != "Island Post" || story.Article.AlsoIn[0].URL != rewriteURL {
		t.Errorf("story: %+v", story)
	}
	if !strings.Contains(story.Notice, "merged into one item") {
		t.Errorf("story notice %q", story.Notice)
	}
}

// checkFeedResults checks a plain entry and one read from the feed's own
// text because its page is gone.
func checkFeedResults(t *testing.T, budget, gone briefs.ImportResult, goneURL string) {
	t.Helper()
	if budget.Err != nil || budget.Article.Title != "Council passes budget" || budget.Article.Kind != briefs.KindFeed {
		t.Errorf("budget: %+v", budget)
	}
	if gone.Err != nil || gone.Article.Kind != briefs.KindFeed || gone.Article.Title != "Lifeboat named" ||
		!strings.Contains(gone.Article.Text, "north pier") || gone.Article.URL != goneURL {
		t.Errorf("gone page, feed's text: %+v", gone)
	}
}

// TestExpandKeepsThePage checks that a page Expand fetched to see whether
// it is a feed is not fetched again by Import.
func TestExpandKeepsThePage(t *testing.T) {
	o := newOutlets(t)
	im := New(Options{})
	src := o.a.URL + "/news/ferry-strike-ends"
	got, err := im.Expand(context.Background(), src)
	if err != nil || len(got) != 1 || got[0] != src {
		t.Fatalf("Expand = %q, %v", got, err)
	}
	a, err := im.Import(context.Background(), src)
	if err != nil || a.Kind != briefs.KindURL || a.Site != "Harbour Gazette" {
		t.Fatalf("Import = %+v, %v", a, err)
	}
	if n := o.storyHits.Load(); n != 1 {
		t.Errorf("fetched %d times, want once", n)
	}
}

func TestFeedURLProblems(t *testing.T) {
	o := newOutlets(t)
	im := New(Options{})
	if _, err := im.Import(context.Background(), o.a.URL+"/feed.xml"); !errors.Is(err, ErrFeed) {
		t.Errorf("a feed imported as one article: %v", err)
	}
	if _, err := im.FeedEntries(context.Background(), o.a.URL+"/gone"); err == nil || !strings.Contains(err.Error(), "404") {
		t.Errorf("missing feed: %v", err)
	}
	if _, err := im.FeedEntries(context.Background(), o.a.URL+"/news/budget"); err == nil || !strings.Contains(err.Error(), "not an RSS, Atom or JSON feed") {
		t.Errorf("a page as a feed: %v", err)
	}
	list, err := im.FeedEntries(context.Background(), o.a.URL+"/feed.xml")
	if err != nil || list.Title != "Harbour Gazette" || len(list.Entries) != 6 || list.Entries[0].Title != "Ferry strike ends after talks" {
		t.Errorf("FeedEntries = %+v, %v", list, err)
	}
}

func TestFeedCharsetFromHeader(t *testing.T) {
	o := newOutlets(t)
	list, err := New(Options{}).FeedEntries(context.Background(), o.a.URL+"/cp1251.xml")
	if err != nil || list.Title != "Городская газета" || len(list.Entries) != 1 || list.Entries[0].Title != "Паром снова ходит" {
		t.Errorf("got %+v, %v", list, err)
	}
}

func TestPageAddressEndingLikeAnEntry(t *testing.T) {
	o := newOutlets(t)
	a, err := New(Options{}).Import(context.Background(), o.a.URL+"/news/budget#entry=2")
	if err != nil || a.Title != "Council passes budget" || a.Kind != briefs.KindURL {
		t.Errorf("got %+v, %v", a, err)
	}
}

func TestFeedLimits(t *testing.T) {
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}))
	defer slow.Close()
	big := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<rss><channel>`+strings.Repeat("<item><title>x</title></item>", 2000)+`</channel></rss>`)
	}))
	defer big.Close()
	start := time.Now()
	_, err := New(Options{Timeout: 200 * time.Millisecond}).FeedEntries(context.Background(), slow.URL+"/feed")
	if err == nil || !strings.Contains(err.Error(), "no answer within 200ms") || time.Since(start) > 3*time.Second {
		t.Errorf("slow feed: %v after %s", err, time.Since(start))
	}
	if _, err := New(Options{MaxBytes: 1 << 10}).FeedEntries(context.Background(), big.URL+"/feed"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("large feed: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := New(Options{}).Expand(ctx, big.URL+"/feed"); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled Expand: %v", err)
	}
}
