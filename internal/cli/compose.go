package cli

import (
	"context"
	"time"

	"briefsmith/briefs"
	"briefsmith/templates"
)

// composeFlags are compose's own flags: the title block.
type composeFlags struct {
	title, date, preparedBy, preparedFor string
}

func (c *cli) runCompose(ctx context.Context, args []string) int {
	fs := c.flagSet("compose", "-o OUT SOURCE...", "Import and summarise every SOURCE and write a brief to OUT, in the format OUT's\nextension names.")
	var cf composeFlags
	var of outputFlags
	of.register(fs, "default "+templates.Names()[0])
	fs.StringVar(&cf.title, "title", "Morning Brief", "the brief's `title`")
	fs.StringVar(&cf.date, "date", "", "the brief's date as `YYYY-MM-DD` (default today)")
	fs.StringVar(&cf.preparedBy, "prepared-by", "", "author line (`name`)")
	fs.StringVar(&cf.preparedFor, "prepared-for", "", "recipient line (`name`)")
	var sf summaryFlags
	sf.register(fs)
	sources, code, ok := c.parse(fs, args)
	if !ok {
		return code
	}
	opts, err := checkCompose(&cf, &of, &sf, sources)
	if err != nil {
		return c.reportUsage("compose", err)
	}
	briefs.RemoveStaleTemps(of.out) // an interrupted earlier save's temp files, even if this run writes nothing
	results, o := c.summarizeSources(ctx, sources, &sf, opts)
	b := newBrief(cf, of.template, results)
	switch {
	case ctx.Err() != nil:
		c.say(msgCancelledNotWritten, shown(of.out))
		return exitFailed
	case len(b.Items) == 0:
		c.say(msgNothingComposed, shown(of.out))
		return exitFailed
	}
	if err := of.write(ctx, c, b); err != nil || o.failed {
		return exitFailed
	}
	return exitOK
}

// checkCompose validates compose's command line before any work starts, so
// a typo in -o or --template costs nothing.
func checkCompose(cf *composeFlags, of *outputFlags, sf *summaryFlags, sources []string) (briefs.SummaryOptions, error) {
	opts, err := sf.options()
	if err != nil {
		return opts, err
	}
	if err := of.check("compose"); err != nil {
		return opts, err
	}
	if len(sources) == 0 {
		return opts, usage(msgNeedSource, "compose")
	}
	if cf.date == "" {
		cf.date = time.Now().Format(time.DateOnly)
	} else if _, err := time.Parse(time.DateOnly, cf.date); err != nil {
		return opts, usage(msgBadDate, cf.date)
	}
	return opts, nil
}

// newBrief builds a brief from the sources that worked, in their order.
func newBrief(cf composeFlags, template string, results []summarizedSource) *briefs.Brief {
	b := &briefs.Brief{Title: cf.title, Date: cf.date, PreparedBy: cf.preparedBy, PreparedFor: cf.preparedFor, Template: template}
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

func (c *cli) runExport(ctx context.Context, args []string) int {
	fs := c.flagSet("export", "-o OUT FILE.brief", "Render a saved brief to OUT, in the format OUT's extension names.")
	var of outputFlags
	of.register(fs, "default: the brief's own")
	files, code, ok := c.parse(fs, args)
	if !ok {
		return code
	}
	if err := checkExport(&of, files); err != nil {
		return c.reportUsage("export", err)
	}
	briefs.RemoveStaleTemps(of.out) // as in compose: clean at start, not only on the next write
	b, err := briefs.Load(files[0])
	if err != nil {
		c.fail(files[0], err)
		return exitFailed
	}
	if of.template != "" {
		b.Template = of.template
	}
	if of.write(ctx, c, b) != nil {
		return exitFailed
	}
	return exitOK
}

// checkExport validates export's command line.
func checkExport(of *outputFlags, files []string) error {
	if err := of.check("export"); err != nil {
		return err
	}
	if len(files) != 1 {
		return usage(msgExportOne)
	}
	return nil
}
