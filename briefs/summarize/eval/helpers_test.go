package eval

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"briefsmith/briefs"
	"briefsmith/briefs/summarize"
	"briefsmith/internal/sharedtest"
)

// evalEnv is the variable that switches the measurements on.
const evalEnv = "BRIEFSMITH_EVAL"

// requireEval skips the test unless BRIEFSMITH_EVAL=1.
func requireEval(t *testing.T) {
	t.Helper()
	if os.Getenv(evalEnv) != "1" {
		t.Skipf("set %s=1 to run the evaluation (make eval)", evalEnv)
	}
}

// summaryTimeout bounds one summary, so that a hang fails the test instead
// of stalling it.
const summaryTimeout = 30 * time.Second

// summarise runs the offline summariser on a with the given length,
// failing the test on an error.
func summarise(t testing.TB, a briefs.Article, length briefs.Length) briefs.Summary {
	t.Helper()
	s, err := trySummarise(a, length)
	if err != nil {
		t.Fatalf("summarise %s: %v", a.Source, err)
	}
	return s
}

// trySummarise runs the offline summariser on a with the given length.
func trySummarise(a briefs.Article, length briefs.Length) (briefs.Summary, error) {
	ctx, cancel := context.WithTimeout(context.Background(), summaryTimeout)
	defer cancel()
	return summarize.New().Summarize(ctx, a, briefs.SummaryOptions{Length: length})
}

// sharedCorpus finds ../shared/corpora/name, skipping the test when it is
// absent.
func sharedCorpus(t *testing.T, name string) string {
	t.Helper()
	dir, err := sharedPath(name)
	if err != nil {
		t.Skip(err)
	}
	return dir
}

// sharedPath finds ../shared/corpora/name beside the repository root.
func sharedPath(name string) (string, error) {
	if p := sharedtest.Path("corpora/" + name); p != "" {
		return p, nil
	}
	return "", fmt.Errorf("../shared/corpora/%s is absent", name)
}

// labelledDir holds the hand-written articles with known sections.
const labelledDir = "testdata/sections"

// loadLabelled reads the labelled set, failing the test on any error.
func loadLabelled(t testing.TB) []Labelled {
	t.Helper()
	arts, err := LoadLabelled(labelledDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) == 0 {
		t.Fatalf("no labelled articles in %s", labelledDir)
	}
	return arts
}

// textOfWords builds a text of at least n words by repeating the
// paragraphs of the labelled articles (headings removed) in order.
func textOfWords(arts []Labelled, n int) (text string, words int) {
	var sb strings.Builder
	for words < n {
		for _, a := range arts {
			for _, r := range a.Stripped.Ranges {
				if words >= n {
					break
				}
				para := a.Stripped.Text[r.Start:r.End]
				if sb.Len() > 0 {
					sb.WriteString("\n\n")
				}
				sb.WriteString(para)
				words += len(strings.Fields(para))
			}
		}
	}
	return sb.String(), words
}

// pct formats a fraction as a percentage.
func pct(num, den int) float64 {
	if den == 0 {
		return 0
	}
	return 100 * float64(num) / float64(den)
}
