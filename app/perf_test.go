package app

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"briefsmith/briefs"
)

// bigBrief repeats the sample brief's items until there are n.
func bigBrief(t testing.TB, n int) *briefs.Brief {
	t.Helper()
	b, err := briefs.Load("testdata/sample.brief")
	if err != nil {
		t.Fatal(err)
	}
	src := b.Items
	b.Items = nil
	for i := range n {
		it := src[i%len(src)].Clone()
		it.ID = fmt.Sprintf("item-%d", i+1)
		b.Items = append(b.Items, it)
	}
	return b
}

// TestFiftyItemBriefStaysFast selects every item of a 50-item brief, types
// into it and scrolls the outline, and checks that no step keeps the UI
// goroutine busy long enough to be felt. The test driver lays out but does
// not paint, so this measures the app's own work per step.
func TestFiftyItemBriefStaysFast(t *testing.T) {
	h := newHarness(t)
	h.w.win.Resize(fyne.NewSize(1280, 800))
	h.w.Start("")
	h.w.setDocument(NewDocument(bigBrief(t, 50), ""))
	var worstSelect, worstType time.Duration
	for i := range 50 {
		start := time.Now()
		h.w.outline.list.Select(h.w.outline.rowOf(i))
		worstSelect = max(worstSelect, time.Since(start))
		start = time.Now()
		test.Type(h.w.editor.sections[briefs.WhyItMatters], "x")
		worstType = max(worstType, time.Since(start))
	}
	h.w.outline.list.ScrollToBottom()
	if h.w.doc.Selected() != 49 || !h.w.doc.Item(49).IsEdited("why_it_matters") {
		t.Fatalf("selection %d; last item edited %v", h.w.doc.Selected(), h.w.doc.Item(49).Edited)
	}
	t.Logf("50 items: slowest select %v, slowest keystroke %v", worstSelect, worstType)
	if !raceDetector && (worstSelect > 100*time.Millisecond || worstType > 100*time.Millisecond) {
		t.Errorf("a step took over 100 ms: select %v, keystroke %v", worstSelect, worstType)
	}
}
