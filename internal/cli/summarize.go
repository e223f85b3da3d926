package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"briefsmith/briefs"
)

// summaryFlags are the flags summarize and compose share.
type summaryFlags struct {
	length      string
	llm         bool
	provider    string
	baseURL     string
	model       string
	concurrency int
	src         sourceFlags
}

func (f *summaryFlags) register(fs *flag.FlagSet) {
	f.src.register(fs)
	fs.StringVar(&f.length, "length", "standard", "summary `length`: brief (1 sentence a section), standard (2) or detailed (3)")
	fs.BoolVar(&f.llm, "llm", false, "summarise with an LLM (OpenAI-compatible endpoint); falls back to the offline summariser on any failure")
	fs.StringVar(&f.provider, "provider", "", "LLM `provider` preset: openai, azure, ollama, lmstudio or custom (implies --llm)")
	fs.StringVar(&f.baseURL, "base-url", "", "LLM endpoint `URL`, e.g. http://localhost:11434/v1 (implies --llm; default $OPENAI_BASE_URL or the settings file)")
	fs.StringVar(&f.model, "model", "", "LLM `model` name (implies --llm; default $OPENAI_MODEL or the settings file)")
	fs.IntVar(&f.concurrency, "concurrency", 0, "how many articles to summarise at once (`n`; default 4 for an LLM, one per core offline)")
}

// options validates the flags into summary options.
func (f *summaryFlags) options() (briefs.SummaryOptions, error) {
	l, ok := briefs.ParseLength(f.length)
	switch {
	case !ok:
		return briefs.SummaryOptions{}, usage(msgBadLength, f.length)
	case f.concurrency < 0:
		return briefs.SummaryOptions{}, usage(msgBadConcurrency, f.concurrency)
	}
	return briefs.SummaryOptions{Length: l}, f.src.check()
}

func (f *summaryFlags) wantsLLM() bool {
	return f.llm || f.provider != "" || f.baseURL != "" || f.model != ""
}

// summarizedItem is one SOURCE after summarising. Its JSON field names are
// part of the command line's contract.
type summarizedItem struct {
	Source  string         `json:"source"`
	Article briefs.Article `json:"article"`
	Summary briefs.Summary `json:"summary"`
}

func (c *cli) runSummarize(ctx context.Context, args []string) int {
	fs := c.flagSet("summarize", "SOURCE...", "Print a three-section summary (What Happened, Why It Matters, What's Next)\nof each SOURCE: a text, Markdown or HTML file, an http(s) URL, or - for standard input.")
	format := fs.String("format", "json", "output `format`: json or md")
	var sf summaryFlags
	sf.register(fs)
	sources, code, ok := c.parse(fs, args)
	if !ok {
		return code
	}
	f, err := checkSources("summarize", *format, sf.src, sources)
	opts, optErr := sf.options()
	if err = errors.Join(err, optErr); err != nil {
		return c.reportUsage("summarize", firstError(err))
	}
	results, o := c.summarizeSources(ctx, sources, &sf, opts)
	return c.exitStatus(o, c.writeSummaries(f, results))
}

// summarizedSource pairs an import result with its summary.
type summarizedSource struct {
	briefs.ImportResult
	Summary briefs.Summary
}

// summarizeSources imports and summarises every source. Failures are
// reported on stderr as they are found (sources cut short by a cancel only
// counted in the outcome).
func (c *cli) summarizeSources(ctx context.Context, sources []string, sf *summaryFlags, opts briefs.SummaryOptions) ([]summarizedSource, outcome) {
	progress := c.newProgress(len(sources))
	imported := c.importAll(ctx, sources, sf.src, progress)
	var arts []briefs.Article
	var idx []int
	for i, r := range imported {
		if r.Err == nil {
			arts = append(arts, r.Article)
			idx = append(idx, i)
		}
	}
	out := make([]summarizedSource, len(imported))
	for i, r := range imported {
		out[i].ImportResult = r
	}
	if len(arts) > 0 {
		s, concurrency, err := c.summarizer(ctx, sf)
		if err != nil {
			for _, i := range idx {
				out[i].Err = err
			}
		} else {
			progress.reset(len(arts))
			res := briefs.SummarizeAll(ctx, s, arts, opts, concurrency, func(_, _ int, label string) { progress.step("Summarised", label) })
			for k, i := range idx {
				out[i].Summary = res[k].Summary
				out[i].Err = sourceError(out[i].Source, res[k].Err)
			}
		}
	}
	o := outcome{total: len(out)}
	for _, r := range out {
		o.add(r.Err)
		switch {
		case r.Err == nil:
			c.notices(r)
		case !isCancelled(r.Err):
			c.fail(r.Source, r.Err)
		}
	}
	return out, o
}

func (c *cli) writeSummaries(format string, results []summarizedSource) error {
	if format == "md" {
		for _, r := range results {
			if r.Err == nil {
				writeSummaryMarkdown(c.out, r.Article, r.Summary)
			}
		}
		return nil
	}
	out := make([]any, len(results))
	for i, r := range results {
		if r.Err != nil {
			out[i] = newErrorJSON(r.Source, r.Err)
		} else {
			out[i] = summarizedItem{Source: r.Source, Article: r.Article, Summary: r.Summary}
		}
	}
	return writeJSON(c.out, out)
}

func writeSummaryMarkdown(w io.Writer, a briefs.Article, s briefs.Summary) {
	fmt.Fprintf(w, "## %s\n\n", s.Headline)
	if meta := articleMeta(a); meta != "" {
		fmt.Fprintf(w, "*%s*\n\n", meta)
	}
	for _, sec := range briefs.Sections {
		fmt.Fprintf(w, "**%s**\n\n", sec.Title())
		texts := s.Texts(sec)
		if len(texts) == 0 {
			fmt.Fprint(w, "- (nothing found)\n")
		}
		for _, t := range texts {
			fmt.Fprintf(w, "- %s\n", t)
		}
		fmt.Fprintln(w)
	}
	if s.Quote != nil {
		fmt.Fprintf(w, "> “%s” — %s\n\n", s.Quote.Text, s.Quote.Speaker)
	}
	for _, f := range s.Flags {
		fmt.Fprintf(w, "⚠ %s: %s\n", f.Section, f.Message)
	}
}

// notices prints what the import and the summariser had to say about r.
func (c *cli) notices(r summarizedSource) {
	for _, n := range []string{r.ImportResult.Notice, r.Summary.Notice} {
		if n != "" {
			c.note(r.Source, n)
		}
	}
}

// firstError is the first of the errors joined in err (errors.Join), or
// err itself.
func firstError(err error) error {
	if j, ok := err.(interface{ Unwrap() []error }); ok && len(j.Unwrap()) > 0 {
		return j.Unwrap()[0]
	}
	return err
}
