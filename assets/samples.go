package assets

import (
	"embed"
	"io/fs"
)

// samples holds the sample articles used by `make run`, the tests and the
// app's first-run brief. They were written for Briefsmith and are fictional.
//
//go:embed samples/*
var samples embed.FS

// Samples returns the embedded sample articles, rooted at the samples folder
// (file names such as "harbour-bridge-closure.txt").
func Samples() fs.FS {
	sub, err := fs.Sub(samples, "samples")
	if err != nil {
		panic(err) // impossible: the folder is embedded at build time
	}
	return sub
}
