package summarize

import (
	"context"
	"strings"
	"testing"

	"briefsmith/briefs"
)

// chooserCases are short unheaded articles, one sentence a paragraph, with
// the sentences (by index) each section must hold and must not hold.
var chooserCases = []struct {
	name      string
	sents     []string
	want, not map[briefs.Section][]int
}{
	{"scheduled step goes to What's Next", []string{
		"Police arrested two men on Tuesday after a raid on a warehouse in the city centre.",
		"Officers seized weapons and cash worth more than 50,000 pounds, the force said.",
		"The arrests come amid growing concern about knife crime, which has risen for three years in a row.",
		"The two men will appear before magistrates in the city next Monday.",
	}, map[briefs.Section][]int{briefs.WhatHappened: {0}, briefs.WhatsNext: {3}}, nil},
	{"no forward signal leaves What's Next empty", []string{
		"The central bank held interest rates at 4% on Thursday, the third meeting in a row without a change.",
		"Inflation has stayed above the bank's target for more than two years, the longest stretch since the 1990s.",
		"Economists said the decision had been widely expected by markets.",
		"The bank's governor said the committee had been unanimous.",
	}, map[briefs.Section][]int{briefs.WhatHappened: {0}}, map[briefs.Section][]int{briefs.WhatsNext: {0, 1, 2, 3}}},
	{"the lead opens What Happened", []string{
		"The airline announced on Monday that it had agreed to buy its smaller rival for 2 billion dollars.",
		"The deal would create the largest carrier in the region, a blow to competition that regulators are likely to examine.",
		"Shares in the rival rose 8% on Monday.",
	}, map[briefs.Section][]int{briefs.WhatHappened: {0}}, nil},
}

func TestChooser(t *testing.T) {
	for _, tc := range chooserCases {
		t.Run(tc.name, func(t *testing.T) {
			text := strings.Join(tc.sents, "\n\n")
			sum, err := New().Summarize(context.Background(), briefs.Article{Text: text}, briefs.SummaryOptions{Length: briefs.LengthDetailed})
			if err != nil {
				t.Fatal(err)
			}
			for sec, idx := range tc.want {
				for _, i := range idx {
					if !containsText(texts(sum, sec), tc.sents[i]) {
						t.Errorf("%s lacks sentence %d; got %q", sec.Title(), i, texts(sum, sec))
					}
				}
			}
			for sec, idx := range tc.not {
				for _, i := range idx {
					if containsText(texts(sum, sec), tc.sents[i]) {
						t.Errorf("%s holds sentence %d", sec.Title(), i)
					}
				}
			}
		})
	}
}

// TestChooserReadsTheTitle: the role classifier sees the article's title
// (the model learnt its overlap features from titled pages), so a
// sentence that repeats the title is classified differently from one
// under no title.
func TestChooserReadsTheTitle(t *testing.T) {
	text := "The council approved a new bridge over the river on Tuesday.\n\nThe vote followed a decade of debate about the crossing."
	d, r := parsedAndRanked(t, text)
	untitled := newChooser(d, r, nil, "")
	titled := newChooser(d, r, nil, "Council approves new bridge over the river")
	if titled.probs[0] == untitled.probs[0] {
		t.Errorf("the title changed nothing: %v", titled.probs[0])
	}
}
