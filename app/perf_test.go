package app

import (
	"fmt"
	"slices"
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
// into it and scrolls the outline, and checks that the steps keep the UI
// goroutine busy too briefly to be felt. The test driver lays out but does
// not paint, so this measures the app's own work per step. Other packages'
// tests share the machine, so one step in twenty may be slowed by them (a
// garbage collection, a descheduled thread): the test holds the 95th
// percentile to the budget and the slowest step to a looser limit, which a
// real regression, slowing every step, still breaks.
func TestFiftyItemBriefStaysFast(t *testing.T) {
	h := newHarness(t)
	h.w.win.Resize(fyne.NewSize(1280, 800))
	h.w.Start("")
	h.w.setDocument(NewDocument(bigBrief(t, 50), ""))
	var selects, keys []time.Duration
	for i := range 50 {
		start := time.Now()
		h.w.outline.list.Select(h.w.outline.rowOf(i))
		selects = append(selects, time.Since(start))
		start = time.Now()
		test.Type(h.w.editor.sections[briefs.WhyItMatters], "x")
		keys = append(keys, time.Since(start))
	}
	h.w.outline.list.ScrollToBottom()
	if h.w.doc.Selected() != 49 || !h.w.doc.Item(49).IsEdited("why_it_matters") {
		t.Fatalf("selection %d; last item edited %v", h.w.doc.Selected(), h.w.doc.Item(49).Edited)
	}
	sel, key := percentiles(selects), percentiles(keys)
	t.Logf("50 items: select p95 %v, slowest %v; keystroke p95 %v, slowest %v", sel.p95, sel.worst, key.p95, key.worst)
	if raceDetector {
		return
	}
	for _, c := range []struct {
		step string
		got  spread
	}{{"selecting an item", sel}, {"a keystroke", key}} {
		if c.got.p95 > stepBudget || c.got.worst > worstStepLimit {
			t.Errorf("%s: p95 %v (budget %v), slowest %v (limit %v)", c.step, c.got.p95, stepBudget, c.got.worst, worstStepLimit)
		}
	}
}

// stepBudget is how long one step may keep the UI goroutine busy before a
// person feels it; worstStepLimit bounds the one slowest step.
const (
	stepBudget     = 100 * time.Millisecond
	worstStepLimit = 300 * time.Millisecond
)

// spread is the 95th percentile and the largest of some durations.
type spread struct{ p95, worst time.Duration }

// percentiles returns the spread of ds.
func percentiles(ds []time.Duration) spread {
	s := slices.Clone(ds)
	slices.Sort(s)
	if len(s) == 0 {
		return spread{}
	}
	return spread{p95: s[(len(s)*95-1)/100], worst: s[len(s)-1]}
}
