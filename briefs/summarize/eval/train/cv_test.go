package main

import (
	"fmt"
	"testing"

	"briefsmith/briefs/summarize/eval/realnews"
)

// TestFoldOf checks the fold assignments: assignment 0 is make train's
// every-fifth cut, a further assignment is reproducible, in range, uses
// every fold and cuts the articles differently from the first.
func TestFoldOf(t *testing.T) {
	var arts []labelled
	for i := 0; i < 200; i++ {
		arts = append(arts, labelled{Article: realnews.Article{Corpus: "corpora/x.data", ID: fmt.Sprint(1000 + i)}})
	}
	moved, used := 0, map[int]bool{}
	for i, a := range arts {
		if got := foldOf(i, a, 0); got != i%folds {
			t.Fatalf("assignment 0: article %d in fold %d, want %d", i, got, i%folds)
		}
		f := foldOf(i, a, 1)
		if f < 0 || f >= folds {
			t.Fatalf("assignment 1: fold %d out of range", f)
		}
		if foldOf(i, a, 1) != f {
			t.Fatal("assignment 1 is not reproducible")
		}
		used[f] = true
		if f != i%folds {
			moved++
		}
	}
	if len(used) != folds {
		t.Errorf("assignment 1 uses %d of %d folds", len(used), folds)
	}
	if moved < len(arts)/2 {
		t.Errorf("assignment 1 moves only %d of %d articles from assignment 0's folds", moved, len(arts))
	}
}

func TestSpread(t *testing.T) {
	figs := []repeatFigures{{{0.6}}, {{0.5}}, {{0.7}}}
	mean, lo, hi := spread(figs, 0, 0)
	if fmt.Sprintf("%.3f %.3f %.3f", mean, lo, hi) != "0.600 0.500 0.700" {
		t.Errorf("spread = %.3f %.3f %.3f, want 0.600 0.500 0.700", mean, lo, hi)
	}
}
