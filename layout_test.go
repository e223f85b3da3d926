package main

import (
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestRootIsWiringOnly keeps the root package to main.go and the
// binary-level tests: commands belong in internal/cli, desktop wiring in
// internal/desktop.
func TestRootIsWiringOnly(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if f != "main.go" && !strings.HasSuffix(f, "_test.go") {
			t.Errorf("%s is at the root; only main.go and tests belong there", f)
		}
	}
	if !slices.Contains(files, "main.go") {
		t.Error("main.go is missing")
	}
}

// TestAdaptersStayInTheirPackages checks with go list who imports the GUI,
// PDF and LLM libraries: only app/ imports Fyne, and only app/ and the
// packages that import it pull Fyne in; gofpdf only in templates/;
// go-openai only in briefs/llm. (briefs/deps_test.go keeps the domain to
// the standard library.)
func TestAdaptersStayInTheirPackages(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}}|{{join .Imports \",\"}}|{{join .Deps \",\"}}", "./...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	owners := map[string]string{ // library prefix → the package tree that may import it
		"fyne.io/":                          "briefsmith/app",
		"github.com/jung-kurt/gofpdf":       "briefsmith/templates",
		"github.com/sashabaranov/go-openai": "briefsmith/briefs/llm",
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		parts := strings.Split(line, "|")
		if len(parts) != 3 {
			t.Fatalf("go list line %q", line)
		}
		pkg, imports, deps := parts[0], strings.Split(parts[1], ","), strings.Split(parts[2], ",")
		for lib, owner := range owners {
			for _, imp := range imports {
				if strings.HasPrefix(imp, lib) && !within(pkg, owner) {
					t.Errorf("%s imports %s; only %s may", pkg, imp, owner)
				}
			}
		}
		if pullsIn(deps, "fyne.io/") && !within(pkg, "briefsmith/app") && !slices.Contains(deps, "briefsmith/app") {
			t.Errorf("%s pulls in Fyne without going through package app", pkg)
		}
	}
}

func within(pkg, tree string) bool { return pkg == tree || strings.HasPrefix(pkg, tree+"/") }

func pullsIn(deps []string, prefix string) bool {
	return slices.ContainsFunc(deps, func(d string) bool { return strings.HasPrefix(d, prefix) })
}
