package summarize

import (
	"testing"

	"briefsmith/briefs"
)

// Short names for the sections in the tables.
const (
	wh   = briefs.WhatHappened
	why  = briefs.WhyItMatters
	next = briefs.WhatsNext
)

// segmentCases are runs of sentences and the stretch each belongs to.
var segmentCases = []struct {
	name   string
	sents  []string
	headed [3]bool
	want   []briefs.Section
}{
	{"three stretches", []string{
		"Police arrested two men on Tuesday after a raid in the city centre.",
		"The arrests come amid growing concern about knife crime, which has risen for years.",
		"The men will appear in court next week.",
	}, [3]bool{}, []briefs.Section{wh, why, next}},
	{"lone future between facts", []string{
		"The airline announced on Monday that it had agreed to buy its rival for 2 billion.",
		"The combined company will keep the older name.",
		"Shares in the rival rose 8% on Monday, the exchange reported.",
	}, [3]bool{}, []briefs.Section{wh, wh, wh}},
	{"date inside background", []string{
		"The central bank held interest rates at 4% on Thursday.",
		"It is the first time since 2021 that rates have stayed unchanged for a year, because inflation remains high.",
		"The decision had been widely expected to come next month, analysts said, amid concerns about growth.",
	}, [3]bool{}, []briefs.Section{wh, why, why}},
	{"headed section excluded", []string{
		"Police arrested two men on Tuesday after a raid in the city centre.",
		"The men will appear in court next week.",
	}, [3]bool{false, false, true}, []briefs.Section{wh, wh}},
	{"all headed", []string{"Anything at all here."}, [3]bool{true, true, true}, []briefs.Section{noSection}},
	{"empty", nil, [3]bool{}, nil},
}

func TestSegment(t *testing.T) {
	for _, tc := range segmentCases {
		t.Run(tc.name, func(t *testing.T) {
			feats := make([]features, len(tc.sents))
			for i, s := range tc.sents {
				feats[i] = analyse(s)
			}
			got := segment(feats, tc.headed)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d sections, want %d", len(got), len(tc.want))
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("sentence %d: %v, want %v", i, got[i], tc.want[i])
				}
			}
		})
	}
}
