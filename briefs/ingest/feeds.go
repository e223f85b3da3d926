package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"briefsmith/briefs"
	"briefsmith/briefs/ingest/feed"
	"briefsmith/briefs/ingest/fetch"
	"briefsmith/briefs/ingest/textclean"
	"briefsmith/briefs/ingest/webpage"
)

// ErrFeed means a feed or a list of feeds was given where one article was
// expected; Expand turns it into its entries.
var ErrFeed = errors.New("a feed or list of feeds, not one article")

// FeedEntry is one entry of a feed as offered for import.
type FeedEntry struct {
	Source    string    // what to pass to Import: the entry's link, else "FEED#entry=N"
	Title     string    // the entry's title
	Link      string    // the article's address, "" when the entry has none
	Published time.Time // zero when the feed gives no date
}

// FeedList is a feed's name and entries, in the feed's order.
type FeedList struct {
	Title   string
	Entries []FeedEntry
}

// FeedEntries reads the feed at source (an address or a file) and lists
// its entries, all of them, in the feed's order, for a dialog to offer.
// Importing an entry's Source afterwards fetches its article and falls
// back to the feed's own content when the page cannot be read.
func (im *Importer) FeedEntries(ctx context.Context, source string) (FeedList, error) {
	b, contentType, err := im.readSource(ctx, source)
	if err != nil {
		return FeedList{}, err
	}
	f, err := feed.Parse(withHeaderCharset(b, contentType))
	if err != nil {
		return FeedList{}, fail(source, err.Error(), errors.Join(ErrNotText, err))
	}
	list := FeedList{Title: f.Title}
	for i, e := range f.Entries {
		e.Link = resolveLink(source, e.Link)
		src := e.Link
		if !IsURL(src) {
			src = source + "#entry=" + strconv.Itoa(i+1)
		}
		im.entries.put(src, feedItem{feedTitle: f.Title, entry: e})
		list.Entries = append(list.Entries, FeedEntry{Source: src, Title: e.Title, Link: e.Link, Published: e.Published})
	}
	return list, nil
}

// resolveLink makes a relative entry link absolute against the feed's
// address; links in a local feed file stay as they are.
func resolveLink(feedSource, link string) string {
	if link == "" || IsURL(link) || !IsURL(feedSource) {
		return link
	}
	base, err := url.Parse(feedSource)
	if err != nil {
		return link
	}
	ref, err := url.Parse(link)
	if err != nil {
		return link
	}
	return base.ResolveReference(ref).String()
}

// feedSources lists the sources of a feed's entries within Options.Since
// and Options.Limit.
func (im *Importer) feedSources(ctx context.Context, source string) ([]string, error) {
	list, err := im.FeedEntries(ctx, source)
	if err != nil {
		return nil, err
	}
	entries := make([]feed.Entry, len(list.Entries))
	for i, e := range list.Entries {
		entries[i] = feed.Entry{Link: e.Source, Published: e.Published} // Link carries the source through Select
	}
	var out []string
	for _, e := range feed.Select(entries, im.opts.Since, im.opts.Limit, time.Now()) {
		out = append(out, e.Link)
	}
	return out, nil
}

// importEntry imports a feed entry: its linked page, else the feed's own
// content for it.
func (im *Importer) importEntry(ctx context.Context, source string, item feedItem) (briefs.Article, error) {
	a, err := im.entryArticle(ctx, source, item)
	if err != nil {
		return briefs.Article{}, err
	}
	e := item.entry
	a.Title = firstNonEmpty(a.Title, e.Title)
	a.Byline = firstNonEmpty(a.Byline, e.Author)
	a.Site = firstNonEmpty(a.Site, item.feedTitle)
	a.URL = firstNonEmpty(a.URL, e.Link)
	if a.Published.IsZero() {
		a.Published = e.Published
	}
	a.Source, a.Kind = source, briefs.KindFeed
	return a, nil
}

// entryArticle reads the entry's linked page, else the feed's text for
// it. When both fail, the page's error is the one reported.
func (im *Importer) entryArticle(ctx context.Context, source string, item feedItem) (briefs.Article, error) {
	if !IsURL(item.entry.Link) || strings.Contains(source, "#entry=") {
		return im.entryContent(ctx, source, item)
	}
	a, err := im.importURL(ctx, source)
	if err == nil || ctx.Err() != nil {
		return a, err
	}
	if fallback, ferr := im.entryContent(ctx, source, item); ferr == nil {
		return fallback, nil
	}
	return briefs.Article{}, err
}

// entryContent reads the feed's HTML for an entry as the article.
func (im *Importer) entryContent(ctx context.Context, source string, item feedItem) (briefs.Article, error) {
	if strings.TrimSpace(item.entry.Content) == "" {
		return briefs.Article{}, fail(source, "the feed gives no text for this entry", ErrEmpty)
	}
	page := "<html><head><title></title></head><body><article>" + item.entry.Content + "</article></body></html>"
	a, err := webpage.Extract(ctx, []byte(page), "text/html; charset=utf-8", nil)
	if err != nil {
		return briefs.Article{}, fail(source, "the feed's text for this entry could not be read", err)
	}
	return im.finish(source, briefs.KindFeed, a)
}

// readSource reads a feed or list: fetched for an address (with the
// Content-Type the server sent), read for a path or file:// address.
func (im *Importer) readSource(ctx context.Context, source string) ([]byte, string, error) {
	if IsURL(source) {
		page, err := im.fetchAny(ctx, source)
		return page.Body, page.ContentType, err
	}
	path, err := localPath(source)
	if err != nil {
		return nil, "", err
	}
	b, err := im.readFile(source, path)
	return b, "", err
}

// xmlEncoding matches an encoding declared in an XML prolog.
var xmlEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*encoding=`)

// withHeaderCharset decodes an XML feed that is not UTF-8 and declares no
// encoding of its own by the charset of the HTTP Content-Type, which the
// feed parser does not read. A declared encoding wins, as XML says.
func withHeaderCharset(b []byte, contentType string) []byte {
	_, params, _ := mime.ParseMediaType(contentType)
	label := params["charset"]
	if label == "" || utf8.Valid(b) || xmlEncoding.Match(b[:min(len(b), 512)]) {
		return b
	}
	return []byte(textclean.DecodeLabel(b, label))
}

// fetchAny downloads a feed or page within the importer's limits. The
// fetch package accepts web pages only, so feeds are fetched here, with
// the same User-Agent, deadline, redirect limit and size cap (see
// docs/notes/NOTES-ingest.md for moving this into fetch).
func (im *Importer) fetchAny(ctx context.Context, source string) (fetch.Page, error) {
	ctx, cancel := context.WithTimeout(ctx, im.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, source, nil)
	if err != nil {
		return fetch.Page{}, fail(source, "not a usable web address", ErrScheme)
	}
	req.Header.Set("User-Agent", im.opts.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
	resp, err := im.rawClient.Do(req)
	if err != nil {
		if ctx.Err() != nil || errors.Is(err, context.DeadlineExceeded) && fetch.HeaderTimeout(im.opts.Timeout) >= im.opts.Timeout {
			return fetch.Page{}, fail(source, fmt.Sprintf("no answer within %s", im.opts.Timeout), err)
		}
		if errors.Is(err, context.DeadlineExceeded) { // the first-byte limit, shorter than the whole one
			return fetch.Page{}, fail(source, fmt.Sprintf("no answer within %s (the server took the request but sent nothing back)",
				fetch.HeaderTimeout(im.opts.Timeout)), err)
		}
		return fetch.Page{}, fail(source, "could not fetch the address", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fetch.Page{}, fail(source, "the server answered "+resp.Status, fetch.ErrStatus)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, im.opts.MaxBytes+1))
	switch {
	case err != nil:
		return fetch.Page{}, fail(source, "the download did not finish", err)
	case int64(len(body)) > im.opts.MaxBytes:
		return fetch.Page{}, im.tooLarge(source, "download", -1)
	}
	ct := resp.Header.Get("Content-Type")
	mt, _, _ := mime.ParseMediaType(ct)
	return fetch.Page{Body: body, ContentType: ct, MediaType: mt, URL: resp.Request.URL}, nil
}

// newRawClient is the client fetchAny uses: the configured one, or one
// with the default transport, following at most MaxRedirects redirects
// and only to http and https.
func newRawClient(o Options) *http.Client {
	var c http.Client
	if o.Client != nil {
		c = *o.Client
	} else {
		c.Transport = fetch.Transport(o.Timeout) // the same connect, TLS and first-byte limits as pages
	}
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) > o.MaxRedirects {
			return fmt.Errorf("stopped after %d redirects", o.MaxRedirects)
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return errors.New("redirected to an address that is not a web address")
		}
		return nil
	}
	return &c
}
