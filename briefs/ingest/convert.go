package ingest

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/url"
	"strings"

	"briefsmith/briefs"
	"briefsmith/briefs/ingest/markdown"
	"briefsmith/briefs/ingest/plaintext"
	"briefsmith/briefs/ingest/sniff"
	"briefsmith/briefs/ingest/textclean"
	"briefsmith/briefs/ingest/webpage"
)

// origin describes where a run of bytes came from, for reading and for
// error messages.
type origin struct {
	source      string     // as shown in errors
	noun        string     // "file", "page", "input" or "text"
	kind        sniff.Kind // the format, when known
	known       bool       // whether kind was decided by name or header
	contentType string     // the HTTP Content-Type header, if any
	pageURL     *url.URL   // where a page was fetched from, if anywhere
}

// convert reads b as an article: it refuses binary and empty content,
// settles the format, and hands over to the format's reader.
func convert(ctx context.Context, o origin, b []byte) (briefs.Article, error) {
	if name := sniff.BinaryFormat(b); name != "" {
		return briefs.Article{}, fail(o.source, fmt.Sprintf("not a text, Markdown or HTML %s (looks like %s)", o.noun, name), ErrNotText)
	}
	if !o.known {
		o.kind = sniff.Content(textclean.Decode(b[:min(len(b), 4096)]))
	}
	a, err := read(ctx, o, b)
	switch {
	case errors.Is(err, webpage.ErrNoText) || (err == nil && a.Text == ""):
		return briefs.Article{}, fail(o.source, "the "+o.noun+" is empty (no text found)", ErrEmpty)
	case ctx.Err() != nil:
		return briefs.Article{}, fail(o.source, "cancelled", ctx.Err())
	case err != nil: // the readers' errors are already in plain words
		return briefs.Article{}, fail(o.source, err.Error(), err)
	}
	a.Source = o.source
	return tidy(a), nil
}

// read hands b to the reader for o.kind.
func read(ctx context.Context, o origin, b []byte) (briefs.Article, error) {
	switch o.kind {
	case sniff.HTML:
		return webpage.Extract(ctx, b, o.contentType, o.pageURL)
	case sniff.Markdown:
		return markdown.Parse(decodeText(b, o.contentType)), nil
	}
	return plaintext.Parse(decodeText(b, o.contentType)), nil
}

// decodeText decodes and cleans non-HTML text, honouring a charset given
// in contentType.
func decodeText(b []byte, contentType string) string {
	_, params, _ := mime.ParseMediaType(contentType)
	return textclean.Clean(textclean.DecodeLabel(b, params["charset"]))
}

// tidy makes every text field of a clean: no invisible characters, one
// line for the metadata, blank-line-separated paragraphs for the text.
func tidy(a briefs.Article) briefs.Article {
	one := func(s string) string { return textclean.Squeeze(textclean.Clean(s)) }
	a.Title, a.Byline, a.Site, a.Language = one(a.Title), one(a.Byline), one(a.Site), one(a.Language)
	a.Text = textclean.JoinParagraphs(strings.Split(textclean.Clean(a.Text), "\n\n"))
	return a
}

// kindOfMediaType maps an HTTP media type to a format; ok is false when
// the server did not say.
func kindOfMediaType(mt string) (sniff.Kind, bool) {
	switch mt {
	case "text/html", "application/xhtml+xml":
		return sniff.HTML, true
	case "text/markdown", "text/x-markdown":
		return sniff.Markdown, true
	case "text/plain":
		return sniff.Text, true
	}
	return sniff.Text, false
}
