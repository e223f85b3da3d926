package ingest

import (
	"context"

	"briefsmith/briefs"

	"reflect"
	"testing"
)

var canonicalCases = []struct {
	name, in, want string
}{
	{"already canonical", "https://news.test/2026/12/ferry", "https://news.test/2026/12/ferry"},
	{"case of scheme and host, http", "HTTP://News.TEST/2026/12/Ferry", "https://news.test/2026/12/Ferry"},
	{"www and trailing slash", "https://www.news.test/2026/12/ferry/", "https://news.test/2026/12/ferry"},
	{"only dots for a host (fuzz crasher)", "http://..", "http://.."},
	{"mobile host", "https://m.news.test/2026/12/ferry", "https://news.test/2026/12/ferry"},
	{"amp host", "https://amp.news.test/2026/12/ferry", "https://news.test/2026/12/ferry"},
	{"prefixes on prefixes", "https://amp.m.news.test/2026/12/ferry", "https://news.test/2026/12/ferry"},
	{"prefixes on prefixes (fuzz crasher)", "http://Amp.Amp..0", "https://.0"},
	{"utm and click ids", "https://news.test/ferry?utm_source=x&utm_medium=email&fbclid=abc&gclid=1&mc_cid=2", "https://news.test/ferry"},
	{"fragment", "https://news.test/ferry#comments", "https://news.test/ferry"},
	{"/amp suffix", "https://news.test/2026/12/ferry/amp", "https://news.test/2026/12/ferry"},
	{"/amp/ prefix", "https://news.test/amp/2026/12/ferry", "https://news.test/2026/12/ferry"},
	{".amp.html", "https://news.test/ferry.amp.html", "https://news.test/ferry.html"},
	{"outputType=amp", "https://news.test/ferry?outputType=amp", "https://news.test/ferry"},
	{"?amp=1", "https://news.test/ferry?amp=1", "https://news.test/ferry"},
	{"real parameters kept and sorted", "https://news.test/story?page=2&id=7&utm_campaign=z", "https://news.test/story?id=7&page=2"},
	{"content ids kept", "https://news.test/story?cid=9", "https://news.test/story?cid=9"},
	{"default port", "https://news.test:443/ferry", "https://news.test/ferry"},
	{"other port kept", "http://127.0.0.1:8080/ferry/", "https://127.0.0.1:8080/ferry"},
	{"double slashes", "https://news.test//2026//ferry", "https://news.test/2026/ferry"},
	{"root", "https://www.news.test/", "https://news.test"},
	{"a bare m. host is a host", "https://m.test/x", "https://m.test/x"},
	{"not a web address", "  notes/ferry.txt ", "notes/ferry.txt"},
	{"mailto", "mailto:a@news.test", "mailto:a@news.test"},
	{"unparsable", "http://[::1", "http://[::1"},
}

func TestCanonicalURL(t *testing.T) {
	for _, tt := range canonicalCases {
		t.Run(tt.name, func(t *testing.T) {
			if got := CanonicalURL(tt.in); got != tt.want {
				t.Errorf("CanonicalURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestBatchOptionsImportAnAddressOnce(t *testing.T) {
	imp := importerFunc(func(_ context.Context, s string) (briefs.Article, error) {
		return briefs.Article{Source: s, URL: s, Text: "Text of " + s}, nil
	})
	res := briefs.ImportAll(context.Background(), imp, []string{
		"https://news.test/ferry", "https://www.news.test/ferry/?utm_source=x", "notes.txt", "notes.txt",
	}, BatchOptions(), nil)
	var skipped []string
	for _, r := range res {
		if r.Skipped {
			skipped = append(skipped, r.Source+" → "+r.Notice)
		}
	}
	want := []string{
		"https://www.news.test/ferry/?utm_source=x → the same address as https://news.test/ferry, imported once",
		"notes.txt → the same address as notes.txt, imported once",
	}
	if !reflect.DeepEqual(skipped, want) {
		t.Fatalf("skipped %q, want %q", skipped, want)
	}
}

// importerFunc adapts a function to briefs.Importer.
type importerFunc func(ctx context.Context, source string) (briefs.Article, error)

func (f importerFunc) Import(ctx context.Context, source string) (briefs.Article, error) {
	return f(ctx, source)
}

func FuzzCanonicalURL(f *testing.F) {
	for _, tt := range canonicalCases {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := CanonicalURL(s)
		if IsURL(once) && CanonicalURL(once) != once {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, once, CanonicalURL(once))
		}
	})
}
