package summarize

import (
	"math"
	"sort"
)

// wordSets turns each sentence's stems into the sorted set of their ids,
// for the TextRank similarity. Ids follow first appearance, so the result is
// deterministic.
func wordSets(stems [][]string) [][]int {
	ids := make(map[string]int, wordsHint*len(stems))
	out := make([][]int, len(stems))
	for i, ws := range stems {
		set := make([]int, 0, len(ws))
		for _, st := range ws {
			id, ok := ids[st]
			if !ok {
				id = len(ids)
				ids[st] = id
			}
			set = append(set, id)
		}
		out[i] = uniqueSorted(set)
	}
	return out
}

// uniqueSorted sorts ids and drops repeats, in place.
func uniqueSorted(ids []int) []int {
	sort.Ints(ids)
	out := ids[:0]
	for i, id := range ids {
		if i == 0 || id != ids[i-1] {
			out = append(out, id)
		}
	}
	return out
}

// textRankSimilarity is Mihalcea and Tarau's sentence similarity: the
// number of words two sentences share over the sum of the logarithms of
// their lengths. It counts function words too, which favours full,
// informative sentences over fragments.
func textRankSimilarity(a, b []int) float64 {
	norm := math.Log(float64(len(a))) + math.Log(float64(len(b)))
	if norm <= 0 {
		return 0
	}
	shared := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			shared++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(shared) / norm
}

// overlapMatrix returns the TextRank similarity of every pair of sentences,
// with zeros on the diagonal.
func overlapMatrix(sets [][]int) [][]float64 {
	sim := make([][]float64, len(sets))
	for i := range sim {
		sim[i] = make([]float64, len(sets))
	}
	for i := range sets {
		for j := i + 1; j < len(sets); j++ {
			s := textRankSimilarity(sets[i], sets[j])
			sim[i][j], sim[j][i] = s, s
		}
	}
	return sim
}
