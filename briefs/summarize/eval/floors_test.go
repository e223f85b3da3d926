package eval

import (
	"testing"

	"briefsmith/briefs"
	"briefsmith/briefs/summarize/eval/realnews"
)

// Regression floors, a little below the figures the summariser reaches
// (docs/notes/NOTES-summ.md). Unlike TestEval, which reports against the issue's
// targets under BRIEFSMITH_EVAL=1, these run in every `go test` (and so in
// `make test`) whenever ../shared is present, and fail when a change makes
// a figure worse. Raise a floor when a figure improves; never lower one to
// make a change pass. The one exception is a retrained model that trades
// figures, and then every floor moves with it and the notes say why: the
// retrain on every labelled corpus (docs/notes/NOTES-lead-12.md) lowered
// What Happened's held-out precision while raising every other figure, and
// the retrain that gave the classifier the page's title (NOTES-lead-12c.md)
// lowered What's Next's held-out recall (11/18 → 10/18) while raising every
// other figure; the retrain that widened What's Next's forward signal
// (reported futures, pending inquiries, deadlines, a modal with a date:
// NOTES-lead-12e.md) raised What's Next's recall (held out 11/18 → 12/18,
// training part 56 % → 70 %) and lowered Why It Matters' held-out recall
// by one article (12/25 → 11/25); the opening pair of words as a feature
// (NOTES-lead-12f.md) won it back, and the floors rose with it. The one
// floor lowered for a rule rather than a retrain: sentences inside an open
// quotation are no longer points (NOTES-lead-12j.md), the same policy as for
// bare quotations, since without their marks a speaker's words read as the
// article's own claims; the labellers had marked four such sentences of the
// training part as matters, and its Why It Matters recall fell from 50/78
// to 49/78 (held out it rose by one article; cross-validated it moved less
// than the spread between fold assignments). The retrain forced by the
// splitter's fix for "R-W.Va." and "U.S.-Mexico" (NOTES-lead-12k.md) raised
// the training part's Why It Matters recall (49/78 → 52/78; its floor rose
// back to 0.65) and moved its held-out recall down by one article (13/25 →
// 12/25, still above its floor).
type floors struct {
	precision    float64 // over all chosen sentences
	whPrecision  float64 // What Happened precision
	wimRecall    float64 // Why It Matters best-sentence recall
	wimPrecision float64 // Why It Matters precision
	wnRecall     float64 // What's Next best-sentence recall
}

var realNewsFloors = map[string]floors{
	realnews.HeldOut: {precision: 0.64, whPrecision: 0.88, wimRecall: 0.46, wimPrecision: 0.50, wnRecall: 0.62},
	realnews.Train:   {precision: 0.74, whPrecision: 0.88, wimRecall: 0.65, wimPrecision: 0.75, wnRecall: 0.66},
}

const (
	floorScrapinghubWIMEmpty = 0.03 // at most
	floorScrapinghubLead     = 0.91 // at least
	floorXSumGain            = 1.1  // ROUGE-1 F points over the fair Lead-1, at least
)

// TestRealNewsFloors holds both splits of the labelled scrapinghub news to
// their floors (the XSum labels have none yet).
func TestRealNewsFloors(t *testing.T) {
	set := loadRealNews(t)
	for split, f := range realNewsFloors {
		s := scoreRealNews(t, set, realnews.Scrapinghub, split)
		wh, wim, wn := s.Sections[briefs.WhatHappened], s.Sections[briefs.WhyItMatters], s.Sections[briefs.WhatsNext]
		for _, c := range []struct {
			name       string
			got, floor float64
		}{
			{"precision, all sections", s.Precision(), f.precision},
			{"What Happened precision", wh.Precision(), f.whPrecision},
			{"Why It Matters best recall", wim.Recall(), f.wimRecall},
			{"Why It Matters precision", wim.Precision(), f.wimPrecision},
			{"What's Next best recall", wn.Recall(), f.wnRecall},
		} {
			if c.got < c.floor {
				t.Errorf("%s: %s = %.3f, below its floor %.2f", split, c.name, c.got, c.floor)
			}
		}
		if wh.Empty > 0 {
			t.Errorf("%s: What Happened empty on %d articles, want none", split, wh.Empty)
		}
	}
}

// TestScrapinghubFloors holds the English news pages of the scrapinghub
// benchmark to their floors.
func TestScrapinghubFloors(t *testing.T) {
	c := countScrapinghub(t)
	if c.pages < 100 {
		t.Fatalf("only %d English news pages found, want ≥ 100", c.pages)
	}
	if got := ratio(c.emptyWIM, c.pages); got > floorScrapinghubWIMEmpty {
		t.Errorf("Why It Matters empty on %s, above its ceiling %.0f %%", fmtRate(c.emptyWIM, c.pages), 100*floorScrapinghubWIMEmpty)
	}
	if got := ratio(c.lead, c.pages); got < floorScrapinghubLead {
		t.Errorf("What Happened opens with the lead's news on %s, below its floor %.0f %%", fmtRate(c.lead, c.pages), 100*floorScrapinghubLead)
	}
}

// TestXSumFloor holds the first What Happened sentence's ROUGE-1 gain over
// the fair Lead-1 on the XSum samples to its floor.
func TestXSumFloor(t *testing.T) {
	s, n, _ := scoreXSum(t)
	if n < 100 {
		t.Fatalf("only %d XSum samples scored, want ≥ 100", n)
	}
	if g := s.gain(); g < floorXSumGain {
		t.Errorf("R1 F gain over the fair Lead-1 = %+.2f points, below its floor %+.2f", g, floorXSumGain)
	}
}
