package summarize

import (
	"math"
	"reflect"
	"testing"
)

func TestCountTerms(t *testing.T) {
	for _, tc := range []struct {
		ids  []int
		want []entry
	}{
		{nil, []entry{}},
		{[]int{3}, []entry{{3, 1}}},
		{[]int{2, 0, 2, 1, 2, 0}, []entry{{0, 2}, {1, 1}, {2, 3}}},
	} {
		if got := countTerms(append([]int(nil), tc.ids...)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("countTerms(%v) = %v, want %v", tc.ids, got, tc.want)
		}
	}
}

// TestVectorise checks the TF-IDF weights against the formula: a term's
// count times 1 + ln(sentences / sentences holding it), sorted by id (ids
// in order of first appearance), with the Euclidean norm.
func TestVectorise(t *testing.T) {
	vs := vectorise([][]string{{"rate", "cut", "rate"}, {"cut", "bank"}, {}})
	idf := func(df int) float64 { return 1 + math.Log(3/float64(df)) }
	want := [][]entry{
		{{0, 2 * idf(1)}, {1, idf(2)}}, // rate ×2, cut
		{{1, idf(2)}, {2, idf(1)}},     // cut, bank
		{},
	}
	for i, v := range vs {
		if len(v.entries) != len(want[i]) {
			t.Fatalf("sentence %d: entries %v, want %v", i, v.entries, want[i])
		}
		norm := 0.0
		for k, e := range v.entries {
			if e.term != want[i][k].term || math.Abs(e.weight-want[i][k].weight) > 1e-12 {
				t.Errorf("sentence %d entry %d = %v, want %v", i, k, e, want[i][k])
			}
			norm += e.weight * e.weight
		}
		if math.Abs(v.norm-math.Sqrt(norm)) > 1e-12 {
			t.Errorf("sentence %d: norm %v, want %v", i, v.norm, math.Sqrt(norm))
		}
	}
	if c := cosine(vs[0], vs[2]); c != 0 {
		t.Errorf("cosine with an empty sentence = %v, want 0", c)
	}
}
