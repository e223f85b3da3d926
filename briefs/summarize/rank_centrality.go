package summarize

import (
	"context"
	"math"
)

// PageRank settings for LexRank centrality.
const (
	damping       = 0.85
	maxIterations = 50
	tolerance     = 1e-6
)

// centrality returns the continuous LexRank score of each sentence: the
// stationary distribution of a random walk over the similarity graph,
// scaled so that the average sentence scores 1.
func centrality(ctx context.Context, sim [][]float64) ([]float64, error) {
	n := len(sim)
	if n == 0 {
		return nil, nil
	}
	rowSum := rowSums(sim)
	p := make([]float64, n)
	for i := range p {
		p[i] = 1 / float64(n)
	}
	for it := 0; it < maxIterations; it++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		next, delta := step(sim, rowSum, p)
		p = next
		if delta < tolerance {
			break
		}
	}
	for i := range p {
		p[i] *= float64(n)
	}
	return p, nil
}

// rowSums returns the total similarity of each sentence to all others.
func rowSums(sim [][]float64) []float64 {
	out := make([]float64, len(sim))
	for i := range sim {
		for _, s := range sim[i] {
			out[i] += s
		}
	}
	return out
}

// step is one power iteration; it returns the new distribution and its L1
// distance from the old one. A sentence similar to none spreads its weight
// evenly.
func step(sim [][]float64, rowSum, p []float64) ([]float64, float64) {
	n := len(p)
	next := make([]float64, n)
	spread := 0.0
	for j := range p {
		if rowSum[j] == 0 {
			spread += p[j] / float64(n)
		}
	}
	for i := range next {
		acc := spread
		for j := range p {
			if rowSum[j] > 0 {
				acc += p[j] * sim[j][i] / rowSum[j]
			}
		}
		next[i] = (1-damping)/float64(n) + damping*acc
	}
	delta := 0.0
	for i := range p {
		delta += math.Abs(next[i] - p[i])
	}
	return next, delta
}
