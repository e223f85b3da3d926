// Command briefsmith composes morning briefs from news articles: a desktop
// app when run without a command, and a headless pipeline (import,
// summarize, compose, export) for automation.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int { return 0 }
