package plaintext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"briefsmith/internal/sharedtest"
)

// timeBound is the most one input may take. It is generous: it is there
// to catch runaway (quadratic or looping) work, and test machines are
// often busy.
const timeBound = 10 * time.Second

var parseCases = []struct {
	name   string
	in     string
	title  string
	byline string
	paras  []string
}{
	{
		name:  "first line followed by a blank line is the title",
		in:    "Ferry trial approved\n\nThe board voted on Thursday.",
		title: "Ferry trial approved",
		paras: []string{"The board voted on Thursday."},
	},
	{
		name:  "no blank line after the first line: no title",
		in:    "The board voted on Thursday.\nThe ferry runs at night.",
		paras: []string{"The board voted on Thursday.", "The ferry runs at night."},
	},
	{
		name:  "a lone line is text, not a title",
		in:    "Only one line here.",
		paras: []string{"Only one line here."},
	},
	{
		name:  "leading blank lines before the title",
		in:    "\n\n  Ferry trial approved  \n\nBody text.",
		title: "Ferry trial approved",
		paras: []string{"Body text."},
	},
	{
		name: "one paragraph per line keeps headings apart",
		in: "Title line\n\n" +
			strings.Repeat("The board approved the trial by seven votes to two after a long debate about costs and crew. ", 2) + "\n" +
			"What Happened?\n" +
			strings.Repeat("The ferry will run every forty minutes from 11pm to 4am, starting in March, and fares will match. ", 2) + "\n" +
			"Why This Matters\n" +
			strings.Repeat("Roughly 3,000 people work night shifts at the airport and many of them have no car at all. ", 2),
		title: "Title line",
		paras: []string{
			strings.TrimSpace(strings.Repeat("The board approved the trial by seven votes to two after a long debate about costs and crew. ", 2)),
			"What Happened?",
			strings.TrimSpace(strings.Repeat("The ferry will run every forty minutes from 11pm to 4am, starting in March, and fares will match. ", 2)),
			"Why This Matters",
			strings.TrimSpace(strings.Repeat("Roughly 3,000 people work night shifts at the airport and many of them have no car at all. ", 2)),
		},
	},
	{
		name: "hard-wrapped paragraphs are joined",
		in: "The harbour authority voted on Thursday to run a six-month trial of a\n" +
			"night ferry between the old town and the airport pier.\n\n" +
			"The board approved the trial by seven votes to two. The ferry will run\n" +
			"every forty minutes from 11pm to 4am.",
		paras: []string{
			"The harbour authority voted on Thursday to run a six-month trial of a night ferry between the old town and the airport pier.",
			"The board approved the trial by seven votes to two. The ferry will run every forty minutes from 11pm to 4am.",
		},
	},
	{
		name: "heading directly above wrapped text stays apart",
		in: "Why it matters:\n" +
			"Roughly 3,000 people work night shifts at the airport. Unions said the\n" +
			"trial would cut journeys that now take an hour by taxi to under twenty\n" +
			"minutes.",
		paras: []string{
			"Why it matters:",
			"Roughly 3,000 people work night shifts at the airport. Unions said the trial would cut journeys that now take an hour by taxi to under twenty minutes.",
		},
	},
	{
		name: "heading directly below a full wrapped line stays apart",
		in: "The board approved the trial by seven votes to two. The ferry will runs\n" +
			"every forty minutes from 11pm to 4am, starting in March, and the fares.\n" +
			"What's Next\n" +
			"A public consultation on the timetable opens next week, officials say.",
		paras: []string{
			"The board approved the trial by seven votes to two. The ferry will runs every forty minutes from 11pm to 4am, starting in March, and the fares.",
			"What's Next",
			"A public consultation on the timetable opens next week, officials say.",
		},
	},
	{
		name:  "list items become paragraphs without bullets",
		in:    "Next steps:\n- Consultation opens next week.\n* Twelve crew hired by February.\n• Review in June.",
		paras: []string{"Next steps:", "Consultation opens next week.", "Twelve crew hired by February.", "Review in June."},
	},
	{
		name:   "a By line after the title is the byline",
		in:     "Ferry trial approved\n\nBy Mira Okafor\n\nThe board voted on Thursday.",
		title:  "Ferry trial approved",
		byline: "Mira Okafor",
		paras:  []string{"The board voted on Thursday."},
	},
	{
		name:  "a sentence starting with By is not a byline",
		in:    "By the end of the day the board had voted.\n\nThe ferry runs at night.",
		paras: []string{"By the end of the day the board had voted.", "The ferry runs at night."},
	},
	{
		name:  "right-to-left and emoji text",
		in:    "עדכון\n\nמרחבא 🚢 السلام عليكم",
		title: "עדכון",
		paras: []string{"מרחבא 🚢 السلام عليكم"},
	},
	{name: "empty", in: ""},
	{name: "blank lines only", in: "\n \n\t\n"},
}

func TestParse(t *testing.T) {
	for _, tc := range parseCases {
		t.Run(tc.name, func(t *testing.T) {
			a := Parse(tc.in)
			if a.Title != tc.title {
				t.Errorf("title = %q, want %q", a.Title, tc.title)
			}
			if a.Byline != tc.byline {
				t.Errorf("byline = %q, want %q", a.Byline, tc.byline)
			}
			if want := strings.Join(tc.paras, "\n\n"); a.Text != want {
				t.Errorf("text =\n%q\nwant\n%q", a.Text, want)
			}
		})
	}
}

func TestParseWrappedFixture(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "wrapped.txt"))
	if err != nil {
		t.Fatal(err)
	}
	a := Parse(string(b))
	if a.Title != "Harbour Authority Approves Night Ferry Trial" || a.Byline != "Mira Okafor" {
		t.Errorf("title %q, byline %q", a.Title, a.Byline)
	}
	paras := strings.Split(a.Text, "\n\n")
	for _, heading := range []string{"What Happened?", "Why it matters:", "What's Next"} {
		if !contains(paras, heading) {
			t.Errorf("heading %q is not a paragraph of its own in %q", heading, paras)
		}
	}
	if len(paras) != 10 {
		t.Errorf("got %d paragraphs, want 10: %q", len(paras), paras)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestParseSharedArticle reads the team's sample article (one paragraph per
// line) when ../shared is present.
func TestParseSharedArticle(t *testing.T) {
	b, err := os.ReadFile(findShared(t, "testdata/us-iran-talks.txt"))
	if err != nil {
		t.Skip("shared sample not present")
	}
	a := Parse(string(b))
	paras := strings.Split(a.Text, "\n\n")
	lines := strings.Count(strings.TrimSpace(string(b)), "\n") + 1
	if len(paras) != lines {
		t.Errorf("got %d paragraphs from %d lines", len(paras), lines)
	}
	for _, heading := range []string{"What Happened?", "Why This Matters", "What Happens Next"} {
		if !contains(paras, heading) {
			t.Errorf("heading %q is not a paragraph of its own", heading)
		}
	}
}

// findShared returns ../shared/<rel>, or "" when it is absent.
func findShared(_ *testing.T, rel string) string { return sharedtest.Path(rel) }

func TestParseMegabyteLine(t *testing.T) {
	line := strings.Repeat("word ", 1<<20/5)
	start := time.Now()
	a := Parse(line)
	if d := time.Since(start); d > timeBound {
		t.Errorf("1 MB line took %v", d)
	}
	if len(a.Text) < 1<<20-10 {
		t.Errorf("text shrank to %d bytes", len(a.Text))
	}
}

func FuzzParse(f *testing.F) {
	for _, tc := range parseCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		start := time.Now()
		a := Parse(s)
		if !utf8.ValidString(a.Title) || !utf8.ValidString(a.Text) {
			if utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 out of valid input %q", s)
			}
		}
		if strings.Contains(a.Text, "\n\n\n") || strings.HasPrefix(a.Text, "\n") || strings.Contains(a.Title, "\n") {
			t.Fatalf("bad layout: title %q text %q", a.Title, a.Text)
		}
		if d := time.Since(start); d > timeBound {
			t.Fatalf("took %v", d)
		}
	})
}
