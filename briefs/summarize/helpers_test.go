package summarize

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefsmith/briefs"
)

// fixture reads testdata/name: a title line, a blank line, then the body.
func fixture(t testing.TB, name string) briefs.Article {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	title, body, _ := strings.Cut(string(data), "\n")
	return briefs.Article{Source: name, Title: strings.TrimSpace(title), Text: strings.TrimLeft(body, "\n")}
}

// fixtureNames lists the fixture articles in testdata.
var fixtureNames = []string{"axios-port-strike.txt", "headed-bridge-closure.txt", "plain-council-budget.txt"}

// summariseFor runs the summariser with a time bound, failing the test on an
// error.
func summariseFor(t testing.TB, a briefs.Article, l briefs.Length) briefs.Summary {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := New().Summarize(ctx, a, briefs.SummaryOptions{Length: l})
	if err != nil {
		t.Fatalf("summarise %s: %v", a.Source, err)
	}
	return s
}

// checkSpans fails unless every point's text is its span's text (with white
// space collapsed) and every span lies inside the article.
func checkSpans(t testing.TB, text string, s briefs.Summary) {
	t.Helper()
	for _, sec := range briefs.Sections {
		for _, p := range s.Points(sec) {
			if len(p.Spans) != 1 {
				t.Fatalf("%s: point %q has %d spans, want 1", sec.Key(), p.Text, len(p.Spans))
			}
			sp := p.Spans[0]
			if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
				t.Fatalf("%s: span %+v outside text of %d bytes", sec.Key(), sp, len(text))
			}
			if got := collapseSpace(text[sp.Start:sp.End]); got != p.Text {
				t.Fatalf("%s: span text %q differs from point %q", sec.Key(), got, p.Text)
			}
		}
	}
}

// jsonOf encodes a summary for comparison.
func jsonOf(t testing.TB, s briefs.Summary) string {
	t.Helper()
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// texts returns the texts of a section's points.
func texts(s briefs.Summary, sec briefs.Section) []string { return s.Texts(sec) }

// containsText reports whether any of ts equals want.
func containsText(ts []string, want string) bool {
	for _, t := range ts {
		if t == want {
			return true
		}
	}
	return false
}

// parsedAndRanked parses text as an article and ranks its sentences, under
// no title.
func parsedAndRanked(t *testing.T, text string) (*document, *ranking) {
	t.Helper()
	d, err := parseDocument(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	r, err := rankSentences(context.Background(), d, "")
	if err != nil {
		t.Fatal(err)
	}
	return d, r
}
