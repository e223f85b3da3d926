package ingest

import (
	"context"
	"errors"
	"net/url"
	"regexp"

	"briefsmith/briefs"
	"briefsmith/briefs/ingest/feed"
	"briefsmith/briefs/ingest/fetch"
	"briefsmith/briefs/ingest/opml"
)

// IsURL reports whether s is an absolute http or https address.
func IsURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// schemePattern matches an address with a scheme other than the ones
// handled ("ftp://", "mailto:" is left to be a file name).
var schemePattern = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]+://`)

// importURL fetches a web page and reads it by its content type.
func (im *Importer) importURL(ctx context.Context, source string) (briefs.Article, error) {
	page, ok := im.pages.take(source)
	var err error
	if !ok {
		page, err = im.fetcher.Get(ctx, source)
	}
	if err != nil {
		return briefs.Article{}, im.fetchError(ctx, source, err)
	}
	o := origin{source: source, noun: "page", contentType: page.ContentType, pageURL: page.URL}
	o.kind, o.known = kindOfMediaType(page.MediaType)
	a, err := convert(ctx, o, page.Body)
	if err != nil {
		return briefs.Article{}, err
	}
	if a.URL == "" {
		a.URL = page.URL.String()
	}
	a.Kind = briefs.KindURL
	return a, nil
}

// fetchError explains a failed fetch. A feed is refused by the fetcher
// for its content type; it is told apart, since Expand can read it.
func (im *Importer) fetchError(ctx context.Context, source string, err error) error {
	if errors.Is(err, fetch.ErrContentType) {
		if page, ferr := im.fetchAny(ctx, source); ferr == nil && (feed.Looks(page.Body) || opml.Looks(page.Body)) {
			return fail(source, "is a feed, not one article: import it as a batch, which reads each of its entries", ErrFeed)
		}
	}
	var p *fetch.Problem
	if errors.As(err, &p) {
		return fail(source, p.Text, err)
	}
	return fail(source, "could not fetch the page", err)
}
