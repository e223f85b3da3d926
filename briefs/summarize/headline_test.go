package summarize

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// headlineCases give a title and a body and the headline expected.
var headlineCases = []struct {
	name, title, text, want string
	url                     string
}{
	{"outlet from the address", "Mozilla - Wikipedia", "Text.", "Mozilla", "https://en.wikipedia.org/wiki/Mozilla"},
	{"outlet in brackets", "Weekly Edition for March 26, 2015 [LWN.net]", "Text.", "Weekly Edition for March 26, 2015", "https://lwn.net/Articles/637755/"},
	{"domain in brackets without an address", "Weekly Edition for March 26, 2015 [LWN.net]", "Text.", "Weekly Edition for March 26, 2015", ""},
	{"bracketed words kept", "Storm hits coast [updated]", "Text.", "Storm hits coast [updated]", ""},
	{"three-letter initialism kept", "What's Underneath N.Y.C.", "Text.", "What's Underneath N.Y.C.", ""},
	{"outlet after a middle dot", "WebAssembly lands · V8", "Text.", "WebAssembly lands", "https://v8.dev/blog/wasm"},
	{"dash before other words kept", "Mozilla - the browser maker", "Text.", "Mozilla - the browser maker", "https://en.wikipedia.org/wiki/Mozilla"},
	{"underscore outlet", "地震报道_Xinhuanet", "Text.", "地震报道", "http://www.xinhuanet.com/a/1.htm"},
	{"unknown name after underscore kept", "新闻标题_科技_腾讯网", "Text.", "新闻标题_科技_腾讯网", "https://tech.qq.com/a/1.htm"},
	{"outlet after bar", "Storm hits coast | Wire", "The storm hit.", "Storm hits coast", ""},
	{"other words after bar kept", "Storm hits coast | Daily Planet", "The storm hit.", "Storm hits coast | Daily Planet", ""},
	{"dash kept", "Brexit - what happens next", "Talks resumed.", "Brexit - what happens next", ""},
	{"title used", "  Council  approves budget ", "The council met.", "Council approves budget", ""},
	{"outlet after dash", "Storm hits coast - Wire", "The storm hit.", "Storm hits coast", ""},
	{"title full stop dropped", "Council approves budget.", "The council met.", "Council approves budget", ""},
	{"title keeps its last word", "Robots will not take our jobs. They just might be.", "Text.", "Robots will not take our jobs. They just might be", ""},
	{"title keeps its closing quote", "Coach opens up about his 'biggest frustration'", "Text.", "Coach opens up about his 'biggest frustration'", ""},
	{"title keeps a quoted ending", "Minister: \"We will not back down.\"", "Text.", "Minister: \"We will not back down.\"", ""},
	{"title keeps an initialism", "Talks stall between China and the U.S.", "Text.", "Talks stall between China and the U.S.", ""},
	{"title of only a full stop", ".", "Storm closes schools.", "Storm closes schools", ""},
	{"short lead", "", "Storm closes schools across the north.", "Storm closes schools across the north", ""},
	{"cut at clause", "", "The United States has signaled renewed openness to direct negotiations with Iran, with Secretary of State Marco Rubio indicating that talks may follow.",
		"The United States has signaled renewed openness to direct negotiations with Iran", ""},
	{"cut at comma", "", "Branwick city council approved its budget, which closes four libraries and raises parking fees by a third on Monday.",
		"Branwick city council approved its budget", ""},
	{"no dangling word", "", "Scientists in Norway have found a new species of deep sea fish that glows in the dark and eats plastic.",
		"Scientists in Norway have found a new species of deep sea fish", ""},
	{"unbalanced quote", "", "The minister called the plan “a betrayal of everyone who has ever worked in the industry” on Monday night.",
		"The minister called the plan a betrayal of everyone", ""},
	{"half phrase dropped", "", "The animal had been shot twice in the shoulder and once in the leg with an air rifle.",
		"The animal had been shot twice in the shoulder", ""},
	{"dateline dropped", "", "LONDON (Wire) - Rail fares will rise by 4% in March.", "Rail fares will rise by 4% in March", ""},
}

func TestHeadline(t *testing.T) {
	for _, tc := range headlineCases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := parseDocument(context.Background(), tc.text)
			if err != nil {
				t.Fatal(err)
			}
			got := headline(tc.title, "Wire", tc.url, d)
			if got != tc.want {
				t.Errorf("headline = %q, want %q", got, tc.want)
			}
			if tc.title == "" && len(strings.Fields(got)) > maxHeadlineWords {
				t.Errorf("headline %q has more than %d words", got, maxHeadlineWords)
			}
		})
	}
}

// titleCases give a page title with its site's name and address, and the
// headline expected: only a segment naming the outlet, and a leading
// section label, are dropped.
var titleCases = []struct {
	name, title, site, url, want string
}{
	{"second segment kept", "Paris Book Fair 2019 | Ortega's reading room for LUMA", "Expozine", "https://www.expozine.example/fair",
		"Paris Book Fair 2019 | Ortega's reading room for LUMA"},
	{"site after bar dropped", "Paris Book Fair 2019 | Ortega's reading room | Expozine", "Expozine", "",
		"Paris Book Fair 2019 | Ortega's reading room"},
	{"section before outlet kept", "Storm hits coast | News | Daily Planet", "Daily Planet", "", "Storm hits coast | News"},
	{"host after bar dropped", "Storm hits coast | planet.example", "", "https://planet.example/storm", "Storm hits coast"},
	{"site with a dash", `New "Space Rangers" series for Streamflix - Retro 70/80 - Toys and comics of the 70s`,
		"Retro 70/80 - Toys and comics of the 70s", "", `New "Space Rangers" series for Streamflix`},
	{"site with a dash after another separator", "Council approves budget | Town Crier - Voice of the Valley",
		"Town Crier – Voice of the Valley", "", "Council approves budget"},
	{"site's first part alone kept", "Council approves budget - Town Crier", "Town Crier - Voice of the Valley", "",
		"Council approves budget - Town Crier"},
	{"site and host dropped", "Storm hits coast - Daily Planet - planet.example", "Daily Planet", "https://planet.example/a",
		"Storm hits coast"},
	{"title that is the site kept", "Daily Planet", "Daily Planet", "", "Daily Planet"},
	{"column label dropped", "Column: Newspaper merger bodes ill for local news", "Wire", "",
		"Newspaper merger bodes ill for local news"},
	{"opinion label after bar dropped", "Opinion | The council should rethink its budget", "Wire", "",
		"The council should rethink its budget"},
	{"label in capitals dropped", "ANALYSIS: What the vote means for farmers", "Wire", "", "What the vote means for farmers"},
	{"label and outlet dropped", "Watch: Storm batters the coast | Wire", "Wire", "", "Storm batters the coast"},
	{"label before a short title kept", "Review: Moonfall", "Wire", "", "Review: Moonfall"},
	{"final label after a bar dropped", "The Planet view on the harbour: a city on the brink | Editorial", "The Daily Planet", "",
		"The Planet view on the harbour: a city on the brink"},
	{"final label and outlet dropped", "The council should rethink its budget | Opinion | Wire", "Wire", "",
		"The council should rethink its budget"},
	{"final segment that is not a label kept", "Design Week 2018 | A light installation", "Wire", "", "Design Week 2018 | A light installation"},
	{"label before two words kept", "Live: Election night", "Wire", "", "Live: Election night"},
	{"other word before colon kept", "Minister: We will not back down", "Wire", "", "Minister: We will not back down"},
	{"label inside the title kept", "Why this column changed: a note to readers", "Wire", "", "Why this column changed: a note to readers"},
	{"label without separator kept", "Breaking news is hard to verify", "Wire", "", "Breaking news is hard to verify"},
}

func TestHeadlineFromTitle(t *testing.T) {
	d, err := parseDocument(context.Background(), "Text.")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range titleCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := headline(tc.title, tc.site, tc.url, d); got != tc.want {
				t.Errorf("headline(%q, %q, %q) = %q, want %q", tc.title, tc.site, tc.url, got, tc.want)
			}
		})
	}
}

// FuzzHeadline checks that a headline made from a title of at most
// maxTitleWords words never changes or adds words: it is part of the
// title, with its white space collapsed. It is seeded from the tables.
func FuzzHeadline(f *testing.F) {
	for _, tc := range titleCases {
		f.Add(tc.title, tc.site, tc.url)
	}
	for _, tc := range headlineCases {
		f.Add(tc.title, "Wire", tc.url)
	}
	d, err := parseDocument(context.Background(), "Text.")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, title, site, url string) {
		got := headline(title, site, url, d)
		norm := strings.Join(strings.Fields(title), " ")
		if tidyTitle(norm) == "" || len(strings.Fields(norm)) > maxTitleWords || !utf8.ValidString(title) {
			return // the lead gives the headline
		}
		if got == "" || !strings.Contains(norm, got) {
			t.Errorf("headline(%q, %q, %q) = %q: not part of the title", title, site, url, got)
		}
	})
}
