package realnews

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// page is a small news page whose title the web page importer reads.
const page = `<html><head><title>Council approves new bridge | The Paper</title>
<meta property="og:title" content="Council approves new bridge"></head>
<body><article><h1>Council approves new bridge</h1>
<p>The city council approved a new bridge over the river on Tuesday, ending a decade of debate about the crossing.</p>
<p>The bridge will cost 40 million dollars and is due to open in 2028, the council said in a statement.</p>
</article></body></html>`

// TestTitle reads a page's title as the importer gives it: from a
// scrapinghub page (gzip) and a Mozilla page; XSum samples have none, and
// a missing page is an error naming the article.
func TestTitle(t *testing.T) {
	shared := t.TempDir()
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	if _, err := zw.Write([]byte(page)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(shared, filepath.FromSlash(scrapinghubHTML), "abc.html.gz"), gz.Bytes())
	write(t, filepath.Join(shared, filepath.FromSlash(MozillaDir), "paper-1", "source.html"), []byte(page))
	lib := NewLibrary(shared)
	for _, tc := range []struct {
		name string
		a    Article
		want string
	}{
		{"scrapinghub", Article{Corpus: GroundTruth, ID: "abc", URL: "https://paper.example/bridge"}, "Council approves new bridge"},
		{"mozilla", Article{Corpus: MozillaCorpus("paper-1"), ID: "paper-1"}, "Council approves new bridge"},
		{"xsum", Article{Corpus: XSumDir + "/x/1.data", ID: "1"}, ""},
	} {
		got, err := lib.Title(tc.a)
		if err != nil || got != tc.want {
			t.Errorf("%s: Title = %q, %v; want %q", tc.name, got, err, tc.want)
		}
	}
	_, err := lib.Title(Article{Corpus: GroundTruth, ID: "missing"})
	if err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("a missing page: err = %v", err)
	}
	write(t, filepath.Join(shared, filepath.FromSlash(scrapinghubHTML), "bad.html.gz"), []byte("not gzip"))
	if _, err := lib.Title(Article{Corpus: GroundTruth, ID: "bad"}); err == nil {
		t.Error("a page that is not gzip gave no error")
	}
}

// write creates path with data, and its folders.
func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
