package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefsmith/briefs"
)

// A batch's memory is bounded by its concurrency, not by the number of
// sources (issue 11, item 4). One compose reads N hostile pages — each
// about 15,000 small <p> elements per MB, every page different so that no
// two merge as near-duplicates — through the real binary, with N equal to
// the import concurrency (briefs.DefaultImportConcurrency, 8) and then a
// multiple of it. Past the concurrency only the extracted text may add to
// the peak: every source's text is kept until the brief is written.
//
// The bound, on the peak the binary reports itself (runPeak): peak(N) ≤
// peak(concurrency) + batchTextFactor × the extra sources' text +
// batchSlackMiB. Past the concurrency no more pages are in flight; only
// what is retained may add: every source's text is kept until the brief is
// written, and then encoded. batchTextFactor is 6: about 3 bytes live per
// byte of text at the end (the text itself; the brief's indented JSON,
// which json.MarshalIndent builds from a compact encoding; briefs.Marshal's
// appended newline copies it once more), times 2 because Go's collector
// (GOGC=100) lets the heap reach twice the live data before it runs. The
// cost of one page in flight, (peak(concurrency) − the peak of `briefsmith
// version`) / concurrency, is logged, not bounded: see
// docs/notes/NOTES-soak2.md.
//
// `make test`: 0.5 MB pages, N = 8 and 24 (-short: 8 and 16);
// BRIEFSMITH_HOSTILE=1 (`make hostile`): 2 MB pages, N = 8 and 16 (32 of
// them would make a brief over briefs.MaxFileSize, which compose refuses).

// batchSlackMiB absorbs the scheduler: with N = concurrency the pages may
// not all be in flight at once, with more they always are.
const batchSlackMiB = 32

// batchTextFactor is the memory a byte of retained extracted text may cost
// at the peak (see above).
const batchTextFactor = 6

func TestBatchMemory(t *testing.T) {
	conc := briefs.DefaultImportConcurrency
	mb, big := 0.5, 3*conc
	switch {
	case os.Getenv("BRIEFSMITH_HOSTILE") == "1":
		mb, big = 2, 2*conc
	case testing.Short():
		big = 2 * conc
	}
	dir := t.TempDir()
	pages := make([]string, big)
	for i := range pages {
		pages[i] = writeBatchPage(t, dir, i, mb)
	}
	small := measureBatch(t, dir, pages[:conc])
	large := measureBatch(t, dir, pages)
	perText := large.textMiB / float64(big)
	limit := small.peakMiB + batchTextFactor*perText*float64(big-conc) + batchSlackMiB
	_, idleKiB := runPeak(t, "version")
	inFlight := (small.peakMiB - float64(idleKiB)/1024) / float64(conc)
	t.Logf("%.1f MB pages, import concurrency %d; N=%d: peak %.0f MiB, text %.1f MiB, %d items, %v; N=%d: peak %.0f MiB (limit %.0f), text %.1f MiB, %d items, %v; idle binary %.0f MiB, so %.1f MiB per page in flight (%.0f× the page)",
		mb, conc, conc, small.peakMiB, small.textMiB, small.items, small.wall.Round(time.Millisecond),
		big, large.peakMiB, limit, large.textMiB, large.items, large.wall.Round(time.Millisecond),
		float64(idleKiB)/1024, inFlight, inFlight*(1<<20)/(mb*1e6))
	if small.items != conc || large.items != big {
		t.Errorf("composed %d and %d items, want %d and %d (did pages merge as near-duplicates?)", small.items, large.items, conc, big)
	}
	if large.peakMiB > limit {
		t.Errorf("%d sources peaked at %.0f MiB, %d at %.0f MiB: more than their extra %.1f MiB of text explains (limit %.0f MiB); the batch's memory grows with its sources",
			big, large.peakMiB, conc, small.peakMiB, perText*float64(big-conc), limit)
	}
}

// batchRun is what one compose of a batch cost.
type batchRun struct {
	items            int
	peakMiB, textMiB float64
	wall             time.Duration
}

// measureBatch composes pages into a .brief and returns its peak memory
// and the article text it kept.
func measureBatch(t *testing.T, dir string, pages []string) batchRun {
	t.Helper()
	out := filepath.Join(dir, fmt.Sprintf("batch-%d.brief", len(pages)))
	r, peakKiB := runPeak(t, append([]string{"compose", "--date", "2026-11-23", "-o", out}, pages...)...)
	if r.code != 0 {
		t.Fatalf("compose of %d pages: code %d: %.500s", len(pages), r.code, r.stderr)
	}
	b, err := briefs.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	text := 0
	for _, it := range b.Items {
		text += len(it.Article.Text)
	}
	return batchRun{items: len(b.Items), peakMiB: float64(peakKiB) / 1024, textMiB: float64(text) / (1 << 20), wall: r.wall}
}

// batchSyllables make the generated pages' words.
var batchSyllables = strings.Fields("ka ro mi tu se la po ne vi da fo ri gu me sa lo bi te na du")

// writeBatchPage writes page i: about mb MB of one-sentence paragraphs of
// invented words. Every word starts with a tag of page i's own, so no run
// of three words (what near-duplicate detection compares) is shared by two
// pages; within a page the words are drawn at random with seed i.
func writeBatchPage(t *testing.T, dir string, i int, mb float64) string {
	t.Helper()
	rng := rand.New(rand.NewPCG(uint64(i)+1, 7))
	tag := string(rune('b'+i%20)) + string(rune('a'+i/20%26))
	word := func() string {
		w := tag
		for range 1 + rng.IntN(3) {
			w += batchSyllables[rng.IntN(len(batchSyllables))]
		}
		return w
	}
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html><html><head><title>Notes %d</title></head><body><article><h1>Notes %d</h1>", i, i)
	for b.Len() < int(mb*1e6) {
		fmt.Fprintf(&b, "<p>%s %s %s %s %s %s %s.</p>", strings.ToUpper(tag[:1])+word()[1:], word(), word(), word(), word(), word(), word())
	}
	b.WriteString("</article></body></html>")
	path := filepath.Join(dir, fmt.Sprintf("page-%02d.html", i))
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
