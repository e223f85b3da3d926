package summarize

import (
	"os"
	"strings"
	"testing"

	"briefsmith/briefs"
	"briefsmith/internal/sharedtest"
)

// sharedFile returns the path of rel under ../shared, or skips the test.
func sharedFile(t *testing.T, rel string) string {
	return sharedtest.Require(t, rel)
}

// iranSections maps the article's own headings to the section they head.
var iranSections = map[string]briefs.Section{
	"What Happened?":    briefs.WhatHappened,
	"Why This Matters":  briefs.WhyItMatters,
	"What Happens Next": briefs.WhatsNext,
}

// TestUSIranTalksAcceptance is the acceptance check: every chosen
// sentence lands in the section its own heading puts it in (the lead counts
// as What Happened) and What Happened opens with the news.
func TestUSIranTalksAcceptance(t *testing.T) {
	raw, err := os.ReadFile(sharedFile(t, "testdata/us-iran-talks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(strings.ReplaceAll(string(raw), "\r\n", "\n")), "\n")
	under := headingOfEachLine(lines)
	// As the importer delivers it (one paragraph a line, no title), and as
	// the raw file reads (one line each).
	for _, sep := range []string{"\n\n", "\n"} {
		a := briefs.Article{Text: strings.Join(lines, sep)}
		for _, l := range []briefs.Length{briefs.LengthBrief, briefs.LengthStandard, briefs.LengthDetailed} {
			checkIranSummary(t, a, sep, l, under)
		}
	}
}

// checkIranSummary checks one summary of the US–Iran article whose lines
// are joined by sep.
func checkIranSummary(t *testing.T, a briefs.Article, sep string, l briefs.Length, under map[int]string) {
	t.Helper()
	s := summariseFor(t, a, l)
	checkSpans(t, a.Text, s)
	for _, sec := range briefs.Sections {
		if len(s.Points(sec)) == 0 {
			t.Errorf("%s: %s is empty", l, sec.Title())
		}
		for _, p := range s.Points(sec) {
			heading, ok := under[strings.Count(a.Text[:p.Spans[0].Start], sep)]
			want, headed := iranSections[heading]
			lead := ok && heading == "" && sec == briefs.WhatHappened
			if !lead && (!headed || want != sec) {
				t.Errorf("%s, lines joined by %q: %s point %q sits under %q", l, sep, sec.Title(), p.Text, heading)
			}
		}
	}
	if wh := s.WhatHappened; len(wh) == 0 || !strings.Contains(wh[0].Text, "Khamenei") || !strings.Contains(wh[0].Text, "Rubio") {
		t.Errorf("%s: What Happened does not open with the news: %q", l, s.Texts(briefs.WhatHappened))
	}
}

// headingOfEachLine maps each line number to the heading it sits under, ""
// for the lead before the first heading.
func headingOfEachLine(lines []string) map[int]string {
	out := map[int]string{}
	heading := ""
	for i, line := range lines {
		line = strings.TrimSpace(line)
		if !strings.HasSuffix(line, ".") && len(strings.Fields(line)) <= 8 {
			heading = line
			continue
		}
		out[i] = heading
	}
	return out
}
