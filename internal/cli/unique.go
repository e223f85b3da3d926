package cli

import (
	"context"
	"errors"
	"sync"

	"briefsmith/briefs"
	"briefsmith/briefs/ingest"
)

// unique wraps the importer of one batch so that a source met twice after
// expansion (the same address up to tracking parameters, AMP and mobile
// forms: ingest.UniqueSources) is imported once. briefs.ImportAll expands
// every source before it imports any, so the first Import sees the whole
// expanded list, in the order of the batch, and decides for all of them.
type unique struct {
	*ingest.Importer
	given []string

	mu       sync.Mutex
	expanded map[string][]string // given source → what it expanded into
	decided  bool
	left     map[string]int              // how many more imports of a source to let through
	sameAs   map[string]ingest.Duplicate // why a source was dropped
}

func newUnique(im *ingest.Importer, given []string) *unique {
	return &unique{Importer: im, given: given, expanded: map[string][]string{}}
}

// Expand expands source and remembers what it gave.
func (u *unique) Expand(ctx context.Context, source string) ([]string, error) {
	subs, err := u.Importer.Expand(ctx, source)
	if err == nil {
		u.mu.Lock()
		u.expanded[source] = subs
		u.mu.Unlock()
	}
	return subs, err
}

// Import imports source unless an earlier source of the batch has the
// same address; then it returns a duplicateError.
func (u *unique) Import(ctx context.Context, source string) (briefs.Article, error) {
	u.mu.Lock()
	u.decide()
	pass := u.left[source] > 0
	if pass {
		u.left[source]--
	}
	dup := u.sameAs[source]
	u.mu.Unlock()
	if !pass {
		return briefs.Article{}, duplicateError{dup}
	}
	return u.Importer.Import(ctx, source)
}

// decide runs ingest.UniqueSources over the expanded batch, once.
func (u *unique) decide() {
	if u.decided {
		return
	}
	u.decided = true
	var all []string
	for _, s := range u.given {
		all = append(all, u.expanded[s]...)
	}
	kept, dropped := ingest.UniqueSources(all)
	u.left = map[string]int{}
	for _, s := range kept {
		u.left[s]++
	}
	u.sameAs = map[string]ingest.Duplicate{}
	for _, d := range dropped {
		u.sameAs[d.Source] = d
	}
}

// duplicateError is the result of a source dropped as a repeat.
type duplicateError struct{ ingest.Duplicate }

func (d duplicateError) Error() string { return d.Notice() }

// drop takes the repeats out of results, telling note about each.
func (u *unique) drop(results []briefs.ImportResult, note func(source, notice string)) []briefs.ImportResult {
	kept := results[:0]
	for _, r := range results {
		var d duplicateError
		if errors.As(r.Err, &d) {
			note(d.Source, "the same address as "+shown(d.SameAs)+", imported once")
			continue
		}
		kept = append(kept, r)
	}
	return kept
}
