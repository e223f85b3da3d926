// Package fetch downloads one web page for the importers, with the limits
// a desktop app needs against slow, huge or hostile servers: an overall
// deadline plus dial, TLS and header timeouts, a size cap (a larger body is
// an error, never silently cut), a redirect limit, http and https only,
// and an allowlist of content types.
package fetch

import (
	"context"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"time"

	"briefsmith/briefs/ingest/internal/humanize"
)

// Options are the fetcher's limits. Every field must be set (the importer
// fills in its defaults); Client may be nil.
type Options struct {
	Timeout        time.Duration // the whole fetch, body included
	MaxBytes       int64         // the most body bytes accepted, after decompression
	MaxRedirects   int           // the most redirects followed
	UserAgent      string        // sent with every request
	AcceptLanguage string        // sent with every request
	Client         *http.Client  // optional; its Transport and Jar are used
}

// Page is a fetched web page.
type Page struct {
	Body        []byte
	ContentType string   // the Content-Type header as sent ("" when missing)
	MediaType   string   // its media type, lower case ("" when missing)
	URL         *url.URL // where the page was found, after redirects
}

// allowedTypes are the media types the importers can read.
var allowedTypes = map[string]bool{
	"text/html": true, "application/xhtml+xml": true,
	"text/plain": true, "text/markdown": true, "text/x-markdown": true,
}

// Fetcher downloads pages. It is safe for concurrent use.
type Fetcher struct {
	opts   Options
	client *http.Client
}

// New returns a fetcher with the given limits.
func New(opts Options) *Fetcher {
	f := &Fetcher{opts: opts}
	f.client = f.newClient(opts.Client)
	return f
}

// newClient copies base (or builds a client with its own transport) and
// installs the redirect policy.
func (f *Fetcher) newClient(base *http.Client) *http.Client {
	var c http.Client
	if base != nil {
		c = *base
	} else {
		c.Transport = newTransport(f.opts.Timeout, f.dialTimeout())
	}
	c.CheckRedirect = f.checkRedirect
	return &c
}

// dialTimeout is the longest wait for a connection.
func (f *Fetcher) dialTimeout() time.Duration { return min(10*time.Second, f.opts.Timeout) }

// newTransport is a transport with connection-level timeouts, each no
// longer than the overall one.
func newTransport(overall, dial time.Duration) *http.Transport {
	dialer := &net.Dialer{Timeout: dial, KeepAlive: 30 * time.Second}
	return &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   min(10*time.Second, overall),
		ResponseHeaderTimeout: HeaderTimeout(overall),
		IdleConnTimeout:       90 * time.Second,
		MaxIdleConns:          8,
		ForceAttemptHTTP2:     true,
	}
}

// Get downloads the page at rawURL.
func (f *Fetcher) Get(ctx context.Context, rawURL string) (Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Page{}, problem(err, "not a web address (only http:// and https:// links can be fetched)")
	}
	ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	req, err := f.newRequest(ctx, u)
	if err != nil {
		return Page{}, problem(err, "not a usable web address")
	}
	resp, err := f.client.Do(req)
	if text := f.stageTimeout(ctx, err); text != "" {
		return Page{}, problem(err, text)
	}
	if err != nil {
		return Page{}, f.explain(ctx, err, "no answer within %s")
	}
	defer resp.Body.Close()
	page, err := f.read(resp)
	if err != nil {
		return Page{}, f.explain(ctx, err, "the page did not finish loading within %s")
	}
	return page, nil
}

// newRequest is a GET for u carrying the fetcher's headers.
func (f *Fetcher) newRequest(ctx context.Context, u *url.URL) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8")
	if f.opts.AcceptLanguage != "" {
		req.Header.Set("Accept-Language", f.opts.AcceptLanguage)
	}
	return req, nil
}

// read checks the status and type of resp and reads its body within the
// size cap.
func (f *Fetcher) read(resp *http.Response) (Page, error) {
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Page{}, problem(ErrStatus, "the server answered "+statusText(resp))
	}
	ct := resp.Header.Get("Content-Type")
	mt, _, _ := mime.ParseMediaType(ct)
	if ct != "" && !allowedTypes[mt] {
		return Page{}, problem(ErrContentType, fmt.Sprintf("the server sent %s, not a web page", firstNonEmpty(mt, ct)))
	}
	if resp.ContentLength > f.opts.MaxBytes {
		return Page{}, f.tooLarge()
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opts.MaxBytes+1))
	if err != nil {
		return Page{}, err
	}
	if int64(len(body)) > f.opts.MaxBytes {
		return Page{}, f.tooLarge()
	}
	return Page{Body: body, ContentType: ct, MediaType: mt, URL: resp.Request.URL}, nil
}

func (f *Fetcher) tooLarge() error {
	return problem(ErrTooLarge, "the page is larger than the "+humanize.Bytes(f.opts.MaxBytes)+" limit")
}

// statusText is "404 Not Found", also when the server sent only a code.
func statusText(resp *http.Response) string {
	if text := http.StatusText(resp.StatusCode); text != "" {
		return fmt.Sprintf("%d %s", resp.StatusCode, text)
	}
	return resp.Status
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// checkRedirect stops after the redirect limit and refuses to leave http
// and https.
func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > f.opts.MaxRedirects {
		return problem(ErrTooManyRedirects, fmt.Sprintf("stopped after %d redirects", f.opts.MaxRedirects))
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return problem(ErrBadRedirect, fmt.Sprintf("the server redirected to %s, which is not a web address", req.URL.Redacted()))
	}
	return nil
}
