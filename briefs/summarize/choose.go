package summarize

import "briefsmith/briefs"

// MMR settings: how much relevance counts against redundancy, and the
// similarity above which a sentence repeats one already chosen.
const (
	mmrLambda      = 0.7
	duplicateLimit = 0.6
)

// chooser picks the sentences of each section.
type chooser struct {
	doc      *document
	rank     *ranking
	sections []briefs.Section // the section of each sentence, -1 when none may use it
	doubt    []float64        // how unsure that section is, 0 when a heading says so
	chosen   []int            // sentences picked so far, in any section
	top      float64          // the highest score, for normalising
}

// pick chooses up to n sentences for sec, the lead first when it serves
// sec, then by maximal marginal relevance.
func (c *chooser) pick(sec briefs.Section, n int) []int {
	var out []int
	if len(c.doc.sents) > 0 && c.isLead(0) && sec == briefs.WhatHappened && c.sections[0] == sec {
		out = append(out, 0)
		c.chosen = append(c.chosen, 0)
	}
	for len(out) < n {
		best := c.bestNext(sec)
		if best < 0 {
			break
		}
		out = append(out, best)
		c.chosen = append(c.chosen, best)
	}
	if len(out) == 0 && sec == briefs.WhatHappened {
		out = c.fallbackHappened()
	}
	return out
}

// fallbackHappened picks, for a What Happened that would be empty, the best
// eligible sentence that no heading claims for another section.
func (c *chooser) fallbackHappened() []int {
	best := -1
	for i, s := range c.doc.sents {
		if _, headed := s.label.section(); headed || c.sections[i] == noSection {
			continue
		}
		if best < 0 || c.rank.score[i] > c.rank.score[best] {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	c.chosen = append(c.chosen, best)
	return []int{best}
}

// bestNext returns the sentence of sec with the highest marginal relevance
// that is neither chosen nor a near duplicate of a chosen one, or -1.
func (c *chooser) bestNext(sec briefs.Section) int {
	best, bestVal := -1, 0.0
	for i := range c.doc.sents {
		if c.sections[i] != sec || c.isChosen(i) {
			continue
		}
		red := c.redundancy(i)
		if red > duplicateLimit {
			continue
		}
		v := mmrLambda*c.rank.score[i]/c.top - (1-mmrLambda)*red - c.doubt[i]
		if best < 0 || v > bestVal {
			best, bestVal = i, v
		}
	}
	return best
}

// topScore is the highest of scores, and a tiny positive number when there
// is none.
func topScore(scores []float64) float64 {
	top := 1e-9
	for _, s := range scores {
		if s > top {
			top = s
		}
	}
	return top
}

// redundancy is the highest similarity of sentence i to a chosen one.
func (c *chooser) redundancy(i int) float64 {
	red := 0.0
	for _, j := range c.chosen {
		if s := c.rank.sim[i][j]; s > red {
			red = s
		}
	}
	return red
}

// isChosen reports whether sentence i has been picked.
func (c *chooser) isChosen(i int) bool {
	for _, j := range c.chosen {
		if i == j {
			return true
		}
	}
	return false
}
