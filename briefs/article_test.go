package briefs

import (
	"strings"
	"testing"
)

func TestCredit(t *testing.T) {
	for _, tc := range []struct {
		a    Article
		want string
	}{
		{Article{Site: "BBC News", Byline: "BBC News"}, ""},
		{Article{Site: "BBC News", Byline: "bbc news "}, ""},
		{Article{Site: "BBC News", Byline: "Jane Wakefield"}, "Jane Wakefield"},
		{Article{URL: "https://www.example.com/a", Byline: "example.com"}, ""},
		{Article{Byline: "Jane Wakefield"}, "Jane Wakefield"},
		{Article{Site: "Sky News", Byline: "Sky"}, ""},
		{Article{Site: "Skyline News", Byline: "Sky"}, "Sky"},
		{Article{}, ""},
	} {
		if got := tc.a.Credit(); got != tc.want {
			t.Errorf("Credit(%+v) = %q, want %q", tc.a, got, tc.want)
		}
	}
}

func TestGenreRoundTripAndName(t *testing.T) {
	a := Article{Source: "x.html", Title: "Why the harbour plan fails", Text: "Text.", Genre: GenreOpinion}
	data, err := a.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var b Article
	if err := b.UnmarshalJSON(data); err != nil {
		t.Fatal(err)
	}
	if b.Genre != GenreOpinion || b.GenreName() != "an opinion piece" {
		t.Errorf("genre %q (%q) after a round trip of %s", b.Genre, b.GenreName(), data)
	}
	for _, tc := range []struct{ genre, want string }{{"", ""}, {GenreRecipe, "a recipe"}, {"obituary", "obituary"}} {
		if got := (Article{Genre: tc.genre}).GenreName(); got != tc.want {
			t.Errorf("GenreName(%q) = %q, want %q", tc.genre, got, tc.want)
		}
	}
	if data, _ := (Article{Title: "News"}).MarshalJSON(); strings.Contains(string(data), "genre") {
		t.Errorf("a news article writes a genre: %s", data)
	}
}
