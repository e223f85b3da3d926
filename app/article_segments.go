package app

import (
	"slices"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2/widget"

	"briefsmith/briefs"
)

// maxParagraphBytes is the longest paragraph the article pane lays out as
// one: Fyne re-measures the rest of a paragraph at every line it wraps, so
// the cost grows with a paragraph's length squared, and a 100 KB paragraph
// (a page with no breaks) took minutes to show. A longer one is shown as
// pieces of at most pieceBytes, cut at spaces (a 100 KB paragraph: 3.5 s
// in pieces of 4,000 bytes, 1.1 s of 2,000, 0.34 s of 800).
const (
	maxParagraphBytes = 2000
	pieceBytes        = 800
)

// articleSegments turns article text into rich-text paragraphs, with the
// byte ranges in spans highlighted. Out-of-range or overlapping spans are
// clamped and merged; a span never splits a UTF-8 character.
func articleSegments(text string, spans []briefs.Span) []widget.RichTextSegment {
	marks := normaliseSpans(text, spans)
	var segs []widget.RichTextSegment
	start := 0
	for _, para := range strings.SplitAfter(text, "\n\n") {
		end := start + len(strings.TrimRight(para, "\n"))
		for from := start; from < end; {
			to := paragraphCut(text, from, end)
			segs = append(segs, paragraphSegments(text, from, to, marks)...)
			from = to
		}
		start += len(para)
	}
	return segs
}

// paragraphCut is where the paragraph piece starting at from ends: at end
// when the rest fits in maxParagraphBytes, else after the last space within
// pieceBytes, else at a character boundary.
func paragraphCut(text string, from, end int) int {
	if end-from <= maxParagraphBytes {
		return end
	}
	limit := runeFloor(text, from+pieceBytes)
	if i := strings.LastIndexAny(text[from:limit], " \t\n"); i > 0 {
		return from + i + 1
	}
	if limit <= from { // a single character longer than the limit cannot happen in UTF-8, but never loop
		return end
	}
	return limit
}

// paragraphSegments splits text[from:to] at the highlight marks; the last
// segment ends the paragraph.
func paragraphSegments(text string, from, to int, marks []briefs.Span) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	pos := from
	for _, m := range marks {
		if m.End <= pos || m.Start >= to {
			continue
		}
		s, e := max(m.Start, pos), min(m.End, to)
		segs = appendText(segs, text[pos:s], plainInline())
		segs = appendText(segs, text[s:e], highlightStyle())
		pos = e
	}
	segs = appendText(segs, text[pos:to], plainInline())
	if len(segs) == 0 {
		return nil
	}
	last := segs[len(segs)-1].(*widget.TextSegment)
	last.Style.Inline = false
	return segs
}

func appendText(segs []widget.RichTextSegment, s string, style widget.RichTextStyle) []widget.RichTextSegment {
	s = strings.ReplaceAll(s, "\n", " ")
	if s == "" {
		return segs
	}
	return append(segs, &widget.TextSegment{Text: s, Style: style})
}

func plainInline() widget.RichTextStyle { return widget.RichTextStyleInline }

// normaliseSpans sorts spans, clamps them to the text and to character
// boundaries, and merges overlaps.
func normaliseSpans(text string, spans []briefs.Span) []briefs.Span {
	var out []briefs.Span
	for _, sp := range spans {
		s, e := runeFloor(text, max(sp.Start, 0)), runeFloor(text, min(sp.End, len(text)))
		if s < e {
			out = append(out, briefs.Span{Start: s, End: e})
		}
	}
	slices.SortFunc(out, func(a, b briefs.Span) int { return a.Start - b.Start })
	merged := out[:0]
	for _, sp := range out {
		if n := len(merged); n > 0 && sp.Start <= merged[n-1].End {
			merged[n-1].End = max(merged[n-1].End, sp.End)
			continue
		}
		merged = append(merged, sp)
	}
	return merged
}

// runeFloor moves i back to the start of the character it falls in.
func runeFloor(text string, i int) int {
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}
