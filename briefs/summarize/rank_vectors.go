package summarize

import (
	"math"
	"sort"
)

// entry is one weighted term of a sparse vector.
type entry struct {
	term   int
	weight float64
}

// vector is a sparse TF-IDF vector, sorted by term id, with its norm.
type vector struct {
	entries []entry
	norm    float64
}

// vectorise turns each sentence's terms into a TF-IDF vector, with inverse
// document frequencies taken over the sentences themselves. Term ids are
// given in order of first appearance, so the result is deterministic.
func vectorise(terms [][]string) []vector {
	ids := make(map[string]int, wordsHint*len(terms))
	var df []int
	counts := make([][]entry, len(terms)) // each sentence's term ids with their counts, by id
	for i, ts := range terms {
		seq := make([]int, len(ts))
		for k, t := range ts {
			id, ok := ids[t]
			if !ok {
				id = len(df)
				ids[t] = id
				df = append(df, 0)
			}
			seq[k] = id
		}
		counts[i] = countTerms(seq)
		for _, e := range counts[i] {
			df[e.term]++
		}
	}
	out := make([]vector, len(terms))
	for i, tf := range counts {
		out[i] = weigh(tf, df, len(terms))
	}
	return out
}

// countTerms sorts ids and returns each distinct id once, in order, with
// how many times it occurs as its weight.
func countTerms(ids []int) []entry {
	sort.Ints(ids)
	out := make([]entry, 0, len(ids))
	for k, id := range ids {
		if k > 0 && id == ids[k-1] {
			out[len(out)-1].weight++
			continue
		}
		out = append(out, entry{term: id, weight: 1})
	}
	return out
}

// weigh turns one sentence's term counts (sorted by id) into its TF-IDF
// vector, in place.
func weigh(tf []entry, df []int, n int) vector {
	v := vector{entries: tf}
	for k := range v.entries {
		e := &v.entries[k]
		e.weight *= 1 + math.Log(float64(n)/float64(df[e.term]))
		v.norm += e.weight * e.weight
	}
	v.norm = math.Sqrt(v.norm)
	return v
}

// cosine returns the cosine similarity of two vectors, 0 when either is
// empty.
func cosine(a, b vector) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	dot := 0.0
	for i, j := 0, 0; i < len(a.entries) && j < len(b.entries); {
		switch ta, tb := a.entries[i].term, b.entries[j].term; {
		case ta == tb:
			dot += a.entries[i].weight * b.entries[j].weight
			i++
			j++
		case ta < tb:
			i++
		default:
			j++
		}
	}
	return dot / (a.norm * b.norm)
}

// similarities returns the symmetric matrix of cosine similarities, with
// zeros on the diagonal.
func similarities(vs []vector) [][]float64 {
	sim := make([][]float64, len(vs))
	for i := range sim {
		sim[i] = make([]float64, len(vs))
	}
	for i := range vs {
		for j := i + 1; j < len(vs); j++ {
			s := cosine(vs[i], vs[j])
			sim[i][j], sim[j][i] = s, s
		}
	}
	return sim
}
