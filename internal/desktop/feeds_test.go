package desktop

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefsmith/briefs/ingest"
	"briefsmith/briefs/ingest/sources"
	"briefsmith/briefs/ingest/webpage"
)

const testRSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Herald</title>
<item><title>Bridge closes</title><link>http://127.0.0.1:9/bridge</link><pubDate>Mon, 23 Nov 2026 07:00:00 GMT</pubDate><description>The bridge closed.</description></item>
<item><title>Ferry returns</title><link>http://127.0.0.1:9/ferry</link><pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate><description>The ferry is back.</description></item>
</channel></rss>`

func TestFeedStoreSavesOPMLFeedsAndRuns(t *testing.T) {
	dir := t.TempDir()
	feed := filepath.Join(dir, "herald.rss")
	opmlFile := filepath.Join(dir, "subs.opml")
	write(t, feed, testRSS)
	write(t, opmlFile, `<?xml version="1.0"?><opml version="2.0"><body><outline text="News"><outline type="rss" text="Herald" xmlUrl="`+feed+`"/></outline></body></opml>`)
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	f := &feedStore{store: sources.Store{Path: filepath.Join(dir, "cfg", "sources.json")}, im: ingest.New(ingest.Options{}), now: func() time.Time { return now }}

	if n, err := f.AddOPML(opmlFile); err != nil || n != 1 {
		t.Fatalf("AddOPML: %d, %v", n, err)
	}
	if n, _ := f.AddOPML(opmlFile); n != 0 {
		t.Errorf("the same OPML again added %d", n)
	}
	entries, err := f.Entries(context.Background(), feed)
	if err != nil || len(entries) != 2 || entries[1].Title != "Ferry returns" || entries[0].Published.IsZero() {
		t.Fatalf("entries %+v, %v", entries, err)
	}
	if err := f.MarkRun([]string{feed}, now); err != nil {
		t.Fatal(err)
	}
	saved, err := f.Saved()
	if err != nil || len(saved) != 1 || !saved[0].LastRun.Equal(now) {
		t.Fatalf("saved %+v, %v", saved, err)
	}
	if _, err := f.AddOPML(feed); err == nil || !strings.Contains(err.Error(), feed) {
		t.Errorf("a feed given as OPML: %v", err)
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestWallsOfferPasting(t *testing.T) {
	isWall := Deps("test", nil).IsWall
	wall := &ingest.Error{Source: "https://a.example/x", Problem: "only the subscription notice could be read", Err: webpage.ErrPaywall}
	if !isWall(wall) {
		t.Error("a paywall is not a wall")
	}
	if isWall(&ingest.Error{Source: "x", Problem: "no such file", Err: ingest.ErrNotFound}) {
		t.Error("a missing file is a wall")
	}
}
