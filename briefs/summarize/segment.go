package summarize

import "briefsmith/briefs"

// segment assigns sections to sentences under no section heading, read in
// order; headed[k] excludes section k, which the article heads itself (a
// sentence gets noSection when every section is excluded). News is written lead first: what happened, then why it
// matters, then what comes next. So rather than judge each sentence alone,
// segment finds the two boundaries that split the sequence into those three
// stretches (any of which may be empty) so as to agree best with the cue
// words of every sentence. A lone "will" among the facts then stays in What
// Happened, and a date in a paragraph of background stays in Why It Matters.
func segment(feats []features, headed [3]bool) []briefs.Section {
	n := len(feats)
	if n == 0 {
		return nil
	}
	if headed[0] && headed[1] && headed[2] {
		return noSections(n)
	}
	// best[i][k]: the best total for sentences 0..i with sentence i in
	// section k; from[i][k]: the section of sentence i-1 on that path.
	best := make([][3]float64, n)
	from := make([][3]int, n)
	for i, f := range feats {
		u := segmentUtility(f, i, headed)
		for k := 0; k < 3; k++ {
			if i == 0 {
				best[i][k] = u[k]
				continue
			}
			prev := bestUpTo(best[i-1], k)
			best[i][k], from[i][k] = best[i-1][prev]+u[k], prev
		}
	}
	return backtrack(best[n-1], from)
}

// noSections returns n times noSection.
func noSections(n int) []briefs.Section {
	out := make([]briefs.Section, n)
	for i := range out {
		out[i] = noSection
	}
	return out
}

// backtrack follows the best path back from the totals of the last
// sentence and returns the section of each sentence.
func backtrack(last [3]float64, from [][3]int) []briefs.Section {
	out := make([]briefs.Section, len(from))
	k := bestUpTo(last, 2)
	for i := len(from) - 1; i >= 0; i-- {
		out[i] = briefs.Section(k)
		k = from[i][k]
	}
	return out
}

// bestUpTo returns the section j ≤ k with the highest total, the earlier on
// a tie.
func bestUpTo(totals [3]float64, k int) int {
	best := 0
	for j := 1; j <= k; j++ {
		if totals[j] > totals[best] {
			best = j
		}
	}
	return best
}

// excluded is the utility of a section a sentence may not take.
const excluded = -1e9

// segmentUtility is how well sentence i fits each section: its cue scores,
// with What's Next counted only on clear evidence of the future, and
// excluded for a section the article heads itself.
func segmentUtility(f features, i int, headed [3]bool) [3]float64 {
	c := scoreCues(f, i)
	next := c.next
	if next < minNextScore {
		next = 0
	}
	u := [3]float64{c.happened, c.why, next}
	for k := range u {
		if headed[k] {
			u[k] = excluded
		}
	}
	return u
}
