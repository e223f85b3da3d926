package main

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

// defaultFetchTimeout is how long a URL may take, start to finish.
const defaultFetchTimeout = 30 * time.Second

// registerTimeout adds the --timeout flag of every command that reads sources.
func registerTimeout(fs *flag.FlagSet) *time.Duration {
	return fs.Duration("timeout", defaultFetchTimeout, "how long to wait for each URL (`duration`, e.g. 30s)")
}

// importConcurrency bounds how many sources are read or fetched at once.
const importConcurrency = 4

// sourceResult is what became of one SOURCE operand.
type sourceResult struct {
	Source  string
	Article briefs.Article
	Err     error
}

// importAll imports every source, a few at a time, and returns the results
// in the order of sources. A failed source never stops the others.
func (c *cli) importAll(ctx context.Context, sources []string, fetchTimeout time.Duration, progress *progressLine) []sourceResult {
	im := ingest.New(ingest.Options{Stdin: c.in, Timeout: fetchTimeout, UserAgent: programName + "/" + version})
	results := make([]sourceResult, len(sources))
	sem := make(chan struct{}, importConcurrency)
	var wg sync.WaitGroup
	for i, src := range sources {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			a, err := im.Import(ctx, src)
			results[i] = sourceResult{Source: src, Article: a, Err: namedError(src, err)}
			progress.step("Imported", src)
		}()
	}
	wg.Wait()
	return results
}

// namedError makes sure an error message names the source it is about.
func namedError(src string, err error) error {
	if err == nil || strings.Contains(err.Error(), src) {
		return err
	}
	return fmt.Errorf("%s: %w", src, err)
}

// reportErrors prints every failed source on stderr and says whether any
// failed.
func (c *cli) reportErrors(results []sourceResult) bool {
	failed := false
	for _, r := range results {
		if r.Err != nil {
			c.fail(r.Err)
			failed = true
		}
	}
	return failed
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
