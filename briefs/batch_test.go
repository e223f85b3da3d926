package briefs

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
	"time"
)

// slowSummarizer counts how many calls run at once.
type slowSummarizer struct {
	delay          time.Duration
	inFlight, peak atomic.Int32
	fail           string // title of the article that fails
}

func (s *slowSummarizer) Summarize(ctx context.Context, a Article, _ SummaryOptions) (Summary, error) {
	n := s.inFlight.Add(1)
	defer s.inFlight.Add(-1)
	for {
		p := s.peak.Load()
		if n <= p || s.peak.CompareAndSwap(p, n) {
			break
		}
	}
	select {
	case <-time.After(s.delay):
	case <-ctx.Done():
		return Summary{}, ctx.Err()
	}
	if a.Title == s.fail {
		return Summary{}, errors.New("boom")
	}
	return Summary{Headline: a.Title}, nil
}

func articles(n int) []Article {
	arts := make([]Article, n)
	for i := range arts {
		arts[i].Title = fmt.Sprintf("a%d", i)
	}
	return arts
}

func TestSummarizeAllBoundsConcurrencyAndKeepsOrder(t *testing.T) {
	for _, limit := range []int{1, 3, 8} {
		t.Run(fmt.Sprint(limit), func(t *testing.T) {
			s := &slowSummarizer{delay: 5 * time.Millisecond, fail: "a4"}
			var calls atomic.Int32
			res := SummarizeAll(context.Background(), s, articles(12), SummaryOptions{}, limit, func(done, total int, _ string) {
				calls.Add(1)
				if total != 12 || done < 1 || done > 12 {
					t.Errorf("progress(%d, %d)", done, total)
				}
			})
			if p := s.peak.Load(); p > int32(limit) {
				t.Fatalf("peak in flight %d > limit %d", p, limit)
			}
			if calls.Load() != 12 {
				t.Fatalf("progress called %d times, want 12", calls.Load())
			}
			for i, r := range res {
				if i == 4 {
					if r.Err == nil {
						t.Fatal("failure of item 4 was lost")
					}
					continue
				}
				if r.Err != nil || r.Summary.Headline != fmt.Sprintf("a%d", i) {
					t.Fatalf("result %d = %+v", i, r)
				}
			}
		})
	}
}

func TestSummarizeAllCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	s := &slowSummarizer{delay: time.Hour}
	done := make(chan []Result)
	go func() { done <- SummarizeAll(ctx, s, articles(10), SummaryOptions{}, 2, nil) }()
	time.Sleep(20 * time.Millisecond)
	cancel()
	select {
	case res := <-done:
		for i, r := range res {
			if !errors.Is(r.Err, context.Canceled) {
				t.Fatalf("result %d error = %v, want context.Canceled", i, r.Err)
			}
		}
	case <-time.After(2 * time.Second):
		t.Fatal("SummarizeAll did not return after cancel")
	}
}
