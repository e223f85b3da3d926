package cli

import (
	"context"
	"errors"
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
		c.reportUsage("compose", err)
		return exitUsage
	}
	briefs.RemoveStaleTemps(cf.out) // an interrupted earlier save's temp files, even if this run writes nothing
	results, o := c.summarizeSources(ctx, sources, &sf, opts)
	b := newBrief(cf, results)
	switch {
	case ctx.Err() != nil:
		c.say(msgCancelledNotWritten, shown(cf.out))
		return exitFailed
	case len(b.Items) == 0:
		c.say(msgNothingComposed, shown(cf.out))
		return exitFailed
	}
	if err := c.writeBrief(ctx, cf.out, b); err != nil || o.failed {
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
		return opts, usage(msgNeedOut, "compose")
	case len(sources) == 0:
		return opts, usage(msgNeedSource, "compose")
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
		return opts, usage(msgBadDate, cf.date)
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
	return usage(msgBadExtension, shown(out), strings.Join(templates.Formats(), ", "))
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
	switch {
	case errors.Is(err, context.Canceled):
		c.say(msgCancelledNotWritten, shown(out))
		return err
	case err != nil:
		c.say(msgWriteFailed, shown(out), unwrapExport(out, err))
		return err
	}
	fmt.Fprintln(c.out, shown(out))
	return nil
}

// warnFlags lists, before an export, every claim the fact checker could not
// find in its article.
func (c *cli) warnFlags(b *briefs.Brief) {
	for i, it := range b.Items {
		for _, f := range it.Summary.Flags {
			c.say(msgWarnFlag, i+1, shown(it.Article.Source), f.Section, f.Message)
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
	if err := checkExport(*out, *tmpl, files); err != nil {
		c.reportUsage("export", err)
		return exitUsage
	}
	briefs.RemoveStaleTemps(*out) // as in compose: clean at start, not only on the next write
	b, err := briefs.Load(files[0])
	if err != nil {
		c.fail(files[0], err)
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

// checkExport validates export's command line.
func checkExport(out, tmpl string, files []string) error {
	switch {
	case out == "":
		return usage(msgNeedOut, "export")
	case len(files) != 1:
		return usage(msgExportOne)
	}
	if err := checkFormat(out); err != nil {
		return err
	}
	_, err := templates.Lookup(tmpl)
	return err
}

// unwrapExport is ExportFile's error without its "export PATH: " prefix,
// which msgWriteFailed already says.
func unwrapExport(out string, err error) string {
	return strings.TrimPrefix(err.Error(), "export "+out+": ")
}
