package main

import (
	"bufio"
	"context"
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"briefsmith/app"
	"briefsmith/assets"
	"briefsmith/briefs"
	"briefsmith/briefs/ingest"
	"briefsmith/briefs/summarize"
	"briefsmith/templates"
)

// fyneAppTOML is the app's identity (ID, name, version, icon), embedded so
// that a plain `go build` binary knows it wherever it runs.
//
//go:embed FyneApp.toml
var fyneAppTOML string

// runApp opens the desktop window, on the brief at path or on the start
// screen when path is "", and returns the exit status once it closes.
func runApp(path string) int {
	start := time.Now()
	if !haveDisplay() {
		fmt.Fprintln(os.Stderr, "briefsmith: no display found (DISPLAY and WAYLAND_DISPLAY are unset); use the command line, e.g. `briefsmith compose`.")
		return 1
	}
	if path != "" {
		abs, err := filepath.Abs(path)
		if err == nil {
			path = abs
		}
	}
	meta := appMetadata(fyneAppTOML, assets.Icon())
	fyneapp.SetMetadata(meta)
	a := fyneapp.NewWithID(meta.ID)
	a.SetIcon(meta.Icon)
	trace := startupTrace(start)
	w := app.New(a, appDeps(version, trace))
	w.Start(path)
	if trace != nil {
		ctx, stop := context.WithCancel(context.Background())
		defer stop()
		go app.WatchUI(ctx, 20*time.Millisecond, func(worst time.Duration) {
			trace(fmt.Sprintf("ui stall max %d ms", worst.Milliseconds()))
		})
	}
	a.Run()
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

// appDeps builds the window's services from the pipeline packages.
func appDeps(version string, trace func(string)) app.Deps {
	recovery := ""
	if dir, err := os.UserConfigDir(); err == nil {
		recovery = filepath.Join(dir, "briefsmith", "recovery")
	}
	wiring := newLLMWiring()
	return app.Deps{
		Importer:    ingest.New(ingest.Options{}),
		Exporter:    templateExporter{},
		Summarizer:  func(s app.Settings) briefs.Summarizer { return summarizerFor(s, wiring) },
		LLM:         wiring,
		Version:     version,
		RecoveryDir: recovery,
		Run:         app.AsyncRunner(),
		Trace:       trace,
	}
}

// templateExporter adapts package templates to app.Exporter.
type templateExporter struct{}

// Templates lists the built-in templates, the default first.
func (templateExporter) Templates() []string { return templates.Names() }

// Formats lists the export file extensions.
func (templateExporter) Formats() []string { return templates.Formats() }

// Export writes b to path with the named template.
func (templateExporter) Export(ctx context.Context, path string, b *briefs.Brief, template string) error {
	return templates.ExportFile(ctx, path, b, templates.Options{Template: template})
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

// appMetadata reads the [Details] and [Migrations] of FyneApp.toml. It
// understands only the flat `key = value` lines that file uses.
func appMetadata(toml string, icon []byte) fyne.AppMetadata {
	meta := fyne.AppMetadata{Build: 1, Migrations: map[string]bool{}, Custom: map[string]string{}}
	section := ""
	sc := bufio.NewScanner(strings.NewReader(toml))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "[") {
			section = strings.Trim(line, "[]")
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		setMeta(&meta, section, strings.TrimSpace(key), strings.Trim(strings.TrimSpace(value), `"`))
	}
	meta.Icon = fyne.NewStaticResource("icon.png", icon)
	return meta
}

func setMeta(meta *fyne.AppMetadata, section, key, value string) {
	switch section + "." + key {
	case "Details.ID":
		meta.ID = value
	case "Details.Name":
		meta.Name = value
	case "Details.Version":
		meta.Version = value
	case "Details.Build":
		meta.Build, _ = strconv.Atoi(value)
	}
	if section == "Migrations" {
		meta.Migrations[key] = value == "true"
	}
}
