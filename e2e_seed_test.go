package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"briefsmith/briefs"
	"briefsmith/internal/sharedtest"
)

// sharedDir is ../shared/testdata beside the repository, or "" when it is absent
// (the project must pass without it).
func sharedDir() string { return sharedtest.Path("testdata") }

func seedArticle(t *testing.T) string {
	dir := sharedDir()
	if dir == "" {
		t.Skip("../shared/testdata not found")
	}
	return filepath.Join(dir, "us-iran-talks.txt")
}

// sectionOf maps each line of the seed article to the heading above it
// ("" for the lead before the first heading).
func sectionsOfSource(t *testing.T, path string) map[string]string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	heading := ""
	where := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if len(strings.Fields(line)) <= 6 && !strings.HasSuffix(line, ".") {
			heading = strings.TrimSuffix(line, "?")
			continue
		}
		where[normalizeSpace(line)] = heading
	}
	return where
}

func headingOf(where map[string]string, sentence string) (string, bool) {
	s := normalizeSpace(sentence)
	for para, h := range where {
		if strings.Contains(para, s) {
			return h, true
		}
	}
	return "", false
}

// TestSeedArticleSections is the foundation issue's acceptance check on the
// real article in ../shared/testdata.
func TestSeedArticleSections(t *testing.T) {
	src := seedArticle(t)
	r := runBin(t, "", "summarize", src)
	if r.code != 0 {
		t.Fatalf("code %d: %s", r.code, r.stderr)
	}
	var items []struct {
		Summary briefs.Summary `json:"summary"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &items); err != nil {
		t.Fatal(err)
	}
	s := items[0].Summary
	wh := strings.Join(s.Texts(briefs.WhatHappened), " ")
	if !strings.Contains(wh, "Rubio") || !strings.Contains(wh, "Khamenei") || !strings.Contains(wh, "meet") {
		t.Errorf("What Happened does not report the news (Rubio: Trump would meet Khamenei): %q", wh)
	}
	where := sectionsOfSource(t, src)
	allowed := map[briefs.Section][]string{
		briefs.WhatHappened: {"", "What Happened"},
		briefs.WhyItMatters: {"Why This Matters"},
		briefs.WhatsNext:    {"What Happens Next"},
	}
	for sec, ok := range allowed {
		texts := s.Texts(sec)
		if len(texts) == 0 {
			t.Errorf("%s is empty", sec.Title())
		}
		for _, text := range texts {
			h, found := headingOf(where, text)
			if !found {
				t.Errorf("%q is not a sentence of the article", text)
			} else if !contains(ok, h) {
				t.Errorf("%s took %q from under heading %q", sec.Title(), text, h)
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestSeedAndSamplesPDFText checks that pdftotext gives back every heading
// and summary sentence of a brief made from the seed and the samples.
func TestSeedAndSamplesPDFText(t *testing.T) {
	srcs := []string{sample("harbour-bridge-closure.txt"), sample("library-robotics.html"), sample("solar-cooperative.md"), sample("grain-prices.txt")}
	if dir := sharedDir(); dir != "" {
		srcs = append([]string{filepath.Join(dir, "us-iran-talks.txt")}, srcs...)
	}
	dir := t.TempDir()
	bf, pdf := filepath.Join(dir, "b.brief"), filepath.Join(dir, "b.pdf")
	if r := runBin(t, "", append([]string{"compose", "-o", bf}, srcs...)...); r.code != 0 {
		t.Fatalf("compose: %s", r.stderr)
	}
	if r := runBin(t, "", "export", "-o", pdf, bf); r.code != 0 {
		t.Fatalf("export: %s", r.stderr)
	}
	text := strings.ReplaceAll(pdfText(t, pdf), "- ", "-")
	b, err := briefs.Load(bf)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range b.Items {
		want := []string{it.Summary.Headline}
		for _, sec := range briefs.Sections {
			want = append(want, it.Summary.Texts(sec)...)
		}
		for _, w := range want {
			if !strings.Contains(text, strings.ReplaceAll(normalizeSpace(w), "- ", "-")) {
				t.Errorf("PDF text lacks %q", w)
			}
		}
	}
	for _, h := range []string{"What Happened", "Why It Matters", "What's Next"} {
		if n := strings.Count(strings.ToLower(text), strings.ToLower(h)); n < len(b.Items) {
			t.Errorf("heading %q appears %d times for %d items", h, n, len(b.Items))
		}
	}
}

var generatedPara = regexp.MustCompile(`\s+`)

// writeHTMLArticles writes n realistic, distinct news pages of about 600
// words each for the compose benchmark.
func writeHTMLArticles(t testing.TB, dir string, n int) []string {
	var paths []string
	for i := range n {
		var body strings.Builder
		for p := range 12 {
			fmt.Fprintf(&body, "<p>Officials in district %d said on Tuesday that the plan number %d would cost $%d.%d million, and that %d residents had signed a petition. \"We will review every objection before the vote,\" said councillor Alex Morgan-%d. The committee is expected to decide next month, and critics warned the project could delay bus services for %d weeks.</p>\n", i, p, i+p+3, p, 100*(i+1), p, p+2)
		}
		page := fmt.Sprintf(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>District %d transport plan faces vote</title>
<meta property="og:site_name" content="Test Gazette"><meta property="article:published_time" content="2026-11-%02dT07:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>District %d transport plan faces vote</h1>%s</article><footer>© Test Gazette</footer></body></html>`, i, i%28+1, i, body.String())
		p := filepath.Join(dir, fmt.Sprintf("article-%02d.html", i))
		if err := os.WriteFile(p, []byte(generatedPara.ReplaceAllString(page, " ")), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// BenchmarkCompose20HTML runs the real binary: compose 20 local HTML
// articles to PDF. It reports wall time per run (ns/op) and the peak
// resident memory of the process (peak-RSS-MB). Targets: ≤ 1 s, ≤ 100 MB.
func BenchmarkCompose20HTML(b *testing.B) {
	dir := b.TempDir()
	srcs := writeHTMLArticles(b, dir, 20)
	args := append([]string{"compose", "-o", filepath.Join(dir, "out.pdf")}, srcs...)
	var peak int64
	for b.Loop() {
		r := runBin(b, "", args...)
		if r.code != 0 {
			b.Fatalf("compose: %s", r.stderr)
		}
		peak = max(peak, r.maxRSSKiB)
	}
	b.ReportMetric(float64(peak)/1024, "peak-RSS-MB")
}

// TestComposeBudget keeps the compose figures from regressing badly: twice
// the budget, so a loaded CI machine does not flake.
func TestComposeBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	dir := t.TempDir()
	srcs := writeHTMLArticles(t, dir, 20)
	args := append([]string{"compose", "-o", filepath.Join(dir, "out.pdf")}, srcs...)
	runBin(t, "", args...) // warm the page cache
	best := result{wall: time.Hour}
	for range 3 {
		r := runBin(t, "", args...)
		if r.code != 0 {
			t.Fatalf("compose: %s", r.stderr)
		}
		if r.wall < best.wall {
			best = r
		}
	}
	t.Logf("compose 20 HTML → PDF: %v wall, %.1f MB peak RSS", best.wall, float64(best.maxRSSKiB)/1024)
	if best.wall > 2*time.Second || best.maxRSSKiB > 200*1024 {
		t.Errorf("compose took %v and %d KiB; budget 1 s and 100 MB", best.wall, best.maxRSSKiB)
	}
}
