package webpage

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"briefsmith/briefs"
)

// The hidden-text corpus: testdata/hidden/NN-trick.html, one hiding trick
// per page, each with the marker word "hidmarkNN" (or, for tag
// characters, its invisible spelling) inside hidden text and a visible
// article around it.

// HiddenCorpus returns the corpus pages and the marker each hides, so
// that other tests (the prompt a summariser receives, say) can check it
// through their own path.
func hiddenCorpus(t testing.TB) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "hidden", "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no hidden-text corpus: %v", err)
	}
	pages := make(map[string]string, len(files))
	for _, f := range files {
		pages[f] = "hidmark" + filepath.Base(f)[:2]
	}
	return pages
}

// leaks reports what of a hidden marker reached an article: the marker
// word, or any Unicode tag character.
func leaks(a briefs.Article, marker string) string {
	all := strings.ToLower(strings.Join([]string{a.Title, a.Byline, a.Site, a.Text}, "\n"))
	if strings.Contains(all, marker) {
		return marker
	}
	if i := strings.IndexFunc(all, func(r rune) bool { return r >= 0xE0000 && r <= 0xE007F }); i >= 0 {
		return "a tag character"
	}
	return ""
}

var visibleSentences = regexp.MustCompile(`Councillors said the repairs|Residents who spoke|regional flood fund was set up`)

func TestHiddenCorpus(t *testing.T) {
	pages := hiddenCorpus(t)
	if len(pages) < 60 {
		t.Fatalf("the corpus has %d pages, want at least 60", len(pages))
	}
	hits := 0
	for path, marker := range pages {
		body, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Extract(context.Background(), body, "text/html; charset=utf-8", nil)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		if leak := leaks(a, marker); leak != "" {
			hits++
			t.Errorf("%s: %s reached the text:\n%s", filepath.Base(path), leak, a.Text)
		}
		if n := len(visibleSentences.FindAllString(a.Text, -1)); n != 3 {
			t.Errorf("%s: visible text lost (%d of 3 sentences kept):\n%s", filepath.Base(path), n, a.Text)
		}
	}
	t.Logf("hidden-text corpus: %d pages, %d markers reached the text", len(pages), hits)
}
