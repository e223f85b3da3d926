package summarize

import (
	"briefsmith/briefs"
	"briefsmith/briefs/summarize/roles"
)

// Settings of the chooser. A sentence may serve a section when the role
// classifier gives that section's role at least the model's threshold
// (roles.Thresholds, chosen by make train; What Happened must also find
// happened at least as likely as matters or next, and Why It Matters
// matters at least as likely as happened); What's Next also needs
// an explicit forward signal. Why It Matters, when no sentence reaches its
// threshold, takes the likeliest one above floorMatters: real news nearly
// always says why it matters, if only weakly. The weights below were set by
// cross-validation on the training part of the labelled real news.
const (
	floorMatters = 0.15
	// MMR: how much relevance counts against redundancy, and the
	// similarity above which a sentence repeats one already chosen.
	mmrLambda      = 0.7
	duplicateLimit = 0.6
	// What Happened is chosen on importance and the probability of
	// happened; the other sections on their role's probability first,
	// importance second, and a preference for early sentences (context
	// usually follows the lead).
	weightRole       = 1.0
	weightImportance = 0.3
	weightEarly      = 2.0
	// leadWindow is how many opening sentences What Happened's first
	// point is chosen from, and minLeadHappened the least probability of
	// happened it needs there.
	leadWindow      = 3
	minLeadHappened = 0.2
	// leadShare: when the best lead sentence's importance is below this
	// share of the most important sentence's, the lead window holds no
	// sentence central to the article (a teaser, or a body whose
	// introduction was cut), and What Happened opens with the most
	// important sentence instead.
	leadShare = 0.5
)

// chooser picks the sentences of each section.
type chooser struct {
	doc     *document
	rank    *ranking
	probs   []roles.Probs // the role probabilities of each sentence, certain under a heading
	forward []bool        // whether a sentence signals the future explicitly
	usable  []bool        // whether a sentence may be a point at all (see eligible)
	chosen  []int         // sentences picked so far, in any section
	top     float64       // the highest importance score, for normalising
	min     roles.Thresholds
}

// newChooser classifies every sentence no heading claims by its own
// evidence (see package roles), the article's title among it; a sentence under a section heading belongs
// to that section for certain.
func newChooser(d *document, r *ranking, model *roles.Model, title string) *chooser {
	if model == nil {
		model = roles.Default()
	}
	n := len(d.sents)
	c := &chooser{doc: d, rank: r, top: topScore(r.score), min: model.Thresholds,
		probs: make([]roles.Probs, n), forward: make([]bool, n), usable: make([]bool, n)}
	var in []roles.Sentence
	var idx []int
	inside, fragment := insideQuotations(d.sents), fragments(d.sents)
	for i, s := range d.sents {
		c.usable[i] = eligible(s.text, r.feats[i]) && !inside[i] && !fragment[i]
		if sec, ok := s.label.section(); ok {
			c.probs[i][roleOf(sec)] = 1
			continue
		}
		in = append(in, roles.Sentence{Text: s.text, Para: s.block})
		idx = append(idx, i)
	}
	for k, v := range roles.Extract(in, title, r.stems) {
		c.probs[idx[k]] = model.Weights.Classify(v)
		c.forward[idx[k]] = roles.Forward(v)
	}
	return c
}

// roleOf is the role whose sentences a section holds.
func roleOf(sec briefs.Section) int {
	switch sec {
	case briefs.WhyItMatters:
		return roles.Matters
	case briefs.WhatsNext:
		return roles.Next
	}
	return roles.Happened
}

// pick chooses up to n sentences for sec. What Happened leads with the
// lead of a headed article, or else its best sentence, and adds only
// sentences after it, so that its points read in the article's order.
func (c *chooser) pick(sec briefs.Section, n int) []int {
	var out []int
	if len(c.doc.sents) > 0 && c.isLead(0) && sec == briefs.WhatHappened {
		out = c.take(out, 0)
	} else if sec == briefs.WhatHappened {
		if i := c.newsLead(); i >= 0 {
			out = c.take(out, i)
		}
	}
	for len(out) < n {
		after := -1
		if sec == briefs.WhatHappened && len(out) > 0 {
			after = out[0]
		}
		best := c.bestNext(sec, after, c.fits)
		if best < 0 {
			break
		}
		out = c.take(out, best)
	}
	switch {
	case len(out) == 0 && sec == briefs.WhatHappened:
		out = c.fallback(sec, c.mayHappen)
	case len(out) == 0 && sec == briefs.WhyItMatters:
		out = c.fallback(sec, c.mayMatter)
	}
	return out
}

// take records sentence i as chosen and appends it to out.
func (c *chooser) take(out []int, i int) []int {
	c.chosen = append(c.chosen, i)
	return append(out, i)
}

// fallback picks the best sentence for sec among those ok allows, for a
// section that would otherwise be empty.
func (c *chooser) fallback(sec briefs.Section, ok func(int, briefs.Section) bool) []int {
	if best := c.bestNext(sec, -1, ok); best >= 0 {
		return c.take(nil, best)
	}
	return nil
}

// fits reports whether sentence i may serve sec.
func (c *chooser) fits(i int, sec briefs.Section) bool {
	if !c.free(i, sec) || c.headedAs(i) != noSection {
		return c.free(i, sec) // under a heading it fits its heading's section
	}
	p := c.probs[i]
	switch sec {
	case briefs.WhatHappened:
		return p[roles.Happened] >= c.min.Happened && p[roles.Happened] >= p[roles.Matters] && p[roles.Happened] >= p[roles.Next]
	case briefs.WhyItMatters:
		return p[roles.Matters] >= c.min.Matters && p[roles.Matters] >= p[roles.Happened]
	}
	return c.forward[i] && p[roles.Next] >= c.min.Next
}

// mayHappen allows, for an otherwise empty What Happened, any usable
// sentence that no heading claims for another section.
func (c *chooser) mayHappen(i int, sec briefs.Section) bool {
	return c.free(i, sec) || c.usable[i] && c.headedAs(i) == noSection
}

// mayMatter allows, for an otherwise empty Why It Matters, a sentence whose
// probability of mattering reaches the floor.
func (c *chooser) mayMatter(i int, sec briefs.Section) bool {
	return c.free(i, sec) && c.probs[i][roles.Matters] >= floorMatters
}

// free reports whether sentence i is usable and not kept from sec by a
// heading: its own heading names another section, or the article heads
// sec itself and i is not under that heading.
func (c *chooser) free(i int, sec briefs.Section) bool {
	if !c.usable[i] {
		return false
	}
	if h := c.headedAs(i); h != noSection {
		return h == sec
	}
	return !c.doc.sections[sec]
}

// noSection marks a sentence under no section heading.
const noSection briefs.Section = -1

// headedAs is the section sentence i's heading names, or noSection.
func (c *chooser) headedAs(i int) briefs.Section {
	if sec, ok := c.doc.sents[i].label.section(); ok {
		return sec
	}
	return noSection
}

// bestNext returns the sentence after index after that ok allows for sec,
// with the highest value, that is neither chosen nor a near duplicate of a
// chosen one; -1 when there is none.
func (c *chooser) bestNext(sec briefs.Section, after int, ok func(int, briefs.Section) bool) int {
	best, bestVal := -1, 0.0
	for i := after + 1; i < len(c.doc.sents); i++ {
		if !ok(i, sec) || c.isChosen(i) {
			continue
		}
		red := c.redundancy(i)
		if red > duplicateLimit {
			continue
		}
		if v := c.value(i, sec, red); best < 0 || v > bestVal {
			best, bestVal = i, v
		}
	}
	return best
}

// value is how good sentence i is for sec, given its redundancy with the
// sentences chosen so far.
func (c *chooser) value(i int, sec briefs.Section, red float64) float64 {
	importance := c.rank.score[i] / c.top
	p := c.probs[i][roleOf(sec)]
	if sec == briefs.WhatHappened {
		return mmrLambda*importance + weightRole*p - (1-mmrLambda)*red
	}
	return p + weightImportance*importance + weightEarly/(1+float64(i)) - (1-mmrLambda)*red
}

// newsLead returns the best of the first leadWindow usable
// sentences, when the article heads no What Happened of its own: news
// opens with its news, in the lead or the sentence or two that complete it,
// and picking among them (rather than the lead alone) keeps a teaser or a
// body whose introduction was cut from opening the brief. When even the
// best of them is far less important than the article's most important
// sentence (see leadShare), or none of them reports news, the most
// important sentence opens instead. -1 when there is none.
func (c *chooser) newsLead() int {
	if c.doc.sections[briefs.WhatHappened] {
		return -1
	}
	best, central, first, seen := -1, -1, -1, 0
	for i := 0; i < len(c.doc.sents); i++ {
		if !c.usable[i] || c.headedAs(i) != noSection {
			continue
		}
		seen++
		if c.probs[i][roles.Happened] < minLeadHappened {
			continue
		}
		if central < 0 || c.rank.score[i] > c.rank.score[central] {
			central = i
		}
		if first < 0 {
			first = i
		}
		if seen <= leadWindow && c.betterLead(i, best, first) {
			best = i
		}
	}
	if best < 0 || c.rank.score[best] < leadShare*c.rank.score[central] {
		return central
	}
	return best
}

// betterLead reports whether sentence i opens What Happened better than
// best (-1: none yet): a sentence that can open a brief (see poorOpening)
// beats one that cannot, and among their like the one worth more there
// wins.
func (c *chooser) betterLead(i, best, first int) bool {
	if best < 0 {
		return true
	}
	if pi, pb := c.poorOpening(i, first), c.poorOpening(best, first); pi != pb {
		return pb
	}
	return c.value(i, briefs.WhatHappened, 0) > c.value(best, briefs.WhatHappened, 0)
}

// poorOpening reports whether sentence i, in a lead window whose first
// candidate is first, would open a brief badly: it refers back to first
// (see refersBack), or it speaks to the reader or in the writer's own
// voice, as a feature's scene-setter does ("Think of virtual reality and
// you will probably conjure up …", "When I reported last year …"). A
// sentence that answers the one before ("However, it was this bedding
// that …") is not one: after a teaser it is often where the news starts.
func (c *chooser) poorOpening(i, first int) bool {
	text := c.doc.sents[i].text
	return i != first && c.refersBack(i, first) || addressesReader(text) || speaksAsWriter(text)
}

// isLead reports whether sentence i opens an article that has section
// headings later: such a lead carries the news.
func (c *chooser) isLead(i int) bool {
	_, headed := c.doc.sents[i].label.section()
	return i == 0 && !headed && c.doc.anyHeaded() && c.usable[i]
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
