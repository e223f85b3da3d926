package briefs

import (
	"encoding/json"
	"fmt"
	"time"
)

// Article is a piece of news as imported: clean text plus what is known about
// where it came from. Text is the only field a summariser needs; the rest is
// metadata for the source line of the brief.
type Article struct {
	Source    string    // what the user gave: a path, a URL or "-" for standard input
	Title     string    // headline as published
	Byline    string    // author(s), as printed
	Site      string    // outlet name, e.g. "Reuters"
	URL       string    // canonical link, when known
	Published time.Time // zero when unknown
	Language  string    // BCP 47 code such as "en", empty when unknown
	Text      string    // clean body text: paragraphs separated by blank lines
}

// articleJSON is the wire form of Article. Its field names are part of the
// command line's contract: add fields, never rename or drop one.
type articleJSON struct {
	Source    string `json:"source"`
	Title     string `json:"title"`
	Byline    string `json:"byline"`
	Site      string `json:"site"`
	URL       string `json:"url"`
	Published string `json:"published"` // RFC 3339, or "" when unknown
	Language  string `json:"language"`
	Text      string `json:"text"`
}

// MarshalJSON writes the article in the stable wire form, with Published in
// RFC 3339 or empty.
func (a Article) MarshalJSON() ([]byte, error) {
	w := articleJSON{
		Source: a.Source, Title: a.Title, Byline: a.Byline, Site: a.Site,
		URL: a.URL, Language: a.Language, Text: a.Text,
	}
	if !a.Published.IsZero() {
		w.Published = a.Published.Format(time.RFC3339)
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads the wire form written by MarshalJSON.
func (a *Article) UnmarshalJSON(data []byte) error {
	var w articleJSON
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	*a = Article{
		Source: w.Source, Title: w.Title, Byline: w.Byline, Site: w.Site,
		URL: w.URL, Language: w.Language, Text: w.Text,
	}
	if w.Published != "" {
		t, err := time.Parse(time.RFC3339, w.Published)
		if err != nil {
			return fmt.Errorf("article %q: published date %q is not RFC 3339", w.Source, w.Published)
		}
		a.Published = t
	}
	return nil
}

// Outlet returns the best short name for where the article came from: the
// site name, else the URL's host, else the source as given.
func (a Article) Outlet() string {
	if a.Site != "" {
		return a.Site
	}
	if h := hostOf(a.URL); h != "" {
		return h
	}
	return ""
}
