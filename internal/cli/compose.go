package cli

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"briefsmith/briefs"
	"briefsmith/templates"
)

// composeFlags are the title-block flags of compose.
type composeFlags struct {
	out, title, date, template, preparedBy, preparedFor string
}

func (c *cli) runCompose(ctx context.Context, args []string) int {
	fs := c.flagSet("compose", "-o OUT SOURCE...", "Import and summarise every SOURCE and write a brief to OUT. The format follows OUT's\nextension: "+strings.Join(templates.Formats(), ", ")+".")
	var cf composeFlags
	fs.StringVar(&cf.out, "o", "", "write the brief to `OUT` (required)")
	fs.StringVar(&cf.title, "title", "Morning Brief", "the brief's `title`")
	fs.StringVar(&cf.date, "date", "", "the brief's date as `YYYY-MM-DD` (default today)")
	fs.StringVar(&cf.template, "template", "", "layout `name`: "+strings.Join(templates.Names(), ", "))
	fs.StringVar(&cf.preparedBy, "prepared-by", "", "author line (`name`)")
	fs.StringVar(&cf.preparedFor, "prepared-for", "", "recipient line (`name`)")
	var sf summaryFlags
	sf.register(fs)
	sources, code, ok := c.parse(fs, args)
	if !ok {
		return code
	}
	opts, err := c.checkCompose(&cf, &sf, sources)
	if err != nil {
		c.usageError("compose: %v", err)
		return exitUsage
	}
	results, failed := c.summarizeSources(ctx, sources, &sf, opts)
	b := newBrief(cf, results)
	if len(b.Items) == 0 {
		c.fail(fmt.Errorf("compose: no source could be used, so %s was not written", cf.out))
		return exitFailed
	}
	if err := c.writeBrief(ctx, cf.out, b); err != nil {
		return exitFailed
	}
	if failed {
		return exitFailed
	}
	return exitOK
}

// checkCompose validates compose's command line before any work starts, so
// a typo in -o or --template costs nothing.
func (c *cli) checkCompose(cf *composeFlags, sf *summaryFlags, sources []string) (briefs.SummaryOptions, error) {
	opts, err := sf.options()
	switch {
	case err != nil:
		return opts, err
	case cf.out == "":
		return opts, fmt.Errorf("-o OUT is required")
	case len(sources) == 0:
		return opts, fmt.Errorf("at least one SOURCE is required")
	}
	if err := checkFormat(cf.out); err != nil {
		return opts, err
	}
	if _, err := templates.Lookup(cf.template); err != nil {
		return opts, err
	}
	if cf.date == "" {
		cf.date = time.Now().Format(time.DateOnly)
	} else if _, err := time.Parse(time.DateOnly, cf.date); err != nil {
		return opts, fmt.Errorf("--date must be YYYY-MM-DD, not %q", cf.date)
	}
	return opts, nil
}

func checkFormat(out string) error {
	ext := strings.ToLower(filepath.Ext(out))
	for _, f := range templates.Formats() {
		if f == ext {
			return nil
		}
	}
	return fmt.Errorf("cannot write %q: the output's extension must be one of %s", out, strings.Join(templates.Formats(), ", "))
}

// newBrief builds a brief from the sources that worked, in their order.
func newBrief(cf composeFlags, results []summarizedSource) *briefs.Brief {
	b := &briefs.Brief{Title: cf.title, Date: cf.date, PreparedBy: cf.preparedBy, PreparedFor: cf.preparedFor, Template: cf.template}
	for _, r := range results {
		if r.Err != nil {
			continue
		}
		it := b.NewItem(r.Article)
		it.Summary = r.Summary
		b.Items = append(b.Items, it)
	}
	return b
}

// writeBrief exports b to out, warns about unsupported claims, and prints
// the path written.
func (c *cli) writeBrief(ctx context.Context, out string, b *briefs.Brief) error {
	c.warnFlags(b)
	err := templates.ExportFile(ctx, out, b, templates.Options{Template: b.Template})
	if err != nil {
		c.fail(fmt.Errorf("write %s: %w", out, err))
		return err
	}
	fmt.Fprintln(c.out, out)
	return nil
}

// warnFlags lists, before an export, every claim the fact checker could not
// find in its article.
func (c *cli) warnFlags(b *briefs.Brief) {
	for i, it := range b.Items {
		for _, f := range it.Summary.Flags {
			fmt.Fprintf(c.errw, "%s: warning: item %d (%s), %s: %s\n", programName, i+1, it.Article.Source, f.Section, f.Message)
		}
	}
}

func (c *cli) runExport(ctx context.Context, args []string) int {
	fs := c.flagSet("export", "-o OUT FILE.brief", "Render a saved brief. The format follows OUT's extension: "+strings.Join(templates.Formats(), ", ")+".")
	out := fs.String("o", "", "write to `OUT` (required)")
	tmpl := fs.String("template", "", "layout `name` (default: the brief's own): "+strings.Join(templates.Names(), ", "))
	files, code, ok := c.parse(fs, args)
	if !ok {
		return code
	}
	switch {
	case *out == "":
		c.usageError("export: -o OUT is required")
		return exitUsage
	case len(files) != 1:
		c.usageError("export takes exactly one .brief file")
		return exitUsage
	}
	if err := checkFormat(*out); err != nil {
		c.usageError("export: %v", err)
		return exitUsage
	}
	if _, err := templates.Lookup(*tmpl); err != nil {
		c.usageError("export: %v", err)
		return exitUsage
	}
	b, err := briefs.Load(files[0])
	if err != nil {
		c.fail(err)
		return exitFailed
	}
	if *tmpl != "" {
		b.Template = *tmpl
	}
	if c.writeBrief(ctx, *out, b) != nil {
		return exitFailed
	}
	return exitOK
}
