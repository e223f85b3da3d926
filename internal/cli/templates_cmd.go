package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"text/tabwriter"

	"briefsmith/templates"
)

// templateJSON is one template in `templates --format json`. Its field
// names are part of the command line's contract.
type templateJSON struct {
	Name        string `json:"name"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Origin      string `json:"origin"` // "built-in" or the file's path
	Overrides   bool   `json:"overrides,omitempty"`
	Error       string `json:"error,omitempty"`
}

func (c *cli) runTemplates(_ context.Context, args []string) int {
	fs := c.flagSet("templates", "", "List the templates --template accepts: the built-ins and your own .toml files,\nwith where each comes from. A broken file is listed with what is wrong (exit status 1).")
	format := fs.String("format", "text", "output `format`: text or json")
	rest, code, ok := c.parse(fs, args)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		c.usageError(msgNoOperands, "templates")
		return exitUsage
	}
	if *format != "text" && *format != "json" {
		c.usageError(msgBadFormatTemplates, *format)
		return exitUsage
	}
	lib := templates.UserLibrary()
	entries, err := lib.List()
	if err != nil {
		c.fail(lib.Dir, err)
		return exitFailed
	}
	if *format == "json" {
		err = writeJSON(c.out, templatesJSON(entries))
	} else {
		err = c.writeTemplates(lib.Dir, entries)
	}
	return c.exitStatus(c.reportBroken(entries), err)
}

func templatesJSON(entries []templates.Entry) []templateJSON {
	out := make([]templateJSON, len(entries))
	for i, e := range entries {
		out[i] = templateJSON{Name: e.Name, Title: e.Title, Description: e.Description, Origin: e.Origin, Overrides: e.Overrides}
		if e.Err != nil {
			out[i].Error = e.Err.Error()
		}
	}
	return out
}

// writeTemplates prints the list as a table: name, where from, title.
func (c *cli) writeTemplates(dir string, entries []templates.Entry) error {
	tw := tabwriter.NewWriter(c.out, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tFROM\tTITLE")
	for _, e := range entries {
		title := e.Title
		switch {
		case e.Err != nil:
			title = "broken: see below"
		case e.Overrides:
			title += " (replaces the built-in)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", shown(e.Name), shown(e.Origin), escapeControls(title))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if dir != "" {
		_, err := fmt.Fprintf(c.out, "\nYour own templates: %s/*.toml (one named like a built-in replaces it).\n", shown(dir))
		return err
	}
	return nil
}

// reportBroken prints what is wrong with each broken template file.
func (c *cli) reportBroken(entries []templates.Entry) outcome {
	var o outcome
	for _, e := range entries {
		if e.Err != nil {
			c.say(msgBrokenTemplate, shown(e.Origin), e.Err.Error())
			o.failed = true
		}
	}
	return o
}

// resolveTemplate checks --template: "" (the default, or the brief's own),
// a built-in or user template name, or a .toml path. A file that exists
// but is broken is an error of its own (exit status 1), not a usage error.
func resolveTemplate(nameOrPath string) error {
	if nameOrPath == "" {
		return nil
	}
	_, err := templates.UserLibrary().Resolve(nameOrPath)
	var fe *templates.FieldError
	if err != nil && (errors.As(err, &fe) || isTemplateFile(nameOrPath)) {
		return brokenTemplate{nameOrPath, err}
	}
	return err
}

func isTemplateFile(nameOrPath string) bool {
	info, err := os.Stat(nameOrPath)
	return err == nil && info.Mode().IsRegular()
}

// brokenTemplate is a template file that does not load: the file, the
// field and what is wrong are in err.
type brokenTemplate struct {
	name string
	err  error
}

func (b brokenTemplate) Error() string { return b.err.Error() }
