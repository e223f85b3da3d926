// Command briefsmith composes morning briefs from news articles: a desktop
// app when run without a command, and a headless pipeline (import,
// summarize, compose, export) for automation. main.go is wiring only: the
// commands live in internal/cli, the desktop wiring in internal/desktop,
// the window in package app.
package main

import (
	"context"
	_ "embed"
	"os"
	"os/signal"
	"syscall"

	"briefsmith/internal/cli"
	"briefsmith/internal/desktop"
	_ "briefsmith/internal/posixlocale" // before Fyne's init: no locale error under LANG=C
)

// version is the release of this build; FyneApp.toml carries the same
// number (a test keeps them in step). Release builds may override it with
// -ldflags "-X main.version=…".
var version = "0.1.0"

// fyneAppTOML is the app's identity (ID, name, version, icon), embedded so
// that a plain `go build` binary knows it wherever it runs.
//
//go:embed FyneApp.toml
var fyneAppTOML string

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	context.AfterFunc(ctx, stop) // a second Ctrl-C ends the program at once
	openApp := func(path string) int { return desktop.Run(version, fyneAppTOML, path) }
	env := cli.Env{In: os.Stdin, Out: os.Stdout, Err: os.Stderr, Getenv: os.Getenv, Version: version, OpenApp: openApp}
	code := cli.Run(ctx, env, os.Args[1:])
	stop()
	os.Exit(code)
}
