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

func TestAddressesReader(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Think of virtual reality and you will probably conjure up images of fantastical landscapes.", true},
		{"If you're planning to retire early, you should aim to save 25 times your expenses.", true},
		{"“Imagine a world without cash,” the governor told the conference.", true},
		{"The promise of Google Stadia: high quality visuals streamed to your browser.", false},
		{"Youth unemployment rose to 12% in March, the agency said.", false},
		{"Police told residents: \"You should stay indoors until the fire is out.\"", false},
	} {
		if got := addressesReader(tc.text); got != tc.want {
			t.Errorf("addressesReader(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestSpeaksAsWriter(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"When I reported last year about the urgent need for blood donors I received many letters.", true},
		{"My grandmother kept a ledger of every harvest on the farm.", true},
		{"I've covered the harbour for a decade, and this winter is the worst.", true},
		{"“I will not resign,” the mayor told the council on Monday.", false},
		{"\"My door is open,\" the minister said.", false},
		{"Iran says it will resume talks with the agency next week.", false},
		{"The ban on gay men giving blood is to be lifted, the minister said.", false},
	} {
		if got := speaksAsWriter(tc.text); got != tc.want {
			t.Errorf("speaksAsWriter(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestNewsLeadSkipsSceneSetter: a feature that opens by speaking to the
// reader opens its brief with the first sentence that reports something.
func TestNewsLeadSkipsSceneSetter(t *testing.T) {
	sents := []string{
		"Think of virtual reality and you will probably conjure up images of fantastical landscapes in a game or film set.",
		"Hospitals in London have started using virtual reality headsets to train surgeons, the health service said on Monday.",
		"The headsets let trainees rehearse operations on virtual patients before they work on real ones.",
		"The health service said the scheme would reach 20 hospitals by the end of next year.",
	}
	sum, err := New().Summarize(context.Background(), briefs.Article{Text: strings.Join(sents, "\n\n")}, briefs.SummaryOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := texts(sum, briefs.WhatHappened); len(got) == 0 || got[0] != sents[1] {
		t.Errorf("What Happened opens with %q, want %q", got, sents[1])
	}
}
