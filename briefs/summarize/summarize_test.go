package summarize

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"briefsmith/briefs"
)

func TestSummarizeRefusesEmptyText(t *testing.T) {
	for name, text := range map[string]string{"empty": "", "blank": " \n\n\t ", "punctuation": "!!! … ---"} {
		t.Run(name, func(t *testing.T) {
			_, err := New().Summarize(context.Background(), briefs.Article{Text: text}, briefs.SummaryOptions{})
			if !errors.Is(err, ErrNoText) {
				t.Errorf("err = %v, want ErrNoText", err)
			}
		})
	}
}

func TestSummarizeHonoursCancellation(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New().Summarize(ctx, fixture(t, "plain-council-budget.txt"), briefs.SummaryOptions{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestLengthPresets(t *testing.T) {
	for _, name := range fixtureNames {
		a := fixture(t, name)
		for _, l := range []briefs.Length{briefs.LengthBrief, briefs.LengthStandard, briefs.LengthDetailed} {
			t.Run(name+"/"+l.String(), func(t *testing.T) {
				s := summariseFor(t, a, l)
				for _, sec := range briefs.Sections {
					if n := len(s.Points(sec)); n > l.MaxPoints() {
						t.Errorf("%s has %d points, more than %d", sec.Title(), n, l.MaxPoints())
					}
				}
				if len(s.WhatHappened) == 0 {
					t.Error("What Happened is empty")
				}
				if s.Summarizer != Name {
					t.Errorf("Summarizer = %q, want %q", s.Summarizer, Name)
				}
				checkSpans(t, a.Text, s)
			})
		}
	}
}

func TestLengthPresetsFillHeadedSections(t *testing.T) {
	a := fixture(t, "headed-bridge-closure.txt")
	want := map[briefs.Length][3]int{
		briefs.LengthBrief:    {1, 1, 1},
		briefs.LengthStandard: {2, 2, 2},
		briefs.LengthDetailed: {3, 3, 2}, // What Happens Next has two sentences
	}
	for l, counts := range want {
		s := summariseFor(t, a, l)
		for i, sec := range briefs.Sections {
			if got := len(s.Points(sec)); got != counts[i] {
				t.Errorf("%s: %s has %d points, want %d", l, sec.Title(), got, counts[i])
			}
		}
	}
}

func TestSummarizeIsDeterministic(t *testing.T) {
	for _, name := range fixtureNames {
		a := fixture(t, name)
		want := jsonOf(t, summariseFor(t, a, briefs.LengthDetailed))
		var wg sync.WaitGroup
		got := make([]string, 8)
		for i := range got {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got[i] = jsonOf(t, summariseFor(t, a, briefs.LengthDetailed))
			}()
		}
		wg.Wait()
		for i, g := range got {
			if g != want {
				t.Errorf("%s: run %d differs:\n%s\n%s", name, i, g, want)
			}
		}
	}
}

func TestAxiosFixture(t *testing.T) {
	a := fixture(t, "axios-port-strike.txt")
	s := summariseFor(t, a, briefs.LengthStandard)
	lead := "Dockworkers at the ports of Hallam, Greyhaven and Marrick walked off the job on Tuesday after talks over automation and pay collapsed late on Monday night."
	if got := texts(s, briefs.WhatHappened); len(got) == 0 || got[0] != lead {
		t.Errorf("What Happened = %q, want the lead first", got)
	}
	why := "The three ports handle about 40% of the country's container imports, so a long stoppage could empty shelves and push up prices before the winter holidays."
	if got := texts(s, briefs.WhyItMatters); !containsText(got, why) {
		t.Errorf("Why It Matters = %q, want the lead-in's text without the lead-in", got)
	}
	next := "Federal mediators will meet both sides in Greyhaven on Thursday, and the transport minister is expected to decide next week whether to order workers back."
	if got := texts(s, briefs.WhatsNext); len(got) != 1 || got[0] != next {
		t.Errorf("What's Next = %q, want only %q", got, next)
	}
	for _, p := range s.WhyItMatters {
		if strings.HasPrefix(p.Text, "Why it matters") || strings.HasPrefix(a.Text[p.Spans[0].Start:], "Why") {
			t.Errorf("lead-in kept in %q", p.Text)
		}
	}
	if s.Headline != "Dockworkers walk out at three northern ports" {
		t.Errorf("Headline = %q", s.Headline)
	}
	if s.Quote == nil || s.Quote.Speaker == "" {
		t.Fatalf("Quote = %+v, want a quote with a speaker", s.Quote)
	}
}

func TestHeadedFixtureKeepsSectionsApart(t *testing.T) {
	a := fixture(t, "headed-bridge-closure.txt")
	s := summariseFor(t, a, briefs.LengthDetailed)
	parts := map[briefs.Section]string{
		briefs.WhatHappened: sectionText(a.Text, "What Happened", "Why It Matters"),
		briefs.WhyItMatters: sectionText(a.Text, "Why It Matters", "What Residents Are Saying"),
		briefs.WhatsNext:    sectionText(a.Text, "What Happens Next", ""),
	}
	lead := a.Text[:strings.Index(a.Text, "What Happened")]
	for _, sec := range briefs.Sections {
		for i, p := range s.Points(sec) {
			inPart := strings.Contains(parts[sec], p.Text)
			isLead := sec == briefs.WhatHappened && i == 0 && strings.Contains(lead, p.Text)
			if !inPart && !isLead {
				t.Errorf("%s point %q is not under its heading", sec.Title(), p.Text)
			}
		}
	}
}

// sectionText returns the text between the heading line from and the
// heading line to ("" for the end).
func sectionText(text, from, to string) string {
	i := strings.Index(text, "\n"+from+"\n")
	if i < 0 {
		return ""
	}
	rest := text[i+len(from)+2:]
	if j := strings.Index(rest, "\n"+to+"\n"); to != "" && j >= 0 {
		rest = rest[:j]
	}
	return rest
}

func TestPlainFixture(t *testing.T) {
	a := fixture(t, "plain-council-budget.txt")
	s := summariseFor(t, a, briefs.LengthStandard)
	lead := "Branwick city council approved a 1.2 billion budget on Monday night that closes four of the city's nine public libraries and raises parking fees by a third."
	if got := texts(s, briefs.WhatHappened); len(got) == 0 || got[0] != lead {
		t.Errorf("What Happened = %q, want the lead without its dateline first", got)
	}
	for _, p := range s.WhatsNext {
		if !strings.Contains(p.Text, " will ") {
			t.Errorf("What's Next point %q has no future", p.Text)
		}
	}
	if len(s.WhatsNext) == 0 {
		t.Error("What's Next is empty")
	}
	if len(s.WhyItMatters) == 0 {
		t.Error("Why It Matters is empty")
	}
	if s.Quote == nil {
		t.Fatal("no key quote")
	}
	if s.Quote.Speaker != "Tomas Brandt" && s.Quote.Speaker != "Mayor Helen Okafor" {
		t.Errorf("quote speaker = %q", s.Quote.Speaker)
	}
}

func TestSummarizeReportsStatus(t *testing.T) {
	var mu sync.Mutex
	var notes []string
	opts := briefs.SummaryOptions{Status: func(n string) {
		mu.Lock()
		defer mu.Unlock()
		notes = append(notes, n)
	}}
	if _, err := New().Summarize(context.Background(), fixture(t, "plain-council-budget.txt"), opts); err != nil {
		t.Fatal(err)
	}
	if len(notes) < 2 || !strings.HasPrefix(notes[1], "ranking ") {
		t.Errorf("status notes = %q", notes)
	}
}

func TestTitleLineInTextIsNotASentence(t *testing.T) {
	a := fixture(t, "plain-council-budget.txt")
	a.Text = a.Title + "\n\n" + a.Text
	s := summariseFor(t, a, briefs.LengthDetailed)
	for _, sec := range briefs.Sections {
		for _, p := range s.Points(sec) {
			if p.Text == a.Title {
				t.Errorf("the title line became a %s point", sec.Title())
			}
		}
	}
}

func TestPartlyHeadedArticle(t *testing.T) {
	text := "The city council voted on Tuesday to ban cars from the old town from next spring.\n\n" +
		"The vote was 31 to 12 after a debate that lasted most of the night.\n\n" +
		"Why it matters: The old town is home to 40,000 people and the ban is the strictest in the country.\n\n" +
		"Shop owners fear the ban could hurt trade in the busiest streets."
	a := briefs.Article{Text: text}
	s := summariseFor(t, a, briefs.LengthDetailed)
	why := text[strings.Index(text, "Why it matters"):]
	if got := s.Texts(briefs.WhatHappened); len(got) == 0 || !strings.HasPrefix(got[0], "The city council voted") {
		t.Errorf("What Happened = %q, want the lead first", got)
	}
	for _, p := range s.WhatHappened {
		if strings.Contains(why, p.Text) {
			t.Errorf("What Happened took %q from under the lead-in", p.Text)
		}
	}
	if got := s.Texts(briefs.WhyItMatters); len(got) != 2 || got[0] != "The old town is home to 40,000 people and the ban is the strictest in the country." {
		t.Errorf("Why It Matters = %q", got)
	}
	if len(s.WhatsNext) != 0 {
		t.Errorf("What's Next = %q, want empty", s.Texts(briefs.WhatsNext))
	}
}

// TestLongFeatureKeepsItsEnding checks that the closing paragraphs of a
// long feature are read: its next step stands after 200 sentences of
// narrative, past the old cap of 150 candidates.
func TestLongFeatureKeepsItsEnding(t *testing.T) {
	var b strings.Builder
	b.WriteString("The city council approved the harbour plan on Monday after a decade of argument.\n\n")
	for i := 0; i < 200; i++ {
		fmt.Fprintf(&b, "In year %d of the dispute the old harbour wall cracked again and fishermen moved boat number %d. ", 1900+i, i)
		if i%4 == 3 {
			b.WriteString("\n\n")
		}
	}
	b.WriteString("\n\nConstruction of the new harbour wall is due to begin next spring, the council said.")
	sum := summariseFor(t, briefs.Article{Title: "Harbour plan approved", Text: b.String()}, briefs.LengthStandard)
	found := false
	for _, p := range sum.WhatsNext {
		found = found || strings.Contains(p.Text, "due to begin next spring")
	}
	if !found {
		t.Errorf("What's Next = %+v, want the closing next step", sum.WhatsNext)
	}
}
