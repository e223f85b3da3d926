package app

import (
	"strings"
	"testing"
	"unicode/utf8"

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

// TestArticleSegmentsCutsLongParagraphs checks that a paragraph far longer
// than the pane lays out quickly is shown as pieces of at most
// maxParagraphBytes, cut at spaces, with nothing lost and highlights kept.
func TestArticleSegmentsCutsLongParagraphs(t *testing.T) {
	text := strings.Repeat("word ", 20000) + "end." // 100 KB, one paragraph
	hl := briefs.Span{Start: 50000, End: 50009}
	segs := articleSegments(text, []briefs.Span{hl})
	var all strings.Builder
	pieces, piece, highlighted := 0, 0, ""
	for _, s := range segs {
		ts := s.(*widget.TextSegment)
		all.WriteString(ts.Text)
		piece += len(ts.Text)
		if ts.Style.TextStyle.Bold {
			highlighted += ts.Text
		}
		if !ts.Style.Inline {
			if piece > maxParagraphBytes {
				t.Fatalf("a piece of %d bytes, more than %d", piece, maxParagraphBytes)
			}
			pieces, piece = pieces+1, 0
		}
	}
	if all.String() != text {
		t.Fatalf("the pieces do not add up to the text (%d vs %d bytes)", all.Len(), len(text))
	}
	if pieces < len(text)/maxParagraphBytes {
		t.Errorf("%d pieces for %d bytes", pieces, len(text))
	}
	if highlighted != text[hl.Start:hl.End] {
		t.Errorf("highlight = %q, want %q", highlighted, text[hl.Start:hl.End])
	}
}

func TestArticleSegmentsCutsUnspacedText(t *testing.T) {
	text := strings.Repeat("é", 3000) // 6,000 bytes, no space
	segs := articleSegments(text, nil)
	var all strings.Builder
	for _, s := range segs {
		ts := s.(*widget.TextSegment)
		if !utf8.ValidString(ts.Text) {
			t.Fatalf("a piece splits a character: %q…", ts.Text[:8])
		}
		all.WriteString(ts.Text)
	}
	if all.String() != text || len(segs) < 3 {
		t.Errorf("%d pieces, text kept: %v", len(segs), all.String() == text)
	}
}

// TestArticleSegmentsKeepsOrdinaryParagraphs: a long but ordinary
// paragraph (up to maxParagraphBytes) is shown whole.
func TestArticleSegmentsKeepsOrdinaryParagraphs(t *testing.T) {
	para := strings.Repeat("word ", maxParagraphBytes/5-1) + "end."
	if got := render(articleSegments(para+"\n\nNext.", nil)); got != para+"|Next.|" {
		t.Errorf("a %d-byte paragraph was cut: %.80q…", len(para), got)
	}
}
