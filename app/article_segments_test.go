package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"briefsmith/briefs"
)

// render shows segments as text with highlights in [brackets] and
// paragraph ends as "|".
func render(segs []widget.RichTextSegment) string {
	var b strings.Builder
	for _, s := range segs {
		ts := s.(*widget.TextSegment)
		if ts.Style.TextStyle.Bold {
			b.WriteString("[" + ts.Text + "]")
		} else {
			b.WriteString(ts.Text)
		}
		if !ts.Style.Inline {
			b.WriteString("|")
		}
	}
	return b.String()
}

func TestArticleSegments(t *testing.T) {
	const two = "First one. Second one.\n\nThird one."
	tests := []struct {
		name  string
		text  string
		spans []briefs.Span
		want  string
	}{
		{"no spans", two, nil, "First one. Second one.|Third one.|"},
		{"one sentence", two, []briefs.Span{{Start: 11, End: 22}}, "First one. [Second one.]|Third one.|"},
		{"span across paragraphs", two, []briefs.Span{{Start: 11, End: 34}}, "First one. [Second one.]|[Third one.]|"},
		{"overlaps merge", two, []briefs.Span{{Start: 0, End: 9}, {Start: 5, End: 10}}, "[First one.] Second one.|Third one.|"},
		{"out of range is clamped", two, []briefs.Span{{Start: 24, End: 999}, {Start: -5, End: 0}}, "First one. Second one.|[Third one.]|"},
		{"never splits a character", "Café ok.", []briefs.Span{{Start: 0, End: 4}}, "[Caf]é ok.|"},
		{"single newlines become spaces", "a\nb", nil, "a b|"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := render(articleSegments(tc.text, tc.spans)); got != tc.want {
				t.Fatalf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func FuzzArticleSegments(f *testing.F) {
	f.Add("First one. Second one.\n\nThird one.", 11, 22)
	f.Add("Café ok.", 0, 4)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		segs := articleSegments(text, []briefs.Span{{Start: start, End: end}})
		var total int
		for _, s := range segs {
			total += len(s.(*widget.TextSegment).Text)
		}
		if total > len(text) {
			t.Fatalf("segments hold %d bytes, text has %d", total, len(text))
		}
	})
}
