package desktop

import (
	"context"
	"fmt"
	"os"
	"sync"
	"time"

	"briefsmith/app"
	"briefsmith/briefs/ingest"
	"briefsmith/briefs/ingest/opml"
	"briefsmith/briefs/ingest/sources"
)

// maxOPMLSize bounds an OPML file read for the Feeds dialog.
const maxOPMLSize = 8 << 20

// feedStore adapts the saved feeds (package sources) and ingest's feed
// reader to app.FeedStore. The mutex keeps one read-change-save at a time.
type feedStore struct {
	mu    sync.Mutex
	store sources.Store
	im    *ingest.Importer
	now   func() time.Time
}

// Saved lists the saved feeds.
func (f *feedStore) Saved() ([]app.SavedFeed, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	l, err := f.store.Load()
	if err != nil {
		return nil, err
	}
	out := make([]app.SavedFeed, len(l.Feeds))
	for i, fd := range l.Feeds {
		out[i] = app.SavedFeed{URL: fd.URL, Title: fd.Title, LastRun: fd.LastRun}
	}
	return out, nil
}

// change loads the list, applies edit and saves the list.
func (f *feedStore) change(edit func(*sources.List)) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	l, err := f.store.Load()
	if err != nil {
		return err
	}
	edit(&l)
	return f.store.Save(l)
}

// AddFeed saves the feed at url after checking that it reads as a feed.
func (f *feedStore) AddFeed(url string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	list, err := f.im.FeedEntries(ctx, url)
	if err != nil {
		return err
	}
	return f.change(func(l *sources.List) { l.Add(sources.Feed{URL: url, Title: list.Title, Added: f.now()}) })
}

// AddOPML saves the feeds listed in the OPML file at path.
func (f *feedStore) AddOPML(path string) (int, error) {
	b, err := readBounded(path, maxOPMLSize)
	if err != nil {
		return 0, err
	}
	feeds, err := opml.Parse(b)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	n := 0
	err = f.change(func(l *sources.List) { n = l.AddOPML(feeds, f.now()) })
	return n, err
}

// Entries lists the feed's entries.
func (f *feedStore) Entries(ctx context.Context, url string) ([]app.FeedEntry, error) {
	list, err := f.im.FeedEntries(ctx, url)
	if err != nil {
		return nil, err
	}
	out := make([]app.FeedEntry, len(list.Entries))
	for i, e := range list.Entries {
		out[i] = app.FeedEntry{Source: e.Source, Title: e.Title, Published: e.Published}
	}
	return out, nil
}

// MarkRun records the run of the feeds at t.
func (f *feedStore) MarkRun(urls []string, t time.Time) error {
	return f.change(func(l *sources.List) {
		for _, u := range urls {
			l.MarkRun(u, t)
		}
	})
}

// readBounded reads at most limit bytes of the file at path.
func readBounded(path string, limit int64) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if fi.Size() > limit {
		return nil, fmt.Errorf("%s: the file is over %d MB, not a list of feeds", path, limit>>20)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}
