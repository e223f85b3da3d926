package app

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func TestParseImportInput(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		labels []string
		text   bool   // one pasted-text job
		source string // the first job's source, when it is a file
	}{
		{"empty", "  \n ", nil, false, ""},
		{"one link", "https://a.example/x", []string{"https://a.example/x"}, false, ""},
		{"links with blank lines", "https://a.example/x\n\n http://b.example/y ", []string{"https://a.example/x", "http://b.example/y"}, false, ""},
		{"prose", "The council voted on Tuesday.", []string{"Pasted text"}, true, ""},
		{"link inside prose", "Read https://a.example/x today", []string{"Pasted text"}, true, ""},
		{"a link then prose", "https://a.example/x\nThe council voted.", []string{"Pasted text"}, true, ""},
		{"copied files", "file:///home/a/Morning%20news.txt\n/tmp/b.html", []string{"file:///home/a/Morning%20news.txt", "/tmp/b.html"}, false, "/home/a/Morning news.txt"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			jobs := parseImportInput(tc.in)
			var labels []string
			for _, j := range jobs {
				labels = append(labels, j.label)
			}
			if !slices.Equal(labels, tc.labels) {
				t.Fatalf("labels %q, want %q", labels, tc.labels)
			}
			if tc.text && jobs[0].text != strings.TrimSpace(tc.in) {
				t.Errorf("pasted text %q", jobs[0].text)
			}
			if tc.source != "" && jobs[0].source != tc.source {
				t.Errorf("file URI read as %q", jobs[0].source)
			}
		})
	}
}

func TestRunImportsListsEveryFailure(t *testing.T) {
	imp := &fakeImporter{articles: sampleArticles()}
	jobs := parseImportInput("https://news.example/bridge\nhttps://news.example/gone\nhttps://news.example/solar")
	var steps []int
	out := runImports(context.Background(), imp, jobs, func(done, _ int, _ string) { steps = append(steps, done) })
	arts, failed := out.arts, out.failed
	if len(arts) != 2 || len(failed) != 1 || failed[0].label != "https://news.example/gone" {
		t.Fatalf("arts %d failed %v", len(arts), failed)
	}
	if !slices.Equal(steps, []int{1, 2, 3}) {
		t.Errorf("progress steps %v", steps)
	}
	if !strings.Contains(failureReport(2, failed), "gone: https://news.example/gone: not found") {
		t.Errorf("report lacks the reason: %q", failureReport(2, failed))
	}
}

func TestRunImportsStopsOnCancel(t *testing.T) {
	imp := &fakeImporter{articles: sampleArticles()}
	ctx, cancel := context.WithCancel(context.Background())
	jobs := parseImportInput(sampleURLs())
	out := runImports(ctx, imp, jobs, func(done, _ int, _ string) {
		if done == 1 {
			cancel()
		}
	})
	arts, failed := out.arts, out.failed
	if len(arts) != 1 || len(failed) != 2 || failed[0].err.Error() != "cancelled" {
		t.Fatalf("arts %d failed %v", len(arts), failed)
	}
}

func FuzzParseImportInput(f *testing.F) {
	for _, s := range []string{"https://a.example/x", "file:///tmp/a%20b.txt\n/tmp/c", "Prose. More prose.", " \n", "file://%zz"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		jobs := parseImportInput(in)
		if (strings.TrimSpace(in) == "") != (len(jobs) == 0) {
			t.Fatalf("%q gave %d jobs", in, len(jobs))
		}
	})
}
