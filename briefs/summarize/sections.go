package summarize

import "briefsmith/briefs"

// noSection marks a sentence that no section may use.
const noSection briefs.Section = -1

// Penalties for doubtful sections in an unheaded article: a sentence whose
// own cues disagree with its stretch, and one at the edge of its stretch.
const (
	doubtDisagree = 0.2
	doubtEdge     = 0.2
)

// newChooser decides which section each sentence may serve: the one its
// heading names; for the rest, read in order, the stretch that segment
// puts it in, among the sections the article does not head itself. The
// lead of a headed article always serves What Happened.
func newChooser(d *document, r *ranking) *chooser {
	c := &chooser{
		doc: d, rank: r, top: topScore(r.score),
		sections: make([]briefs.Section, len(d.sents)), doubt: make([]float64, len(d.sents)),
	}
	for i, s := range d.sents {
		c.sections[i] = noSection
		if sec, ok := s.label.section(); ok {
			c.sections[i] = sec
		}
	}
	c.segmentUnheaded()
	if len(d.sents) > 0 && c.isLead(0) {
		c.sections[0], c.doubt[0] = briefs.WhatHappened, 0
	}
	for i, s := range d.sents {
		if !eligible(s.text, r.feats[i]) {
			c.sections[i] = noSection
		}
	}
	return c
}

// segmentUnheaded gives the sentences under no section heading the section
// of their stretch (see segment), and doubts those in Why It Matters or
// What's Next whose own cues point elsewhere or that sit at the edge of
// their stretch. What Happened is left to importance alone: it is where the
// news is.
func (c *chooser) segmentUnheaded() {
	var idx []int
	var feats []features
	for i, s := range c.doc.sents {
		if _, headed := s.label.section(); !headed {
			idx = append(idx, i)
			feats = append(feats, c.rank.feats[i])
		}
	}
	zones := segment(feats, c.doc.sections)
	for k, sec := range zones {
		i := idx[k]
		c.sections[i] = sec
		if sec == briefs.WhatHappened || sec == noSection {
			continue
		}
		if classify(feats[k], k) != sec {
			c.doubt[i] += doubtDisagree
		}
		if (k > 0 && zones[k-1] != sec) || (k+1 < len(zones) && zones[k+1] != sec) {
			c.doubt[i] += doubtEdge
		}
	}
}

// isLead reports whether sentence i opens an article that has section
// headings later: such a lead carries the news.
func (c *chooser) isLead(i int) bool {
	_, headed := c.doc.sents[i].label.section()
	return i == 0 && !headed && c.doc.anyHeaded()
}
