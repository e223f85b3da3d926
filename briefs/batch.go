package briefs

import (
	"context"
	"sync"
)

// Result is the outcome of summarising one article of a batch.
type Result struct {
	Summary Summary
	Err     error
}

// SummarizeAll summarises every article with at most concurrency calls to s
// at once, reporting progress as each finishes. Results are in the order of
// arts. When ctx is cancelled, articles not yet started get ctx's error and
// SummarizeAll returns once the calls under way have returned.
func SummarizeAll(ctx context.Context, s Summarizer, arts []Article, opts SummaryOptions, concurrency int, progress Progress) []Result {
	if concurrency < 1 {
		concurrency = 1
	}
	results := make([]Result, len(arts))
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		done int
	)
	sem := make(chan struct{}, concurrency)
	for i := range arts {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			for j := i; j < len(arts); j++ {
				results[j].Err = ctx.Err()
			}
			wg.Wait()
			return results
		}
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			defer func() { <-sem }()
			sum, err := s.Summarize(ctx, arts[i], opts)
			results[i] = Result{Summary: sum, Err: err}
			mu.Lock()
			done++
			n := done
			mu.Unlock()
			if progress != nil {
				progress(n, len(arts), arts[i].Title)
			}
		}(i)
	}
	wg.Wait()
	return results
}
