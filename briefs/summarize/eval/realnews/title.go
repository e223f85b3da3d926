package realnews

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"

	"briefsmith/briefs/ingest/webpage"
)

// scrapinghubHTML is the folder of the scrapinghub pages, relative to
// ../shared: one ID.html.gz per article.
const scrapinghubHTML = "corpora/scrapinghub-article-extraction-benchmark/html"

// maxPageBytes bounds a corpus page read for its title.
const maxPageBytes = 32 << 20

// Title is the title the product would give a's page: the web page
// importer's title of the page's HTML, as a user importing the page gets
// it. The XSum samples keep only the body, and their title is "".
func (l *Library) Title(a Article) (string, error) {
	var page []byte
	var err error
	switch a.Kind() {
	case Scrapinghub:
		page, err = readGzip(filepath.Join(l.shared, filepath.FromSlash(scrapinghubHTML), a.ID+".html.gz"))
	case Mozilla:
		page, err = readLimited(filepath.Join(l.shared, filepath.FromSlash(MozillaDir), a.ID, "source.html"))
	default:
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("title of %s: %w", a.ID, err)
	}
	u, _ := url.Parse(a.URL) // a bad address only loses the outlet-specific rules
	art, err := webpage.Extract(context.Background(), page, "text/html", u)
	if err != nil {
		return "", fmt.Errorf("title of %s: %w", a.ID, err)
	}
	return art.Title, nil
}

// readGzip reads a gzip-compressed file, at most maxPageBytes of it
// uncompressed.
func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer zr.Close()
	out, err := io.ReadAll(io.LimitReader(zr, maxPageBytes))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// readLimited reads a file of at most maxPageBytes.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, maxPageBytes))
}
