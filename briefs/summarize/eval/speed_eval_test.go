package eval

import (
	"fmt"
	"testing"

	"briefsmith/briefs"
)

// Speed targets.
const (
	maxMsPer1kWords = 5.0 // at every size
	maxSlowdown     = 3.0 // ms per 1,000 words at 50k over the same at 1k: "roughly linear"
)

// speedSizes are the article lengths timed, in words.
var speedSizes = [...]int{1000, 10000, 50000}

// evalSpeed times the summariser per 1,000 words at each size, using
// testing.Benchmark so that each figure is an average over many runs.
func evalSpeed(t *testing.T, r *Report) {
	arts := loadLabelled(t)
	var perK [len(speedSizes)]float64
	for i, n := range speedSizes {
		text, words := textOfWords(arts, n)
		art := briefs.Article{Source: fmt.Sprintf("speed-%d", n), Text: text}
		res := testing.Benchmark(func(b *testing.B) {
			for b.Loop() {
				summarise(b, art, briefs.LengthStandard)
			}
		})
		if res.N == 0 {
			t.Fatalf("benchmark at %d words did not run", n)
		}
		perK[i] = float64(res.NsPerOp()) / 1e6 / (float64(words) / 1000)
		check(t, r, "speed", fmt.Sprintf("ms per 1,000 words at %dk words", n/1000),
			fmt.Sprintf("%.3f (%.2f ms for %d words, %d runs)", perK[i], float64(res.NsPerOp())/1e6, words, res.N),
			fmt.Sprintf("≤ %.1f", maxMsPer1kWords), perK[i] <= maxMsPer1kWords)
	}
	slowdown := perK[len(perK)-1] / perK[0]
	check(t, r, "speed", "per-word cost at 50k ÷ at 1k", fmt.Sprintf("%.2f×", slowdown),
		fmt.Sprintf("≤ %.1f× (roughly linear)", maxSlowdown), slowdown <= maxSlowdown)
}

// BenchmarkSummarize times the summariser on articles of 1k, 10k and 50k
// words built from the labelled set.
func BenchmarkSummarize(b *testing.B) {
	arts := loadLabelled(b)
	for _, n := range speedSizes {
		text, words := textOfWords(arts, n)
		art := briefs.Article{Source: "bench", Text: text}
		b.Run(fmt.Sprintf("%dk-words", n/1000), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				summarise(b, art, briefs.LengthStandard)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6/(float64(words)/1000), "ms/1kwords")
		})
	}
}
