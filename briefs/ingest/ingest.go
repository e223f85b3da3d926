package ingest

import (
	"context"
	"errors"
	"io"
	"net/http"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"briefsmith/briefs"
	"briefsmith/briefs/ingest/feed"
	"briefsmith/briefs/ingest/fetch"
)

// Defaults used when an Options field is zero.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 10 << 20 // 10 MiB
	DefaultMaxRedirects = 5
)

// Options tune an Importer. The zero value gives sensible defaults.
type Options struct {
	Timeout      time.Duration // whole URL fetch; default 30 s
	MaxBytes     int64         // cap for a URL body, a local file, standard input or pasted text; default 10 MiB
	MaxRedirects int           // default 5
	UserAgent    string        // default briefs.UserAgent of the module version
	Stdin        io.Reader     // read for the source "-"; default os.Stdin
	Client       *http.Client  // optional HTTP client (tests); its redirect policy is replaced

	// Since keeps, when a feed is expanded, the entries published within
	// this long before now (entries without a date are kept); zero keeps
	// all. Limit keeps at most this many entries per feed, newest first;
	// zero keeps all.
	Since time.Duration
	Limit int
	// MaxFolderFiles is the most importable files a folder may hold;
	// default 500.
	MaxFolderFiles int
	// PDFTool is the pdftotext program; default "pdftotext" on PATH.
	PDFTool string
}

// Defaults for the options added with feeds and folders.
const (
	DefaultMaxFolderFiles = 500
	// feedMemory is how many feed entries the importer remembers between
	// Expand and Import, for their fallback content.
	feedMemory = 4096
	// pageMemory is how many pages Expand fetched for Import to reuse.
	pageMemory = 64
)

// Importer turns sources into articles. It implements briefs.Importer and
// is safe for concurrent use.
type Importer struct {
	opts      Options
	fetcher   *fetch.Fetcher
	rawClient *http.Client    // for feeds, which the fetcher does not accept
	entries   *memo[feedItem] // feed entries met by Expand or FeedEntries
	pages     *pages          // pages Expand fetched, for Import
}

var _ briefs.Importer = (*Importer)(nil)

// New returns an importer, filling in defaults for zero options.
func New(opts Options) *Importer {
	opts = withDefaults(opts)
	return &Importer{opts: opts, fetcher: fetch.New(fetch.Options{
		Timeout:        opts.Timeout,
		MaxBytes:       opts.MaxBytes,
		MaxRedirects:   opts.MaxRedirects,
		UserAgent:      opts.UserAgent,
		AcceptLanguage: "en, *;q=0.5",
		Client:         opts.Client,
	}), rawClient: newRawClient(opts), entries: newMemo[feedItem](feedMemory), pages: newMemo[fetch.Page](pageMemory)}
}

func withDefaults(o Options) Options {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.UserAgent == "" {
		o.UserAgent = briefs.UserAgent(version())
	}
	if o.Stdin == nil {
		o.Stdin = os.Stdin
	}
	if o.MaxFolderFiles <= 0 {
		o.MaxFolderFiles = DefaultMaxFolderFiles
	}
	return o
}

// version is the module version the binary was built from, or "dev".
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return strings.TrimPrefix(info.Main.Version, "v")
	}
	return "dev"
}

// Import reads one source: "-" for standard input, an http or https
// address, a file:// address or a path to a plain-text, Markdown, HTML,
// PDF, Word or e-mail file, or a source Expand returned (a feed entry,
// "news.eml#story=2"). A feed, an OPML list or a folder is an error here:
// Expand turns it into its articles. Errors are *Error values.
func (im *Importer) Import(ctx context.Context, source string) (briefs.Article, error) {
	if err := ctx.Err(); err != nil {
		return briefs.Article{}, fail(source, "cancelled", err)
	}
	if item, ok := im.entries.get(source); ok {
		return im.importEntry(ctx, source, item)
	}
	if base, key, n, ok := splitPart(source); ok {
		return im.importPart(ctx, source, base, key, n)
	}
	switch {
	case source == "-":
		return im.importStdin(ctx)
	case IsURL(source):
		return im.importURL(ctx, source)
	case strings.HasPrefix(strings.ToLower(source), "file://"):
		return im.importFileURL(ctx, source)
	case schemePattern.MatchString(source):
		return briefs.Article{}, fail(source, "only http:// and https:// addresses can be imported", ErrScheme)
	}
	return im.importFile(ctx, source, source)
}

// importPart imports the nth story of a newsletter or entry of a feed.
func (im *Importer) importPart(ctx context.Context, source, base, key string, n int) (briefs.Article, error) {
	if key == "entry" {
		if _, err := im.FeedEntries(ctx, base); err != nil {
			if IsURL(source) && errors.Is(err, feed.ErrNotFeed) {
				return im.importURL(ctx, source) // a page whose address ends in "#entry=N"
			}
			return briefs.Article{}, err
		}
		item, ok := im.entries.get(source)
		if !ok {
			return briefs.Article{}, fail(source, "the feed has no such entry", ErrNotFound)
		}
		return im.importEntry(ctx, source, item)
	}
	path, err := localPath(base)
	if err != nil {
		return briefs.Article{}, err
	}
	b, err := im.readFile(base, path)
	if err != nil {
		return briefs.Article{}, err
	}
	return im.importEmail(ctx, source, b, n)
}

// ImportText reads text the user pasted (label names it in errors, e.g.
// "pasted text"). A pasted http or https address on its own is fetched
// instead. The text may be plain, Markdown or HTML; its content decides.
func (im *Importer) ImportText(ctx context.Context, label, text string) (briefs.Article, error) {
	if label == "" {
		label = "pasted text"
	}
	if t := strings.TrimSpace(text); IsURL(t) && !strings.ContainsAny(t, " \t\n") {
		return im.Import(ctx, t)
	}
	if err := ctx.Err(); err != nil {
		return briefs.Article{}, fail(label, "cancelled", err)
	}
	if int64(len(text)) > im.opts.MaxBytes {
		return briefs.Article{}, im.tooLarge(label, "text", int64(len(text)))
	}
	a, err := convert(ctx, origin{source: label, noun: "text"}, []byte(text))
	if err != nil {
		return briefs.Article{}, err
	}
	a.Kind = briefs.KindPasted
	return a, nil
}
