package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"briefsmith/briefs"
	"briefsmith/briefs/ingest"
)

// registerTimeout adds the --timeout flag of every command that reads sources.
func registerTimeout(fs *flag.FlagSet) *time.Duration {
	return fs.Duration("timeout", ingest.DefaultTimeout, "how long to wait for each URL (`duration`, e.g. 30s)")
}

// importAll imports every source with briefs.ImportAll (its default bounds:
// a few at once, fewer per web site) and returns the results in the order
// of sources, each error naming its source. A failed source never stops
// the others.
func (c *cli) importAll(ctx context.Context, sources []string, fetchTimeout time.Duration, progress *progressLine) []briefs.ImportResult {
	im := ingest.New(ingest.Options{Stdin: c.in, Timeout: fetchTimeout, UserAgent: briefs.UserAgent(c.version)})
	results := briefs.ImportAll(ctx, im, sources, ingest.BatchOptions(), func(_, _ int, label string) {
		progress.step("Imported", label)
	})
	kept := results[:0]
	for _, r := range results {
		if r.Skipped { // a repeat of an earlier source: a notice, not an article
			c.note(r.Source, r.Notice)
			continue
		}
		r.Err = namedError(r.Source, r.Err)
		kept = append(kept, r)
	}
	return kept
}

// namedError makes sure an error message names the source it is about.
func namedError(src string, err error) error {
	if err == nil || strings.Contains(err.Error(), src) {
		return err
	}
	return fmt.Errorf("%s: %w", src, err)
}

// reportErrors prints every failed source, and every import notice, on
// stderr and says whether any failed.
func (c *cli) reportErrors(results []briefs.ImportResult) bool {
	failed := false
	for _, r := range results {
		if r.Err != nil {
			c.fail(r.Err)
			failed = true
		} else if r.Notice != "" {
			c.note(r.Source, r.Notice)
		}
	}
	return failed
}

// note tells the user something about a source that did not stop it.
func (c *cli) note(source, notice string) {
	fmt.Fprintf(c.errw, "%s: note: %s: %s\n", programName, source, notice)
}

// exitStatus reports an error writing the output and turns the outcome of
// a command over several sources into its exit status.
func (c *cli) exitStatus(failed bool, writeErr error) int {
	if writeErr != nil {
		c.fail(writeErr)
		return exitFailed
	}
	if failed {
		return exitFailed
	}
	return exitOK
}

// errorJSON is the JSON a failed source becomes in import and summarize
// output. Its field names are part of the command line's contract.
type errorJSON struct {
	Source string `json:"source"`
	Error  string `json:"error"`
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
	if f, ok := c.errw.(*os.File); !ok || !isTerminal(f) || total < 2 {
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
	if len(label) > 50 {
		label = "…" + label[len(label)-49:]
	}
	fmt.Fprintf(p.w, "\r\033[K%s %d/%d: %s", verb, p.done, p.total, label)
	if p.done == p.total {
		fmt.Fprint(p.w, "\r\033[K")
	}
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

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
