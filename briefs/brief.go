package briefs

import (
	"fmt"
	"net/url"
	"strings"
	"time"
)

// Status is where an item stands in the editorial workflow.
type Status string

// The statuses an item moves through.
const (
	StatusDraft    Status = "draft"    // as the summariser wrote it
	StatusEdited   Status = "edited"   // a person changed it
	StatusApproved Status = "approved" // ready to send
)

// Valid reports whether s is one of the known statuses.
func (s Status) Valid() bool {
	return s == StatusDraft || s == StatusEdited || s == StatusApproved
}

// Item is one article in a brief together with its summary.
type Item struct {
	ID      string  `json:"id"`              // stable within the brief
	Topic   string  `json:"topic,omitempty"` // optional grouping heading
	Status  Status  `json:"status"`
	Article Article `json:"article"`
	Summary Summary `json:"summary"`
	// Edited lists the Section keys (and "headline", "quote") the user has
	// changed by hand; a re-summarise must not overwrite them without asking.
	Edited []string `json:"edited,omitempty"`
}

// IsEdited reports whether the user has changed the part named key
// (a Section key, "headline" or "quote").
func (it *Item) IsEdited(key string) bool {
	for _, k := range it.Edited {
		if k == key {
			return true
		}
	}
	return false
}

// MarkEdited records that the user changed the part named key and moves a
// draft to StatusEdited.
func (it *Item) MarkEdited(key string) {
	if !it.IsEdited(key) {
		it.Edited = append(it.Edited, key)
	}
	if it.Status == StatusDraft || it.Status == "" {
		it.Status = StatusEdited
	}
}

// Brief is a document being composed: a title block and ordered items.
type Brief struct {
	Title        string `json:"title"`
	Date         string `json:"date"` // YYYY-MM-DD, the day the brief is for
	PreparedBy   string `json:"prepared_by,omitempty"`
	PreparedFor  string `json:"prepared_for,omitempty"`
	Distribution string `json:"distribution,omitempty"` // classification or distribution line
	BottomLine   string `json:"bottom_line,omitempty"`  // optional BLUF paragraph
	Template     string `json:"template,omitempty"`     // template name; empty means the default
	ExportPath   string `json:"export_path,omitempty"`  // last export target, remembered per brief
	// Brand, when set, is laid over the settings' brand and the template's
	// for this brief only (one client per brief).
	Brand *Brand `json:"brand,omitempty"`
	Items []Item `json:"items"`
}

// NewItem wraps an imported article as a draft item with a fresh ID that is
// unique within b.
func (b *Brief) NewItem(a Article) Item {
	return Item{ID: b.nextID(), Status: StatusDraft, Article: a}
}

func (b *Brief) nextID() string {
	used := make(map[string]bool, len(b.Items))
	for _, it := range b.Items {
		used[it.ID] = true
	}
	for n := len(b.Items) + 1; ; n++ {
		id := fmt.Sprintf("item-%d", n)
		if !used[id] {
			return id
		}
	}
}

// Validate checks what a loaded or hand-written brief must satisfy: known
// statuses, unique item IDs, a well-formed date and in-range spans.
func (b *Brief) Validate() error {
	if b.Date != "" && !isISODate(b.Date) {
		return fmt.Errorf("date %q is not a calendar day in YYYY-MM-DD form", b.Date)
	}
	if b.Brand != nil {
		if err := b.Brand.Validate(); err != nil {
			return err
		}
	}
	seen := make(map[string]bool, len(b.Items))
	for i := range b.Items {
		if err := b.Items[i].validate(); err != nil {
			return fmt.Errorf("item %d: %w", i+1, err)
		}
		if id := b.Items[i].ID; seen[id] {
			return fmt.Errorf("item %d: id %q is used twice", i+1, id)
		} else {
			seen[id] = true
		}
	}
	return nil
}

func (it *Item) validate() error {
	if it.ID == "" {
		return fmt.Errorf("missing id")
	}
	if !it.Status.Valid() {
		return fmt.Errorf("unknown status %q", it.Status)
	}
	n := len(it.Article.Text)
	for _, sec := range Sections {
		for _, p := range it.Summary.Points(sec) {
			for _, sp := range p.Spans {
				if sp.Start < 0 || sp.End < sp.Start || sp.End > n {
					return fmt.Errorf("%s: span [%d,%d) is outside the article (%d bytes)", sec.Key(), sp.Start, sp.End, n)
				}
			}
		}
	}
	return nil
}

// isISODate reports whether s is a real calendar day written YYYY-MM-DD
// (so "2026-13-45" is refused, not only "23/11/2026").
func isISODate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// Host is the host of the address raw without a leading "www.", or ""
// when raw has none.
func Host(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}
