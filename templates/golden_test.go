package templates

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"briefsmith/briefs"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// render runs r on b and returns the output, failing the test on error.
func render(t testing.TB, r briefs.Renderer, b *briefs.Brief) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := r.Render(context.Background(), &buf, b); err != nil {
		t.Fatalf("Render: %v", err)
	}
	return buf.Bytes()
}

// mustLookup returns the named template or fails the test.
func mustLookup(t testing.TB, name string) Template {
	t.Helper()
	tpl, err := Lookup(name)
	if err != nil {
		t.Fatal(err)
	}
	return tpl
}

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./templates/ -run Golden -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		out := filepath.Join(os.TempDir(), "got-"+name)
		os.WriteFile(out, got, 0o644)
		t.Errorf("%s differs from the golden file (%d vs %d bytes); got written to %s; rerun with -update if the change is intended",
			name, len(got), len(want), out)
	}
}

// goldenFormats are the formats every built-in has a golden file in.
var goldenFormats = []string{".pdf", ".docx", ".html", ".txt", ".md"}

// TestGolden renders sampleBrief with every built-in in every format and
// compares the bytes with testdata/NAME.golden.EXT (-update rewrites them).
func TestGolden(t *testing.T) {
	for _, name := range Names() {
		for _, ext := range goldenFormats {
			t.Run(name+ext, func(t *testing.T) {
				r, err := NewRenderer(ext, mustLookup(t, name), Options{Deterministic: true})
				if err != nil {
					t.Fatal(err)
				}
				checkGolden(t, name+".golden"+ext, render(t, r, sampleBrief()))
			})
		}
	}
}

func TestDeterministicOutputIsReproducible(t *testing.T) {
	for _, ext := range goldenFormats {
		r, err := NewRenderer(ext, mustLookup(t, ""), Options{Deterministic: true})
		if err != nil {
			t.Fatal(err)
		}
		if a, b := render(t, r, stressBrief()), render(t, r, stressBrief()); !bytes.Equal(a, b) {
			t.Errorf("%s: two deterministic renders of the same brief differ", ext)
		}
	}
}

func TestDeterministicPDFIsReproducible(t *testing.T) {
	r := NewPDF(mustLookup(t, ""), Options{Deterministic: true})
	a, b := render(t, r, stressBrief()), render(t, r, stressBrief())
	if !bytes.Equal(a, b) {
		t.Fatal("two deterministic renders of the same brief differ")
	}
}
