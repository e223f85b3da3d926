package summarize

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"briefsmith/briefs"
)

// robustCases are hostile inputs: none may panic, hang or yield an invalid
// span.
var robustCases = []struct {
	name string
	text string
}{
	{"one giant sentence", strings.Repeat("word ", 200_000)},
	{"giant word", strings.Repeat("x", 1<<20)},
	{"junk bytes", "\xff\xfe\x00 abc \xc3\x28 def. \x80\x81 ghi jkl mno pqr."},
	{"arabic", "قالت الحكومة يوم الاثنين إنها ستخفض الضرائب. وسيصوت البرلمان على الخطة الأسبوع المقبل؟ ويقول المنتقدون إن الخطة ستضر بالفقراء."},
	{"hebrew with marks", "\u200fהממשלה הודיעה היום על תוכנית חדשה.\u200f השרים יצביעו בשבוע הבא."},
	{"chinese", "政府周一宣布将降低税收。议会将于下周对该计划进行投票。批评者说，该计划将损害穷人的利益。"},
	{"emoji", "🚀🚀 The launch 🚀 went well 👍. Engineers 🎉 will try again next week 🔭."},
	{"only headings", "What Happened\n\nWhy It Matters\n\nWhat's Next"},
	{"heading then nothing", "Why it matters:"},
	{"lead-in only", "Why it matters: "},
	{"quotes everywhere", strings.Repeat(`"a" "b" “c” `, 5000)},
	{"unclosed quotes", strings.Repeat(`He said "this goes on `, 3000)},
	{"many short lines", strings.Repeat("Hi\n", 50_000)},
	{"many headings", strings.Repeat("What Happened\nSomething did happen here today.\nWhy It Matters\nIt matters because of history.\n", 2000)},
	{"control characters", "Line\u0000one.\u0007 Line\u001b two.\u2028Line three."},
}

func TestRobustInputs(t *testing.T) {
	for _, tc := range robustCases {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			start := time.Now()
			s, err := New().Summarize(ctx, briefs.Article{Text: tc.text}, briefs.SummaryOptions{Length: briefs.LengthDetailed})
			if took := time.Since(start); took > 3*time.Second {
				t.Errorf("took %v", took)
			}
			if err != nil {
				if !errors.Is(err, ErrNoText) {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			checkSpans(t, tc.text, s)
			for _, sec := range briefs.Sections {
				for _, p := range s.Points(sec) {
					if len(p.Text) > maxPointBytes {
						t.Errorf("%s point of %d bytes", sec.Key(), len(p.Text))
					}
				}
			}
		})
	}
}

func TestAbsurdSentenceIsCutAtAWord(t *testing.T) {
	text := strings.Repeat("alpha beta gamma ", 10_000) + "end."
	s := summariseFor(t, briefs.Article{Text: text}, briefs.LengthStandard)
	if len(s.WhatHappened) != 1 {
		t.Fatalf("What Happened = %d points, want 1", len(s.WhatHappened))
	}
	p := s.WhatHappened[0].Text
	if len(p) > maxPointBytes {
		t.Errorf("point has %d bytes, more than %d", len(p), maxPointBytes)
	}
	last := p[strings.LastIndex(p, " ")+1:]
	if last != "alpha" && last != "beta" && last != "gamma" {
		t.Errorf("point ends mid-word: %q", last)
	}
}

func TestWordCut(t *testing.T) {
	cases := []struct {
		name string
		s    string
		max  int
		want string
	}{
		{"fits", "short text", 20, "short text"},
		{"at space", "one two three four", 10, "one two"},
		{"drops comma", "one, two three", 6, "one"},
		{"no space", "abcdefghij", 4, "abcd"},
		{"rune boundary", "ééééé", 3, "é"},
		{"invalid bytes", "0\x9c\x9c\x9c\x9c\x9c", 3, "0\x9c\x9c"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.s[:wordCut(tc.s, tc.max)]; got != tc.want {
				t.Errorf("wordCut = %q, want %q", got, tc.want)
			}
		})
	}
}
