package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// HeaderTimeout is the longest wait for the first byte of a response once
// the request is sent: 15 s, or the whole fetch's limit if shorter.
func HeaderTimeout(overall time.Duration) time.Duration { return min(15*time.Second, overall) }

// stageTimeout explains a wait for the response's first byte that ran out
// before the whole fetch's deadline (net/http reports it as a
// context.DeadlineExceeded, which alone would name the overall limit), or
// returns "" for any other error. When the first-byte limit is the whole
// limit (a fetch of 15 s or less) the two run out together, and which one
// net/http reports is chance: the whole limit's message is given then.
func (f *Fetcher) stageTimeout(ctx context.Context, err error) string {
	if ctx.Err() != nil || !errors.Is(err, context.DeadlineExceeded) || HeaderTimeout(f.opts.Timeout) >= f.opts.Timeout ||
		!strings.Contains(err.Error(), "timeout awaiting response headers") {
		return ""
	}
	return fmt.Sprintf("no answer within %s (the server took the request but sent nothing back); try again later",
		shortDuration(HeaderTimeout(f.opts.Timeout)))
}

// shortDuration is d without zero trailing units: 15s, 2m, not 2m0s.
func shortDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	return s
}

// Transport is an HTTP transport with the fetcher's connection limits
// (connect, TLS and first-byte timeouts) for a fetch of at most overall,
// for callers that make their own requests, such as the feed reader.
func Transport(overall time.Duration) *http.Transport {
	return newTransport(overall, min(10*time.Second, overall))
}
