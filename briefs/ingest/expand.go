package ingest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"briefsmith/briefs"
	"briefsmith/briefs/ingest/eml"
	"briefsmith/briefs/ingest/feed"
	"briefsmith/briefs/ingest/opml"
	"briefsmith/briefs/ingest/sniff"
)

var _ briefs.Expander = (*Importer)(nil)

// feedsInFlight is how many feeds of an OPML list are fetched at once.
const feedsInFlight = 4

// Expand returns the sources one source stands for, each acceptable to
// Import: a feed's entries (within Options.Since and Options.Limit), the
// entries of every feed of an OPML list, the importable files of a folder
// (themselves expanded), the stories of a newsletter ("news.eml#story=2"),
// or the source itself. A feed of the list that cannot be read stays in
// as itself, so that importing it reports what is wrong.
func (im *Importer) Expand(ctx context.Context, source string) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, fail(source, "cancelled", err)
	}
	switch {
	case source == "-" || strings.Contains(source, "#entry=") || strings.Contains(source, "#story="):
		return []string{source}, nil
	case IsURL(source):
		return im.expandURL(ctx, source)
	}
	path, err := localPath(source)
	if err != nil {
		return []string{source}, nil // Import explains
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return im.expandFolder(ctx, source, path)
	}
	return im.expandFile(ctx, source, path)
}

// expandURL fetches the address: a feed or list gives its entries, a page
// is kept for Import.
func (im *Importer) expandURL(ctx context.Context, source string) ([]string, error) {
	page, err := im.fetchAny(ctx, source)
	switch {
	case ctx.Err() != nil:
		return nil, fail(source, "cancelled", ctx.Err())
	case err != nil:
		return []string{source}, nil // Import fetches again and explains
	}
	switch {
	case feed.Looks(page.Body):
		return im.feedSources(ctx, source)
	case opml.Looks(page.Body):
		return im.expandList(ctx, source, page.Body)
	}
	if _, ok := kindOfMediaType(page.MediaType); ok || page.MediaType == "" { // what the fetcher accepts
		im.pages.put(source, page)
	}
	return []string{source}, nil
}

// expandFile looks inside a file that may stand for several articles.
func (im *Importer) expandFile(ctx context.Context, source, path string) ([]string, error) {
	kind, known := sniff.ByExtension(path)
	if known && kind != sniff.Feed && kind != sniff.OPML && kind != sniff.Email {
		return []string{source}, nil
	}
	b, err := im.readFile(source, path)
	if err != nil {
		return []string{source}, nil // Import explains
	}
	switch {
	case feed.Looks(b):
		return im.feedSources(ctx, source)
	case opml.Looks(b):
		return im.expandList(ctx, source, b)
	case eml.Looks(b):
		return newsletterSources(source, b), nil
	}
	return []string{source}, nil
}

// newsletterSources is one source per story of a newsletter, or the
// message itself when it holds one story.
func newsletterSources(source string, b []byte) []string {
	m, err := eml.Read(b)
	if err != nil {
		return []string{source}
	}
	stories := eml.Stories(m.HTML)
	if len(stories) == 0 {
		return []string{source}
	}
	out := make([]string, len(stories))
	for i := range stories {
		out[i] = source + "#story=" + strconv.Itoa(i+1)
	}
	return out
}

// expandList expands every feed of an OPML list, a few at a time, keeping
// the list's order.
func (im *Importer) expandList(ctx context.Context, source string, b []byte) ([]string, error) {
	feeds, err := opml.Parse(b)
	if err != nil {
		return nil, fail(source, err.Error(), errors.Join(ErrNotText, err))
	}
	parts := make([][]string, len(feeds))
	sem := make(chan struct{}, feedsInFlight)
	var wg sync.WaitGroup
	for i, f := range feeds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			srcs, err := im.feedSources(ctx, f.URL)
			if err != nil {
				srcs = []string{f.URL}
			}
			parts[i] = srcs
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fail(source, "cancelled", err)
	}
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out, nil
}

// expandFolder lists the importable files under path in name order,
// skipping hidden files and folders, each expanded in turn.
func (im *Importer) expandFolder(ctx context.Context, source, path string) ([]string, error) {
	files, err := im.folderFiles(source, path)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, f := range files {
		srcs, err := im.expandFile(ctx, f, f)
		if err != nil {
			return nil, err
		}
		out = append(out, srcs...)
	}
	if len(out) == 0 {
		return nil, fail(source, "the folder holds no file that can be imported ("+strings.Join(sniff.Extensions(), " ")+")", ErrEmpty)
	}
	return out, nil
}

// folderFiles walks the folder (WalkDir goes in lexical order and does not
// follow links to folders) and stops past MaxFolderFiles.
func (im *Importer) folderFiles(source, root string) ([]string, error) {
	var files []string
	tooMany := errors.New("too many files")
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case p != root && strings.HasPrefix(d.Name(), "."):
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		case !d.Type().IsRegular() || filepath.Ext(p) == "":
			return nil
		}
		if _, ok := sniff.ByExtension(p); ok {
			files = append(files, p)
		}
		if len(files) > im.opts.MaxFolderFiles {
			return tooMany
		}
		return nil
	})
	switch {
	case errors.Is(err, tooMany):
		return nil, fail(source, fmt.Sprintf("the folder holds more than %d files that can be imported; choose a smaller folder", im.opts.MaxFolderFiles), ErrTooLarge)
	case err != nil:
		return nil, statError(source, err)
	}
	return files, nil
}

// localPath is the path a file source names: the source itself, or the
// path of a file:// address.
func localPath(source string) (string, error) {
	if !strings.HasPrefix(strings.ToLower(source), "file://") {
		return source, nil
	}
	u, err := url.Parse(source)
	if err != nil || (u.Host != "" && u.Host != "localhost") || u.Path == "" {
		return "", fail(source, "not a usable file:// address", ErrScheme)
	}
	return u.Path, nil
}

// splitPart splits "news.eml#story=2" into "news.eml", "story" and 2.
// ok is false when source has no such ending or the path exists as given
// (a file name may hold a "#").
func splitPart(source string) (base, key string, n int, ok bool) {
	i := strings.LastIndex(source, "#")
	if i < 0 {
		return "", "", 0, false
	}
	key, num, found := strings.Cut(source[i+1:], "=")
	n, err := strconv.Atoi(num)
	if !found || err != nil || n < 1 || (key != "story" && key != "entry") {
		return "", "", 0, false
	}
	if _, err := os.Stat(source); err == nil {
		return "", "", 0, false
	}
	return source[:i], key, n, true
}
