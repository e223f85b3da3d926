package eval

import (
	"strings"
	"testing"

	"briefsmith/briefs"
)

// labelledCases are small labelled articles and how they must parse.
var labelledCases = []struct {
	name         string
	content      string
	wantStripped string
	wantSections []briefs.Section // of the stripped paragraphs
	wantHeaded   int              // paragraphs in the headed text
}{
	{
		name:         "intro then headings",
		content:      "Title\n\nLede.\n\nWhy it matters\n\nStakes.\n\nWhat's next?\n\nVote on Friday.\n",
		wantStripped: "Lede.\n\nStakes.\n\nVote on Friday.",
		wantSections: []briefs.Section{briefs.WhatHappened, briefs.WhyItMatters, briefs.WhatsNext},
		wantHeaded:   5,
	},
	{
		name:         "axios lead-ins carry on to later paragraphs",
		content:      "Title\n\nDriving the news: A vote.\n\nMore on it.\n\nThe big picture: Context.\n\nWhat to watch: A date.\n",
		wantStripped: "A vote.\n\nMore on it.\n\nContext.\n\nA date.",
		wantSections: []briefs.Section{briefs.WhatHappened, briefs.WhatHappened, briefs.WhyItMatters, briefs.WhatsNext},
		wantHeaded:   4,
	},
	{
		name:         "heading variants and wrapped lines",
		content:      "Title\n\nTHE NEWS:\n\nA line\nwrapped here.\n\nContext\n\nWhy.\n\n\n\nLooking ahead\n\nNext.",
		wantStripped: "A line wrapped here.\n\nWhy.\n\nNext.",
		wantSections: []briefs.Section{briefs.WhatHappened, briefs.WhyItMatters, briefs.WhatsNext},
		wantHeaded:   6,
	},
	{
		name:         "a colon later in a sentence is not a lead-in",
		content:      "Title\n\nThe minister said this about the plan: it will pass.\n",
		wantStripped: "The minister said this about the plan: it will pass.",
		wantSections: []briefs.Section{briefs.WhatHappened},
		wantHeaded:   1,
	},
}

func TestParseLabelled(t *testing.T) {
	for _, tt := range labelledCases {
		t.Run(tt.name, func(t *testing.T) {
			l, err := ParseLabelled("x", tt.content)
			if err != nil {
				t.Fatal(err)
			}
			if l.Title != "Title" {
				t.Errorf("title = %q", l.Title)
			}
			if l.Stripped.Text != tt.wantStripped {
				t.Errorf("stripped = %q, want %q", l.Stripped.Text, tt.wantStripped)
			}
			var got []briefs.Section
			for _, r := range l.Stripped.Ranges {
				got = append(got, r.Section)
				if para := l.Stripped.Text[r.Start:r.End]; strings.TrimSpace(para) != para || para == "" {
					t.Errorf("range [%d,%d) = %q is not a trimmed paragraph", r.Start, r.End, para)
				}
			}
			if !equalSections(got, tt.wantSections) {
				t.Errorf("sections = %v, want %v", got, tt.wantSections)
			}
			if n := len(l.Headed.Ranges); n != tt.wantHeaded {
				t.Errorf("headed text has %d paragraphs, want %d", n, tt.wantHeaded)
			}
		})
	}
}

// FuzzParseLabelled checks that any input either fails or yields ranges
// that lie, in order and without overlapping, inside the text they label.
func FuzzParseLabelled(f *testing.F) {
	for _, c := range labelledCases {
		f.Add(c.content)
	}
	f.Fuzz(func(t *testing.T, content string) {
		l, err := ParseLabelled("fuzz", content)
		if err != nil {
			return
		}
		for _, lt := range []LabelledText{l.Headed, l.Stripped} {
			end := 0
			for _, r := range lt.Ranges {
				if r.Start < end || r.End < r.Start || r.End > len(lt.Text) {
					t.Fatalf("bad range %+v after %d in %d bytes", r, end, len(lt.Text))
				}
				end = r.End
			}
		}
	})
}

func TestParseLabelledRejectsEmpty(t *testing.T) {
	for _, content := range []string{"", "Title only\n", "\n\n\n"} {
		if _, err := ParseLabelled("x", content); err == nil {
			t.Errorf("ParseLabelled(%q) succeeded, want an error", content)
		}
	}
}

func TestSectionOf(t *testing.T) {
	lt := LabelledText{Text: "aaaa\n\nbbbbbbbb\n\ncc", Ranges: []SectionRange{
		{0, 4, briefs.WhatHappened}, {6, 14, briefs.WhyItMatters}, {16, 18, briefs.WhatsNext},
	}}
	tests := []struct {
		name  string
		spans []briefs.Span
		want  briefs.Section
		found bool
	}{
		{"inside one paragraph", []briefs.Span{sp(7, 10)}, briefs.WhyItMatters, true},
		{"majority of bytes wins", []briefs.Span{sp(2, 9)}, briefs.WhyItMatters, true},
		{"several spans", []briefs.Span{sp(0, 4), sp(16, 18)}, briefs.WhatHappened, true},
		{"between paragraphs", []briefs.Span{sp(4, 6)}, briefs.WhatHappened, false},
		{"no spans", nil, briefs.WhatHappened, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := lt.SectionOf(tt.spans)
			if ok != tt.found || (ok && got != tt.want) {
				t.Errorf("SectionOf(%v) = %v, %v; want %v, %v", tt.spans, got, ok, tt.want, tt.found)
			}
		})
	}
}

// TestLabelledSet checks the hand-written articles meet the brief: at least
// 30, each 200–450 words, each with all three sections.
func TestLabelledSet(t *testing.T) {
	arts := loadLabelled(t)
	if len(arts) < minLabelledArticles {
		t.Errorf("%d labelled articles, want at least %d", len(arts), minLabelledArticles)
	}
	for _, a := range arts {
		words := len(strings.Fields(a.Stripped.Text))
		if words < 200 || words > 450 {
			t.Errorf("%s: %d words, want 200–450", a.Name, words)
		}
		var seen [len(briefs.Sections)]bool
		for _, r := range a.Stripped.Ranges {
			seen[r.Section] = true
		}
		for _, sec := range briefs.Sections {
			if !seen[sec] {
				t.Errorf("%s: no %s paragraphs", a.Name, sec.Title())
			}
		}
	}
}

func sp(start, end int) briefs.Span { return briefs.Span{Start: start, End: end} }

func equalSections(a, b []briefs.Section) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
