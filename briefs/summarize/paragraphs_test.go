package summarize

import "testing"

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
