package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"briefsmith/briefs"
)

func (c *cli) runImport(ctx context.Context, args []string) int {
	fs := c.flagSet("import", "SOURCE...", "Print the articles extracted from each SOURCE: a text, Markdown or HTML file,\nan http(s) URL, or - for standard input.")
	format := fs.String("format", "json", "output `format`: json or md")
	var src sourceFlags
	src.register(fs)
	sources, code, ok := c.parse(fs, args)
	if !ok {
		return code
	}
	f, err := checkSources("import", *format, src, sources)
	if err != nil {
		return c.reportUsage("import", err)
	}
	results := c.importAll(ctx, sources, src, c.newProgress(len(sources)))
	o := c.reportErrors(results)
	return c.exitStatus(o, c.writeArticles(f, results))
}

// checkSources validates what import and summarize share: --format,
// the source flags and at least one source. It returns the output format.
func checkSources(cmd, format string, src sourceFlags, sources []string) (string, error) {
	f, good := outputFormat(format)
	switch {
	case !good:
		return "", usage(msgBadFormat, cmd, format)
	case len(sources) == 0:
		return "", usage(msgNeedSource, cmd)
	}
	return f, src.check()
}

func (c *cli) writeArticles(format string, results []briefs.ImportResult) error {
	if format == "md" {
		for _, r := range results {
			if r.Err == nil {
				writeArticleMarkdown(c.out, r.Article)
			}
		}
		return nil
	}
	out := make([]any, len(results))
	for i, r := range results {
		if r.Err != nil {
			out[i] = newErrorJSON(r.Source, r.Err)
		} else {
			out[i] = articleJSON{r.Article, r.Notice}
		}
	}
	return writeJSON(c.out, out)
}

func writeArticleMarkdown(w io.Writer, a briefs.Article) {
	title := a.Title
	if title == "" {
		title = shown(a.Source)
	}
	fmt.Fprintf(w, "# %s\n\n", title)
	if meta := articleMeta(a); meta != "" {
		fmt.Fprintf(w, "*%s*\n\n", meta)
	}
	fmt.Fprintf(w, "%s\n\n", strings.TrimSpace(a.Text))
}

// articleMeta is the one-line source description: outlet · byline · date · link.
func articleMeta(a briefs.Article) string {
	var parts []string
	for _, s := range []string{a.Outlet(), a.Credit(), dateOf(a.Published), a.URL} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}

func dateOf(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2 January 2006")
}

// articleJSON is an imported article in import's JSON: the article's own
// fields, plus "notice" when the import had something to say about it
// (stories merged into it, say).
type articleJSON struct {
	article briefs.Article
	notice  string
}

// MarshalJSON writes the article's fields and, when set, "notice".
func (a articleJSON) MarshalJSON() ([]byte, error) {
	data, err := json.Marshal(a.article)
	if err != nil || a.notice == "" {
		return data, err
	}
	notice, err := json.Marshal(a.notice)
	if err != nil {
		return nil, err
	}
	data = bytes.TrimSuffix(bytes.TrimSpace(data), []byte("}"))
	return append(append(append(data, `,"notice":`...), notice...), '}'), nil
}
