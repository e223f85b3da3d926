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
	tfs := make([]map[int]int, len(terms))
	for i, ts := range terms {
		tfs[i] = make(map[int]int, len(ts))
		for _, t := range ts {
			id, ok := ids[t]
			if !ok {
				id = len(df)
				ids[t] = id
				df = append(df, 0)
			}
			if tfs[i][id] == 0 {
				df[id]++
			}
			tfs[i][id]++
		}
	}
	out := make([]vector, len(terms))
	for i, tf := range tfs {
		out[i] = weigh(tf, df, len(terms))
	}
	return out
}

// weigh builds one sentence's vector from its term counts.
func weigh(tf map[int]int, df []int, n int) vector {
	v := vector{entries: make([]entry, 0, len(tf))}
	for id, c := range tf {
		w := float64(c) * (1 + math.Log(float64(n)/float64(df[id])))
		v.entries = append(v.entries, entry{id, w})
	}
	// Sort before summing: map order must not change the last bit of the norm.
	sort.Slice(v.entries, func(a, b int) bool { return v.entries[a].term < v.entries[b].term })
	for _, e := range v.entries {
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
