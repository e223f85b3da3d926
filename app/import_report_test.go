package app

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
)

var errTestWall = errors.New("wall")

// TestWallOffersPasteTextInstead: a page behind a wall is reported as
// such, the rest of the batch is kept, and "Paste text instead" opens the
// paste box whose text becomes that source's item.
func TestWallOffersPasteTextInstead(t *testing.T) {
	h := newHarness(t)
	wall := "https://news.example/paywalled"
	h.imp.errs = map[string]error{wall: fmt.Errorf("%s: only the subscription notice could be read: %w", wall, errTestWall)}
	h.w.deps.IsWall = func(err error) bool { return errors.Is(err, errTestWall) }
	h.w.Start("")
	h.w.onNew()
	h.w.importJobs(parseImportInput("https://news.example/bridge\n" + wall + "\nhttps://news.example/gone"))
	if h.w.doc.Len() != 1 {
		t.Fatalf("%d items, want the one that worked", h.w.doc.Len())
	}
	if !overlayHasText(h, wall+": only the subscription notice could be read: wall") {
		t.Fatal("the report does not say what kind of wall it was")
	}
	if findButton(h.w.win.Canvas().Overlays().Top(), "Paste text instead") == nil {
		t.Fatal("no Paste text instead button")
	}
	r := h.w.lastReport
	if _, ok := r.paste["https://news.example/gone"]; ok {
		t.Error("a plain failure offers Paste text instead")
	}
	test.Tap(r.paste[wall])
	in := h.overlayEntry("Paste the article's text here")
	test.Type(in, "The paper's story in full. It matters. Next week more.")
	h.tapDialog("Import")
	if h.w.doc.Len() != 2 {
		t.Fatalf("%d items after pasting, want 2", h.w.doc.Len())
	}
	it := h.w.doc.Item(1)
	if it.Article.URL != wall || !strings.HasPrefix(it.Article.Text, "The paper's story") {
		t.Errorf("pasted item: url %q text %q", it.Article.URL, it.Article.Text)
	}
}

// TestRepeatIsANoticeNotAFailure: a source the batch importer skipped as a
// repeat is listed as a notice, not as a failure nor as an item.
func TestRepeatIsANoticeNotAFailure(t *testing.T) {
	imp := &fakeImporter{articles: sampleArticles(), sameAs: func(s string) string { return strings.Split(s, "?")[0] }}
	out := runImports(context.Background(), imp, parseImportInput("https://news.example/bridge\nhttps://news.example/bridge?utm_source=x"), func(int, int, string) {})
	if len(out.arts) != 1 || len(out.failed) != 0 || len(out.notices) != 1 {
		t.Fatalf("arts %d failed %v notices %q", len(out.arts), out.failed, out.notices)
	}
}

func TestImportFilterOffersExactlyTheTypes(t *testing.T) {
	f := importFilter([]string{".pdf", ".eml"})
	for name, want := range map[string]bool{"a.pdf": true, "b.eml": true, "c.exe": false, "d.txt": false} {
		if got := f.Matches(storage.NewFileURI("/tmp/" + name)); got != want {
			t.Errorf("%s: offered %v, want %v", name, got, want)
		}
	}
	if importFilter(nil) != nil {
		t.Error("no types should offer every file")
	}
}

// fakeFeeds is an in-memory FeedStore.
type fakeFeeds struct {
	saved   []SavedFeed
	entries map[string][]FeedEntry
	opml    map[string][]string // OPML path → feed URLs
	marked  []string
}

func (f *fakeFeeds) Saved() ([]SavedFeed, error) { return slices.Clone(f.saved), nil }

func (f *fakeFeeds) AddFeed(url string) error {
	f.saved = append(f.saved, SavedFeed{URL: url})
	return nil
}

func (f *fakeFeeds) AddOPML(path string) (int, error) {
	urls, ok := f.opml[path]
	if !ok {
		return 0, fmt.Errorf("%s: not an OPML file", path)
	}
	for _, u := range urls {
		_ = f.AddFeed(u)
	}
	return len(urls), nil
}

func (f *fakeFeeds) Entries(_ context.Context, url string) ([]FeedEntry, error) {
	e, ok := f.entries[url]
	if !ok {
		return nil, fmt.Errorf("%s: the server answered 404 Not Found", url)
	}
	return e, nil
}

func (f *fakeFeeds) MarkRun(urls []string, t time.Time) error {
	f.marked = append(f.marked, urls...)
	for i := range f.saved {
		if slices.Contains(urls, f.saved[i].URL) {
			f.saved[i].LastRun = t
		}
	}
	return nil
}

// TestFeedsDialogOffersEntriesSinceLastRun: only entries after a feed's
// last run are offered, ticked; the ticked ones import, the feeds are
// marked as run, and an OPML file adds its feeds.
func TestFeedsDialogOffersEntriesSinceLastRun(t *testing.T) {
	h := newHarness(t)
	lastRun := time.Date(2026, 11, 22, 8, 0, 0, 0, time.UTC)
	feeds := &fakeFeeds{
		saved: []SavedFeed{{URL: "https://news.example/feed", Title: "News", LastRun: lastRun}},
		entries: map[string][]FeedEntry{
			"https://news.example/feed": {
				{Source: "https://news.example/bridge", Title: "Bridge", Published: lastRun.Add(time.Hour)},
				{Source: "https://news.example/grain", Title: "Grain", Published: lastRun.Add(2 * time.Hour)},
				{Source: "https://news.example/old", Title: "Old", Published: lastRun.Add(-time.Hour)},
			},
			"https://farm.example/feed": {{Source: "https://news.example/solar", Title: "Solar"}},
		},
		opml: map[string][]string{"/tmp/subs.opml": {"https://farm.example/feed", "https://gone.example/feed"}},
	}
	h.w.deps.Feeds = feeds
	h.w.Start("")
	h.w.onFeeds()
	f := h.w.lastFeeds
	if got := entryTitles(f); !slices.Equal(got, []string{"Bridge", "Grain"}) {
		t.Fatalf("offered %v, want the two since the last run", got)
	}
	f.addOPML("/tmp/subs.opml")
	if got := entryTitles(f); !slices.Equal(got, []string{"Bridge", "Grain", "Solar"}) {
		t.Fatalf("after OPML offered %v", got)
	}
	if !overlayHasText(h, "Could not be read: https://gone.example/feed: the server answered 404 Not Found") {
		t.Error("a feed that cannot be read is not reported")
	}
	f.url.SetText("https://news.example/feed2")
	test.Tap(f.add)
	if feeds.saved[len(feeds.saved)-1].URL != "https://news.example/feed2" {
		t.Errorf("Add feed did not save the feed")
	}
	f.rows[1].check.SetChecked(false) // untick Grain
	h.tapDialog("Import ticked")
	if h.w.doc == nil || h.w.doc.Len() != 2 {
		t.Fatalf("imported %v, want Bridge and Solar", h.w.doc)
	}
	if !slices.Equal(feeds.marked, []string{"https://news.example/feed", "https://farm.example/feed"}) {
		t.Errorf("marked as run %v", feeds.marked)
	}
}

func entryTitles(f *feedsDialog) []string {
	var out []string
	for _, r := range f.rows {
		out = append(out, r.entry.Title)
	}
	return out
}
