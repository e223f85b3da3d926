package main

import (
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Stories written for this test; the rewrite shares most sentences with
// the wire story, as a second outlet's copy of an agency report does.
const (
	wireStory = `Dock workers at the port of Kellan ended their nine-day strike on Sunday night after the union and the port authority agreed a new pay deal.
The agreement gives workers a rise of six per cent this year and four per cent next year, and it limits night shifts to three a week.
Ferries to the islands will run to the normal timetable from Monday morning, the port authority said in a statement.
Shop owners on the islands had warned that shelves were emptying because supplies had been stuck on the mainland for more than a week.
The union said its members would vote on the deal within a month, and that the strike would not resume while the vote was held.`
	rewriteStory = `Ferries to the islands will run to the normal timetable from Monday morning, the port authority said in a statement on Sunday.
Dock workers at the port of Kellan ended their nine-day strike on Sunday night after the union and the port authority agreed a new pay deal.
The agreement gives workers a rise of six per cent this year and four per cent next year, and it limits night shifts to three a week.
Island shop owners said they were relieved.`
	libraryStory = `The town library will open on Sundays from January, the council said on Thursday, after a year in which visits rose by a fifth.
The extra day will be paid for by closing the reading room one evening a week, when it is least used.
Staff will be asked to volunteer for the Sunday shifts, and the council said no one would be made to work them.`
	paywall = `<!doctype html><html><head><title>Subscribe to read</title></head><body><div class="paywall"><h1>This article is for subscribers</h1>
<p>Subscribe now to continue reading. Already a subscriber? Log in to read the full story.</p><a href="/subscribe">Subscribe</a></div></body></html>`
)

func articleHTML(site, title, text string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html><head><title>%s</title><meta property="og:site_name" content="%s"></head><body><article><h1>%s</h1>`, html.EscapeString(title), site, html.EscapeString(title))
	for _, p := range strings.Split(text, "\n") {
		fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(p))
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

// feedSites serves a feed on one outlet whose entries link to its pages
// (one of them under an AMP address with tracking parameters, one a
// paywall) and to a second outlet's copy of the main story.
func feedSites(t *testing.T) (feedURL string) {
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, articleHTML("Island Post", "Ferries back on Monday", rewriteStory))
	}))
	t.Cleanup(other.Close)
	var srv *httptest.Server
	srv = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, rssFeed(srv.URL, other.URL))
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		switch r.URL.Path {
		case "/news/strike-ends", "/news/strike-ends/amp":
			fmt.Fprint(w, articleHTML("Harbour Gazette", "Dock strike ends", wireStory))
		case "/news/library":
			fmt.Fprint(w, articleHTML("Harbour Gazette", "Library to open on Sundays", libraryStory))
		case "/news/exclusive":
			fmt.Fprint(w, paywall)
		default:
			http.NotFound(w, r)
		}
	}))
	srv.Start() // assigned before it serves: the handler reads srv.URL
	t.Cleanup(srv.Close)
	return srv.URL + "/feed.xml"
}

func rssFeed(site, other string) string {
	item := func(title, link, day string) string {
		return fmt.Sprintf(`<item><title>%s</title><link>%s</link><pubDate>%s Dec 2026 07:00:00 GMT</pubDate></item>`, title, link, day)
	}
	return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Harbour Gazette</title>` +
		item("Dock strike ends", site+"/news/strike-ends", "06") +
		item("Dock strike ends (AMP)", site+"/news/strike-ends/amp?utm_source=rss", "05") +
		item("Ferries back on Monday", other+"/island/ferries", "04") +
		item("Library to open on Sundays", site+"/news/library", "03") +
		item("Exclusive: harbour plans", site+"/news/exclusive", "02") +
		`</channel></rss>`
}

// TestImportFeedThroughTheBinary: `briefsmith import --format json FEED`
// prints one article per story: the AMP copy of the main story is
// imported once with a note, the second outlet's copy is merged into it
// (also_in, notice), and every article says it came from a feed.
func TestImportFeedThroughTheBinary(t *testing.T) {
	feed := feedSites(t)
	r := runBin(t, "", "import", "--format", "json", feed)
	items := decodeArray(t, r.stdout)
	var articles []map[string]any
	for _, it := range items {
		if !strings.Contains(fmt.Sprint(it["source"]), "/news/exclusive") {
			articles = append(articles, it)
		}
	}
	if len(items) != 3 || len(articles) != 2 || articles[0]["title"] != "Dock strike ends" || articles[1]["title"] != "Library to open on Sundays" {
		t.Fatalf("want the story, the library and the paywall; got %d items:\n%s\nstderr:\n%s", len(items), r.stdout, r.stderr)
	}
	for _, a := range articles {
		if a["kind"] != "feed" || a["error"] != nil {
			t.Errorf("%v: kind %v, error %v", a["source"], a["kind"], a["error"])
		}
	}
	story := articles[0]
	also, _ := story["also_in"].([]any)
	if len(also) != 1 || !strings.Contains(fmt.Sprint(also[0]), "Island Post") || !strings.Contains(fmt.Sprint(story["notice"]), "merged into one item") {
		t.Errorf("the second outlet's copy is not merged: also_in %v, notice %v", story["also_in"], story["notice"])
	}
	for _, want := range []string{"/news/strike-ends/amp?utm_source=rss: the same address as", "imported once", "merged into one item"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
}

// TestImportFeedWallThroughTheBinary: the feed's paywalled entry is an
// error naming the source and the kind of wall, exit status 1, the rest
// imported; the JSON says which kind of wall.
func TestImportFeedWallThroughTheBinary(t *testing.T) {
	feed := feedSites(t)
	r := runBin(t, "", "import", "--format", "json", feed)
	items := decodeArray(t, r.stdout)
	if r.code != 1 || len(items) != 3 {
		t.Fatalf("exit status %d (want 1), %d items (want 3); stderr:\n%s", r.code, len(items), r.stderr)
	}
	wall := items[2]
	msg := strings.ToLower(fmt.Sprint(wall["error"]))
	if !strings.Contains(fmt.Sprint(wall["source"]), "/news/exclusive") || !strings.Contains(msg, "subscri") || wall["kind"] != "paywall" {
		t.Errorf("paywall result: %v (want its error and \"kind\": \"paywall\")", wall)
	}
	if !strings.Contains(r.stderr, "/news/exclusive") || !strings.Contains(strings.ToLower(r.stderr), "subscri") {
		t.Errorf("stderr does not name the wall: %s", r.stderr)
	}
}

// TestImportLimitAndFolder: --limit keeps the newest entries of a feed;
// a folder imports each file in it.
func TestImportLimitAndFolder(t *testing.T) {
	feed := feedSites(t)
	r := runBin(t, "", "import", "--limit", "1", feed)
	if items := decodeArray(t, r.stdout); r.code != 0 || len(items) != 1 || items[0]["title"] != "Dock strike ends" {
		t.Errorf("--limit 1: code %d, %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	dir := t.TempDir()
	for name, text := range map[string]string{"a.txt": "Library hours\n\n" + libraryStory, "b.md": "# Strike over\n\n" + wireStory} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r = runBin(t, "", "import", dir)
	if items := decodeArray(t, r.stdout); r.code != 0 || len(items) != 2 {
		t.Errorf("folder: code %d, %d items\nstderr: %s", r.code, len(items), r.stderr)
	}
}
