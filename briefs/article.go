package briefs

import (
	"encoding/json"
	"fmt"
	"strings"
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
	// Kind says what the source was (KindURL, KindFile, …); empty when
	// unknown, as in briefs saved before it was recorded.
	Kind SourceKind
	// AlsoIn lists the other outlets that carried the same story, when
	// near-duplicate articles were merged into this one at import.
	AlsoIn []Ref
	// Genre is what the page says it is when that is not a news report
	// (GenreOpinion, GenreReview, …); empty for news, or when unknown.
	Genre string
}

// The genres a page may declare besides news: the three sections fit them
// loosely, so the brief says so.
const (
	GenreOpinion   = "opinion"   // a column, an editorial, a commentary
	GenreReview    = "review"    // a review of a product, a film, a book
	GenreRecipe    = "recipe"    // a recipe
	GenreHowTo     = "how-to"    // a guide or a how-to
	GenreAdvice    = "advice"    // an advice column
	GenreDeals     = "deals"     // a list of offers
	GenreSponsored = "sponsored" // paid content
	GenreSatire    = "satire"    // satire
)

// SourceKind says where an article came from.
type SourceKind string

// The kinds of source.
const (
	KindURL    SourceKind = "url"    // fetched from the web
	KindFile   SourceKind = "file"   // read from a local file
	KindPasted SourceKind = "pasted" // pasted or typed text
	KindStdin  SourceKind = "stdin"  // read from standard input
	KindFeed   SourceKind = "feed"   // an entry of an RSS, Atom or JSON feed
	KindEmail  SourceKind = "email"  // a story from an e-mail newsletter
)

// Ref names another copy of a story: its outlet, link and title.
type Ref struct {
	Site  string `json:"site"`
	URL   string `json:"url"`
	Title string `json:"title"`
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
	Kind      string `json:"kind,omitempty"`
	AlsoIn    []Ref  `json:"also_in,omitempty"`
	Genre     string `json:"genre,omitempty"`
}

// MarshalJSON writes the article in the stable wire form, with Published in
// RFC 3339 or empty.
func (a Article) MarshalJSON() ([]byte, error) {
	w := articleJSON{
		Source: a.Source, Title: a.Title, Byline: a.Byline, Site: a.Site,
		URL: a.URL, Language: a.Language, Text: a.Text,
		Kind: string(a.Kind), AlsoIn: a.AlsoIn, Genre: a.Genre,
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
		Kind: SourceKind(w.Kind), AlsoIn: w.AlsoIn, Genre: w.Genre,
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

// genreNames name each genre in a sentence.
var genreNames = map[string]string{
	GenreOpinion: "an opinion piece", GenreReview: "a review", GenreRecipe: "a recipe", GenreHowTo: "a how-to guide",
	GenreAdvice: "an advice column", GenreDeals: "a list of deals", GenreSponsored: "sponsored content", GenreSatire: "satire",
}

// GenreName names the article's genre in a sentence ("an opinion piece"),
// or is empty for a news report; a genre saved by a later version reads
// as itself.
func (a Article) GenreName() string {
	if a.Genre == "" {
		return ""
	}
	if n, ok := genreNames[a.Genre]; ok {
		return n
	}
	return a.Genre
}

// Credit returns the byline for a source line beside Outlet: empty when
// it only repeats the outlet's name ("BBC News" on a BBC page that shows no
// author) or its first words ("Sky" on Sky News).
func (a Article) Credit() string {
	by := strings.TrimSpace(a.Byline)
	if outlet := strings.ToLower(a.Outlet()); strings.EqualFold(by, outlet) || by != "" && strings.HasPrefix(outlet, strings.ToLower(by)+" ") {
		return ""
	}
	return by
}

// Outlet returns the best short name for where the article came from: the
// site name, else the URL's host, else the source as given.
func (a Article) Outlet() string {
	if a.Site != "" {
		return a.Site
	}
	if h := Host(a.URL); h != "" {
		return h
	}
	return ""
}
