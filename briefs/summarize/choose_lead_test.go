package summarize

import (
	"context"
	"strings"
	"testing"

	"briefsmith/briefs"
)

func TestRefersBack(t *testing.T) {
	const lead = "The European Space Agency says putting astronauts into hibernation could make it easier to reach other planets."
	cases := []struct {
		next string
		want bool
	}{
		{"The agency said Monday that its researchers had examined a crewed mission to Mars.", true},
		{"He said the idea was not so crazy.", true},
		{"Its researchers examined how hibernation would affect a crewed mission.", true},
		{"This week, the government announced a review of the space programme.", false},
		{"The number of astronauts in orbit has doubled since 2010.", false},
		{"The European Space Agency has 22 member states.", false},
		{"NASA said it was studying the same idea.", false},
	}
	for _, tc := range cases {
		d, r := parsedAndRanked(t, lead+"\n\n"+tc.next)
		c := newChooser(d, r, nil, "")
		if got := c.refersBack(1, 0); got != tc.want {
			t.Errorf("refersBack(%q) = %v, want %v", tc.next, got, tc.want)
		}
	}
}

// TestNewsLeadNamesWhatFollowsReferTo: What Happened opens with the
// sentence that names the agency, not the one after it that calls it
// "the agency", even when the latter says more.
func TestNewsLeadNamesWhatFollowsReferTo(t *testing.T) {
	sents := []string{
		"BERLIN -- The European Space Agency says putting astronauts into a state of suspended animation could make it easier to reach other planets.",
		"The agency said Monday that its researchers examined how hibernation would affect the design of a crewed mission to Mars and concluded that it could help to significantly shrink the size of spacecraft.",
		"Research team head Jennifer Ngo-Anh says the idea of hibernating astronauts is not so crazy.",
		"Challenges include designing the spacecraft to operate largely autonomously while the crew sleeps through much of the 180-day cruise to Mars.",
		"The researchers found that hibernation could cut the mass of a Mars spacecraft by a third.",
	}
	sum, err := New().Summarize(context.Background(), briefs.Article{Text: strings.Join(sents, "\n\n")}, briefs.SummaryOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := texts(sum, briefs.WhatHappened)
	if len(got) == 0 || !strings.Contains(got[0], "The European Space Agency says") {
		t.Errorf("What Happened opens with %q, want the sentence naming the agency", got)
	}
}
