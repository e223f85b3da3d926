package main

import (
	"context"

	"briefsmith/briefs"
	"briefsmith/briefs/summarize"
)

// summarizer builds the summariser the flags ask for and how many articles
// it may work on at once.
func (c *cli) summarizer(_ context.Context, sf *summaryFlags) (briefs.Summarizer, int, error) {
	n := sf.concurrency
	if n == 0 {
		n = 2
	}
	return summarize.New(), n, nil
}
