package summarize

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefsmith/briefs"
)

// FuzzSummarize checks that no input panics, overruns its time or yields a
// span that does not match its point. It is seeded from the tables of the
// other tests and the fixtures.
func FuzzSummarize(f *testing.F) {
	for _, tc := range headingCases {
		f.Add(tc.line + "\n\nThe council met on Monday. It will meet again next week.")
	}
	for _, tc := range leadInCases {
		f.Add(tc.para)
	}
	for _, tc := range headlineCases {
		f.Add(tc.text)
	}
	for _, tc := range quoteCases {
		f.Add(tc.text)
	}
	for _, tc := range furnitureCases {
		f.Add(tc.text)
	}
	for _, tc := range chooserCases {
		f.Add(strings.Join(tc.sents, "\n\n"))
	}
	for _, tc := range robustCases {
		if len(tc.text) < 4096 {
			f.Add(tc.text)
		}
	}
	for _, name := range fixtureNames {
		if data, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
			f.Add(string(data))
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		start := time.Now()
		s, err := New().Summarize(ctx, briefs.Article{Text: text}, briefs.SummaryOptions{Length: briefs.LengthDetailed})
		if time.Since(start) > 2*time.Second {
			t.Errorf("took %v on %d bytes", time.Since(start), len(text))
		}
		if err != nil {
			if !errors.Is(err, ErrNoText) {
				t.Fatalf("unexpected error: %v", err)
			}
			return
		}
		checkSpans(t, text, s)
	})
}
