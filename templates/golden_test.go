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

func TestGoldenPDF(t *testing.T) {
	for _, name := range Names() {
		t.Run(name, func(t *testing.T) {
			got := render(t, NewPDF(mustLookup(t, name), Options{Deterministic: true}), sampleBrief())
			checkGolden(t, name+".golden.pdf", got)
		})
	}
}

func TestGoldenMarkdown(t *testing.T) {
	got := render(t, NewMarkdown(mustLookup(t, "")), sampleBrief())
	checkGolden(t, "sample.golden.md", got)
}

func TestDeterministicPDFIsReproducible(t *testing.T) {
	r := NewPDF(mustLookup(t, ""), Options{Deterministic: true})
	a, b := render(t, r, stressBrief()), render(t, r, stressBrief())
	if !bytes.Equal(a, b) {
		t.Fatal("two deterministic renders of the same brief differ")
	}
}
