// Package cli is Briefsmith's command line: import, summarize, compose,
// export, open, version and help. It parses flags, runs the pipeline
// packages, writes the JSON contract and decides the exit status. Opening
// the desktop app is a function main wires in; this package never imports
// the app.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"briefsmith/briefs"
)

// Exit statuses of every command.
const (
	exitOK      = 0 // every source worked
	exitFailed  = 1 // at least one source failed; the rest were still processed
	exitUsage   = 2 // the command line itself was wrong
	programName = "briefsmith"
)

// Env is what a command line runs with: its streams, its environment, the
// build's version and the way to open the desktop app.
type Env struct {
	In     io.Reader
	Out    io.Writer
	Err    io.Writer
	Getenv func(string) string // os.Getenv in the program
	// Version is the release of this build, e.g. "0.1.0".
	Version string
	// OpenApp starts the desktop app on a brief file ("" for the start
	// screen) and returns the exit status once it closes. Nil means this
	// build has no desktop app.
	OpenApp func(path string) int
}

// Run runs one command line (without the program name) and returns its
// exit status: 0 when every source worked, 1 when some failed, 2 for a
// usage error.
func Run(ctx context.Context, env Env, args []string) int {
	c := &cli{in: env.In, out: env.Out, errw: env.Err, getenv: env.Getenv, version: env.Version, openApp: env.OpenApp}
	if c.getenv == nil {
		c.getenv = func(string) string { return "" }
	}
	if c.openApp == nil {
		c.openApp = func(string) int {
			c.say(msgNoDesktopApp)
			return exitFailed
		}
	}
	if c.getenv(peakRSSEnv) == "1" {
		defer reportPeakRSS(c.errw)
	}
	defer c.captureLog()()
	return c.run(ctx, args)
}

// cli runs one command line. Its streams and environment are fields so that
// tests run commands in-process.
type cli struct {
	in      io.Reader
	out     io.Writer
	errw    io.Writer
	getenv  func(string) string
	version string
	openApp func(path string) int
}

// command is one subcommand: its name, a one-line summary and its runner.
type command struct {
	name, summary string
	run           func(c *cli, ctx context.Context, args []string) int
}

func commands() []command {
	return []command{
		{"import", "print the articles extracted from files, URLs or standard input", (*cli).runImport},
		{"summarize", "print the summary of each article", (*cli).runSummarize},
		{"compose", "turn articles into a brief (PDF, Word, HTML, text, Markdown, .brief or JSON)", (*cli).runCompose},
		{"export", "render a saved .brief file", (*cli).runExport},
		{"templates", "list the templates with where each comes from", (*cli).runTemplates},
		{"open", "open a .brief file in the desktop app", (*cli).runOpen},
		{"version", "print the version", (*cli).runVersion},
		{"help", "explain a command", (*cli).runHelp},
	}
}

func (c *cli) run(ctx context.Context, args []string) int {
	if len(args) == 0 {
		return c.openApp("")
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help":
		c.usage(c.out)
		return exitOK
	case "-v", "-version", "--version":
		return c.runVersion(ctx, nil)
	}
	for _, cmd := range commands() {
		if cmd.name == name {
			return cmd.run(c, ctx, args[1:])
		}
	}
	if strings.HasSuffix(name, briefs.FileExt) && len(args) == 1 {
		return c.runOpen(ctx, args)
	}
	c.usageError(msgUnknownCommand, shown(name), commandNames())
	return exitUsage
}

func (c *cli) usage(w io.Writer) {
	fmt.Fprintf(w, "Briefsmith %s composes morning briefs from news articles.\n\n", c.version)
	fmt.Fprintf(w, "Usage:\n  %s                      open the desktop app\n", programName)
	fmt.Fprintf(w, "  %s FILE.brief           open a brief in the desktop app\n", programName)
	fmt.Fprintf(w, "  %s COMMAND [flags] ...\n\nCommands:\n", programName)
	for _, cmd := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", cmd.name, cmd.summary)
	}
	fmt.Fprintf(w, "\nRun '%s help COMMAND' or '%s COMMAND -h' for a command's flags.\n", programName, programName)
	fmt.Fprintf(w, "Exit status: 0 all sources worked, 1 some failed (the rest are still processed), 2 usage error.\n")
}

// commandNames lists the commands for messages.
func commandNames() string {
	var names []string
	for _, cmd := range commands() {
		names = append(names, cmd.name)
	}
	return strings.Join(names, ", ")
}

// usageError reports a mistake in the command line.
func (c *cli) usageError(id msgID, a ...any) {
	c.say(id, a...)
	fmt.Fprintln(c.errw, msgUsageHint.text())
}

// fail reports a failure that is not the command line's fault: err, which
// names src (a source or file; "" when none), shown safely.
func (c *cli) fail(src string, err error) {
	fmt.Fprintf(c.errw, "%s: %s\n", programName, errorText(src, err))
}

func (c *cli) runVersion(_ context.Context, _ []string) int {
	fmt.Fprintf(c.out, "%s %s\n", programName, c.version)
	return exitOK
}

func (c *cli) runHelp(ctx context.Context, args []string) int {
	if len(args) == 0 {
		c.usage(c.out)
		return exitOK
	}
	for _, cmd := range commands() {
		if cmd.name == args[0] && cmd.name != "help" {
			return cmd.run(c, ctx, []string{"-h"})
		}
	}
	c.usageError(msgNoHelp, shown(args[0]))
	return exitUsage
}

func (c *cli) runOpen(_ context.Context, args []string) int {
	fs := c.flagSet("open", "FILE.brief", "Open a saved brief in the desktop app.")
	rest, code, ok := c.parse(fs, args)
	if !ok {
		return code
	}
	if len(rest) != 1 {
		c.usageError(msgOpenOne)
		return exitUsage
	}
	if _, err := os.Stat(rest[0]); err != nil {
		c.say(msgOpenMissing, shown(rest[0]), fileProblem(err))
		return exitFailed
	}
	return c.openApp(rest[0])
}

// flagSet makes a FlagSet whose -h output describes the command.
func (c *cli) flagSet(name, operands, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(c.errw)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: %s %s [flags] %s\n\n%s\n", programName, name, operands, about)
		if hasFlags(fs) {
			fmt.Fprintln(fs.Output(), "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// parse parses flags that may come before, between or after the operands
// (so `compose a.html -o brief.pdf` works) and returns the operands. When ok
// is false the command must return code: 0 after -h, 2 after a bad flag.
func (c *cli) parse(fs *flag.FlagSet, args []string) (operands []string, code int, ok bool) {
	for {
		fs.SetOutput(c.errw)
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(c.out)
			fs.Usage()
			return nil, exitOK, false
		}
		if err != nil {
			return nil, exitUsage, false
		}
		rest := fs.Args()
		i := 0
		for i < len(rest) && (rest[i] == "-" || !strings.HasPrefix(rest[i], "-")) {
			i++
		}
		operands = append(operands, rest[:i]...)
		if i == len(rest) {
			return operands, exitOK, true
		}
		if rest[i] == "--" {
			return append(operands, rest[i+1:]...), exitOK, true
		}
		args = rest[i:]
	}
}
