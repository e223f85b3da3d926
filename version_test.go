package main

import (
	"os"
	"regexp"
	"testing"
)

// TestVersionMatchesFyneApp keeps the command line's version and the app's
// identity (FyneApp.toml, shown in the About box) in step.
func TestVersionMatchesFyneApp(t *testing.T) {
	data, err := os.ReadFile("FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^\s*Version\s*=\s*"([^"]+)"`).FindSubmatch(data)
	if m == nil {
		t.Fatal("FyneApp.toml has no Version")
	}
	if string(m[1]) != version {
		t.Fatalf("FyneApp.toml says %s, main.version says %s", m[1], version)
	}
}
