package sources

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefsmith/briefs/ingest/opml"
)

func TestStoreRoundTrip(t *testing.T) {
	s := Store{Path: filepath.Join(t.TempDir(), "briefsmith", "sources.json")}
	l, err := s.Load()
	if err != nil || len(l.Feeds) != 0 {
		t.Fatalf("missing file: %v, %v", l, err)
	}
	added := time.Date(2026, 12, 1, 7, 0, 0, 0, time.UTC)
	if !l.Add(Feed{URL: "http://127.0.0.1/a.xml", Title: "A", Folders: []string{"News", "Local"}, Added: added}) {
		t.Fatal("first add refused")
	}
	if l.Add(Feed{URL: "http://127.0.0.1/a.xml"}) || l.Add(Feed{}) {
		t.Fatal("duplicate or empty address added")
	}
	l.Add(Feed{URL: "http://127.0.0.1/b.xml", Added: added})
	run := added.Add(time.Hour)
	if !l.MarkRun("http://127.0.0.1/b.xml", run) || l.MarkRun("http://127.0.0.1/none", run) {
		t.Fatal("MarkRun")
	}
	if err := s.Save(l); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Feeds) != 2 || got.Feeds[0].Folders[1] != "Local" || !got.Feeds[1].LastRun.Equal(run) || !got.Feeds[0].LastRun.IsZero() {
		t.Fatalf("round trip: %+v", got)
	}
	entries, _ := os.ReadDir(filepath.Dir(s.Path))
	if len(entries) != 1 {
		t.Fatalf("temporary files left: %v", entries)
	}
}

func TestAddOPML(t *testing.T) {
	feeds, err := opml.Parse([]byte(`<opml><body><outline text="News"><outline text="A" xmlUrl="http://127.0.0.1/a.xml"/><outline text="B" xmlUrl="http://127.0.0.1/b.xml"/></outline></body></opml>`))
	if err != nil {
		t.Fatal(err)
	}
	var l List
	l.Add(Feed{URL: "http://127.0.0.1/a.xml"})
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	if n := l.AddOPML(feeds, now); n != 1 || len(l.Feeds) != 2 || l.Feeds[1].Title != "B" || l.Feeds[1].Folders[0] != "News" || !l.Feeds[1].Added.Equal(now) {
		t.Errorf("added %d: %+v", n, l.Feeds)
	}
}

func TestLoadRefuses(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "sources.json")
	os.WriteFile(bad, []byte("{not json"), 0o600)
	if _, err := (Store{Path: bad}).Load(); err == nil || !strings.Contains(err.Error(), "not a list of feeds") {
		t.Fatalf("got %v", err)
	}
	if _, err := (Store{Path: dir}).Load(); err == nil {
		t.Fatal("a folder loaded")
	}
}

func TestDefaultPath(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", "/tmp/cfg")
	p, err := DefaultPath()
	if err != nil || p != "/tmp/cfg/briefsmith/sources.json" {
		t.Fatalf("%q %v", p, err)
	}
}
