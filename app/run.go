package app

import (
	"bufio"
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
)

// Launch says how to start the desktop app.
type Launch struct {
	// Manifest is the text of FyneApp.toml: the app's ID, name, version and
	// the migrations it opts into.
	Manifest string
	Icon     []byte // the app icon, PNG
	// Path is the brief to open, or "" for the start screen.
	Path string
}

// Run starts the Fyne app with deps, opens the window on l.Path and returns
// once the window has closed. When deps.Trace is set it also reports the
// longest UI stall of every second through it.
func Run(deps Deps, l Launch) {
	meta := appMetadata(l.Manifest, l.Icon)
	fyneapp.SetMetadata(meta)
	a := fyneapp.NewWithID(meta.ID)
	a.SetIcon(meta.Icon)
	w := New(a, deps)
	w.Start(l.Path)
	if deps.Trace != nil {
		ctx, stop := context.WithCancel(context.Background())
		defer stop()
		go WatchUI(ctx, 20*time.Millisecond, func(worst time.Duration) {
			deps.Trace(fmt.Sprintf("ui stall max %d ms", worst.Milliseconds()))
		})
	}
	a.Run()
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
