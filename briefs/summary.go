package briefs

import (
	"encoding/json"
	"fmt"
)

// Section names one of the three parts every brief item has.
type Section int

// The three sections, in the order they are shown.
const (
	WhatHappened Section = iota
	WhyItMatters
	WhatsNext
)

// Sections lists every section in display order.
var Sections = [...]Section{WhatHappened, WhyItMatters, WhatsNext}

// Key is the section's stable machine name, used in JSON: "what_happened",
// "why_it_matters" or "whats_next".
func (s Section) Key() string {
	switch s {
	case WhatHappened:
		return "what_happened"
	case WhyItMatters:
		return "why_it_matters"
	case WhatsNext:
		return "whats_next"
	}
	return fmt.Sprintf("section_%d", int(s))
}

// Title is the section's heading as a reader sees it.
func (s Section) Title() string {
	switch s {
	case WhatHappened:
		return "What Happened"
	case WhyItMatters:
		return "Why It Matters"
	case WhatsNext:
		return "What's Next"
	}
	return s.Key()
}

// SectionByKey returns the section whose Key is key.
func SectionByKey(key string) (Section, bool) {
	for _, s := range Sections {
		if s.Key() == key {
			return s, true
		}
	}
	return 0, false
}

// Span is a half-open range [Start, End) of byte offsets into Article.Text.
type Span struct {
	Start int
	End   int
}

// Point is one sentence or bullet of a summary section, with the spans of the
// article it was taken from or is supported by. Spans is empty for text the
// user typed.
type Point struct {
	Text  string
	Spans []Span
}

// Quote is a direct quotation from the article and who said it.
type Quote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
}

// Flag marks a claim in a summary that the fact checker could not find in the
// article: a number, an amount of money, a date, a name or quoted words.
type Flag struct {
	Section string `json:"section"` // Section.Key(), "headline" or "quote"
	Kind    string `json:"kind"`    // "number", "money", "date", "name" or "quote"
	Text    string `json:"text"`    // the unsupported words
	Message string `json:"message"` // plain-words explanation for the user
}

// Summary is a brief item's text: a headline and the three sections.
type Summary struct {
	Headline     string
	WhatHappened []Point
	WhyItMatters []Point
	WhatsNext    []Point
	Quote        *Quote // nil when the article has no usable quotation
	Summarizer   string // who wrote it: "offline", "llm:<model>", "user"
	Notice       string // e.g. why the LLM fell back to the offline summariser
	Flags        []Flag // unsupported claims found by the fact checker
}

// Points returns the points of section s.
func (s *Summary) Points(sec Section) []Point {
	switch sec {
	case WhatHappened:
		return s.WhatHappened
	case WhyItMatters:
		return s.WhyItMatters
	case WhatsNext:
		return s.WhatsNext
	}
	return nil
}

// SetPoints replaces the points of section sec.
func (s *Summary) SetPoints(sec Section, pts []Point) {
	switch sec {
	case WhatHappened:
		s.WhatHappened = pts
	case WhyItMatters:
		s.WhyItMatters = pts
	case WhatsNext:
		s.WhatsNext = pts
	}
}

// Texts returns the text of each point of section sec.
func (s *Summary) Texts(sec Section) []string {
	pts := s.Points(sec)
	out := make([]string, len(pts))
	for i, p := range pts {
		out[i] = p.Text
	}
	return out
}

// IsEmpty reports whether the summary has no headline and no points.
func (s *Summary) IsEmpty() bool {
	return s.Headline == "" && len(s.WhatHappened) == 0 && len(s.WhyItMatters) == 0 && len(s.WhatsNext) == 0
}

// summaryJSON is the wire form of Summary. The section arrays are plain
// strings so that outside tools can read them without knowing about spans;
// spans go in a parallel map keyed by section. Field names are part of the
// command line's contract: add fields, never rename or drop one.
type summaryJSON struct {
	Headline     string                `json:"headline"`
	WhatHappened []string              `json:"what_happened"`
	WhyItMatters []string              `json:"why_it_matters"`
	WhatsNext    []string              `json:"whats_next"`
	Quote        *Quote                `json:"quote,omitempty"`
	Spans        map[string][][][2]int `json:"spans,omitempty"` // section key → per point → [start,end) byte offsets
	Summarizer   string                `json:"summarizer,omitempty"`
	Notice       string                `json:"notice,omitempty"`
	Flags        []Flag                `json:"flags,omitempty"`
}

// MarshalJSON writes the summary in the stable wire form.
func (s Summary) MarshalJSON() ([]byte, error) {
	w := summaryJSON{
		Headline: s.Headline, Quote: s.Quote, Summarizer: s.Summarizer,
		Notice: s.Notice, Flags: s.Flags,
		WhatHappened: s.Texts(WhatHappened), WhyItMatters: s.Texts(WhyItMatters), WhatsNext: s.Texts(WhatsNext),
	}
	for _, sec := range Sections {
		if spans, ok := spansOf(s.Points(sec)); ok {
			if w.Spans == nil {
				w.Spans = map[string][][][2]int{}
			}
			w.Spans[sec.Key()] = spans
		}
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads the wire form written by MarshalJSON.
func (s *Summary) UnmarshalJSON(data []byte) error {
	var w summaryJSON
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	*s = Summary{Headline: w.Headline, Quote: w.Quote, Summarizer: w.Summarizer, Notice: w.Notice, Flags: w.Flags}
	texts := map[Section][]string{WhatHappened: w.WhatHappened, WhyItMatters: w.WhyItMatters, WhatsNext: w.WhatsNext}
	for _, sec := range Sections {
		s.SetPoints(sec, pointsOf(texts[sec], w.Spans[sec.Key()]))
	}
	return nil
}

func spansOf(pts []Point) ([][][2]int, bool) {
	out := make([][][2]int, len(pts))
	found := false
	for i, p := range pts {
		out[i] = make([][2]int, len(p.Spans))
		for j, sp := range p.Spans {
			out[i][j] = [2]int{sp.Start, sp.End}
			found = true
		}
	}
	return out, found
}

func pointsOf(texts []string, spans [][][2]int) []Point {
	if len(texts) == 0 {
		return nil
	}
	pts := make([]Point, len(texts))
	for i, t := range texts {
		pts[i].Text = t
		if i < len(spans) {
			for _, sp := range spans[i] {
				pts[i].Spans = append(pts[i].Spans, Span{Start: sp[0], End: sp[1]})
			}
		}
	}
	return pts
}
