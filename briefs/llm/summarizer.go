package llm

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/sashabaranov/go-openai"

	"briefsmith/briefs"
	"briefsmith/briefs/factcheck"
)

// maxIdle is the longest a stream may go without a chunk.
const maxIdle = 60 * time.Second

// Summarizer writes summaries with an LLM. It implements briefs.Summarizer
// and is safe for concurrent use; at most Config.Concurrency requests are in
// flight at once across all calls.
type Summarizer struct {
	cfg       Config
	client    *openai.Client
	transport *http.Transport
	retry     *retryDoer
	fallback  briefs.Summarizer
	slots     chan struct{} // one per request allowed in flight
	idle      time.Duration // stream watchdog
	mode      atomic.Int32  // the strictest answerMode the server has not rejected
	breaker   breaker       // a lasting failure, shared by the rest of a batch
	log       *slog.Logger
}

// New returns a Summarizer for cfg (zero fields take defaults). fallback
// writes the summary when the LLM fails; with a nil fallback, failures are
// returned as errors. The error reports a configuration that cannot work,
// such as a missing model or a malformed base URL.
func New(cfg Config, fallback briefs.Summarizer) (*Summarizer, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, fmt.Errorf("configure the AI summariser: %w", err)
	}
	tr := newTransport(cfg.Timeout + 5*time.Second) // the per-article context fires first
	retry := &retryDoer{next: &http.Client{Transport: tr}, policy: defaultPolicy(cfg.MaxRetries)}
	s := &Summarizer{
		cfg: cfg, client: newClient(cfg, retry), transport: tr, retry: retry, fallback: fallback,
		slots: make(chan struct{}, cfg.Concurrency), idle: min(maxIdle, cfg.Timeout), log: cfg.Logger,
	}
	if !supportsSchema(cfg) {
		s.mode.Store(int32(modeJSON))
	}
	return s, nil
}

// Name is what Summary.Summarizer says for this summariser's own output.
func (s *Summarizer) Name() string { return "llm:" + s.cfg.Model }

// Close releases idle network connections. The Summarizer stays usable.
func (s *Summarizer) Close() { s.transport.CloseIdleConnections() }

// Summarize writes a summary of a. On success Summarizer is "llm:<model>"
// and Flags lists what the fact checker could not find in the article. When
// the LLM fails for any reason (unreachable, bad key, timeout, garbage) and a
// fallback was given, it returns the fallback's summary with Summarizer
// "offline" and a Notice saying why; it returns an error only when ctx is
// cancelled or the fallback fails too. Progress goes to opts.Status.
func (s *Summarizer) Summarize(ctx context.Context, a briefs.Article, opts briefs.SummaryOptions) (briefs.Summary, error) {
	sum, err := s.summarizeBounded(ctx, a, opts)
	switch {
	case err == nil:
		return sum, nil
	case ctx.Err() != nil:
		return briefs.Summary{}, fmt.Errorf("summarise %s: %w", label(a), ctx.Err())
	}
	return s.fallBack(ctx, a, opts, err)
}

// summarizeBounded asks the LLM while holding one of the request slots,
// unless a lasting failure (bad key, no server) was seen moments ago.
func (s *Summarizer) summarizeBounded(ctx context.Context, a briefs.Article, opts briefs.SummaryOptions) (briefs.Summary, error) {
	if err := s.breaker.tripped(time.Now()); err != nil {
		return briefs.Summary{}, err
	}
	select {
	case s.slots <- struct{}{}:
	default:
		status(opts, "waiting for a free connection to the AI server")
		select {
		case s.slots <- struct{}{}:
		case <-ctx.Done():
			return briefs.Summary{}, ctx.Err()
		}
	}
	defer func() { <-s.slots }()
	sum, err := s.ask(ctx, a, opts)
	if ctx.Err() == nil {
		s.breaker.record(err, time.Now())
	}
	return sum, err
}

// ask sends the article, stepping down from JSON schema to JSON mode to
// plain text when the server rejects a response format, and parses the answer.
func (s *Summarizer) ask(ctx context.Context, a briefs.Article, opts briefs.SummaryOptions) (briefs.Summary, error) {
	if strings.TrimSpace(a.Text) == "" {
		return briefs.Summary{}, errNoText
	}
	ctx, cancel := context.WithTimeoutCause(ctx, s.cfg.Timeout, fmt.Errorf("%w (%s)", errTimeout, seconds(s.cfg.Timeout)))
	defer cancel()
	ctx = withStatus(ctx, opts.Status)
	p := buildPrompt(a, s.promptSettings(opts), opts.Length, s.cfg.ContextTokens)
	if p.cut {
		note(ctx, "the article is long: sending its lead and section endings")
	}
	drops := 0
	for mode := answerMode(s.mode.Load()); ; {
		note(ctx, "asking %s (%s)", s.cfg.Model, mode)
		content, err := s.stream(ctx, chatRequest(s.cfg, p, mode))
		switch {
		case err != nil && mode < modeText && formatRejected(err):
			s.mode.CompareAndSwap(int32(mode), int32(mode+1))
			mode++
			continue
		case errors.Is(err, errDropped) && drops < s.cfg.MaxRetries:
			if err := s.waitBeforeRetry(ctx, drops); err != nil {
				return briefs.Summary{}, err
			}
			drops++
			continue
		case errors.Is(err, errCutOff) && !plausibleStart(content):
			return briefs.Summary{}, errBadAnswer // garbage with no ending, not a cut-off answer
		case err != nil:
			return briefs.Summary{}, timeoutCause(ctx, err)
		}
		return s.finish(a, content, opts)
	}
}

// waitBeforeRetry waits out the backoff before asking again after a
// connection dropped mid-answer, with a status note.
func (s *Summarizer) waitBeforeRetry(ctx context.Context, attempt int) error {
	wait := s.retry.backoff(attempt, nil)
	note(ctx, "%s; retrying in %s (attempt %d of %d)", errDropped, seconds(wait), attempt+2, s.cfg.MaxRetries+1)
	if err := sleep(ctx, wait); err != nil {
		return timeoutCause(ctx, err)
	}
	return nil
}

// plausibleStart reports whether a partial answer reads like the start of a
// summary (JSON, or text under headings), so that its missing end means it
// was cut off rather than that it was never an answer.
func plausibleStart(content string) bool {
	_, err := decodeJSONAnswer(stripThink(content))
	if !errors.Is(err, errNoJSON) {
		return true
	}
	_, ok := parseHeadings(stripThink(content))
	return ok
}

// finish parses the answer and fact-checks it.
// The key is redacted from the answer first: a hostile article can ask the
// model to repeat it, and nothing the model says is shown or stored unredacted.
func (s *Summarizer) finish(a briefs.Article, content string, opts briefs.SummaryOptions) (briefs.Summary, error) {
	sum, err := parseAnswer(Redact(content, s.cfg.APIKey), a, opts.Length.MaxPoints())
	if err != nil {
		return briefs.Summary{}, err
	}
	sum = redactSummary(sum, s.cfg.APIKey)
	sum.Summarizer = s.Name()
	sum.Flags = factcheck.Check(a, sum)
	status(opts, "AI summary received")
	return sum, nil
}

// promptSettings merges the per-call options over the configured prompt.
func (s *Summarizer) promptSettings(opts briefs.SummaryOptions) PromptSettings {
	ps := s.cfg.Prompt
	if opts.Audience != "" {
		ps.Audience = opts.Audience
	}
	if opts.Tone != "" {
		ps.Tone = opts.Tone
	}
	if opts.Language != "" {
		ps.Language = opts.Language
	}
	return ps
}

// status sends a note to opts.Status when set.
func status(opts briefs.SummaryOptions, msg string) {
	if opts.Status != nil {
		opts.Status(msg)
	}
}

// label names an article in errors: its title, else its source.
func label(a briefs.Article) string {
	if a.Title != "" {
		return fmt.Sprintf("%q", a.Title)
	}
	return fmt.Sprintf("%q", a.Source)
}
