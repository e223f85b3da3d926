package webpage

import (
	"context"
	"strings"
	"testing"

	"briefsmith/briefs"
)

func TestPathGenre(t *testing.T) {
	for _, tc := range []struct{ link, want string }{
		{"https://www.harbour.example/opinion/why-the-plan-fails", briefs.GenreOpinion},
		{"https://www.harbour.example/news/2019/11/ferry-fares-rise", ""},
		{"https://www.harbour.example/advice/2019/11/dear-abby-a-letter", briefs.GenreAdvice},
		{"https://www.harbour.example/2017/12/spiced-honey-pear-jam-recipe/", briefs.GenreRecipe},
		{"https://www.harbour.example/how-to-retire-early-steps", briefs.GenreHowTo},
		{"https://www.harbour.example/reviews/harbour-phone-x", briefs.GenreReview},
		{"https://www.harbour.example/news/opinion-poll-shows-lead", ""},
		{"https://www.harbour.example/opinion", ""},
		{"", ""},
		{"::not a url", ""},
	} {
		if got := pathGenre(tc.link); got != tc.want {
			t.Errorf("pathGenre(%q) = %q, want %q", tc.link, got, tc.want)
		}
	}
}

func TestGenreFromJSONLD(t *testing.T) {
	body := "<p>" + strings.Repeat("The harbour plan is the wrong answer to the town's problems, and the council knows it. ", 6) + "</p>"
	for _, tc := range []struct{ ld, want string }{
		{`{"@type":"OpinionNewsArticle","headline":"Why the plan fails"}`, briefs.GenreOpinion},
		{`{"@graph":[{"@type":"WebPage"},{"@type":["Recipe"],"name":"Jam"}]}`, briefs.GenreRecipe},
		{`{"@type":"NewsArticle","headline":"Ferry fares rise"}`, ""},
		{`{"@type":"OpinionNewsArticle"`, ""},
	} {
		page := `<html><head><title>T</title><script type="application/ld+json">` + tc.ld + `</script></head><body><article>` + body + `</article></body></html>`
		a, err := Extract(context.Background(), []byte(page), "text/html", nil)
		if err != nil {
			t.Fatal(err)
		}
		if a.Genre != tc.want {
			t.Errorf("%s: genre %q, want %q", tc.ld, a.Genre, tc.want)
		}
	}
}
