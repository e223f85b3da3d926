// Package feed reads RSS, Atom and JSON Feed documents with gofeed and
// turns them into a plain list of entries: link, title, date, author and
// the feed's own HTML content, which the importer falls back to when the
// linked page cannot be read.
package feed

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// ErrNotFeed means the bytes are not an RSS, Atom or JSON feed.
var ErrNotFeed = errors.New("not an RSS, Atom or JSON feed")

// Feed is a parsed feed.
type Feed struct {
	Title   string // the feed's name, e.g. "Harbour Gazette"
	Link    string // the site's home page, when given
	Entries []Entry
}

// Entry is one item of a feed.
type Entry struct {
	Title     string
	Link      string    // the article's address, "" when the entry has none
	Published time.Time // zero when the feed gives no date it can be read as
	Author    string
	// Content is the entry's HTML: content:encoded (RSS), <content> (Atom)
	// or content_html (JSON Feed), else its description or summary.
	Content string
}

// Looks reports whether b starts like a feed (an <rss>, <feed> or
// <rdf:RDF> root, or a JSON object with a JSON Feed version), without
// parsing it. It is cheap enough to run on every fetched page.
func Looks(b []byte) bool {
	head := bytes.ToLower(b[:min(len(b), 2048)])
	if bytes.HasPrefix(bytes.TrimSpace(head), []byte("{")) {
		return bytes.Contains(head, []byte("jsonfeed.org/version"))
	}
	for _, root := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if i := bytes.Index(head, []byte(root)); i >= 0 && !bytes.Contains(head[:i], []byte("<html")) {
			return true
		}
	}
	return false
}

// Parse reads a feed. The character set comes from the XML prolog (any
// label golang.org/x/net knows, e.g. ISO-8859-1 or windows-1251); JSON
// feeds are UTF-8. Entries keep the feed's order.
func Parse(b []byte) (f Feed, err error) {
	if !Looks(b) {
		return Feed{}, ErrNotFeed
	}
	defer func() { // gofeed is lenient, but a parser bug must not crash an import
		if r := recover(); r != nil {
			f, err = Feed{}, fmt.Errorf("the feed could not be read (%v)", r)
		}
	}()
	gf, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		return Feed{}, fmt.Errorf("the feed could not be read (%v)", err)
	}
	f = Feed{Title: strings.TrimSpace(gf.Title), Link: strings.TrimSpace(gf.Link)}
	for _, it := range gf.Items {
		if it != nil {
			f.Entries = append(f.Entries, entryOf(it))
		}
	}
	return f, nil
}

// entryOf converts a gofeed item.
func entryOf(it *gofeed.Item) Entry {
	e := Entry{Title: strings.TrimSpace(it.Title), Link: strings.TrimSpace(it.Link), Content: it.Content}
	if strings.TrimSpace(e.Content) == "" {
		e.Content = it.Description
	}
	e.Published = firstDate(it.PublishedParsed, it.Published, it.UpdatedParsed, it.Updated)
	var names []string
	for _, p := range it.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			names = append(names, strings.TrimSpace(p.Name))
		}
	}
	e.Author = strings.Join(names, ", ")
	return e
}

// Select keeps the entries published within since before now (all when
// since is zero; undated entries are kept, since their age is unknown),
// newest first, then the first limit of them (all when limit is zero).
// The feed's order breaks ties.
func Select(entries []Entry, since time.Duration, limit int, now time.Time) []Entry {
	var out []Entry
	for _, e := range entries {
		if since > 0 && !e.Published.IsZero() && e.Published.Before(now.Add(-since)) {
			continue
		}
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Published.After(out[j].Published) })
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// firstDate is the publication date when one can be read, else the update
// date, else zero. gofeed's own parse is tried first, then extraLayouts.
func firstDate(pub *time.Time, pubText string, upd *time.Time, updText string) time.Time {
	for _, d := range []struct {
		parsed *time.Time
		text   string
	}{{pub, pubText}, {upd, updText}} {
		if d.parsed != nil {
			return d.parsed.UTC()
		}
		if t, ok := parseDate(d.text); ok {
			return t
		}
	}
	return time.Time{}
}

// extraLayouts are date forms seen in real feeds that gofeed misses:
// RFC 822 without a weekday, with two-digit years or without seconds.
var extraLayouts = []string{
	"2 Jan 06 15:04 MST", "2 Jan 06 15:04:05 MST", "2 Jan 2006 15:04 MST",
	"2 Jan 06 15:04 -0700", "2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 06 15:04 MST", "Mon, 2 Jan 2006 15:04 MST",
	"2006-01-02 15:04:05", "2006-01-02",
}

// parseDate reads s with extraLayouts; a missing zone is read as UTC.
func parseDate(s string) (time.Time, bool) {
	s = strings.Join(strings.Fields(s), " ")
	for _, layout := range extraLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}
