package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"briefsmith/briefs"
	"briefsmith/briefs/ingest"
	"briefsmith/briefs/ingest/webpage"
)

// maxTimeout is the longest --timeout accepted.
const maxTimeout = 10 * time.Minute

// sourceFlags are the flags of every command that reads sources.
type sourceFlags struct {
	timeout, since time.Duration
	limit          int
}

func (f *sourceFlags) register(fs *flag.FlagSet) {
	fs.DurationVar(&f.timeout, "timeout", ingest.DefaultTimeout, "how long to wait for each URL (`duration` up to 10m, e.g. 30s)")
	fs.DurationVar(&f.since, "since", 0, "import only the feed entries published within this `duration` (e.g. 24h; entries without a date are kept)")
	fs.IntVar(&f.limit, "limit", 0, "import at most `N` entries of each feed, newest first (0: all)")
}

// check refuses a --timeout that is not positive (0 never means "no
// limit" nor "the default") or longer than maxTimeout, and a negative
// --since or --limit.
func (f *sourceFlags) check() error {
	switch {
	case f.timeout <= 0:
		return usage(msgTimeoutNotPositive, f.timeout)
	case f.timeout > maxTimeout:
		return usage(msgTimeoutTooLong, shortDuration(maxTimeout), f.timeout)
	case f.since < 0:
		return usage(msgBadSince, f.since)
	case f.limit < 0:
		return usage(msgBadLimit, f.limit)
	}
	return nil
}

// shortDuration is d without trailing zero units: 10m, not 10m0s.
func shortDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// importAll imports every source with briefs.ImportAll and
// ingest.BatchOptions (its default bounds: a few at once, fewer per web
// site), feeds, lists of feeds, folders and newsletters expanded into
// their articles, and returns the results in order, each error naming its
// source. A failed source never stops the others. The same address met
// twice is imported once (a note says so, and it is left out of the
// results) and the same story from several outlets becomes one result,
// whose notice says so.
func (c *cli) importAll(ctx context.Context, sources []string, f sourceFlags, progress *progressLine) []briefs.ImportResult {
	im := ingest.New(ingest.Options{Stdin: c.in, Timeout: f.timeout, Since: f.since, Limit: f.limit, UserAgent: briefs.UserAgent(c.version)})
	results := briefs.ImportAll(ctx, im, sources, ingest.BatchOptions(), func(_, total int, label string) {
		progress.expect(total)
		progress.step("Imported", label)
	})
	kept := results[:0]
	for _, r := range results {
		if r.Skipped { // a repeat of an earlier source: a note, not an article
			c.note(r.Source, r.Notice)
			continue
		}
		r.Err = sourceError(r.Source, r.Err)
		kept = append(kept, r)
	}
	return kept
}

// cancelledError is a source that was not finished when the run was
// cancelled (Ctrl-C).
type cancelledError struct{ source string }

func (e cancelledError) Error() string { return msgCancelledSource.text(shown(e.source)) }

// sourceError is err as the command line reports it for src: a
// cancellation as a cancelledError, anything else naming src.
func sourceError(src string, err error) error {
	if errors.Is(err, context.Canceled) {
		return cancelledError{src}
	}
	return namedError(src, err)
}

func isCancelled(err error) bool {
	var ce cancelledError
	return errors.As(err, &ce)
}

// namedError makes sure an error message names the source it is about.
func namedError(src string, err error) error {
	if err == nil || strings.Contains(err.Error(), src) {
		return err
	}
	return fmt.Errorf("%s: %w", src, err)
}

// outcome is what a command over several sources found: whether any
// failed, and how many were cut short by a cancel, of how many.
type outcome struct {
	failed           bool
	cancelled, total int
}

// reportErrors prints every failed source, and every import notice, on
// stderr. Sources cut short by a cancel are counted, not listed: one
// msgCancelled line says it once the output is written.
func (c *cli) reportErrors(results []briefs.ImportResult) outcome {
	o := outcome{total: len(results)}
	for _, r := range results {
		o.add(r.Err)
		switch {
		case r.Err != nil && !isCancelled(r.Err):
			c.fail(r.Source, r.Err)
		case r.Err == nil && r.Notice != "":
			c.note(r.Source, r.Notice)
		}
	}
	return o
}

func (o *outcome) add(err error) {
	if err != nil {
		o.failed = true
	}
	if isCancelled(err) {
		o.cancelled++
	}
}

// note tells the user something about a source that did not stop it.
func (c *cli) note(source, notice string) {
	c.say(msgNote, shown(source), notice)
}

// exitStatus reports an error writing the output, then a cancel, and
// turns the outcome of a command over several sources into its exit
// status.
func (c *cli) exitStatus(o outcome, writeErr error) int {
	if writeErr != nil {
		c.say(msgWriteFailed, "the output", writeErr)
		return exitFailed
	}
	if o.cancelled > 0 {
		c.say(msgCancelled, o.cancelled, o.total)
	}
	if o.failed {
		return exitFailed
	}
	return exitOK
}

// errorJSON is the JSON a failed source becomes in import and summarize
// output. Its field names are part of the command line's contract.
type errorJSON struct {
	Source string `json:"source"`
	Error  string `json:"error"`
	// Kind names a wall ("cookie-wall", "paywall", "login-page",
	// "too-short") when the page could not be read for that reason.
	Kind string `json:"kind,omitempty"`
}

// newErrorJSON is the JSON of a failed source.
func newErrorJSON(source string, err error) errorJSON {
	return errorJSON{Source: source, Error: err.Error(), Kind: webpage.FailureKind(err)}
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// outputFormat validates the --format flag shared by import and summarize.
func outputFormat(f string) (string, bool) {
	switch strings.ToLower(f) {
	case "json":
		return "json", true
	case "md", "markdown":
		return "md", true
	}
	return "", false
}

// progressLine prints "Summarised 3/20: source" on one rewritten line of
// stderr when stderr is a terminal, and nothing otherwise.
type progressLine struct {
	mu    sync.Mutex
	w     io.Writer
	total int
	done  int
}

func (c *cli) newProgress(total int) *progressLine {
	if f, ok := c.errw.(*os.File); !ok || !isTerminal(f) {
		return nil
	}
	return &progressLine{w: c.errw, total: total}
}

func (p *progressLine) step(verb, label string) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	label = lastRunes(shown(label), 50)
	fmt.Fprintf(p.w, "\r\033[K%s %d/%d: %s", verb, p.done, p.total, label)
	if p.done == p.total {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// expect sets the total once expansion has told it (a feed's entries).
func (p *progressLine) expect(total int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.total = total
	p.mu.Unlock()
}

// reset starts counting again for the next stage of the pipeline.
func (p *progressLine) reset(total int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.done, p.total = 0, total
	p.mu.Unlock()
}

// lastRunes is the end of s, at most n characters long, with "…" in front
// when it was cut.
func lastRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return "…" + string(r[len(r)-n+1:])
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
