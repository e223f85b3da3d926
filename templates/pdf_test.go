package templates

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"briefsmith/briefs"
)

// popplerTool returns the path of a poppler utility, skipping the test when
// it is missing (and failing it on CI, where it must be installed).
func popplerTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is required on CI (apt-get install poppler-utils)", name)
		}
		t.Skipf("%s not on PATH", name)
	}
	return path
}

// pdfTool writes pdf to a file and returns what the poppler tool prints.
func pdfTool(t *testing.T, tool string, pdf []byte, args ...string) string {
	t.Helper()
	path := popplerTool(t, tool)
	file := filepath.Join(t.TempDir(), "brief.pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if tool == "pdfinfo" || tool == "pdffonts" {
		out, err := exec.Command(path, file).Output()
		if err != nil {
			t.Fatalf("%s: %v", tool, err)
		}
		return string(out)
	}
	out, err := exec.Command(path, append(args, file, "-")...).Output()
	if err != nil {
		t.Fatalf("%s: %v", tool, err)
	}
	if false {
		out, err = exec.Command(path, file).Output()
		if err != nil {
			t.Fatalf("pdfinfo: %v", err)
		}
	}
	return string(out)
}

// normalize folds whitespace and rejoins words hyphenated across lines.
func normalize(s string) string {
	s = regexp.MustCompile(`-\s*\n\s*`).ReplaceAllString(s, "-")
	return strings.Join(strings.Fields(s), " ")
}

// readingOrder is every heading and sentence of doc in the order a reader
// meets them.
func readingOrder(doc *Document, caps func(string) string) []string {
	want := []string{doc.Title}
	if doc.BottomLine != "" {
		want = append(want, doc.BottomLine)
	}
	for _, g := range doc.Groups {
		if g.Heading != "" {
			want = append(want, strings.ToUpper(g.Heading))
		}
		for _, it := range g.Items {
			want = append(want, it.Headline)
			for _, p := range it.Source {
				want = append(want, p.Text)
			}
			for _, sec := range it.Sections {
				want = append(want, caps(sec.Title))
				want = append(want, sec.Points...)
			}
			if it.Quote != nil {
				want = append(want, it.Quote.Text, it.Quote.Speaker)
			}
		}
	}
	return want
}

// inOrder fails t unless every string of want appears in got, each after
// the one before.
func inOrder(t *testing.T, got string, want []string) {
	t.Helper()
	pos := 0
	for _, w := range want {
		i := strings.Index(got[pos:], normalize(w))
		if i < 0 {
			t.Errorf("output lacks %q after position %d (or has it out of order)", w, pos)
			continue
		}
		pos += i + len(normalize(w))
	}
}

func TestPDFTextComesBack(t *testing.T) {
	for _, name := range Names() {
		t.Run(name, func(t *testing.T) {
			tpl := mustLookup(t, name)
			b := sampleBrief()
			text := normalize(pdfTool(t, "pdftotext", render(t, NewPDF(tpl, Options{}), b), "-enc", "UTF-8"))
			caps := (&writer{d: &doc{t: tpl}}).sectionTitle
			inOrder(t, text, readingOrder(NewDocument(tpl, b), caps))
			if !strings.Contains(text, "Prepared by") || !strings.Contains(text, "Policy Unit") {
				t.Error("the title block lacks the preparer")
			}
		})
	}
}

func TestPDFMetadata(t *testing.T) {
	info := pdfTool(t, "pdfinfo", render(t, NewPDF(mustLookup(t, ""), Options{}), sampleBrief()))
	for _, want := range []string{
		"Title:           Energy and Trade Morning Brief",
		"Author:          Policy Unit",
		"Subject:         Morning Brief for Monday 23 November 2026, prepared for Minister for Trade",
		"Keywords:        Energy, Trade",
		"Creator:         Briefsmith",
		"Pages:           2",
		"Page size:       595.28 x 841.89 pts (A4)",
	} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
}

func TestPDFLinksAndBookmarks(t *testing.T) {
	b := sampleBrief()
	pdf := string(render(t, NewPDF(mustLookup(t, ""), Options{Deterministic: true}), b))
	for _, it := range b.Items {
		if want := "/S /URI /URI (" + it.Article.URL + ")"; !strings.Contains(pdf, want) {
			t.Errorf("no link annotation %q", want)
		}
	}
	// Two topics plus four items in the outline, and four top lines linked
	// to their items.
	if got := strings.Count(pdf, "/Dest ["); got != 10 {
		t.Errorf("found %d destinations, want 6 outline entries + 4 top-line links", got)
	}
	if !strings.Contains(pdf, "/Lang (en)") {
		t.Error("catalog has no /Lang")
	}
	if !strings.Contains(pdf, "/Outlines") {
		t.Error("catalog has no /Outlines")
	}
}

func TestPDFRunningHeaderUsesSmallType(t *testing.T) {
	pdf := render(t, NewPDF(mustLookup(t, ""), Options{}), benchBrief(3))
	path := popplerTool(t, "pdftotext")
	file := filepath.Join(t.TempDir(), "b.pdf")
	os.WriteFile(file, pdf, 0o644)
	out, err := exec.Command(path, "-f", "2", "-l", "2", "-bbox", file, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	// The first word on page 2 is the header's "Benchmark"; its box height
	// is about the font size: 7.5 pt for the header, 10 pt for body text.
	m := regexp.MustCompile(`<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>`).FindStringSubmatch(string(out))
	if m == nil || m[3] != "Benchmark" {
		t.Fatalf("first word on page 2 = %q, want the running header", m)
	}
	var y0, y1 float64
	fmt.Sscan(m[1], &y0)
	fmt.Sscan(m[2], &y1)
	if h := y1 - y0; h > 9 {
		t.Errorf("running header is set %.1f pt high, want the 7.5 pt footer size", h)
	}
}

func TestPDFOutlineParents(t *testing.T) {
	b := sampleBrief()
	b.Items[0].Topic, b.Items[1].Topic = "", "" // untopical items first, then topics
	pdf := string(render(t, NewPDF(mustLookup(t, ""), Options{Deterministic: true}), b))
	entries := regexp.MustCompile(`(\d+) 0 obj\n<</Title [^\n]*\n/Parent (\d+) 0 R`).FindAllStringSubmatch(pdf, -1)
	if len(entries) != 5 {
		t.Fatalf("found %d outline entries, want 5 (2 items, 1 topic, 2 items under it)", len(entries))
	}
	for _, e := range entries {
		if e[1] == e[2] {
			t.Errorf("outline entry %s is its own parent", e[1])
		}
	}
}

func TestPDFLinksOnlyWebAddresses(t *testing.T) {
	tests := []struct {
		name, url string
		linked    bool
	}{
		{"https", "https://example.com/a", true},
		{"mailto", "mailto:desk@example.com", true},
		{"javascript", "javascript:alert(1)", false},
		{"file", "file:///etc/passwd", false},
		{"relative", "/news/a", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pdf := string(render(t, NewPDF(mustLookup(t, ""), Options{Deterministic: true}), edgeBrief("T", "H", "x", "", tt.url)))
			if got := strings.Contains(pdf, "/S /URI /URI ("+tt.url+")"); got != tt.linked {
				t.Errorf("linked = %v, want %v", got, tt.linked)
			}
		})
	}
}

func TestPDFContentsLinksToItems(t *testing.T) {
	pdf := string(render(t, NewPDF(mustLookup(t, "client-summary"), Options{Deterministic: true}), sampleBrief()))
	// 6 outline entries and one internal link per contents line.
	if got := strings.Count(pdf, "/Dest ["); got != 10 {
		t.Errorf("found %d destinations, want 6 bookmarks + 4 contents links", got)
	}
}

// edgeCases are briefs that must render: each is also a fuzz seed.
var edgeCases = []struct {
	name                              string
	title, headline, text, quote, url string
}{
	{"ordinary", "Morning Brief", "Ports strike", "Workers voted to strike.", "No choice.", "https://example.com/a"},
	{"all empty", "", "", "", "", ""},
	{"invalid utf8 everywhere", "\xc0", "\xff\xfe", "a\xc0b", "\xed\xa0\x80", "https://\xc0.com"},
	{"emoji everywhere", "🚀", "👍🏽 news", "🇬🇧 deal 👨‍👩‍👧", "😀", "https://example.com/😀"},
	{"controls", "\x00\x01", "\x1b[31m", "\t\r\n\u202e", "\u200b", "\x00"},
	{"arabic and hebrew", "تقرير", "مرحبا بالعالم", "שלום עולם 42.", "قال الوزير", "https://example.com"},
	{"cjk", "简报", "中文标题", "日本語のテキストと한국어", "𠀀", ""},
	{"megabyte line", strings.Repeat("T", 1<<20), strings.Repeat("H", 1<<20), strings.Repeat("x", 1<<20), strings.Repeat("q", 1<<20), "https://example.com/" + strings.Repeat("p", 1<<20)},
	{"many short lines", "t", "h", strings.Repeat("a\n", 5000), strings.Repeat("\n", 100), "mailto:someone@example.com"},
	{"page alias in text", "{nb}", "{nb}", "Page {nb}", "(\\)", "javascript:alert(1)"},
}

func edgeBrief(title, headline, text, quote, url string) *briefs.Brief {
	return &briefs.Brief{
		Title: title, Date: "2026-11-23", PreparedBy: title, PreparedFor: headline, Distribution: quote, BottomLine: text,
		Items: []briefs.Item{{
			ID: "item-1", Status: briefs.StatusDraft, Topic: headline,
			Article: briefs.Article{Title: title, Site: headline, Byline: quote, URL: url},
			Summary: briefs.Summary{
				Headline: headline, WhatHappened: pts(text, text), WhyItMatters: pts(quote), WhatsNext: pts(headline),
				Quote: &briefs.Quote{Text: quote, Speaker: title},
			},
		}},
	}
}

// checkPDF fails unless out looks like a whole PDF file.
func checkPDF(t testing.TB, out []byte) {
	t.Helper()
	if !bytes.HasPrefix(out, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimSpace(out), []byte("%%EOF")) {
		t.Fatalf("output is not a whole PDF (%d bytes)", len(out))
	}
}

func TestRenderPDFEdgeCases(t *testing.T) {
	for _, tt := range edgeCases {
		t.Run(tt.name, func(t *testing.T) {
			for _, name := range Names() {
				var buf bytes.Buffer
				err := NewPDF(mustLookup(t, name), Options{}).Render(context.Background(), &buf, edgeBrief(tt.title, tt.headline, tt.text, tt.quote, tt.url))
				var fit *FitError
				if errors.As(err, &fit) && name == "one-pager" {
					continue // too long for one page: said so, as it should
				}
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				checkPDF(t, buf.Bytes())
			}
		})
	}
}

func TestRenderPDFMegabyteLineIsFast(t *testing.T) {
	b := edgeBrief("t", "h", strings.Repeat("x", 1<<20), "", "")
	r := NewPDF(mustLookup(t, ""), Options{})
	// Best of three: the machine running the tests may be busy.
	best := time.Hour
	for range 3 {
		start := time.Now()
		checkPDF(t, render(t, r, b))
		best = min(best, time.Since(start))
	}
	if best > time.Second {
		t.Errorf("a 1 MB line took %v to render, want under a second", best)
	}
}

func TestRenderPDFStressBrief(t *testing.T) {
	out := render(t, NewPDF(mustLookup(t, ""), Options{}), stressBrief())
	checkPDF(t, out)
	// pdftotext puts right-to-left runs back in reading order, wrapped in
	// embedding marks; NFKC folds the Arabic presentation forms back.
	text := strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, norm.NFKC.String(pdfTool(t, "pdftotext", out, "-enc", "UTF-8")))
	text = normalize(text)
	for _, want := range []string{"Привет, мир!", "Emoji and flags vanish, text stays.", "Bold speaker", "Donaudampfschifffahrts",
		"مرحبا بالعالم", "قال الوزير إن الحكومة", "שלום עולם"} {
		if !strings.Contains(text, want) {
			t.Errorf("pdftotext output lacks %q", want)
		}
	}
}

func TestRenderPDFErrors(t *testing.T) {
	r := NewPDF(mustLookup(t, ""), Options{})
	if err := r.Render(context.Background(), &bytes.Buffer{}, nil); err == nil {
		t.Error("a nil brief rendered without error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var buf bytes.Buffer
	if err := r.Render(ctx, &buf, sampleBrief()); !errors.Is(err, context.Canceled) || buf.Len() != 0 {
		t.Errorf("cancelled render: err = %v, %d bytes written; want context.Canceled and nothing", err, buf.Len())
	}
	for name, spoil := range map[string]func(*Template){
		"bad colour":     func(t *Template) { t.Colors.Accent = "teal" },
		"zero body size": func(t *Template) { t.Sizes.Body = 0 },
		"no page size":   func(t *Template) { t.Page.Size = "" },
		"zero value":     func(t *Template) { *t = Template{} },
	} {
		bad := mustLookup(t, "")
		spoil(&bad)
		if err := NewPDF(bad, Options{}).Render(context.Background(), &buf, sampleBrief()); err == nil {
			t.Errorf("a template with %s rendered without error", name)
		}
	}
}

func FuzzRenderPDF(f *testing.F) {
	for _, tt := range edgeCases {
		if len(tt.text) < 1<<12 { // the fuzzer mutates small seeds better
			f.Add(tt.title, tt.headline, tt.text, tt.quote, tt.url)
		}
	}
	r := NewPDF(mustLookup(f, ""), Options{})
	f.Fuzz(func(t *testing.T, title, headline, text, quote, url string) {
		start := time.Now()
		checkPDF(t, render(t, r, edgeBrief(title, headline, text, quote, url)))
		// Generous: fuzz workers share two busy cores; a hang is what this catches.
		if d := time.Since(start); d > 5*time.Second {
			t.Fatalf("render took %v", d)
		}
	})
}
