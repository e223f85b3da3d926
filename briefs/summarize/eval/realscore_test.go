package eval

import (
	"strings"
	"testing"

	"briefsmith/briefs"
	"briefsmith/briefs/summarize/eval/realnews"
)

func TestRealNewsScore(t *testing.T) {
	a := realnews.Article{
		Sentences: []realnews.Sentence{
			{Start: 0, End: 10, Label: realnews.Happened},
			{Start: 11, End: 20, Label: realnews.Matters},
			{Start: 21, End: 30, Label: realnews.Other},
		},
		Best: map[string][]int{realnews.Happened: {0}, realnews.Matters: {1}, realnews.Next: {}},
	}
	point := func(s, e int) briefs.Point { return briefs.Point{Text: "x", Spans: []briefs.Span{{Start: s, End: e}}} }
	var s RealNewsScore
	s.Add(a, briefs.Summary{WhatHappened: []briefs.Point{point(0, 10)}, WhyItMatters: []briefs.Point{point(21, 30)}})
	wh, wim, wn := s.Sections[briefs.WhatHappened], s.Sections[briefs.WhyItMatters], s.Sections[briefs.WhatsNext]
	if wh.Precision() != 1 || wh.Recall() != 1 || wim.Precision() != 0 || wim.Recall() != 0 || wn.Empty != 1 || wn.WithBest != 0 {
		t.Errorf("scores: %+v", s)
	}
	if s.Precision() != 0.5 {
		t.Errorf("precision %.2f, want 0.50", s.Precision())
	}
}

func TestIsEnglishNews(t *testing.T) {
	en := strings.Repeat("The council said on Monday that it was going to approve the budget for the city. ", 12)
	de := strings.Repeat("Der Stadtrat hat am Montag den Haushalt für die Stadt beschlossen, sagte ein Sprecher. ", 12)
	for text, want := range map[string]bool{en: true, de: false, "The council met.": false} {
		if got := IsEnglishNews(text); got != want {
			t.Errorf("IsEnglishNews(%.30q…) = %v, want %v", text, got, want)
		}
	}
}

func TestOpensWithLead(t *testing.T) {
	body := "By Jane Doe\n\nThe council approved its budget on Monday, closing four libraries across the city.\n\n" +
		"The mayor said the cuts were painful but necessary for the years ahead of the city.\n\n" +
		"Libraries have served the town since 1901 and were used by thousands of families each week.\n\n" +
		"\"We will fight this all the way to the courts if we have to,\" said a campaigner on Tuesday."
	at := func(sub string) briefs.Summary {
		i := strings.Index(body, sub)
		return briefs.Summary{WhatHappened: []briefs.Point{{Text: sub, Spans: []briefs.Span{{Start: i, End: i + len(sub)}}}}}
	}
	for sub, want := range map[string]bool{
		"The council approved its budget on Monday, closing four libraries across the city.":            true,
		"Libraries have served the town since 1901 and were used by thousands of families each week.":   true,
		"\"We will fight this all the way to the courts if we have to,\" said a campaigner on Tuesday.": false,
	} {
		if got := OpensWithLead(body, at(sub)); got != want {
			t.Errorf("OpensWithLead(%.40q…) = %v, want %v", sub, got, want)
		}
	}
	if OpensWithLead(body, briefs.Summary{}) {
		t.Error("an empty What Happened opens with the lead")
	}
}
