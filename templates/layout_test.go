package templates

import (
	"testing"
)

// newTestWriter returns a writer on a fresh first page with room mm left
// above the bottom margin.
func newTestWriter(t *testing.T, room float64) *writer {
	t.Helper()
	d, err := newDoc(mustLookup(t, ""), Options{})
	if err != nil {
		t.Fatal(err)
	}
	w := newWriter(d, sampleBrief())
	w.links = make([]int, len(w.b.Items))
	d.addPage()
	d.setY(d.bottom - room)
	return w
}

func TestHeadingsAreNotLeftAtPageBottom(t *testing.T) {
	tests := []struct {
		name        string
		room        float64 // mm left on the page
		draw        func(w *writer)
		wantNewPage bool
	}{
		{"section with room stays", 40, func(w *writer) { w.section("What Happened", []string{"One.", "Two."}) }, false},
		{"section with one line of room moves", 9, func(w *writer) { w.section("What Happened", []string{"One.", "Two."}) }, true},
		{"topic heading without room for a headline moves", 25, func(w *writer) { w.topicHeading(&w.b.Items[0]) }, true},
		{"topic heading with room stays", 80, func(w *writer) { w.topicHeading(&w.b.Items[0]) }, false},
		{"empty section draws nothing", 2, func(w *writer) { w.section("What Happened", []string{" "}) }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newTestWriter(t, tt.room)
			tt.draw(w)
			if got := w.d.pdf.PageNo() == 2; got != tt.wantNewPage {
				t.Errorf("new page = %v, want %v", got, tt.wantNewPage)
			}
		})
	}
}

func TestWrapBreaksLongWordsAtSeams(t *testing.T) {
	w := newTestWriter(t, 200)
	url := "https://example.com/" + "segment-of-path/segment-of-path/segment-of-path/segment-of-path/segment-of-path/"
	lines := w.d.wrap([]span{{text: url, st: w.s.body}}, 40)
	if len(lines) < 3 {
		t.Fatalf("a long address in 40 mm made %d lines, want several", len(lines))
	}
	joined := ""
	for i, ln := range lines {
		if ln.width > 40+1e-9 {
			t.Errorf("line %d is %.1f mm wide, more than 40", i, ln.width)
		}
		text := ln.pieces[0].text
		if i < len(lines)-1 && !(text[len(text)-1] == '/' || text[len(text)-1] == '-') {
			t.Errorf("line %d %q does not end at a seam", i, text)
		}
		joined += text
	}
	if joined != url {
		t.Errorf("wrapping lost text: %q", joined)
	}
}

func TestItemHeadlineMovesWithItsFirstSection(t *testing.T) {
	tall := newTestWriter(t, 250)
	y0 := tall.d.y()
	tall.item(1)
	height := tall.d.y() - y0

	short := newTestWriter(t, 20) // room for the headline, not for a section after it
	short.item(1)
	_, top, _, _ := short.d.pdf.GetMargins()
	if short.d.pdf.PageNo() != 2 {
		t.Fatalf("item ended on page %d, want 2", short.d.pdf.PageNo())
	}
	if got := short.d.y() - top; got < height-0.5 || got > height+0.5 {
		t.Errorf("item takes %.1f mm on page 2, want all of its %.1f mm there", got, height)
	}
}
