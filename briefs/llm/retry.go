package llm

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/sashabaranov/go-openai"
)

// retryPolicy says when and how long to wait before trying a request again.
// The defaults follow the official OpenAI clients.
type retryPolicy struct {
	maxRetries    int
	base          time.Duration // first backoff; doubles each retry
	maxBackoff    time.Duration
	maxRetryAfter time.Duration // longest server-requested wait honoured
}

// defaultPolicy retries up to n times: 0.5 s, 1 s, 2 s … capped at 8 s,
// minus up to 25% jitter; a Retry-After of up to 60 s is honoured.
func defaultPolicy(n int) retryPolicy {
	return retryPolicy{maxRetries: n, base: 500 * time.Millisecond, maxBackoff: 8 * time.Second, maxRetryAfter: 60 * time.Second}
}

// retryDoer wraps an HTTPDoer with retries for transient failures: 408, 409,
// 429 (but not insufficient_quota), 5xx and dropped connections. It never
// retries other 4xx (400, 401, 403, 404): those will not get better. The
// wait honours retry-after-ms and Retry-After, is reported as a status note,
// and ends early when the request's context is done.
type retryDoer struct {
	next   openai.HTTPDoer
	policy retryPolicy
}

// Do sends req, retrying as the policy allows. The last response or error
// is returned as is, with its body intact.
func (d *retryDoer) Do(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	for attempt := 0; ; attempt++ {
		resp, err := d.next.Do(req)
		why, wait, retry := d.verdict(ctx, resp, err, attempt)
		if !retry {
			return resp, err
		}
		discard(resp)
		next, rerr := rewind(req)
		if rerr != nil {
			return nil, rerr
		}
		note(ctx, "%s; retrying in %s (attempt %d of %d)", why, seconds(wait), attempt+2, d.policy.maxRetries+1)
		if err := sleep(ctx, wait); err != nil {
			return nil, err
		}
		req = next
	}
}

// verdict decides whether to retry after this attempt, why, and how long
// to wait first.
func (d *retryDoer) verdict(ctx context.Context, resp *http.Response, err error, attempt int) (string, time.Duration, bool) {
	if attempt >= d.policy.maxRetries || ctx.Err() != nil {
		return "", 0, false
	}
	why, ok := "", false
	if err != nil {
		why, ok = "the connection failed", retryableNetError(err)
	} else {
		why, ok = fmt.Sprintf("the server answered %d", resp.StatusCode), retryableResponse(resp)
	}
	if !ok {
		return "", 0, false
	}
	wait := d.backoff(attempt, resp)
	if deadline, has := ctx.Deadline(); has && time.Until(deadline) < wait {
		return "", 0, false // the wait would outlast the timeout: fail now
	}
	return why, wait, true
}

// retryableResponse reports whether a status is worth retrying, honouring
// the x-should-retry header and refusing 429s that mean "out of quota".
func retryableResponse(resp *http.Response) bool {
	switch resp.Header.Get("x-should-retry") {
	case "true":
		return true
	case "false":
		return false
	}
	switch {
	case resp.StatusCode == http.StatusTooManyRequests:
		return !isQuotaExhausted(resp)
	case resp.StatusCode == http.StatusRequestTimeout, resp.StatusCode == http.StatusConflict:
		return true
	case resp.StatusCode >= 500 && resp.StatusCode != http.StatusNotImplemented:
		return true
	}
	return false
}

// maxErrorBody bounds how much of an error body is read to classify it.
const maxErrorBody = 64 << 10

// isQuotaExhausted peeks at a 429 body for OpenAI's insufficient_quota and
// puts the bytes back so the caller still sees the whole body.
func isQuotaExhausted(resp *http.Response) bool {
	if resp.Body == nil {
		return false
	}
	head, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	resp.Body = struct {
		io.Reader
		io.Closer
	}{io.MultiReader(bytes.NewReader(head), resp.Body), resp.Body}
	return bytes.Contains(head, []byte("insufficient_quota"))
}

// retryableNetError reports whether a transport error may be transient.
// A refused connection or an unknown host will not fix itself in seconds.
func retryableNetError(err error) bool {
	var dnsErr *net.DNSError
	switch {
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return false
	case errors.Is(err, syscall.ECONNREFUSED), errors.As(err, &dnsErr):
		return false
	}
	return true
}

// backoff is the wait before retry number attempt+1: the server's
// retry-after-ms or Retry-After when present and sane, else exponential
// backoff with jitter.
func (d *retryDoer) backoff(attempt int, resp *http.Response) time.Duration {
	if resp != nil {
		if wait, ok := retryAfter(resp.Header, time.Now()); ok && wait > 0 {
			return min(wait, d.policy.maxRetryAfter)
		}
	}
	wait := min(d.policy.base<<attempt, d.policy.maxBackoff)
	return wait - time.Duration(rand.Float64()*0.25*float64(wait))
}

// retryAfter reads retry-after-ms, then Retry-After in seconds or as an
// HTTP date.
func retryAfter(h http.Header, now time.Time) (time.Duration, bool) {
	if ms, err := strconv.ParseFloat(strings.TrimSpace(h.Get("retry-after-ms")), 64); err == nil && ms >= 0 {
		return time.Duration(ms * float64(time.Millisecond)), true
	}
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil && s >= 0 {
		return time.Duration(s * float64(time.Second)), true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// rewind returns a copy of req with a fresh body for the next attempt.
func rewind(req *http.Request) (*http.Request, error) {
	next := req.Clone(req.Context())
	if req.Body == nil || req.Body == http.NoBody {
		return next, nil
	}
	if req.GetBody == nil {
		return nil, errors.New("cannot retry: the request body cannot be replayed")
	}
	body, err := req.GetBody()
	if err != nil {
		return nil, fmt.Errorf("replay request body: %w", err)
	}
	next.Body = body
	return next, nil
}

// discard drains a little of a response we will not use, so the connection
// can be reused, and closes it.
func discard(resp *http.Response) {
	if resp != nil && resp.Body != nil {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, maxErrorBody))
		resp.Body.Close()
	}
}

// sleep waits for d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
