package summarize

import (
	"context"
	"math"

	"briefsmith/briefs/summarize/stem"
)

// ranking holds what the ranker learnt about the candidate sentences of a
// document, indexed like document.sents.
type ranking struct {
	feats []features
	sim   [][]float64 // cosine similarity of each pair
	score []float64   // overall importance, higher is better
	stems stem.Cache  // the article's words' stems, shared with the role features
}

// Weights of the parts of a sentence's score. Centrality (the sum of two
// scores that each average 1) dominates: on BBC articles whose intro is
// withheld it finds the summary sentence best, and every extra unit of
// position prior there costs about a ROUGE point. A real lead is usually
// central anyway, and the title overlap pulls it up when there is a title;
// the small position weight only breaks near-ties in its favour.
const (
	weightCentrality = 1.0
	weightPosition   = 0.1
	// Under a section heading the first sentence states the point the rest
	// support, so position counts for more there.
	weightHeadedPosition = 1.0
	weightTitle          = 1.0
	weightInfo           = 0.3
)

// rankSentences scores every candidate sentence of d. title may be empty.
func rankSentences(ctx context.Context, d *document, title string) (*ranking, error) {
	stems := stem.NewCache(wordsHint * len(d.sents)) // sized so that it rarely grows
	r := &ranking{feats: analyseAll(d.sents, stems), stems: stems}
	terms := make([][]string, len(d.sents))
	sentStems := make([][]string, len(d.sents))
	for i, f := range r.feats {
		terms[i], sentStems[i] = f.terms, f.stems
	}
	r.sim = similarities(vectorise(terms))
	cent, err := centralities(ctx, r.sim, overlapMatrix(wordSets(sentStems)))
	if err != nil {
		return nil, err
	}
	titleTerms := termSet(analyse(title).terms)
	positions := positionsOf(d.sents)
	r.score = make([]float64, len(d.sents))
	for i := range d.sents {
		f := r.feats[i]
		s := weightCentrality*cent[i] +
			positionWeight(d.sents[i])*positionScore(positions[i]) +
			weightTitle*overlap(titleTerms, f.terms) +
			weightInfo*infoScore(f)
		r.score[i] = s * lengthFactor(len(f.words)) * styleFactor(f)
	}
	return r, nil
}

// wordsHint is about how many new words a sentence of news brings.
const wordsHint = 8

// analyseAll analyses every sentence, sharing one stem cache.
func analyseAll(sents []sentence, stems stem.Cache) []features {
	out := make([]features, len(sents))
	for i, s := range sents {
		out[i] = analyseWith(s.text, stems)
	}
	return out
}

// centralities adds up LexRank over the content words (lexical, the topic
// a sentence shares with the rest) and TextRank over all words (which
// prefers full, informative sentences): on news each finds the summary
// sentence more often with the other than alone.
func centralities(ctx context.Context, lexical, overlap [][]float64) ([]float64, error) {
	lex, err := centrality(ctx, lexical)
	if err != nil {
		return nil, err
	}
	tr, err := centrality(ctx, overlap)
	if err != nil {
		return nil, err
	}
	for i := range lex {
		lex[i] += tr[i]
	}
	return lex, nil
}

// positionWeight is how much position counts for sentence s.
func positionWeight(s sentence) float64 {
	if _, headed := s.label.section(); headed {
		return weightHeadedPosition
	}
	return weightPosition
}

// positionsOf returns where each sentence stands in its own stretch of
// text: among the sentences under the same section heading, or among all
// the sentences under no section heading.
func positionsOf(sents []sentence) []int {
	out := make([]int, len(sents))
	body := 0
	for i, s := range sents {
		if _, ok := s.label.section(); ok {
			out[i] = s.inPart
			continue
		}
		out[i] = body
		body++
	}
	return out
}

// positionScore favours early sentences: 1 for the first, 1/2 for the
// second, 1/3 for the third and so on.
func positionScore(pos int) float64 {
	return 1 / (1 + float64(pos))
}

// overlap is the share of the title's terms that the sentence repeats.
func overlap(title map[string]bool, terms []string) float64 {
	if len(title) == 0 {
		return 0
	}
	seen := map[string]bool{}
	for _, t := range terms {
		if title[t] {
			seen[t] = true
		}
	}
	return float64(len(seen)) / float64(len(title))
}

// infoScore rewards names and numbers, the facts of a news sentence.
func infoScore(f features) float64 {
	if len(f.words) == 0 {
		return 0
	}
	return math.Min(1, 3*float64(f.names+f.numbers)/float64(len(f.words)))
}

// lengthFactor scales down fragments and run-on sentences.
func lengthFactor(words int) float64 {
	switch {
	case words < 5:
		return 0.2
	case words < 9:
		return float64(words) / 9
	case words > 60:
		return math.Max(0.5, 60/float64(words))
	}
	return 1
}

// danglingStarts are first words that point back to an earlier sentence,
// which a summary point cannot do.
var danglingStarts = setOf(`he she they it this that these those his her their its but and also
however instead meanwhile yet still such there`)

// styleFactor scales down sentences that read badly out of context: ones
// opening with a pronoun or connective that refers back.
func styleFactor(f features) float64 {
	factor := 1.0
	if len(f.words) > 0 && danglingStarts[f.words[0]] {
		factor *= 0.9
	}
	return factor
}

// termSet returns the set of terms.
func termSet(terms []string) map[string]bool {
	set := make(map[string]bool, len(terms))
	for _, t := range terms {
		set[t] = true
	}
	return set
}
