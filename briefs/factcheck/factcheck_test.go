package factcheck

import (
	"reflect"
	"testing"
	"time"

	"briefsmith/briefs"
)

// article is the source every case is checked against.
var article = briefs.Article{
	Title:     "Central bank raises rates to 4.5% as inflation bites",
	Byline:    "Maria Gonzalez",
	Site:      "Example News",
	Published: time.Date(2025, time.March, 3, 9, 0, 0, 0, time.UTC), // a Monday
	Text: `The European Central Bank raised its main interest rate by 0.25 percentage points to 4.5% on Thursday, its tenth increase in a row.

President Christine Lagarde said the bank would "do whatever it takes to bring inflation back to target" and warned that prices were still rising too fast. Inflation in the euro area was 5.3 per cent in February.

The decision will cost households about €20m a month in extra interest, according to the Bundesbank, and 12,345 mortgage holders in Germany face higher payments. Three members of the governing council voted against.

Analysts at Goldman Sachs expect one more rise in June 2025. The bank's budget for the year is $3.52 billion.

The next meeting is on 14 September. Chinese exports to the U.S. fell by 2,000 containers.`,
}

func TestCheck(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []briefs.Flag // Section and Message are filled in by the test
	}{
		// supported claims: no flags
		{"plain copy", "The European Central Bank raised rates to 4.5% on Thursday.", nil},
		{"percent as words", "Inflation was 5.3 percent in February.", nil},
		{"per cent and symbol", "Rates rose by 0.25 per cent.", nil},
		{"money scale rewrite", "The budget is $3,520 million.", nil},
		{"money rounded", "The budget is about $3.5 billion.", nil},
		{"money short form", "Households pay €20 million a month.", nil},
		{"euro suffix", "Households pay €20m a month.", nil},
		{"thousands rounded", "More than 12,000 mortgage holders face higher payments.", nil},
		{"thousands exact", "In all 12,345 holders are affected.", nil},
		{"spelled number in summary", "Three members voted against.", nil},
		{"digit for spelled number", "In the end 3 members voted against.", nil},
		{"tenth as ordinal", "It was the tenth rise in a row.", nil},
		{"date day month", "The next meeting is on September 14.", nil},
		{"month year", "Analysts expect a rise in June 2025.", nil},
		{"published weekday", "The paper appeared on Monday.", nil},
		{"multi word name", "Christine Lagarde warned prices were rising.", nil},
		{"surname only", "Lagarde warned prices were rising.", nil},
		{"possessive name", "It was Lagarde's decision.", nil},
		{"name from byline", "According to Maria Gonzalez rates rose.", nil},
		{"demonym", "German households will pay more.", nil},
		{"dotted abbreviation", "Exports to the US fell.", nil},
		{"sentence start word", "Households will pay more.", nil},
		{"quote exact", `Lagarde said the bank would "do whatever it takes".`, nil},
		{"quote curly with ellipsis", "She vowed to “do whatever it takes … to target”.", nil},
		{"title case headline", "Central Bank Raises Rates Again To Tame Inflation", nil},
		{"name of connector", "Shares of Goldman Sachs rose.", nil},
		{"honorific", "Ms Lagarde spoke; Mrs. Gonzalez wrote.", nil},
		{"alias for a spelled-out name", "Exports to the United States fell.", nil},
		{"weekday possessive", "Thursday’s rise was the tenth.", nil},
		{"short sentence is not title case", "Exports to the Netherlands fell.", []briefs.Flag{{Kind: "name", Text: "Netherlands"}}},
		{"may as verb", "May rates rise again? Prices may fall.", nil},

		// unsupported claims: flagged
		{"invented number", "The bank raised rates for the 11th time and 42 staff left.", []briefs.Flag{
			{Kind: "number", Text: "11th"}, {Kind: "number", Text: "42"}}},
		{"invented percent", "Inflation was 7% in February.", []briefs.Flag{{Kind: "number", Text: "7%"}}},
		{"invented money", "Households pay $4 billion a year.", []briefs.Flag{{Kind: "money", Text: "$4 billion"}}},
		{"wrong currency", "Households pay $20m a month.", []briefs.Flag{{Kind: "money", Text: "$20m"}}},
		{"invented name", "Jerome Powell praised the move.", []briefs.Flag{{Kind: "name", Text: "Jerome Powell"}}},
		{"invented name mid sentence", "The move was praised by Olaf Scholz.", []briefs.Flag{{Kind: "name", Text: "Olaf Scholz"}}},
		{"invented date", "The next meeting is on 21 October.", []briefs.Flag{{Kind: "date", Text: "21 October"}}},
		{"wrong day", "The next meeting is on September 15.", []briefs.Flag{{Kind: "date", Text: "September 15"}}},
		{"invented weekday", "The bank acted on Friday.", []briefs.Flag{{Kind: "date", Text: "Friday"}}},
		{"invented year", "Rates last rose this fast in 1999.", []briefs.Flag{{Kind: "date", Text: "1999"}}},
		{"invented quote", `Lagarde said "we have won the war on inflation".`, []briefs.Flag{
			{Kind: "quote", Text: "we have won the war on inflation"}}},
		{"spelled number invented", "Seven members voted against.", []briefs.Flag{{Kind: "number", Text: "Seven"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := briefs.Summary{WhatHappened: []briefs.Point{{Text: tc.text}}}
			got := Check(article, s)
			var want []briefs.Flag
			for _, f := range tc.want {
				f.Section = "what_happened"
				want = append(want, f)
			}
			if !sameFlags(got, want) {
				t.Errorf("Check(%q)\n got %+v\nwant %+v", tc.text, got, want)
			}
		})
	}
}

// sameFlags compares flags ignoring their messages.
func sameFlags(got, want []briefs.Flag) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		g := got[i]
		g.Message = ""
		if g != want[i] {
			return false
		}
	}
	return true
}

func TestCheckSectionsQuoteAndOrder(t *testing.T) {
	s := briefs.Summary{
		Headline:     "Bank raises rates by 1.5 points",
		WhatHappened: []briefs.Point{{Text: "Rates rose to 4.5%."}},
		WhyItMatters: []briefs.Point{{Text: "It hurts 9,000 families."}},
		WhatsNext:    []briefs.Point{{Text: "The next meeting is on 14 September."}},
		Quote:        &briefs.Quote{Text: "“We are not done yet”", Speaker: "Klaus Weber, chief economist"},
	}
	got := Check(article, s)
	want := []briefs.Flag{
		{Section: "headline", Kind: "number", Text: "1.5"},
		{Section: "why_it_matters", Kind: "number", Text: "9,000"},
		{Section: "quote", Kind: "quote", Text: "We are not done yet"},
		{Section: "quote", Kind: "name", Text: "Klaus Weber"},
	}
	if !sameFlags(got, want) {
		t.Fatalf("got %+v\nwant %+v", got, want)
	}
	for _, f := range got {
		if f.Message == "" {
			t.Errorf("flag %+v has no message", f)
		}
	}
	if again := Check(article, s); !reflect.DeepEqual(got, again) {
		t.Errorf("Check is not deterministic:\n%+v\n%+v", got, again)
	}
}

func TestCheckSupportedQuoteAndSpeaker(t *testing.T) {
	s := briefs.Summary{Quote: &briefs.Quote{
		Text:    "do whatever it takes to bring inflation back to target",
		Speaker: "Christine Lagarde",
	}}
	if got := Check(article, s); len(got) != 0 {
		t.Errorf("got flags %+v for a quote taken from the article", got)
	}
}

func TestCheckEmpty(t *testing.T) {
	if got := Check(briefs.Article{}, briefs.Summary{}); len(got) != 0 {
		t.Errorf("empty summary: got %+v", got)
	}
	got := Check(briefs.Article{}, briefs.Summary{Headline: "Talks collapse", WhatHappened: []briefs.Point{{Text: "It cost 5 lives."}}})
	if len(got) != 1 || got[0].Text != "5" {
		t.Errorf("empty article: got %+v, want the number flagged", got)
	}
}

func FuzzCheck(f *testing.F) {
	f.Add(article.Text, "The bank raised rates to 4.5% on Thursday, said Christine Lagarde.")
	f.Add("", `"`)
	f.Add("€", "$ 3.5bn “ … ” 1.2.3,4 March 31st, 2025 U.S. Mr. J. Smith's")
	f.Add("99999999999999999999999999999999999999e999", "1e400 ‘90s ‘quoted’")
	f.Fuzz(func(t *testing.T, source, summary string) {
		a := briefs.Article{Text: source}
		s := briefs.Summary{Headline: summary, WhatHappened: []briefs.Point{{Text: summary}},
			Quote: &briefs.Quote{Text: summary, Speaker: summary}}
		flags := Check(a, s)
		for _, fl := range flags {
			if fl.Kind == "" || fl.Section == "" || fl.Message == "" {
				t.Fatalf("incomplete flag %+v", fl)
			}
		}
		// Anything copied from the article is supported by it.
		if same := Check(briefs.Article{Text: summary}, briefs.Summary{Headline: summary}); len(same) > 0 {
			t.Fatalf("text copied from the article was flagged: %+v", same)
		}
	})
}
