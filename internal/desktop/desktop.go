// Package desktop wires the pipeline packages into the desktop app: it
// builds app.Deps (importer, exporter, summarisers, LLM settings store) and
// hands them to app.Run. It never imports Fyne itself; only package app does.
package desktop

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"briefsmith/app"
	"briefsmith/assets"
	"briefsmith/briefs"
	"briefsmith/briefs/ingest"
	"briefsmith/briefs/ingest/sniff"
	"briefsmith/briefs/ingest/sources"
	"briefsmith/briefs/ingest/webpage"
	"briefsmith/briefs/summarize"
	"briefsmith/templates"
)

// Run opens the desktop window, on the brief at path or on the start
// screen when path is "", and returns the exit status once it closes.
// version is this build's release; manifest is the text of FyneApp.toml.
func Run(version, manifest, path string) int {
	start := time.Now()
	if !haveDisplay() {
		fmt.Fprintln(os.Stderr, "briefsmith: no display found (DISPLAY and WAYLAND_DISPLAY are unset); use the command line, e.g. `briefsmith compose`.")
		return 1
	}
	if path != "" {
		if abs, err := filepath.Abs(path); err == nil {
			path = abs
		}
	}
	app.Run(Deps(version, startupTrace(start)), app.Launch{Manifest: manifest, Icon: assets.Icon(), Path: path})
	return 0
}

// haveDisplay reports whether a window can be opened; only Linux and the
// BSDs need an X11 or Wayland display named in the environment.
func haveDisplay() bool {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		return true
	}
	return os.Getenv("DISPLAY") != "" || os.Getenv("WAYLAND_DISPLAY") != ""
}

// startupTrace returns, when BRIEFSMITH_TRACE_STARTUP=1, a function that
// prints timing notes to standard error with the time since start.
func startupTrace(start time.Time) func(string) {
	if os.Getenv("BRIEFSMITH_TRACE_STARTUP") != "1" {
		return nil
	}
	return func(note string) {
		fmt.Fprintf(os.Stderr, "briefsmith: trace: %s at %d ms\n", note, time.Since(start).Milliseconds())
	}
}

// Deps builds the window's services from the pipeline packages.
func Deps(version string, trace func(string)) app.Deps {
	recovery := ""
	if dir, err := os.UserConfigDir(); err == nil {
		recovery = filepath.Join(dir, "briefsmith", "recovery")
	}
	wiring := newLLMWiring(os.Getenv)
	im := ingest.New(ingest.Options{UserAgent: briefs.UserAgent(version)})
	return app.Deps{
		Importer:    importer{im},
		ImportTypes: sniff.Extensions(),
		Feeds:       newFeedStore(im),
		IsWall:      func(err error) bool { return webpage.FailureKind(err) != "" },
		Exporter:    templateExporter{},
		Summarizer:  func(s app.Settings) briefs.Summarizer { return summarizerFor(s, wiring) },
		LLM:         wiring,
		Version:     version,
		RecoveryDir: recovery,
		Run:         app.AsyncRunner(),
		Trace:       trace,
	}
}

// newFeedStore keeps the saved feeds in sources.DefaultPath; nil (no
// Feeds dialog) when there is no configuration folder.
func newFeedStore(im *ingest.Importer) app.FeedStore {
	path, err := sources.DefaultPath()
	if err != nil {
		return nil
	}
	return &feedStore{store: sources.Store{Path: path}, im: im, now: time.Now}
}

// importer adapts package ingest to app.Importer; batches go through
// briefs.ImportAll, as on the command line.
type importer struct {
	*ingest.Importer
}

// ImportAll imports sources with briefs.ImportAll's default bounds.
func (im importer) ImportAll(ctx context.Context, sources []string, progress briefs.Progress) []briefs.ImportResult {
	return briefs.ImportAll(ctx, im.Importer, sources, ingest.BatchOptions(), progress)
}

// templateExporter adapts package templates to app.Exporter, with the
// user's own templates (templates.UserLibrary) beside the built-ins.
type templateExporter struct{}

// Templates lists the usable templates, built-in and the user's, the
// default first; a broken user file is left out (export names it when
// chosen by path).
func (templateExporter) Templates() []string {
	entries, err := templates.UserLibrary().List()
	if err != nil {
		return templates.Names() // the user folder cannot be read: the built-ins still can
	}
	names := []string{templates.DefaultName}
	for _, e := range entries {
		if e.Err == nil && e.Name != templates.DefaultName {
			names = append(names, e.Name)
		}
	}
	return names
}

// Formats lists the export file extensions.
func (templateExporter) Formats() []string { return templates.Formats() }

func exportOptions(o app.ExportOptions) templates.Options {
	lib := templates.UserLibrary()
	return templates.Options{Template: o.Template, Library: &lib, Brand: o.Brand}
}

// Export writes b to path with the chosen template and brand.
func (templateExporter) Export(ctx context.Context, path string, b *briefs.Brief, o app.ExportOptions) error {
	return templates.ExportFile(ctx, path, b, exportOptions(o))
}

// Text is b as plain text for an e-mail body.
func (templateExporter) Text(ctx context.Context, b *briefs.Brief, o app.ExportOptions) (string, error) {
	opts := exportOptions(o)
	t, err := opts.Library.Resolve(firstNonEmpty(o.Template, b.Template))
	if err != nil {
		return "", err
	}
	return templates.Text(ctx, t, opts, b)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// summarizerFor returns the summariser the settings choose: the LLM one,
// which falls back to the offline one on any failure, or the offline one.
func summarizerFor(s app.Settings, l *llmWiring) briefs.Summarizer {
	offline := summarize.New()
	if s.UseLLM {
		return l.summarizer(s.LLM, offline)
	}
	return offline
}
