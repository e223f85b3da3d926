// Package sources keeps the user's saved feeds (imported from OPML or
// added one by one) in a small JSON file, with the time each feed was last
// run so the app can offer "entries since the last run".
package sources

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"briefsmith/briefs/ingest/opml"
)

// Feed is one saved feed.
type Feed struct {
	URL     string    `json:"url"`
	Title   string    `json:"title,omitempty"`
	Folders []string  `json:"folders,omitempty"` // outermost first, as in the OPML file
	Added   time.Time `json:"added"`
	LastRun time.Time `json:"last_run,omitzero"` // zero until the feed is first run
}

// List is the saved feeds, in the order they were added.
type List struct {
	Feeds []Feed `json:"feeds"`
}

// Add appends f unless a feed with its address is already saved; it
// reports whether f was added.
func (l *List) Add(f Feed) bool {
	if l.Find(f.URL) >= 0 || f.URL == "" {
		return false
	}
	l.Feeds = append(l.Feeds, f)
	return true
}

// AddOPML adds the feeds of an OPML list (see opml.Parse) not saved yet,
// in the list's order, and returns how many were added.
func (l *List) AddOPML(feeds []opml.Feed, now time.Time) int {
	n := 0
	for _, f := range feeds {
		if l.Add(Feed{URL: f.URL, Title: f.Title, Folders: f.Folders, Added: now}) {
			n++
		}
	}
	return n
}

// Find returns the index of the feed with address url, or -1.
func (l *List) Find(url string) int {
	for i, f := range l.Feeds {
		if f.URL == url {
			return i
		}
	}
	return -1
}

// MarkRun records that the feed at url was run at t; it reports whether
// the feed is saved.
func (l *List) MarkRun(url string, t time.Time) bool {
	i := l.Find(url)
	if i < 0 {
		return false
	}
	l.Feeds[i].LastRun = t
	return true
}

// Store is the file the list lives in.
type Store struct {
	Path string
}

// DefaultPath is briefsmith/sources.json in the user's configuration
// folder (for example ~/.config on Linux).
func DefaultPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("saved feeds: no configuration folder (%w)", err)
	}
	return filepath.Join(dir, "briefsmith", "sources.json"), nil
}

// maxFileSize bounds the file read, against a corrupted or foreign file.
const maxFileSize = 8 << 20

// Load reads the list; a missing file is an empty list.
func (s Store) Load() (List, error) {
	b, err := os.ReadFile(s.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return List{}, nil
	}
	if err != nil {
		return List{}, fmt.Errorf("saved feeds %s: %w", s.Path, err)
	}
	if len(b) > maxFileSize {
		return List{}, fmt.Errorf("saved feeds %s: the file is over 8 MB, not a list of feeds", s.Path)
	}
	var l List
	if err := json.Unmarshal(b, &l); err != nil {
		return List{}, fmt.Errorf("saved feeds %s: not a list of feeds (%v)", s.Path, err)
	}
	return l, nil
}

// Save writes the list atomically: a temporary file in the same folder,
// synced, then renamed over the old one, so a crash leaves either the old
// list or the new one.
func (s Store) Save(l List) error {
	b, err := json.MarshalIndent(l, "", "  ")
	if err != nil {
		return fmt.Errorf("saved feeds: %w", err)
	}
	dir := filepath.Dir(s.Path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("saved feeds %s: %w", s.Path, err)
	}
	tmp, err := os.CreateTemp(dir, ".sources-*.json")
	if err != nil {
		return fmt.Errorf("saved feeds %s: %w", s.Path, err)
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if err := writeAndClose(tmp, append(b, '\n')); err != nil {
		return fmt.Errorf("saved feeds %s: %w", s.Path, err)
	}
	if err := os.Rename(tmp.Name(), s.Path); err != nil {
		return fmt.Errorf("saved feeds %s: %w", s.Path, err)
	}
	return nil
}

func writeAndClose(f *os.File, b []byte) error {
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
