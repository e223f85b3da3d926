package webpage

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"briefsmith/briefs"
)

// timeBound is the most one input may take. It is generous: it is there
// to catch runaway (quadratic or looping) work, and test machines are
// often busy.
const timeBound = 10 * time.Second

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var fixtureCases = []struct {
	file      string
	pageURL   string
	title     string
	byline    string
	site      string
	url       string
	published string
	language  string
	headings  []string // must be paragraphs of their own
}{
	{
		file: "article.html", pageURL: "https://courier.example/story?id=7",
		title: "Harbour board approves night ferry trial", byline: "Mira Okafor",
		site: "The Quayside Courier", url: "https://courier.example/news/2026/03/night-ferry",
		published: "2026-03-05T09:30:00Z", language: "en-GB",
		headings: []string{"What Happened", "Why It Matters", "What’s Next"},
	},
	{
		file: "jsonld.html", pageURL: "https://coastal.example/p/123",
		title: "Lighthouse keepers return to Skerry Point", byline: "Tomas Reyes",
		site: "Coastal Weekly", url: "https://coastal.example/lighthouse-keepers",
		published: "2026-02-14T07:00:00+01:00",
	},
	{
		file: "time-element.html", title: "افتتاح جسر جديد",
		published: "2026-01-20T00:00:00Z", language: "ar", headings: []string{"ما التالي"},
	},
}

func TestExtractFixtures(t *testing.T) {
	for _, tc := range fixtureCases {
		t.Run(tc.file, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			var pageURL *url.URL
			if tc.pageURL != "" {
				pageURL, _ = url.Parse(tc.pageURL)
			}
			a, err := Extract(context.Background(), body, "", pageURL)
			if err != nil {
				t.Fatal(err)
			}
			checkMeta(t, a, tc.title, tc.byline, tc.site, tc.url, tc.published, tc.language)
			paras := strings.Split(a.Text, "\n\n")
			for _, h := range tc.headings {
				if !contains(paras, h) {
					t.Errorf("heading %q is not a paragraph of its own in %q", h, paras)
				}
			}
			if strings.Contains(a.Text, "INJECTED") || strings.ContainsRune(a.Text, '\u200B') {
				t.Errorf("hidden text or characters leaked:\n%s", a.Text)
			}
			golden(t, strings.TrimSuffix(tc.file, ".html")+".golden.json", a)
		})
	}
}

func checkMeta(t *testing.T, a briefs.Article, title, byline, site, link, published, lang string) {
	t.Helper()
	got := []string{a.Title, a.Byline, a.Site, a.URL, "", a.Language}
	if !a.Published.IsZero() {
		got[4] = a.Published.Format(time.RFC3339)
	}
	want := []string{title, byline, site, link, published, lang}
	names := []string{"title", "byline", "site", "url", "published", "language"}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%s = %q, want %q", names[i], got[i], want[i])
		}
	}
}

// golden compares a with testdata/name, rewriting it under -update.
func golden(t *testing.T, name string, a briefs.Article) {
	t.Helper()
	got, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if strings.TrimSpace(string(want)) != string(got) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it):\n%s", name, got)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// page is a small article page holding the given paragraph, in ASCII apart
// from the paragraph, with an optional <meta> in the head.
func page(metaTag string, para []byte) []byte {
	head := "<!DOCTYPE html><html><head>" + metaTag + "<title>Charset test</title></head><body><article>"
	filler := "<p>" + strings.Repeat("The harbour board met again on Thursday evening to discuss the timetable. ", 8) + "</p>"
	return append(append([]byte(head+filler+"<p>"), para...), []byte("</p>"+filler+"</article></body></html>")...)
}

var charsetCases = []struct {
	name        string
	contentType string
	body        []byte
	want        string
}{
	{"undeclared valid UTF-8", "", page("", []byte("Café “déjà vu” – 10 €")), "Café “déjà vu” – 10 €"},
	{"undeclared Windows-1252", "", page("", []byte("Caf\xe9 \x93d\xe9j\xe0 vu\x94 \x96 10 \x80")), "Café “déjà vu” – 10 €"},
	{"meta charset", "", page(`<meta charset="windows-1251">`, []byte("\xcf\xf0\xe8\xe2\xe5\xf2")), "Привет"},
	{"meta http-equiv", "", page(`<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">`, []byte("\x93\xfa\x96\x7b")), "日本"},
	{"header beats meta", "text/html; charset=windows-1251", page(`<meta charset="iso-8859-2">`, []byte("\xcf\xf0\xe8\xe2\xe5\xf2")), "Привет"},
	{"BOM beats header", "text/html; charset=windows-1251", append([]byte("\xef\xbb\xbf"), page("", []byte("Привет"))...), "Привет"},
	{"UTF-16LE BOM", "", utf16le(page("", []byte("Grüße"))), "Grüße"},
	{"declared Latin-1 but valid UTF-8", "text/html; charset=iso-8859-1", page("", []byte("Café")), "Café"},
	{"declared UTF-8 with a broken byte", "text/html; charset=utf-8", page("", []byte("Café \xff ok")), "Café \uFFFD ok"},
}

func utf16le(b []byte) []byte {
	out := []byte{0xFF, 0xFE}
	for _, r := range string(b) {
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

func TestExtractCharset(t *testing.T) {
	for _, tc := range charsetCases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(context.Background(), tc.body, tc.contentType, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, tc.want) {
				t.Errorf("text does not contain %q:\n%s", tc.want, a.Text)
			}
		})
	}
}

func TestExtractNoText(t *testing.T) {
	for name, body := range map[string]string{
		"empty":             "",
		"only markup":       "<html><head><title>x</title></head><body><div></div></body></html>",
		"only hidden text":  "<html><body><p hidden>secret</p><p style='display:none'>more</p></body></html>",
		"only a script":     "<script>alert(1)</script>",
		"whitespace inside": "<p> \n\t </p>",
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Extract(context.Background(), []byte(body), "", nil); err != ErrNoText {
				t.Errorf("err = %v, want ErrNoText", err)
			}
		})
	}
}

func TestExtractShortPageFallsBackToBody(t *testing.T) {
	a, err := Extract(context.Background(), []byte("<p>Ferry approved for the bay crossing.</p><p>Trial starts in March with two boats and runs until the end of the summer.</p>"), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != "Ferry approved for the bay crossing.\n\nTrial starts in March with two boats and runs until the end of the summer." {
		t.Errorf("text = %q", a.Text)
	}
}

func TestExtractCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	body, _ := os.ReadFile(filepath.Join("testdata", "article.html"))
	if _, err := Extract(ctx, body, "", nil); err != context.Canceled {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func FuzzExtract(f *testing.F) {
	for _, tc := range charsetCases {
		f.Add(tc.body, tc.contentType)
	}
	for _, tc := range fixtureCases {
		b, _ := os.ReadFile(filepath.Join("testdata", tc.file))
		f.Add(b, "")
	}
	for _, tc := range hiddenCases {
		f.Add([]byte(tc.html), "text/html")
	}
	corpus, _ := filepath.Glob(filepath.Join("testdata", "hidden", "*.html"))
	for _, path := range corpus[:min(len(corpus), 20)] {
		b, _ := os.ReadFile(path)
		f.Add(b, "text/html; charset=utf-8")
	}
	for _, tc := range wallCases {
		f.Add([]byte(tc.html), "")
	}
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		start := time.Now()
		// A hang would stall the fuzzer silently; crash instead so that the
		// input is saved as a failure.
		watchdog := time.AfterFunc(10*time.Second, func() { panic(fmt.Sprintf("Extract hung on %d bytes", len(body))) })
		defer watchdog.Stop()
		a, err := Extract(context.Background(), body, contentType, nil)
		if err != nil && err != ErrNoText && FailureKind(err) == "" {
			t.Fatalf("unexpected error %v", err)
		}
		for _, s := range []string{a.Title, a.Byline, a.Site, a.Text, a.Language} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in %q", s)
			}
		}
		if d := time.Since(start); d > timeBound {
			t.Fatalf("took %v on %d bytes", d, len(body))
		}
	})
}

// BenchmarkExtractHTML extracts a generated news page of about 200 KB.
func BenchmarkExtractHTML(b *testing.B) {
	body := bigPage(200 << 10)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(context.Background(), body, "text/html; charset=utf-8", nil); err != nil {
			b.Fatal(err)
		}
	}
}

// bigPage builds a page of at least size bytes: navigation, an article of
// paragraphs and headings, and sidebars of links.
func bigPage(size int) []byte {
	var sb strings.Builder
	sb.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Budget day</title></head><body><nav>`)
	for i := range 40 {
		sb.WriteString(`<a href="/section/` + strings.Repeat("x", i%7) + `">Section</a> `)
	}
	sb.WriteString(`</nav><article><h1>Budget day</h1>`)
	for i := 0; sb.Len() < size*3/4; i++ {
		if i%6 == 0 {
			sb.WriteString("<h2>Part of the story</h2>")
		}
		// Each paragraph differs (its number), as an article's do: the
		// importer drops a paragraph repeated word for word as furniture.
		sb.WriteString("<p>In point " + strconv.Itoa(i+1) + " of the statement, the chancellor told parliament that spending on rail, ports and night ferries would rise next year, while <a href='/tax'>tax thresholds</a> stay frozen until the spring review, a choice opposition members called a stealth rise.</p>")
	}
	sb.WriteString(`</article><aside>`)
	for sb.Len() < size {
		sb.WriteString(`<div class="related"><a href="/r">Related story about the harbour</a></div>`)
	}
	sb.WriteString(`</aside></body></html>`)
	return []byte(sb.String())
}

// TestLeadingHeadingAndSiteDropped: a body that opens with the page's <h1>
// (when the title is another) and with the site's name loses both.
func TestLeadingHeadingAndSiteDropped(t *testing.T) {
	page := `<html><head><title>Guards charged over prisoner's death</title><meta property="og:site_name" content="Westmere Times"></head><body>
<article><h1 class="title">Two prison officers charged with falsifying records</h1><p>Westmere Times</p>
<p>` + strings.Repeat("Two federal prison officers were charged on Tuesday with falsifying records about their checks on a prisoner. ", 6) + `</p></article></body></html>`
	a, err := Extract(context.Background(), []byte(page), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Text, "Two federal prison officers were charged") {
		t.Errorf("text opens %.80q", a.Text)
	}
}

func TestDatelineDate(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Feb. 23, 2015 -- Life-threatening peanut allergies have mysteriously been on the rise.", "2015-02-23"},
		{"March 3, 2021 — The council voted on Monday.", "2021-03-03"},
		{"Sept. 9, 2019 - The council voted.", "2019-09-09"},
		{"Feb. 30, 2015 -- No such day.", ""},
		{"The council voted on Feb. 23, 2015 -- again.", ""},
		{"May 4, 2020, the day the council voted.", ""},
	} {
		got := ""
		if d := datelineDate(tc.text); !d.IsZero() {
			got = d.Format("2006-01-02")
		}
		if got != tc.want {
			t.Errorf("datelineDate(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestWireTagsAndTweetButtons(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Hong Kong (CNN Business)A muddled view of trade talks.", "Hong Kong (CNN Business) A muddled view of trade talks."},
		{"(CNN)President Trump spoke.", "(CNN) President Trump spoke."},
	} {
		if got := spaceAfterWireTag(tc.in); got != tc.want {
			t.Errorf("spaceAfterWireTag(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"Every online business exists in the 'space-time continuum.'Click To Tweet It grows.", "Every online business exists in the 'space-time continuum.' It grows."},
		{"It bombards us every day.Click To Tweet", "It bombards us every day."},
		{"Click to tweet your answer, the page says.", "Click to tweet your answer, the page says."},
	} {
		if got := dropTweetButtons(tc.in); got != tc.want {
			t.Errorf("dropTweetButtons(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
