package app

import (
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefsmith/briefs"
)

// articlePane is the right pane: the selected item's article, read-only,
// with the sentences behind the summary highlighted, and its source line.
type articlePane struct {
	title  *widget.Label
	meta   *widget.Label
	link   *widget.Hyperlink
	body   *widget.RichText
	head   *fyne.Container
	scroll *container.Scroll
	box    *fyne.Container
}

func newArticlePane() *articlePane {
	p := &articlePane{}
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.Wrapping = fyne.TextWrapWord
	p.meta = widget.NewLabel("")
	p.meta.Importance = widget.LowImportance
	p.meta.Wrapping = fyne.TextWrapWord
	p.link = widget.NewHyperlink("", nil)
	p.link.Hide()
	p.body = widget.NewRichText()
	p.body.Wrapping = fyne.TextWrapWord
	p.scroll = container.NewVScroll(p.body)
	legend := caption("Highlighted: the sentences the summary was taken from")
	p.head = container.NewVBox(caption("Source article"), p.title, p.meta, p.link, legend, widget.NewSeparator())
	p.box = container.NewBorder(p.head, nil, nil, nil, p.scroll)
	return p
}

// show fills the pane with it's article, or empties it when it is nil.
func (p *articlePane) show(it *briefs.Item) {
	if it == nil {
		p.title.SetText("")
		p.meta.SetText("")
		p.link.Hide()
		p.body.Segments = nil
		p.body.Refresh()
		return
	}
	a := it.Article
	p.title.SetText(a.Title)
	p.meta.SetText(articleMeta(a))
	p.showLink(a.URL)
	p.box.Refresh() // the header's height changes with the title and link
	p.body.Segments = articleSegments(a.Text, summarySpans(&it.Summary))
	p.body.Refresh()
	p.scroll.ScrollToTop()
}

func (p *articlePane) showLink(raw string) {
	u, err := url.Parse(raw)
	if raw == "" || err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		p.link.Hide()
		return
	}
	p.link.SetText("Open original in browser: " + u.Host)
	p.link.SetURL(u)
	p.link.Show()
}

// articleMeta is the source line: outlet · byline · date, and the page's
// genre when it says it is not news ("not news: an opinion piece").
func articleMeta(a briefs.Article) string {
	var parts []string
	for _, s := range []string{a.Outlet(), a.Credit()} {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	if !a.Published.IsZero() {
		parts = append(parts, a.Published.Format("2 January 2006"))
	}
	if g := a.GenreName(); g != "" {
		parts = append(parts, "not news: "+g)
	}
	if len(parts) == 0 {
		return a.Source
	}
	return strings.Join(parts, " · ")
}

// summarySpans collects the article spans behind every point of s.
func summarySpans(s *briefs.Summary) []briefs.Span {
	var out []briefs.Span
	for _, sec := range briefs.Sections {
		for _, p := range s.Points(sec) {
			out = append(out, p.Spans...)
		}
	}
	return out
}

// highlightStyle marks a sentence the summary was taken from.
func highlightStyle() widget.RichTextStyle {
	return widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}
}
