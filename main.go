// Command briefsmith composes morning briefs from news articles: a desktop
// app when run without a command, and a headless pipeline (import,
// summarize, compose, export) for automation. main.go is wiring only: the
// commands live in cli*.go, the window in package app.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	_ "briefsmith/app/posixlocale" // before Fyne's init: no locale error under LANG=C
)

// version is the release of this build; FyneApp.toml carries the same
// number (a test keeps them in step). Release builds may override it with
// -ldflags "-X main.version=…".
var version = "0.1.0"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := newCLI(os.Stdin, os.Stdout, os.Stderr, os.Getenv).run(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}
