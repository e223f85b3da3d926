package rouge

// vocabulary numbers distinct tokens so that n-grams and the LCS compare
// integers rather than strings.
type vocabulary map[string]int32

// ids maps each token to its number, numbering new tokens as it meets them.
func (v vocabulary) ids(tokens []string) []int32 {
	out := make([]int32, len(tokens))
	for i, t := range tokens {
		id, ok := v[t]
		if !ok {
			id = int32(len(v))
			v[t] = id
		}
		out[i] = id
	}
	return out
}

// ngramKey packs an n-gram (n ≤ 2) of token numbers into one map key.
func ngramKey(ids []int32) uint64 {
	if len(ids) == 1 {
		return uint64(uint32(ids[0]))
	}
	return uint64(uint32(ids[0]))<<32 | uint64(uint32(ids[1]))
}

// ngramCount is how many n-grams a sequence of tokens has.
func ngramCount(ids []int32, n int) int {
	return max(len(ids)-n+1, 0)
}

// ngramHits is ROUGE-N's clipped overlap: for each n-gram, the smaller of its
// counts in cand and ref, summed.
func ngramHits(cand, ref []int32, n int) int {
	if ngramCount(cand, n) == 0 || ngramCount(ref, n) == 0 {
		return 0
	}
	refCounts := make(map[uint64]int, ngramCount(ref, n))
	for i := 0; i+n <= len(ref); i++ {
		refCounts[ngramKey(ref[i:i+n])]++
	}
	hits := 0
	for i := 0; i+n <= len(cand); i++ {
		k := ngramKey(cand[i : i+n])
		if refCounts[k] > 0 {
			refCounts[k]--
			hits++
		}
	}
	return hits
}

// lcsLength is the length of the longest common subsequence of a and b,
// computed row by row in O(len(a)·len(b)) time and O(len(b)) space.
func lcsLength(a, b []int32) int {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for _, x := range a {
		for j, y := range b {
			switch {
			case x == y:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
