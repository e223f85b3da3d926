package ingest

import (
	"hash/fnv"
	"net/url"
	"slices"
	"sort"
	"strings"
	"unicode"

	"briefsmith/briefs"
)

const (
	// shingleWords is the length of the word runs compared: three words
	// are rare enough to be specific to a text and short enough to
	// survive light rewording.
	shingleWords = 3
	// minShingles is the least text compared: in shorter texts (a teaser,
	// a paywall's first paragraph) a few shared phrases weigh too much.
	minShingles = 40
	// NearDuplicateThreshold is the share of the shorter text's word runs
	// that must appear in the longer one for two articles from different
	// outlets to be the same story. Measured by TestThresholdOnCorpus on
	// the Scrapinghub benchmark's 181 articles, gathered over the same two
	// days: the outlets that wrote up the same event independently score
	// 0.05 to 0.28, different stories at most 0.067 (on the same subject:
	// WeWork's layoffs against its investigation); a wire copy rewritten
	// (TestSimilarity) scores over 0.5. At 0.10 every merged pair is the
	// same event (12 pairs) and about half of the same-event pairs are
	// merged: a missed merge costs a second item, a wrong one hides a story.
	NearDuplicateThreshold = 0.10
	// sameOutletThreshold applies to two articles from one host: an
	// outlet's different stories share boilerplate (the corpus's highest
	// same-host pair, two press releases with one "About" paragraph,
	// scores 0.31), while a story republished under a new address scores
	// near 1.
	sameOutletThreshold = 0.6
)

// shingles returns the hashed runs of shingleWords words of text, case
// and punctuation ignored, sorted and without repeats (sorted slices
// intersect several times faster than maps).
func shingles(text string) []uint64 {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	set := make([]uint64, 0, len(words))
	for i := 0; i+shingleWords <= len(words); i++ {
		h := fnv.New64a()
		for _, w := range words[i : i+shingleWords] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		set = append(set, h.Sum64())
	}
	slices.Sort(set)
	return slices.Compact(set)
}

// Similarity is the share of the shorter text's word runs found in the
// longer one (the overlap coefficient of their shingle sets), from 0 to 1;
// 0 when either is too short to compare. Using the shorter text as the
// base keeps a trimmed copy of a story as similar as a full one.
func Similarity(a, b string) float64 {
	return overlap(shingles(a), shingles(b))
}

// overlap is the overlap coefficient of two sorted shingle sets.
func overlap(a, b []uint64) float64 {
	if min(len(a), len(b)) < minShingles {
		return 0
	}
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return float64(n) / float64(min(len(a), len(b)))
}

// MergeNearDuplicates folds a batch's repeats into one result each and
// returns the rest in order. Two successful results are repeats when
// their articles' addresses have the same CanonicalURL (the second is
// dropped) or when their texts are near-duplicates (Similarity at least
// NearDuplicateThreshold across outlets, 0.6 within one): then the longest text is kept, at the place of
// the group's first result, and the others become its AlsoIn references.
// The kept result's Notice says what was merged. Failed
// and skipped results are passed through untouched. The work is quadratic in the batch size,
// which is fine for the hundreds of items a morning's import holds.
func MergeNearDuplicates(results []briefs.ImportResult) []briefs.ImportResult {
	groups := groupRepeats(results)
	out := make([]briefs.ImportResult, 0, len(results))
	for i, r := range results {
		g, ok := groups[i]
		switch {
		case !ok:
			out = append(out, r)
		case len(g) > 0:
			out = append(out, merge(results, i, g))
		}
	}
	return out
}

// candidate is what the comparison needs of a successful result,
// computed once per result.
type candidate struct {
	key, host string // canonical address and its host, "" when none
	set       []uint64
}

// groupRepeats maps the first result of each group of repeats to the
// other members, and every other member to an empty list. Results not in
// any group are absent.
func groupRepeats(results []briefs.ImportResult) map[int][]int {
	cands := make([]candidate, len(results))
	for i, r := range results {
		if imported(r) {
			key := articleKey(r)
			cands[i] = candidate{key: key, host: hostOf(key), set: shingles(r.Article.Text)}
		}
	}
	groups := map[int][]int{}
	for j := range results {
		if !imported(results[j]) {
			continue
		}
		for i := 0; i < j; i++ {
			if _, member := groups[i]; member && len(groups[i]) == 0 {
				continue // i already belongs to an earlier group
			}
			if imported(results[i]) && repeats(cands[i], cands[j]) {
				groups[i] = append(groups[i], j)
				groups[j] = nil
				break
			}
		}
	}
	return groups
}

// imported reports whether r holds an article: not failed, not skipped.
func imported(r briefs.ImportResult) bool { return r.Err == nil && !r.Skipped }

// repeats reports whether two results are the same story: the same
// address, or near-duplicate texts (held to sameOutletThreshold when both
// come from one host).
func repeats(a, b candidate) bool {
	switch {
	case a.key != "" && a.key == b.key:
		return true
	case a.host != "" && a.host == b.host:
		return overlap(a.set, b.set) >= sameOutletThreshold
	}
	return overlap(a.set, b.set) >= NearDuplicateThreshold
}

// hostOf is the host of a canonical address, "" for none.
func hostOf(key string) string {
	if key == "" {
		return ""
	}
	u, err := url.Parse(key)
	if err != nil {
		return ""
	}
	return u.Host
}

// articleKey is the canonical address of a result's article, "" when it
// has none.
func articleKey(r briefs.ImportResult) string {
	u := firstNonEmpty(r.Article.URL, r.Source)
	if !IsURL(u) {
		return ""
	}
	return CanonicalURL(u)
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// merge builds the result standing for results[first] and its members.
func merge(results []briefs.ImportResult, first int, members []int) briefs.ImportResult {
	all := append([]int{first}, members...)
	sort.SliceStable(all, func(x, y int) bool { return len(results[all[x]].Article.Text) > len(results[all[y]].Article.Text) })
	kept := results[all[0]]
	seen := map[string]bool{articleKey(kept): true}
	var same, near []string
	for _, k := range all[1:] {
		r := results[k]
		key := articleKey(r)
		if key != "" && seen[key] {
			same = append(same, r.Source)
			continue
		}
		seen[key] = true
		kept.Article.AlsoIn = append(kept.Article.AlsoIn, ref(r))
		kept.Article.AlsoIn = append(kept.Article.AlsoIn, r.Article.AlsoIn...)
		near = append(near, r.Source)
	}
	kept.Notice = joinNotices(kept.Notice, mergeNotice(same, near))
	return kept
}

// ref names the article of r as another source of a story.
func ref(r briefs.ImportResult) briefs.Ref {
	a := r.Article
	return briefs.Ref{Site: firstNonEmpty(a.Outlet(), r.Source), URL: firstNonEmpty(a.URL, r.Source), Title: a.Title}
}

func mergeNotice(same, near []string) string {
	var parts []string
	if len(same) > 0 {
		parts = append(parts, "the same address as "+strings.Join(same, ", ")+", imported once")
	}
	if len(near) > 0 {
		parts = append(parts, "the same story as "+strings.Join(near, ", ")+", merged into one item")
	}
	return strings.Join(parts, "; ")
}

func joinNotices(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}
