package briefs

import (
	"context"
	"net/url"
	"strings"
	"sync"
)

// Bounds of ImportAll when an ImportOptions field is zero.
const (
	DefaultImportConcurrency = 8 // sources read or fetched at once
	DefaultImportPerHost     = 2 // http(s) fetches at once from one host
)

// ImportOptions bound a batch import. The zero value gives the defaults.
type ImportOptions struct {
	// Concurrency is the most sources imported (or expanded) at once;
	// 0 means DefaultImportConcurrency.
	Concurrency int
	// PerHost is the most http(s) sources of one host (the URL's host)
	// imported at once, so a batch never hammers one site; 0 means
	// DefaultImportPerHost.
	PerHost int
	// SameAs, when set, gives the key under which two sources are the same
	// (a URL without its tracking parameters, say): of the expanded
	// sources sharing a key only the first is imported, and each later one
	// comes back Skipped with a Notice.
	SameAs func(source string) string
	// Merge, when set, rewrites the results at the end, for example to fold
	// near-duplicate stories from different outlets into one.
	Merge func([]ImportResult) []ImportResult
}

func (o ImportOptions) withDefaults() ImportOptions {
	if o.Concurrency < 1 {
		o.Concurrency = DefaultImportConcurrency
	}
	if o.PerHost < 1 {
		o.PerHost = DefaultImportPerHost
	}
	return o
}

// ImportAll imports every source with imp, within opts' bounds, and
// returns one result per imported source in the order of sources. When imp
// is also an Expander, each source is first expanded (a feed into its
// stories, say; an Expand error becomes one failed result for that source)
// and the results follow the expansion's order. A failed source never
// stops the others. progress, if not nil, is told after each result. When
// ctx is cancelled no new import starts, the sources not started get ctx's
// error, and ImportAll returns once the imports under way have returned.
func ImportAll(ctx context.Context, imp Importer, sources []string, opts ImportOptions, progress Progress) []ImportResult {
	opts = opts.withDefaults()
	results := expandAll(ctx, imp, sources, opts)
	skipRepeats(results, opts.SameAs)
	var todo []int // indices of results still to import
	for i, r := range results {
		if r.Err == nil && !r.Skipped {
			todo = append(todo, i)
		}
	}
	report := newCounter(len(results), progress)
	for _, r := range results {
		if r.Err != nil || r.Skipped {
			report.step(r.Source)
		}
	}
	keys := make([]string, len(todo))
	for k, i := range todo {
		keys[k] = hostKey(results[i].Source)
	}
	runBounded(ctx, keys, opts, func(k int) {
		r := &results[todo[k]]
		r.Article, r.Err = imp.Import(ctx, r.Source)
		report.step(r.Source)
	}, func(k int) { results[todo[k]].Err = ctx.Err() })
	if opts.Merge != nil {
		results = opts.Merge(results)
	}
	return results
}

// skipRepeats marks each result whose source has the same key as an
// earlier one's as Skipped, with a notice naming the earlier source.
func skipRepeats(results []ImportResult, key func(string) string) {
	if key == nil {
		return
	}
	first := map[string]string{}
	for i := range results {
		r := &results[i]
		if r.Err != nil {
			continue
		}
		k := key(r.Source)
		if earlier, ok := first[k]; ok {
			r.Skipped = true
			r.Notice = "the same address as " + earlier + ", imported once"
			continue
		}
		first[k] = r.Source
	}
}

// expandAll turns sources into the list of sources to import: each one
// expanded when imp is an Expander, with a failed result for each source
// whose expansion failed.
func expandAll(ctx context.Context, imp Importer, sources []string, opts ImportOptions) []ImportResult {
	exp, ok := imp.(Expander)
	if !ok {
		out := make([]ImportResult, len(sources))
		for i, s := range sources {
			out[i].Source = s
		}
		return out
	}
	parts := make([][]ImportResult, len(sources))
	keys := make([]string, len(sources))
	for i, s := range sources {
		keys[i] = hostKey(s)
	}
	runBounded(ctx, keys, opts, func(i int) {
		subs, err := exp.Expand(ctx, sources[i])
		if err != nil {
			parts[i] = []ImportResult{{Source: sources[i], Err: err}}
			return
		}
		for _, s := range subs {
			parts[i] = append(parts[i], ImportResult{Source: s})
		}
	}, func(i int) { parts[i] = []ImportResult{{Source: sources[i], Err: ctx.Err()}} })
	var out []ImportResult
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// hostKey is the host that bounds a source's fetches: the URL's host for
// http(s) sources, "" (no per-host bound) for files and standard input.
func hostKey(source string) string {
	u, err := url.Parse(source)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return strings.ToLower(u.Host)
}

// counter turns finished items into Progress calls.
type counter struct {
	mu       sync.Mutex
	done, of int
	progress Progress
}

func newCounter(total int, p Progress) *counter { return &counter{of: total, progress: p} }

func (c *counter) step(label string) {
	if c.progress == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock() // held while reporting, so reports arrive in order
	c.done++
	c.progress(c.done, c.of, label)
}

// runBounded calls work(i) for every i of keys, in order of i, with at
// most opts.Concurrency calls at once and at most opts.PerHost at once for
// items sharing a non-empty key. Once ctx is cancelled it starts no more
// work, calls skipped(i) for each item not started, and returns when the
// calls under way have returned.
func runBounded(ctx context.Context, keys []string, opts ImportOptions, work, skipped func(i int)) {
	s := &scheduler{keys: keys, opts: opts, perKey: map[string]int{}, done: make(chan string)}
	s.pending = make([]int, len(keys))
	for i := range keys {
		s.pending[i] = i
	}
	for len(s.pending) > 0 || s.inFlight > 0 {
		if ctx.Err() != nil {
			for _, i := range s.pending {
				skipped(i)
			}
			s.pending = nil
		} else {
			s.startReady(work)
		}
		if s.inFlight == 0 {
			continue
		}
		var cancelled <-chan struct{}
		if len(s.pending) > 0 {
			cancelled = ctx.Done()
		}
		select {
		case key := <-s.done:
			s.finished(key)
		case <-cancelled:
		}
	}
}

// scheduler is runBounded's book-keeping; only runBounded's goroutine
// touches it.
type scheduler struct {
	keys     []string
	opts     ImportOptions
	pending  []int          // items not started, in order
	inFlight int            // items started and not finished
	perKey   map[string]int // items in flight per non-empty key
	done     chan string    // the key of each item that finishes
}

// startReady starts, in order, every pending item the bounds allow.
func (s *scheduler) startReady(work func(i int)) {
	kept := s.pending[:0]
	for n, i := range s.pending {
		if s.inFlight >= s.opts.Concurrency {
			kept = append(kept, s.pending[n:]...)
			break
		}
		key := s.keys[i]
		if key != "" && s.perKey[key] >= s.opts.PerHost {
			kept = append(kept, i)
			continue
		}
		s.inFlight++
		if key != "" {
			s.perKey[key]++
		}
		go func() {
			work(i)
			s.done <- key
		}()
	}
	s.pending = kept
}

func (s *scheduler) finished(key string) {
	s.inFlight--
	if key != "" {
		s.perKey[key]--
	}
}
