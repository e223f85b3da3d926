package briefs

import "testing"

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
		{Article{}, ""},
	} {
		if got := tc.a.Credit(); got != tc.want {
			t.Errorf("Credit(%+v) = %q, want %q", tc.a, got, tc.want)
		}
	}
}
