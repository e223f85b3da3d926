package eval

import (
	"math"

	"briefsmith/briefs/summarize/eval/rouge"
)

// TextRank settings from Mihalcea and Tarau (2004).
const (
	textRankDamping    = 0.85
	textRankTolerance  = 1e-6
	textRankIterations = 100
)

// TextRankTop returns the index of the highest-ranked sentence under plain
// TextRank over Porter-stemmed words (no stop list), or -1 when there are no
// sentences. Ties go to the earlier sentence.
func TextRankTop(sentences []string) int {
	scores := TextRank(sentences)
	best := -1
	for i, s := range scores {
		if best < 0 || s > scores[best] {
			best = i
		}
	}
	return best
}

// TextRank scores sentences with PageRank over a graph whose edge weights
// are the TextRank similarity: the number of distinct stemmed words two
// sentences share, divided by log|Si| + log|Sj|.
func TextRank(sentences []string) []float64 {
	words := make([]map[string]bool, len(sentences))
	for i, s := range sentences {
		words[i] = wordSet(s)
	}
	sim := make([][]float64, len(sentences))
	for i := range sim {
		sim[i] = make([]float64, len(sentences))
		for j := range sim[i] {
			if i != j {
				sim[i][j] = textRankSimilarity(words[i], words[j])
			}
		}
	}
	return pageRank(sim)
}

func wordSet(sentence string) map[string]bool {
	set := map[string]bool{}
	for _, w := range rouge.Tokenize(sentence, rouge.Options{Stem: true}) {
		set[w] = true
	}
	return set
}

func textRankSimilarity(a, b map[string]bool) float64 {
	norm := math.Log(float64(len(a))) + math.Log(float64(len(b)))
	if norm <= 0 {
		return 0 // one-word sentences: the formula is undefined
	}
	shared := 0
	for w := range a {
		if b[w] {
			shared++
		}
	}
	return float64(shared) / norm
}

// pageRank runs weighted PageRank on the symmetric similarity matrix until
// no score moves by more than textRankTolerance.
func pageRank(sim [][]float64) []float64 {
	n := len(sim)
	out := make([]float64, n) // each node's total edge weight
	for i := range sim {
		for _, w := range sim[i] {
			out[i] += w
		}
	}
	score := make([]float64, n)
	for i := range score {
		score[i] = 1
	}
	for range textRankIterations {
		next := make([]float64, n)
		change := 0.0
		for i := range next {
			sum := 0.0
			for j := range sim {
				if out[j] > 0 {
					sum += sim[j][i] / out[j] * score[j]
				}
			}
			next[i] = 1 - textRankDamping + textRankDamping*sum
			change = math.Max(change, math.Abs(next[i]-score[i]))
		}
		score = next
		if change < textRankTolerance {
			break
		}
	}
	return score
}
