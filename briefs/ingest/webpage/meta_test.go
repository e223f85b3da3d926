package webpage

import (
	"strings"
	"testing"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// TestByline checks that an author credit is tidied and that a credit
// holding only dates names nobody.
func TestByline(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"By Jane Doe", "Jane Doe"},
		{"  Sarah Archer ", "Sarah Archer"},
		{"April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm", ""},
		{"Tuesday, November 19, 2019", ""},
		{"Steven Davidoff Solomon, 1 August 2016", "Steven Davidoff Solomon"},
		{"Nathan Willis March 25, 2015", "Nathan Willis"},
		{"Posted by Andrew Zonenberg", "Andrew Zonenberg"},
		{"Par Sébastien Farcis", "Sébastien Farcis"},
		{"https://www.facebook.com/bbcnews", ""},
		{"Follow Author", ""},
		{"admin - 2018-09-16", ""},
		{"Tony Carter - 2018-09-16", "Tony Carter"},
		{"Byron Smith", "Byron Smith"},
		{"Jane Doe, 1 August 2016", "Jane Doe"},
		{"Published: 3 May 2020, 10:15 GMT", ""},
		{"Carrie ArnoldNovember 15, 2019", "Carrie Arnold"},
		{"", ""},
	} {
		if got := byline(tc.in); got != tc.want {
			t.Errorf("byline(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestWithoutSite checks that an outlet's name ending a credit is dropped.
func TestWithoutSite(t *testing.T) {
	for _, tc := range []struct{ credit, site, want string }{
		{"Matt Davis BBC Sport", "BBC Sport", "Matt Davis"},
		{"Zoe Kleinman, BBC News", "BBC News", "Zoe Kleinman"},
		{"BBC Sport", "BBC Sport", "BBC Sport"},
		{"Anna Hewsport", "sport", "Anna Hewsport"},
		{"Jane Doe", "", "Jane Doe"},
	} {
		if got := withoutSite(tc.credit, tc.site); got != tc.want {
			t.Errorf("withoutSite(%q, %q) = %q, want %q", tc.credit, tc.site, got, tc.want)
		}
	}
}

// TestDropCitationMarks checks that reference markers glued to a word go
// and that other brackets stay.
func TestDropCitationMarks(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"It cost US$1,000[23] in 1998.[24]", "It cost US$1,000 in 1998."},
		{"Sources differ.[citation needed]", "Sources differ."},
		{"See item [3] below and array[i].", "See item [3] below and array[i]."},
	} {
		if got := dropCitationMarks(tc.in); got != tc.want {
			t.Errorf("dropCitationMarks(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestURLDate checks the date read from an address's path.
func TestURLDate(t *testing.T) {
	for _, tc := range []struct{ link, want string }{
		{"https://www.nytimes.com/2019/11/18/business/trade.html", "2019-11-18"},
		{"https://www.detroitnews.com/story/news/2019-11-19/story-slug/", "2019-11-19"},
		{"https://www.example.com/2019/13/45/x", ""},
		{"https://www.example.com/news/12345", ""},
	} {
		got := ""
		if d := urlDate(tc.link); !d.IsZero() {
			got = d.Format("2006-01-02")
		}
		if got != tc.want {
			t.Errorf("urlDate(%q) = %q, want %q", tc.link, got, tc.want)
		}
	}
}

func TestSiteName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Autoracing | F1 | Indy | MotoGP", "Autoracing"},
		{"The Guardian", "The Guardian"},
		{"", ""},
	} {
		if got := siteName(tc.in); got != tc.want {
			t.Errorf("siteName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestPublishedFromMeta reads the publication date from the meta names
// pages use for it, in the layouts they write it in.
func TestPublishedFromMeta(t *testing.T) {
	for _, tc := range []struct{ meta, want string }{
		{`<meta name="article:publicationdate" content="Fri Mar 13 21:30:09 EST 2015"/>`, "2015-03-13"},
		{`<meta property="article:published_time" content="2019-11-18T10:00:00Z"/>`, "2019-11-18"},
		{`<meta name="publishdate" content="2019/11/19"/>`, "2019-11-19"},
		{`<meta name="publishdate" content="soon"/>`, ""},
	} {
		page := "<html><head><title>T</title>" + tc.meta + "</head><body><p>Text.</p></body></html>"
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if d := readMeta(doc, nil).published(readability.Article{}); !d.IsZero() {
			got = d.Format("2006-01-02")
		}
		if got != tc.want {
			t.Errorf("%s: published %q, want %q", tc.meta, got, tc.want)
		}
	}
}
