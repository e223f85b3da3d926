// Package sharedtest finds the team's shared test material: the folder
// "shared" beside the repository (../shared from the module root), which
// holds corpora and sample articles that are read in tests and evaluations
// but never copied into the project. Tests that use it skip when it is absent.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Path returns the path of rel inside ../shared beside the module root
// that contains the working directory, or "" when it does not exist.
func Path(rel string) string {
	root := moduleRoot()
	if root == "" {
		return ""
	}
	p := filepath.Join(root, "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// Require returns Path(rel), or skips t when the material is absent.
func Require(t testing.TB, rel string) string {
	t.Helper()
	p := Path(rel)
	if p == "" {
		t.Skipf("../shared/%s not found; skipping", rel)
	}
	return p
}

// moduleRoot is the nearest directory at or above the working directory
// that holds go.mod, or "".
func moduleRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
