package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefsmith/briefs/summarize/eval/realnews"
	"briefsmith/internal/sharedtest"
)

// labelsOf is the labels file that produces a's label file.
func labelsOf(a realnews.Article) string {
	var b strings.Builder
	for i, s := range a.Sentences {
		fmt.Fprintf(&b, "%d %s\n", i, s.Label[:1])
	}
	for _, sec := range []string{realnews.Happened, realnews.Matters, realnews.Next} {
		fmt.Fprintf(&b, "best %s", sec[:1])
		for _, i := range a.Best[sec] {
			fmt.Fprintf(&b, " %d", i)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestWriteReproducesCommittedLabels rewrites every committed label file
// from its own labels and checks the result is byte for byte the same: the
// tool still reads every corpus as it was labelled.
func TestWriteReproducesCommittedLabels(t *testing.T) {
	gt := sharedtest.Path(realnews.GroundTruth)
	if gt == "" {
		t.Skip("../shared is absent")
	}
	shared := filepath.Dir(filepath.Dir(filepath.Dir(gt)))
	entries, err := loadEntries(shared)
	if err != nil {
		t.Fatal(err)
	}
	committed := filepath.Join("..", "testdata", "realnews")
	arts, err := realnews.Load(committed)
	if err != nil || len(arts) == 0 {
		t.Fatalf("Load = %d, %v", len(arts), err)
	}
	dir := t.TempDir()
	for _, a := range arts {
		name := a.ID
		switch a.Kind() {
		case realnews.XSum:
			name = xsumPrefix + a.ID
		case realnews.Mozilla:
			name = mozillaPrefix + a.ID
		}
		labels := filepath.Join(dir, "labels.txt")
		if err := os.WriteFile(labels, []byte(labelsOf(a)), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := write(entries, name, labels, dir); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		file := fileName(entry{name: name, article: a}) + ".json"
		got, _ := os.ReadFile(filepath.Join(dir, file))
		want, _ := os.ReadFile(filepath.Join(committed, file))
		if !bytes.Equal(got, want) {
			t.Errorf("%s: rewritten label file differs from the committed one", file)
		}
	}
}

// xsumSample is an XSum .data file.
const xsumSample = "[XSUM]URL[XSUM]\nhttp://web.archive.org/web/1/http://www.bbc.co.uk/news/123\n" +
	"[XSUM]INTRODUCTION[XSUM]\nThe council approved the plan on Monday.\n" +
	"[XSUM]RESTBODY[XSUM]\nShare this with\nWork will start in May.\n"

// fakeShared is a ../shared with a one-article ground truth and one XSum sample.
func fakeShared(t *testing.T) string {
	t.Helper()
	shared := t.TempDir()
	files := map[string]string{
		realnews.GroundTruth:                `{"4abc": {"articleBody": "A thing happened. It matters.", "url": "https://www.example.com/a"}}`,
		realnews.XSumDir + "/part/123.data": xsumSample,
	}
	for rel, text := range files {
		p := filepath.Join(shared, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return shared
}

func TestListXSum(t *testing.T) {
	shared := fakeShared(t)
	var out bytes.Buffer
	if err := run(shared, &out, []string{"list"}); err != nil {
		t.Fatal(err)
	}
	want := "4abc\ttrain\t5\thttps://www.example.com/a\nxsum-123\t" + realnews.XSumSplitFor("123") +
		"\t12\thttp://web.archive.org/web/1/http://www.bbc.co.uk/news/123\n"
	if out.String() != want {
		t.Errorf("list = %q, want %q", out.String(), want)
	}
}

func TestDumpXSum(t *testing.T) {
	shared := fakeShared(t)
	var out bytes.Buffer
	if err := run(shared, &out, []string{"dump", "xsum-1"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "0\t[0,40]\tThe council approved the plan on Monday.") || !strings.Contains(out.String(), "1\t[42,65]\tWork will start in May.") {
		t.Errorf("dump = %q", out.String())
	}
}

func TestWriteXSum(t *testing.T) {
	shared := fakeShared(t)
	entries, err := loadEntries(shared)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	labels := filepath.Join(dir, "l.txt")
	if err := os.WriteFile(labels, []byte("0 h\n1 n\nbest h 0\nbest m\nbest n 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := write(entries, "xsum-123", labels, dir); err != nil {
		t.Fatal(err)
	}
	arts, err := realnews.Load(dir)
	if err != nil || len(arts) != 1 {
		t.Fatalf("Load = %v, %v", arts, err)
	}
	a := arts[0]
	if a.Kind() != realnews.XSum || a.ID != "123" || a.Field != realnews.XSumField || a.Outlet != realnews.XSumOutlet || a.Split != a.WantSplit() {
		t.Errorf("label file %+v", a)
	}
	body, err := realnews.NewLibrary(shared).Body(a)
	if err != nil || a.Check(body) != nil {
		t.Errorf("the label file does not match its body: %v, %v", err, a.Check(body))
	}
	if _, err := os.Stat(filepath.Join(dir, "xsum-123.json")); err != nil {
		t.Error(err)
	}
}

func TestReadLabelsRejects(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"missing": "0 h\n",
		"letter":  "0 h\n1 x\n",
		"range":   "0 h\n1 o\n2 o\n",
		"best":    "0 h\n1 o\nbest o 1\n",
	} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, _, err := readLabels(p, 2); err == nil {
			t.Errorf("%s: labels file accepted", name)
		}
	}
	shared := fakeShared(t)
	entries, err := loadEntries(shared)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "wrongbest")
	if err := os.WriteFile(p, []byte("0 h\n1 o\nbest m 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := write(entries, "xsum-123", p, dir); err == nil {
		t.Error("a best sentence without its section's label is written")
	}
}

// fakeMozilla adds the Readability test page paper-1 to a fake ../shared.
func fakeMozilla(t *testing.T, shared string) {
	t.Helper()
	dir := filepath.Join(shared, filepath.FromSlash(realnews.MozillaDir), "paper-1")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "expected.html"), []byte("<p>The mayor quit on Monday.</p><p>An election is due in May.</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestListDumpMozilla(t *testing.T) {
	shared := fakeShared(t)
	fakeMozilla(t, shared)
	var out bytes.Buffer
	if err := run(shared, &out, []string{"list"}); err != nil {
		t.Fatal(err)
	}
	if want := "mozilla-paper-1\t" + realnews.MozillaSplitFor("paper-1") + "\t11\t\n"; !strings.HasSuffix(out.String(), want) {
		t.Errorf("list = %q, want it to end %q", out.String(), want)
	}
	out.Reset()
	if err := run(shared, &out, []string{"dump", "mozilla-paper-1"}); err != nil || !strings.Contains(out.String(), "1\t[27,53]\tAn election is due in May.") {
		t.Errorf("dump = %q, %v", out.String(), err)
	}
}

func TestWriteMozilla(t *testing.T) {
	shared := fakeShared(t)
	fakeMozilla(t, shared)
	entries, err := loadEntries(shared)
	if err != nil {
		t.Fatal(err)
	}
	labels := filepath.Join(t.TempDir(), "l.txt")
	if err := os.WriteFile(labels, []byte("0 h\n1 n\nbest h 0\nbest n 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	outDir := t.TempDir()
	if err := write(entries, "mozilla-paper-1", labels, outDir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(outDir, "mozilla-paper-1.json")); err != nil {
		t.Fatal(err)
	}
	arts, err := realnews.Load(outDir)
	if err != nil || len(arts) != 1 {
		t.Fatalf("Load = %v, %v", arts, err)
	}
	a := arts[0]
	if a.Kind() != realnews.Mozilla || a.ID != "paper-1" || a.Field != realnews.MozillaField || a.Outlet != "paper" || a.Split != a.WantSplit() {
		t.Errorf("label file %+v", a)
	}
	if body, err := realnews.NewLibrary(shared).Body(a); err != nil || a.Check(body) != nil {
		t.Errorf("the label file does not match its body: %v", err)
	}
}

// TestFindPrefersExactName: a page whose name is a prefix of others' is
// found by its full name.
func TestFindPrefersExactName(t *testing.T) {
	entries := []entry{{name: "mozilla-wikipedia"}, {name: "mozilla-wikipedia-2"}}
	if e, err := find(entries, "mozilla-wikipedia"); err != nil || e.name != "mozilla-wikipedia" {
		t.Errorf("find = %q, %v", e.name, err)
	}
	if _, err := find(entries, "mozilla-wiki"); err == nil {
		t.Error("an ambiguous prefix is found")
	}
}
