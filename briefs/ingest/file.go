package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"

	"briefsmith/briefs"
	"briefsmith/briefs/ingest/eml"
	"briefsmith/briefs/ingest/feed"
	"briefsmith/briefs/ingest/internal/humanize"
	"briefsmith/briefs/ingest/opml"
	"briefsmith/briefs/ingest/sniff"
)

// importFile reads the file at path; source is how the user named it.
// The extension decides the format, else the content.
func (im *Importer) importFile(ctx context.Context, source, path string) (briefs.Article, error) {
	kind, known := sniff.ByExtension(path)
	if kind == sniff.PDF {
		return im.importPDF(ctx, source, path)
	}
	b, err := im.readFile(source, path)
	if err != nil {
		return briefs.Article{}, err
	}
	if !known || filepath.Ext(path) == "" { // a name without an extension may be anything
		if k, ok := sniffDocument(b); ok {
			kind, known = k, true
		}
	}
	switch kind {
	case sniff.PDF:
		return im.importPDF(ctx, source, path)
	case sniff.DOCX:
		return im.importDOCX(source, b)
	case sniff.Email:
		return im.importEmail(ctx, source, b, 0)
	case sniff.Feed:
		return briefs.Article{}, fail(source, "is a feed, not one article: import it as a batch, which reads each of its entries", ErrFeed)
	case sniff.OPML:
		return briefs.Article{}, fail(source, "is an OPML list of feeds, not one article: import it as a batch, which reads each feed's entries", ErrFeed)
	}
	a, err := convert(ctx, origin{source: source, noun: "file", kind: kind, known: known}, b)
	if err != nil {
		return briefs.Article{}, err
	}
	a.Kind = briefs.KindFile
	return a, nil
}

// sniffDocument recognises by content the formats that have their own
// reader; ok is false for anything else, which convert then sniffs.
func sniffDocument(b []byte) (sniff.Kind, bool) {
	if k, ok := sniff.Document(b); ok {
		return k, true
	}
	switch {
	case feed.Looks(b):
		return sniff.Feed, true
	case opml.Looks(b):
		return sniff.OPML, true
	case eml.Looks(b):
		return sniff.Email, true
	}
	return sniff.Text, false
}

// importFileURL reads a file:// address as a local path.
func (im *Importer) importFileURL(ctx context.Context, source string) (briefs.Article, error) {
	u, err := url.Parse(source)
	if err != nil || (u.Host != "" && u.Host != "localhost") || u.Path == "" {
		return briefs.Article{}, fail(source, "not a usable file:// address", ErrScheme)
	}
	return im.importFile(ctx, source, u.Path)
}

// readFile checks that path is a regular file within the size cap, then
// reads it.
func (im *Importer) readFile(source, path string) ([]byte, error) {
	if err := im.checkFile(source, path); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, statError(source, err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, im.opts.MaxBytes+1))
	if err != nil {
		return nil, fail(source, "could not read the file", err)
	}
	if int64(len(b)) > im.opts.MaxBytes { // it grew since Stat
		return nil, im.tooLarge(source, "file", -1)
	}
	return b, nil
}

// checkFile looks at path without reading it (a 50 MB file costs nothing
// to refuse): it must be a regular, non-empty file within the size cap.
func (im *Importer) checkFile(source, path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return statError(source, err)
	}
	switch {
	case info.IsDir():
		return fail(source, "is a folder, not a file", ErrNotFile)
	case !info.Mode().IsRegular():
		return fail(source, "is not a regular file", ErrNotFile)
	case info.Size() > im.opts.MaxBytes:
		return im.tooLarge(source, "file", info.Size())
	case info.Size() == 0:
		return fail(source, "the file is empty", ErrEmpty)
	}
	return nil
}

// statError explains why a file could not be opened.
func statError(source string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fail(source, "no such file", errors.Join(ErrNotFound, err))
	case errors.Is(err, fs.ErrPermission):
		return fail(source, "permission denied (the file cannot be read)", err)
	}
	return fail(source, "could not open the file", err)
}

// tooLarge reports that a source of the given size (-1 when unknown) is
// over the cap.
func (im *Importer) tooLarge(source, noun string, size int64) error {
	limit := humanize.Bytes(im.opts.MaxBytes)
	if size < 0 {
		return fail(source, fmt.Sprintf("the %s is larger than the %s limit", noun, limit), ErrTooLarge)
	}
	return fail(source, fmt.Sprintf("the %s is %s, over the %s limit", noun, humanize.Bytes(size), limit), ErrTooLarge)
}
