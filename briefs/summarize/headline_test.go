package summarize

import (
	"context"
	"strings"
	"testing"
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
	{"outlet after bar", "Storm hits coast | Daily Planet", "The storm hit.", "Storm hits coast", ""},
	{"dash kept", "Brexit - what happens next", "Talks resumed.", "Brexit - what happens next", ""},
	{"title used", "  Council  approves budget ", "The council met.", "Council approves budget", ""},
	{"outlet after dash", "Storm hits coast - Wire", "The storm hit.", "Storm hits coast", ""},
	{"title full stop dropped", "Council approves budget.", "The council met.", "Council approves budget", ""},
	{"title keeps its last word", "Robots will not take our jobs. They just might be.", "Text.", "Robots will not take our jobs. They just might be", ""},
	{"title keeps its closing quote", "Coach opens up about his 'biggest frustration'", "Text.", "Coach opens up about his 'biggest frustration'", ""},
	{"title keeps a quoted ending", "Minister: \"We will not back down.\"", "Text.", "Minister: \"We will not back down.\"", ""},
	{"title keeps an initialism", "Talks stall between China and the U.S.", "Text.", "Talks stall between China and the U.S.", ""},
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
