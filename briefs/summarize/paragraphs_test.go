package summarize

import (
	"strings"
	"testing"

	"briefsmith/briefs"
)

func TestSplitParagraphs(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"blank lines", "One.\n\nTwo.", []string{"One.", "Two."}},
		{"wrapped paragraph", "A sentence that\nwraps onto a second line.\n\nNext.", []string{"A sentence that\nwraps onto a second line.", "Next."}},
		{"heading on its own line", "Lead sentence.\nWhy This Matters\nBody text here.", []string{"Lead sentence.", "Why This Matters", "Body text here."}},
		{"capital after unfinished line", "The talks in\nGeneva ended.", []string{"The talks in\nGeneva ended."}},
		{"windows line ends", "One.\r\n\r\nTwo.\r\n", []string{"One.", "Two."}},
		{"only blank", "\n \n\t\n", nil},
		{"empty", "", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			bs := splitParagraphs(tc.text)
			if len(bs) != len(tc.want) {
				t.Fatalf("got %d blocks, want %d: %+v", len(bs), len(tc.want), bs)
			}
			for i, b := range bs {
				if got := tc.text[b.start:b.end]; got != tc.want[i] {
					t.Errorf("block %d = %q, want %q", i, got, tc.want[i])
				}
			}
		})
	}
}

func TestDatelineLength(t *testing.T) {
	cases := []struct {
		name, in, rest string
	}{
		{"wire", "WASHINGTON (Reuters) - The Senate voted.", "The Senate voted."},
		{"city and country", "KYIV, Ukraine — Drones struck overnight.", "Drones struck overnight."},
		{"lower-case words", "NATO leaders met — and agreed.", "NATO leaders met — and agreed."},
		{"no dateline", "The Senate voted on Monday.", "The Senate voted on Monday."},
		{"short capitals", "US - China talks resumed.", "US - China talks resumed."},
		{"wire credit alone", "(Reuters) — The Senate voted.", "The Senate voted."},
		{"site's address", "PanARMENIAN.Net - Protesters were killed in 21 cities.", "Protesters were killed in 21 cities."},
		{"a name with a stop is no address", "St.Louis - based firms grew.", "St.Louis - based firms grew."},
		{"wire credit glued", "(CNN)President Donald Trump made a trip.", "President Donald Trump made a trip."},
		{"place and credit glued", "Hong Kong (CNN Business)A muddled view of the economy.", "A muddled view of the economy."},
		{"ticker kept", "Tesla (TSLA) CEO Elon Musk spoke.", "Tesla (TSLA) CEO Elon Musk spoke."},
		{"town and state", "Dekalb, Ill. — Mike Glass opened the store.", "Mike Glass opened the store."},
		{"town, state and agency", "ST. JOSEPH, Mich. (AP) — The lake froze early.", "The lake froze early."},
		{"one place before a long dash", "Indianapolis – Several thousand teachers rallied.", "Several thousand teachers rallied."},
		{"name before a hyphen kept", "Trump - The Art of the Deal sold well.", "Trump - The Art of the Deal sold well."},
		{"name and clause kept", "Apple — which sells phones — fell.", "Apple — which sells phones — fell."},
		{"bracket that is no credit", "(and more) The Senate voted.", "(and more) The Senate voted."},
		{"date before a double hyphen", "April 17, 2015 -- The White House released a plan.", "The White House released a plan."},
		{"place before a double hyphen", "WASHINGTON -- The Senate voted.", "The Senate voted."},
		{"clause in double hyphens kept", "The plan -- which few expected -- passed.", "The plan -- which few expected -- passed."},
		{"place before a colon", "Washington, DC, United States: Getting to the Moon has been done.", "Getting to the Moon has been done."},
		{"city and country before a colon", "Gaza City, Gaza: Aid trucks crossed on Monday.", "Aid trucks crossed on Monday."},
		{"lead-in before a colon kept", "Bottom Line: The Senate voted.", "Bottom Line: The Senate voted."},
		{"names before a colon kept", "Trump and Biden: The Debate drew millions.", "Trump and Biden: The Debate drew millions."},
		{"lower case after a colon kept", "Paris, France: where it began.", "Paris, France: where it began."},
		{"brackets in the news", "(Updated) talks resumed — both sides agreed.", "(Updated) talks resumed — both sides agreed."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.in[datelineLength(tc.in):]; got != tc.rest {
				t.Errorf("after dateline: %q, want %q", got, tc.rest)
			}
		})
	}
}

func TestWireDatelineLength(t *testing.T) {
	for _, tc := range []struct{ in, rest string }{
		{"SANTA FE, N.M. (AP) — A cat has been found.", "A cat has been found."},
		{"WASHINGTON (Reuters) - The Senate voted.", "The Senate voted."},
		{"Indianapolis – Several thousand teachers rallied.", "Indianapolis – Several thousand teachers rallied."},
		{"April 17, 2015 -- The White House released a plan.", "April 17, 2015 -- The White House released a plan."},
		{"NATO leaders met — and agreed.", "NATO leaders met — and agreed."},
	} {
		if got := tc.in[wireDatelineLength(tc.in):]; got != tc.rest {
			t.Errorf("after the wire dateline of %q: %q, want %q", tc.in, got, tc.rest)
		}
	}
}

// TestSecondSentenceDateline checks that a wire dateline after a kept
// headline line is trimmed, and that the headline line is no point.
func TestSecondSentenceDateline(t *testing.T) {
	text := "Cat found in New Mexico after going missing in Oregon Updated 11:21 pm CST, Tuesday, November 19, 2019\n\n" +
		"SANTA FE, N.M. (AP) — A cat who has been missing for five years in Portland, Oregon, has been found in Santa Fe, New Mexico.\n\n" +
		"The Santa Fe Animal Shelter announced this week that Sasha the black cat was recently found wandering the streets of the capital.\n\n" +
		"Officials will present the animal to the cat's original owner next week, the shelter said."
	sum := summariseFor(t, briefs.Article{Source: "cat", Title: "Cat found in New Mexico after going missing in Oregon", Text: text}, briefs.LengthStandard)
	checkSpans(t, text, sum)
	first := sum.WhatHappened[0].Text
	if first != "A cat who has been missing for five years in Portland, Oregon, has been found in Santa Fe, New Mexico." {
		t.Errorf("What Happened opens with %q", first)
	}
}

// TestFactboxParagraph checks that the event details a sports page sets
// above its story are no candidates, every sentence of their paragraph,
// so that the story's lead stays among the opening sentences.
func TestFactboxParagraph(t *testing.T) {
	text := "Dates: Saturday, 6 February - Saturday, 19 March\n\n" +
		"Coverage: Live coverage of eight games on national television. All matches live on local radio. Live text on the website\n\n" +
		"Venue details: the stadium holds 74,000 people and the roof will be closed.\n\n" +
		"The coach hopes the frustration of last season can inspire his side to a third title in a row.\n\n" +
		"He won a first title in his maiden season as coach in 2008 after a disappointing campaign."
	for _, c := range Candidates(text) {
		if strings.Contains(c.Text, "Live") || strings.Contains(c.Text, "radio") || strings.HasPrefix(c.Text, "Dates") {
			t.Errorf("factbox sentence %q is a candidate", c.Text)
		}
	}
	if got := Candidates(text); len(got) == 0 || !strings.HasPrefix(got[0].Text, "Venue details") {
		t.Errorf("first candidate %v, want the paragraph after the factbox (a label of two words is prose)", got)
	}
}
