package briefs

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

// gauge measures how many imports run at once, in all and per host.
type gauge struct {
	mu              sync.Mutex
	now, max        int
	hostNow, hostMx map[string]int
}

func newGauge() *gauge { return &gauge{hostNow: map[string]int{}, hostMx: map[string]int{}} }

func (g *gauge) enter(host string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.now++
	g.max = max(g.max, g.now)
	g.hostNow[host]++
	g.hostMx[host] = max(g.hostMx[host], g.hostNow[host])
}

func (g *gauge) leave(host string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.now--
	g.hostNow[host]--
}

// fakeImporter imports "x.txt" as an article titled x.txt after a short
// wait, fails sources containing "bad", and records how many ran at once.
type fakeImporter struct {
	wait  time.Duration
	gauge *gauge
}

func (f *fakeImporter) Import(ctx context.Context, source string) (Article, error) {
	host := hostKey(source)
	f.gauge.enter(host)
	defer f.gauge.leave(host)
	select {
	case <-time.After(f.wait):
	case <-ctx.Done():
		return Article{}, ctx.Err()
	}
	if strings.Contains(source, "bad") {
		return Article{}, fmt.Errorf("%s: cannot be read", source)
	}
	return Article{Source: source, Title: source}, nil
}

// fakeExpander expands "feed:N" into N sources and fails "feed:bad".
type fakeExpander struct {
	fakeImporter
}

func (f *fakeExpander) Expand(_ context.Context, source string) ([]string, error) {
	n, ok := strings.CutPrefix(source, "feed:")
	if !ok {
		return []string{source}, nil
	}
	if n == "bad" {
		return nil, errors.New("feed:bad: not a feed")
	}
	var out []string
	for i := range len(n) {
		out = append(out, fmt.Sprintf("%s-story%d.txt", source, i+1))
	}
	return out, nil
}

func files(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("article%02d.txt", i)
	}
	return out
}

func TestImportAllOrderFailuresAndProgress(t *testing.T) {
	imp := &fakeImporter{wait: time.Millisecond, gauge: newGauge()}
	sources := []string{"a.txt", "bad.txt", "c.txt", "d.txt"}
	var calls []int
	results := ImportAll(context.Background(), imp, sources, ImportOptions{}, func(done, total int, _ string) {
		if total != len(sources) {
			t.Errorf("progress total %d, want %d", total, len(sources))
		}
		calls = append(calls, done)
	})
	if len(results) != len(sources) {
		t.Fatalf("%d results for %d sources", len(results), len(sources))
	}
	for i, r := range results {
		if r.Source != sources[i] {
			t.Errorf("result %d is %s, want %s (input order)", i, r.Source, sources[i])
		}
		if wantErr := sources[i] == "bad.txt"; (r.Err != nil) != wantErr || (!wantErr && r.Article.Title != sources[i]) {
			t.Errorf("result %d: %+v", i, r)
		}
	}
	if fmt.Sprint(calls) != "[1 2 3 4]" {
		t.Errorf("progress calls %v, want 1..4 in order", calls)
	}
}

func TestImportAllBounds(t *testing.T) {
	tests := []struct {
		name        string
		sources     []string
		opts        ImportOptions
		wantMax     int
		wantHostMax int
	}{
		{"files: 8 at once by default", files(30), ImportOptions{}, 8, 0},
		{"files: the concurrency asked for", files(30), ImportOptions{Concurrency: 3}, 3, 0},
		{"one host: 2 at once by default", urls("news.localhost", 12), ImportOptions{}, 2, 2},
		{"one host: the per-host bound asked for", urls("news.localhost", 12), ImportOptions{PerHost: 3}, 3, 3},
		{"four hosts: 2 each, 8 in all", mix(urls("a.localhost", 6), urls("b.localhost", 6), urls("c.localhost", 6), urls("d.localhost", 6)), ImportOptions{}, 8, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := newGauge()
			results := ImportAll(context.Background(), &fakeImporter{wait: 20 * time.Millisecond, gauge: g}, tc.sources, tc.opts, nil)
			for _, r := range results {
				if r.Err != nil {
					t.Fatal(r.Err)
				}
			}
			if g.max != tc.wantMax {
				t.Errorf("at most %d imports at once, want %d", g.max, tc.wantMax)
			}
			for host, n := range g.hostMx {
				if host != "" && n != tc.wantHostMax {
					t.Errorf("host %s: at most %d at once, want %d", host, n, tc.wantHostMax)
				}
			}
		})
	}
}

func urls(host string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("http://%s/story/%d", host, i)
	}
	return out
}

// mix interleaves lists of equal length.
func mix(lists ...[]string) []string {
	var out []string
	for i := range lists[0] {
		for _, l := range lists {
			out = append(out, l[i])
		}
	}
	return out
}

func TestImportAllExpands(t *testing.T) {
	imp := &fakeExpander{fakeImporter{gauge: newGauge()}}
	got := ImportAll(context.Background(), imp, []string{"a.txt", "feed:xxx", "feed:bad", "b.txt"}, ImportOptions{}, nil)
	want := []string{"a.txt", "feed:xxx-story1.txt", "feed:xxx-story2.txt", "feed:xxx-story3.txt", "feed:bad", "b.txt"}
	if len(got) != len(want) {
		t.Fatalf("%d results, want %d: %+v", len(got), len(want), got)
	}
	for i, r := range got {
		if r.Source != want[i] || (r.Err != nil) != (r.Source == "feed:bad") {
			t.Errorf("result %d: %s %v, want %s", i, r.Source, r.Err, want[i])
		}
	}
}

func TestImportAllCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	imp := &fakeImporter{wait: 30 * time.Millisecond, gauge: newGauge()}
	go func() { time.Sleep(10 * time.Millisecond); cancel() }()
	results := ImportAll(ctx, imp, files(40), ImportOptions{Concurrency: 2}, nil)
	if len(results) != 40 {
		t.Fatalf("%d results", len(results))
	}
	cancelled := 0
	for _, r := range results {
		if errors.Is(r.Err, context.Canceled) {
			cancelled++
		} else if r.Err != nil {
			t.Errorf("%s: %v", r.Source, r.Err)
		}
	}
	if cancelled < 38 {
		t.Fatalf("%d of 40 marked cancelled; the ones not started must be", cancelled)
	}
	if g := imp.gauge; g.now != 0 {
		t.Fatalf("%d imports still running after ImportAll returned", g.now)
	}
}

func TestHostKey(t *testing.T) {
	for source, want := range map[string]string{
		"http://News.localhost/a": "news.localhost", "https://127.0.0.1:8080/x": "127.0.0.1:8080",
		"notes.txt": "", "-": "", "/tmp/a.html": "", "C:\\a.txt": "",
	} {
		if got := hostKey(source); got != want {
			t.Errorf("hostKey(%q) = %q, want %q", source, got, want)
		}
	}
}

func BenchmarkImportAll(b *testing.B) {
	imp := &fakeImporter{gauge: newGauge()}
	sources := mix(urls("a.localhost", 50), urls("b.localhost", 50), files(50))
	b.ReportAllocs()
	for b.Loop() {
		ImportAll(context.Background(), imp, sources, ImportOptions{}, func(int, int, string) {})
	}
}

func TestImportAllSkipsRepeatsAndMerges(t *testing.T) {
	imp := importerFunc(func(_ context.Context, s string) (Article, error) { return Article{Source: s, Text: "t"}, nil })
	key := func(s string) string { return strings.TrimSuffix(strings.SplitN(s, "?", 2)[0], "/") }
	merged := false
	opts := ImportOptions{SameAs: key, Merge: func(rs []ImportResult) []ImportResult { merged = true; return rs }}
	res := ImportAll(context.Background(), imp, []string{"https://a.test/x?utm_source=m", "https://b.test/y", "https://a.test/x/"}, opts, nil)
	if len(res) != 3 || res[0].Skipped || res[1].Skipped || !res[2].Skipped {
		t.Fatalf("results = %+v, want the third skipped", res)
	}
	if res[2].Article.Source != "" || !strings.Contains(res[2].Notice, "https://a.test/x?utm_source=m") {
		t.Fatalf("skipped result = %+v, want no article and a notice naming the first", res[2])
	}
	if !merged {
		t.Fatal("Merge was not called")
	}
}

// importerFunc adapts a function to Importer.
type importerFunc func(ctx context.Context, source string) (Article, error)

func (f importerFunc) Import(ctx context.Context, source string) (Article, error) {
	return f(ctx, source)
}
