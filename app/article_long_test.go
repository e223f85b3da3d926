package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"briefsmith/briefs"
)

// TestArticlePaneShowsLongParagraphQuickly shows an article that is one
// 100 KB paragraph (a page with no breaks) in a window and lays it out: it
// took minutes before long paragraphs were cut (see maxParagraphBytes).
func TestArticlePaneShowsLongParagraphQuickly(t *testing.T) {
	a := test.NewTempApp(t)
	p := newArticlePane()
	w := a.NewWindow("article")
	w.SetContent(p.box)
	w.Resize(fyne.NewSize(500, 700))
	text := strings.Repeat("A sentence with several words in it and no paragraph break. ", 1700) // ≈ 100 KB
	it := &briefs.Item{Article: briefs.Article{Title: "One long paragraph", Text: text}}
	start := time.Now()
	p.show(it)
	p.body.Resize(fyne.NewSize(480, p.body.MinSize().Height))
	took := time.Since(start)
	limit := 10 * time.Second
	if raceDetector {
		limit *= 3
	}
	if took > limit {
		t.Fatalf("showing a 100 KB paragraph took %v (limit %v)", took, limit)
	}
	t.Logf("100 KB paragraph shown and laid out in %v", took.Round(time.Millisecond))
}
