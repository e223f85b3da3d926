package llm

import (
	"context"
	"errors"
	"fmt"

	"briefsmith/briefs"
)

// Error is what Summarize returns when the LLM fails and there is no
// fallback. Its message says why in plain words, with any key redacted.
type Error struct {
	Reason string // plain words, e.g. "the server refused the API key (401)"
	Status int    // the HTTP status behind the failure, or 0
	err    error
}

// Error returns the plain-words message.
func (e *Error) Error() string { return "AI summary unavailable: " + e.Reason }

// Unwrap gives the underlying error, for errors.Is checks such as
// context.DeadlineExceeded. Show Error(), not the underlying error's text.
func (e *Error) Unwrap() error { return e.err }

// KeyRejected reports whether the server refused the API key (401 or 403),
// so the caller can ask for a new one.
func (e *Error) KeyRejected() bool { return e.Status == 401 || e.Status == 403 }

// offlineName is Summary.Summarizer for the fallback's output.
const offlineName = "offline"

// fallBack logs why the LLM failed and returns the fallback's summary with a
// notice, or an *Error when there is no fallback.
func (s *Summarizer) fallBack(ctx context.Context, a briefs.Article, opts briefs.SummaryOptions, cause error) (briefs.Summary, error) {
	why := &Error{Reason: Redact(reason(cause, s.cfg), s.cfg.APIKey), Status: httpStatus(cause), err: cause}
	s.log.Warn("AI summary failed", "article", Redact(label(a), s.cfg.APIKey), "reason", why.Reason)
	if s.fallback == nil {
		return briefs.Summary{}, why
	}
	status(opts, "AI summary unavailable ("+why.Reason+"); extracting automatically")
	sum, err := s.fallback.Summarize(ctx, a, opts)
	if err != nil {
		return briefs.Summary{}, fmt.Errorf("offline summary after the AI failed (%s): %w", why.Reason, err)
	}
	sum.Summarizer = offlineName
	sum.Notice = fmt.Sprintf("AI summary unavailable (%s); extracted automatically", why.Reason)
	return sum, nil
}

// Why a request was not even sent, or gave up.
var (
	errNoText  = errors.New("the article has no text")
	errTimeout = errors.New("the AI server did not answer within the time limit")
)

// timeoutCause replaces the bare "context deadline exceeded" of an
// article's own timeout with the timeout's plain-words cause.
func timeoutCause(ctx context.Context, err error) error {
	if cause := context.Cause(ctx); errors.Is(cause, errTimeout) {
		return cause
	}
	return err
}
