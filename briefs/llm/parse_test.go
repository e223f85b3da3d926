package llm

import (
	"errors"
	"reflect"
	"testing"

	"briefsmith/briefs"
)

func TestParseAnswer(t *testing.T) {
	a := briefs.Article{Text: "The port will close for six weeks. About 1,200 workers are affected. See https://port.example/notice for details."}
	good := `{"headline":"Port closes","what_happened":["The port will close for six weeks."],` +
		`"why_it_matters":["About 1,200 workers are affected."],"whats_next":["Watch for a date."],` +
		`"key_quote":{"text":"","speaker":""}}`
	cases := []struct {
		name     string
		content  string
		headline string
		happened []string
		quote    *briefs.Quote
		err      error
	}{
		{"schema answer", good, "Port closes", []string{"The port will close for six weeks."}, nil, nil},
		{"code fence and prose", "Here you go:\n```json\n" + good + "\n```", "Port closes", []string{"The port will close for six weeks."}, nil, nil},
		{"think block", "<think>{\"headline\":\"wrong\"} maybe</think>" + good, "Port closes", []string{"The port will close for six weeks."}, nil, nil},
		{"section not a list", `{"headline":"H","what_happened":"not-a-list","why_it_matters":[],"whats_next":[]}`, "", nil, nil, errBadAnswer},
		{"section of numbers", `{"headline":"H","what_happened":[1,2]}`, "", nil, nil, errBadAnswer},
		{"section an object", `{"headline":"H","what_happened":{"a":"b"}}`, "", nil, nil, errBadAnswer},
		{"headline a number", `{"headline":5,"what_happened":["A."]}`, "", nil, nil, errBadAnswer},
		{"only empty sections", `{"headline":"H","what_happened":[],"why_it_matters":[""],"whats_next":[]}`, "", nil, nil, errBadAnswer},
		{"no what happened", `{"headline":"H","what_happened":[],"why_it_matters":["Trade slows."]}`, "", nil, nil, errBadAnswer},
		{"unclosed object", "```json\n{\"headline\": \"H\", \"what_happened\": [\"A.\"", "", nil, nil, errBadAnswer},
		{"braces in strings", `{"headline":"Use {x} and \"}\"","what_happened":["A}b."]}`, `Use {x} and "}"`, []string{"A}b."}, nil, nil},
		{"quote with marks", `{"headline":"H","what_happened":["A."],"key_quote":{"text":"“We act.”","speaker":"Ann Lee"}}`,
			"H", []string{"A."}, &briefs.Quote{Text: "We act.", Speaker: "Ann Lee"}, nil},
		{"markdown and links cleaned", `{"headline":"**Big** news","what_happened":["- See ![x](http://evil.example/leak?d=1) [the notice](https://port.example/notice) now."]}`,
			"Big news", []string{"See x the notice now."}, nil, nil},
		{"unknown URL dropped, known kept", `{"headline":"H","what_happened":["Read http://evil.example/x and https://port.example/notice."]}`,
			"H", []string{"Read and https://port.example/notice."}, nil, nil},
		{"headings", "Headline: Port closes\n\n**What happened:**\n- It closed.\n- Workers left.\n\n### Why it matters\n1. Trade slows.\n\nWhat’s next:\n* Reopening.\nKey quote: \"We act.\" — Ann Lee",
			"Port closes", []string{"It closed.", "Workers left."}, &briefs.Quote{Text: "We act.", Speaker: "Ann Lee"}, nil},
		{"headings with heading text on the line", "What Happened: It closed.\nWhy It Matters: Trade slows.", "", []string{"It closed."}, nil, nil},
		{"invalid JSON", `{"headline": "H", "what_happened": [oops`, "", nil, nil, errBadAnswer},
		{"empty JSON", `{}`, "", nil, nil, errBadAnswer},
		{"prose only", "I cannot summarise this article.", "", nil, nil, errBadAnswer},
		{"empty", "", "", nil, nil, errBadAnswer},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			sum, err := parseAnswer(tc.content, a, 2)
			if !errors.Is(err, tc.err) {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			if err != nil {
				return
			}
			if sum.Headline != tc.headline || !reflect.DeepEqual(sum.Texts(briefs.WhatHappened), tc.happened) {
				t.Errorf("got headline %q, what happened %q", sum.Headline, sum.Texts(briefs.WhatHappened))
			}
			if !reflect.DeepEqual(sum.Quote, tc.quote) {
				t.Errorf("quote = %+v, want %+v", sum.Quote, tc.quote)
			}
		})
	}
}

func TestParseAnswerSpansAndLimit(t *testing.T) {
	a := briefs.Article{Text: "Intro. The port will close for six weeks. End."}
	sum, err := parseAnswer(`{"headline":"H","what_happened":["The port will close for six weeks.","Paraphrase.","Third."]}`, a, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.WhatHappened) != 2 {
		t.Fatalf("kept %d points, want the limit of 2", len(sum.WhatHappened))
	}
	want := []briefs.Span{{Start: 7, End: 41}}
	if got := sum.WhatHappened[0].Spans; !reflect.DeepEqual(got, want) || a.Text[7:41] != "The port will close for six weeks." {
		t.Errorf("spans = %v, want %v", got, want)
	}
	if sum.WhatHappened[1].Spans != nil {
		t.Errorf("a paraphrase got spans %v", sum.WhatHappened[1].Spans)
	}
}

func FuzzParseAnswer(f *testing.F) {
	f.Add(`{"headline":"H","what_happened":["A."]}`, "A.")
	f.Add("What happened:\n- x\nKey quote: \"y\" — z", "x")
	f.Add("<think>", "")
	f.Add(`{"what_happened":[1,2]}{`, "")
	f.Fuzz(func(t *testing.T, content, text string) {
		sum, err := parseAnswer(content, briefs.Article{Text: text}, 3)
		if err != nil {
			return
		}
		for _, sec := range briefs.Sections {
			if len(sum.Points(sec)) > 3 {
				t.Fatalf("%s has %d points", sec.Key(), len(sum.Points(sec)))
			}
			for _, p := range sum.Points(sec) {
				for _, sp := range p.Spans {
					if sp.Start < 0 || sp.End > len(text) || text[sp.Start:sp.End] != p.Text && text[sp.Start:sp.End]+"." != p.Text {
						t.Fatalf("span %v does not hold %q", sp, p.Text)
					}
				}
			}
		}
	})
}
