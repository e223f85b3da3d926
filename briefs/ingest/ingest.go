package ingest

import (
	"context"
	"io"
	"net/http"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"briefsmith/briefs"
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
}

// Importer turns sources into articles. It implements briefs.Importer and
// is safe for concurrent use.
type Importer struct {
	opts    Options
	fetcher *fetch.Fetcher
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
	})}
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
// address, a file:// address or a path to a plain-text, Markdown or HTML
// file. Errors are *Error values.
func (im *Importer) Import(ctx context.Context, source string) (briefs.Article, error) {
	if err := ctx.Err(); err != nil {
		return briefs.Article{}, fail(source, "cancelled", err)
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
	return convert(ctx, origin{source: label, noun: "text"}, []byte(text))
}
