package pdf

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// needTool skips when pdftotext is missing, except in CI, where `make`
// installs it and its absence is a failure.
func needTool(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftotext is missing (make deps installs poppler-utils)")
		}
		t.Skip("pdftotext is not installed")
	}
}

var article = []textLine{
	{72, 760, "Ferry strike ends after talks"},
	{72, 730, "The harbour ferries will run again on Monday after the"},
	{72, 716, "union and the operator agreed on a new rota for the win-"},
	{72, 702, "ter timetable."},
	{72, 670, "Passengers should expect delays on the first day."},
}

func TestRead(t *testing.T) {
	needTool(t)
	tests := []struct {
		name    string
		path    string
		want    []string // paragraphs, in order
		title   string
		wantErr error
	}{
		{"an article", makePDF(t, "Ferry strike", article, false), []string{
			"Ferry strike ends after talks",
			"The harbour ferries will run again on Monday after the union and the operator agreed on a new rota for the winter timetable.",
			"Passengers should expect delays on the first day.",
		}, "Ferry strike", nil},
		{"a scanned page with no text layer", makePDF(t, "Scan", nil, true), nil, "", ErrNoTextLayer},
		{"not a PDF", writeFile(t, "%PDF-1.4\ngarbage"), nil, "", ErrUnreadable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(context.Background(), tt.path, Options{})
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if got := strings.Split(doc.Text, "\n\n"); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("text\n%q\nwant\n%q", got, tt.want)
			}
			if doc.Title != tt.title || doc.Author != "Test Desk" || doc.Pages != 1 {
				t.Errorf("title %q author %q pages %d", doc.Title, doc.Author, doc.Pages)
			}
		})
	}
}

// TestModes is the evidence for -bbox-layout: on a two-column page it
// keeps each column whole and the paragraphs apart, where the default mode
// runs the paragraphs together and -layout mixes the columns line by line.
func TestModes(t *testing.T) {
	needTool(t)
	var lines []textLine
	for i := range 3 {
		lines = append(lines, textLine{72, 760 - 14*i, "left words"}, textLine{320, 760 - 14*i, "right words"})
	}
	for i := range 3 {
		lines = append(lines, textLine{72, 680 - 14*i, "second para"})
	}
	path := makePDF(t, "Columns", lines, false)
	doc, err := Read(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	left := "left words left words left words"
	if !strings.Contains(doc.Text, left+"\n\nsecond para") && !strings.Contains(doc.Text, left+"\n\n") {
		t.Errorf("-bbox-layout: columns or paragraphs lost: %q", doc.Text)
	}
	mode := func(args ...string) string {
		out, err := exec.Command("pdftotext", append(args, "-enc", "UTF-8", path, "-")...).Output()
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", makePDF(t, "Ferry", article, false), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), "talks\n\n") {
		t.Errorf("the default mode kept paragraphs apart after all; revisit the choice: %q", out)
	}
	if layout := strings.Join(strings.Fields(mode("-layout")), " "); !strings.Contains(layout, "left words right words") {
		t.Errorf("-layout kept the columns apart after all; revisit the choice: %q", layout)
	}
}

func TestReadLimits(t *testing.T) {
	needTool(t)
	path := makePDF(t, "Ferry", article, false)
	if _, err := Read(context.Background(), path, Options{MaxOutput: 20}); !errors.Is(err, ErrTooMuchText) {
		t.Errorf("cap: %v", err)
	}
	if _, err := Read(context.Background(), path, Options{Tool: "no-such-pdftotext"}); !errors.Is(err, ErrNoTool) {
		t.Errorf("missing tool: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Read(ctx, path, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	slow := filepath.Join(t.TempDir(), "pdftotext")
	os.WriteFile(slow, []byte("#!/bin/sh\nsleep 5\n"), 0o700)
	start := time.Now()
	if _, err := Read(context.Background(), path, Options{Tool: slow, Timeout: 200 * time.Millisecond}); !errors.Is(err, ErrTimeout) {
		t.Errorf("timeout: %v", err)
	}
	if time.Since(start) > 3*time.Second {
		t.Errorf("the timeout took %s", time.Since(start))
	}
}

func writeFile(t testing.TB, s string) string {
	p := filepath.Join(t.TempDir(), "x.pdf")
	if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// FuzzParseBBox covers the wrapper's own reading of pdftotext's XHTML.
func FuzzParseBBox(f *testing.F) {
	f.Add(`<html><head><title>T</title><meta name="Author" content="A"/></head><body><doc><page><flow><block><line><word>exam-</word></line><line><word>ple</word></line></block></flow></page></doc></body></html>`)
	f.Add(`<page><block><line><word>&amp;&nbsp;</word>`)
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := parseBBox(s)
		if err == nil && strings.Contains(doc.Text, "\n\n\n") {
			t.Fatalf("parseBBox(%q) = %q", s, doc.Text)
		}
	})
}

var update = flag.Bool("update", false, "rewrite testdata/*.pdf")

// TestFixtures keeps testdata/ferry.pdf and testdata/scan.pdf (used by the
// importer's tests) equal to what makePDF builds; -update rewrites them.
func TestFixtures(t *testing.T) {
	for name, image := range map[string]bool{"ferry.pdf": false, "scan.pdf": true} {
		var lines []textLine
		if !image {
			lines = article
		}
		b, err := os.ReadFile(makePDF(t, "Ferry strike", lines, image))
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", name)
		if *update {
			os.MkdirAll("testdata", 0o755)
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if got, err := os.ReadFile(path); err != nil || !bytes.Equal(got, b) {
			t.Errorf("%s is stale (run go test -update): %v", path, err)
		}
	}
}
