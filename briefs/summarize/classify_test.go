package summarize

import (
	"testing"

	"briefsmith/briefs"
)

// classifyCases are sentences from the middle of an article (not the lead)
// and the section their cues point to.
var classifyCases = []struct {
	name     string
	sentence string
	want     briefs.Section
}{
	{"future plan", "The council will vote on the proposal next week.", briefs.WhatsNext},
	{"expected decision", "The minister is expected to decide by the end of the month.", briefs.WhatsNext},
	{"schedule", "A hearing is scheduled for 4 June, when both sides are due to give evidence.", briefs.WhatsNext},
	{"contraction", "Officials say they'll publish the findings in the coming weeks.", briefs.WhatsNext},
	{"consequence", "The closure could affect thousands of commuters who rely on the bridge.", briefs.WhyItMatters},
	{"history", "Relations have been strained for years, since the collapse of the 2015 deal.", briefs.WhyItMatters},
	{"significance", "It is the first time in history that the prize has gone to a debut novel.", briefs.WhyItMatters},
	{"comes amid", "The decision comes amid growing concerns about the cost of energy.", briefs.WhyItMatters},
	{"reported event", "Police arrested two men on Tuesday after a raid in the city centre.", briefs.WhatHappened},
	{"announcement", "The company announced a profit of 3 billion for the quarter.", briefs.WhatHappened},
	{"plain fact", "Shares fell 5% in early trading in London.", briefs.WhatHappened},
	{"weak modal only", "Some residents may be unhappy.", briefs.WhatHappened},
}

func TestClassify(t *testing.T) {
	for _, tc := range classifyCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := classify(analyse(tc.sentence), 5); got != tc.want {
				t.Errorf("classify(%q) = %v, want %v (cues %+v)", tc.sentence, got.Title(), tc.want.Title(), scoreCues(analyse(tc.sentence), 5))
			}
		})
	}
}

func TestClassifyLeadIsNews(t *testing.T) {
	s := "The company will cut 500 jobs at its plant in Leeds, it said."
	if got := classify(analyse(s), 0); got != briefs.WhatHappened {
		t.Errorf("lead classified as %v, want What Happened", got.Title())
	}
	if got := classify(analyse(s), 6); got != briefs.WhatsNext {
		t.Errorf("later sentence classified as %v, want What's Next", got.Title())
	}
}

func TestCueTablesParse(t *testing.T) {
	for name, table := range map[string]cueTable{"next": nextCues, "why": whyCues, "happened": happenedCues} {
		n := 0
		for first, cues := range table {
			for _, c := range cues {
				n++
				if c.weight <= 0 || c.words[0] != first {
					t.Errorf("%s cue %q has weight %v", name, c.words, c.weight)
				}
			}
		}
		if n < 20 {
			t.Errorf("%s table has only %d cues", name, n)
		}
	}
}
