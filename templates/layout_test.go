package templates

import (
	"strings"
	"testing"
)

// newTestWriter returns a writer over sampleBrief on a fresh first page with
// room mm left above the bottom margin.
func newTestWriter(t *testing.T, room float64) *writer {
	t.Helper()
	tpl := mustLookup(t, "")
	d, err := newDoc(tpl, Options{})
	if err != nil {
		t.Fatal(err)
	}
	w := newWriter(d, NewDocument(tpl, sampleBrief()))
	for _, it := range w.m.Items {
		w.links[it] = d.newLink()
	}
	d.addPage()
	d.setY(d.bottom - room)
	return w
}

func TestHeadingsAreNotLeftAtPageBottom(t *testing.T) {
	sec := DocSection{Key: "what_happened", Title: "What Happened", Points: []string{"One.", "Two."}}
	tests := []struct {
		name        string
		room        float64 // mm left on the page
		draw        func(w *writer)
		wantNewPage bool
	}{
		{"section with room stays", 40, func(w *writer) { w.d.flow(w.sectionBlocks(sec)) }, false},
		{"section with one line of room moves", 9, func(w *writer) { w.d.flow(w.sectionBlocks(sec)) }, true},
		{"topic heading without room for a headline moves", 25, func(w *writer) { w.item(w.m.Items[0], "Energy") }, true},
		{"topic heading with room stays", 120, func(w *writer) { w.item(w.m.Items[0], "Energy") }, false},
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

func TestFlowKeepsParagraphLinesTogether(t *testing.T) {
	long := strings.Repeat("A sentence of ordinary length that fills part of a line. ", 12) // about 8 lines
	tests := []struct {
		name string
		room float64 // lines of body text left on the page, times the line height
	}{
		{"one line of room: the paragraph moves whole", 1.2},
		{"room for all but one line: two lines go over", 0}, // set below from the paragraph's height
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newTestWriter(t, 100)
			p := w.d.textBlock([]span{{text: long, st: w.s.body}}, w.s.bodyBlock(w.d))
			n := len(p.lines)
			if n < 5 {
				t.Fatalf("fixture paragraph has %d lines, want at least 5", n)
			}
			room := tt.room * p.b.lh
			if room == 0 {
				room = float64(n-1)*p.b.lh + 0.1
			}
			w.d.setY(w.d.bottom - room)
			y0 := w.d.y()
			w.d.place(&p, 0)
			onFirst := 0
			if w.d.pdf.PageNo() == 1 {
				onFirst = n
			} else {
				_, top, _, _ := w.d.pdf.GetMargins()
				onFirst = n - int((w.d.y()-top)/p.b.lh+0.5)
			}
			if onFirst == 1 || n-onFirst == 1 {
				t.Errorf("paragraph of %d lines split %d/%d from y=%.1f: a single line is left alone", n, onFirst, n-onFirst, y0)
			}
		})
	}
}

func TestQuoteIsNeverSplitNorLeftWithoutItsSpeaker(t *testing.T) {
	for _, room := range []float64{6, 9, 12, 15} {
		w := newTestWriter(t, room)
		q := &DocQuote{Text: "We enter the winter in a stronger position than at any time in the last five years, and we intend to stay there.", Speaker: "Maria Olsen"}
		bs := w.quoteBlocks(q)
		var quotePage, speakerPage int
		bs[0].onPlace = func() { quotePage = w.d.pdf.PageNo() }
		bs[1].onPlace = func() { speakerPage = w.d.pdf.PageNo() }
		w.d.flow(bs)
		if w.d.pdf.PageNo() != quotePage || quotePage != speakerPage {
			t.Errorf("room %.0f mm: quote starts on page %d, speaker on %d, ends on %d; want all on one page", room, quotePage, speakerPage, w.d.pdf.PageNo())
		}
	}
}

func TestItemsLastLinesAreNotAloneAtTopOfPage(t *testing.T) {
	// Wherever the page ends, an item either stays on one page, moves whole,
	// or carries at least minTailLines of body text over: never a last
	// point, or a heading and its one point, alone at the top.
	for _, n := range []int{1, 2} { // with and without a quote
		for room := 12.0; room <= 120; room += 1.5 {
			w := newTestWriter(t, room)
			start := -1
			var blocks []pblock
			blocks = append(blocks, w.headBlocks(w.m.Items[n], false)...)
			blocks[0].onPlace = func() { start = w.d.pdf.PageNo() }
			for _, sec := range w.m.Items[n].Sections {
				blocks = append(blocks, w.sectionBlocks(sec)...)
			}
			blocks = append(blocks, w.quoteBlocks(w.m.Items[n].Quote)...)
			w.d.flow(blocks)
			if start == w.d.pdf.PageNo() {
				continue
			}
			_, top, _, _ := w.d.pdf.GetMargins()
			if carried := w.d.y() - top; carried < linesHeight(minTailLines, w.d.bodyLH)-0.01 {
				t.Errorf("item %d, room %.1f mm: only %.1f mm carried over to page %d", n, room, carried, w.d.pdf.PageNo())
			}
		}
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
	tall.item(tall.m.Items[1], "")
	height := tall.d.y() - y0

	short := newTestWriter(t, 20) // room for the headline, not for a section after it
	short.item(short.m.Items[1], "")
	_, top, _, _ := short.d.pdf.GetMargins()
	if short.d.pdf.PageNo() != 2 {
		t.Fatalf("item ended on page %d, want 2", short.d.pdf.PageNo())
	}
	if got := short.d.y() - top; got < height-0.5 || got > height+0.5 {
		t.Errorf("item takes %.1f mm on page 2, want all of its %.1f mm there", got, height)
	}
}
