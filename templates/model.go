package templates

import (
	"path/filepath"
	"strings"

	"briefsmith/briefs"
)

// Document is a brief made ready for a template: every renderer (PDF,
// DOCX, HTML, text, Markdown) draws the same Document, so that what shows,
// in what order and with what wording is decided once, here. Its strings are
// clean Unicode (valid, no controls, single spaces); each renderer applies
// its own escaping on top.
type Document struct {
	T            Template // the template, with the brand laid over it
	Title        string
	Label        string // caption above the title; "" when the title already says it
	Date         string // long form, e.g. "Monday 23 November 2026"
	PreparedBy   string
	PreparedFor  string
	Distribution string
	Banner       string // classification line on every page
	BrandName    string
	BottomLine   string
	Groups       []Group
	Items        []*DocItem // every item in the order shown, numbered from 1
	Disclaimer   string
	Keywords     []string // the topics, for document metadata
	Language     string   // BCP 47 language of the brief, from its articles
}

// Group is the items under one topic heading; Heading is "" when the items
// need none (no topics at all, or the topic-less items shown first).
type Group struct {
	Heading string
	Items   []*DocItem
}

// DocItem is one item as shown.
type DocItem struct {
	N        int // position in the document, from 1
	Headline string
	Source   []Part // joined with the template's separator
	AlsoIn   []Part // other outlets of a merged story
	Sections []DocSection
	Quote    *DocQuote
	TopLine  string // the first point, for the top lines
	RTL      bool   // the headline reads right to left
}

// Part is one field of a source line, optionally linked.
type Part struct{ Text, Link string }

// DocSection is a non-empty section with its heading.
type DocSection struct {
	Key, Title string
	Points     []string
}

// DocQuote is a key quotation.
type DocQuote struct{ Text, Speaker string }

// NewDocument prepares b for template t. Empty sections, empty quotes and
// empty source fields are left out; items are grouped by topic with
// briefs.GroupByTopic.
func NewDocument(t Template, b *briefs.Brief) *Document {
	d := &Document{
		T: t, Title: briefTitle(b), Date: longDate(b.Date),
		PreparedBy: text(b.PreparedBy), PreparedFor: text(b.PreparedFor),
		Distribution: text(b.Distribution), Banner: text(t.Brand.Banner), BrandName: text(t.Brand.Name),
		BottomLine: paragraphText(b.BottomLine), Disclaimer: paragraphText(t.Brand.Disclaimer),
	}
	if l := text(t.Label); !strings.Contains(strings.ToLower(d.Title), strings.ToLower(l)) {
		d.Label = l
	}
	d.groups(b)
	d.Language = briefLanguage(b)
	return d
}

// groups fills Groups, Items and Keywords.
func (d *Document) groups(b *briefs.Brief) {
	groups := briefs.GroupByTopic(b.Items)
	if !d.T.Layout.GroupTopics {
		groups = []briefs.TopicGroup{{Items: briefs.GroupedOrder(nil)}}
		for i := range b.Items {
			groups[0].Items = append(groups[0].Items, i)
		}
	}
	for gi, g := range groups {
		heading := text(g.Topic)
		if heading != "" {
			d.Keywords = append(d.Keywords, heading)
		} else if gi > 0 {
			heading = text(d.T.Sections.OtherTopic) // never under the previous topic's heading
		}
		grp := Group{Heading: heading}
		for _, i := range g.Items {
			it := d.item(&b.Items[i], len(d.Items)+1)
			grp.Items = append(grp.Items, it)
			d.Items = append(d.Items, it)
		}
		d.Groups = append(d.Groups, grp)
	}
}

// item prepares one item.
func (d *Document) item(it *briefs.Item, n int) *DocItem {
	t := d.T
	di := &DocItem{N: n, Headline: itemHeadline(it), Source: sourceParts(it.Article, t.Source.Fields), AlsoIn: alsoIn(it.Article)}
	di.RTL = isRTLParagraph([]span{{text: di.Headline}})
	for _, key := range t.Sections.Show {
		if key == "quote" {
			di.Quote = quoteOf(it.Summary.Quote)
			continue
		}
		sec, _ := briefs.SectionByKey(key) // validated against sectionKeys
		pts := points(it.Summary.Texts(sec), t.Layout.PointsPerSection)
		if len(pts) > 0 {
			di.Sections = append(di.Sections, DocSection{Key: key, Title: text(t.Sections.title(key)), Points: pts})
		}
	}
	for _, sec := range briefs.Sections { // the top line is the first point, shown or not
		if pts := points(it.Summary.Texts(sec), 1); len(pts) > 0 {
			di.TopLine = pts[0]
			break
		}
	}
	return di
}

// points cleans a section's points, drops empty ones and keeps at most max
// (0: all).
func points(texts []string, max int) []string {
	var out []string
	for _, s := range texts {
		if c := paragraphText(s); c != "" {
			out = append(out, c)
		}
		if max > 0 && len(out) == max {
			break
		}
	}
	return out
}

func quoteOf(q *briefs.Quote) *DocQuote {
	if q == nil {
		return nil
	}
	t := strings.Trim(paragraphText(q.Text), "\"“”„ ")
	if t == "" {
		return nil
	}
	return &DocQuote{Text: t, Speaker: text(q.Speaker)}
}

// briefLanguage is the language most of the brief's articles give, "en"
// when none does.
func briefLanguage(b *briefs.Brief) string {
	count := map[string]int{}
	best := "en"
	for _, it := range b.Items {
		l := strings.TrimSpace(it.Article.Language)
		if l == "" {
			continue
		}
		count[l]++
		if count[l] > count[best] {
			best = l
		}
	}
	return best
}

// sourceParts builds an item's source line from the template's fields:
// origin (outlet, file name or "Pasted text"), byline, date and link. A part
// that repeats an earlier one ("BBC News · BBC News") or is empty once its
// stray punctuation is trimmed ("Reuters, ·") is left out.
func sourceParts(a briefs.Article, fields []string) []Part {
	var out []Part
	seen := map[string]bool{}
	add := func(p Part) {
		p.Text = strings.Trim(p.Text, " ,;:·|-–—/")
		key := strings.ToLower(strings.TrimPrefix(p.Text, "www."))
		if p.Text == "" || seen[key] {
			return
		}
		seen[key] = true
		out = append(out, p)
	}
	for _, f := range fields {
		switch f {
		case "origin":
			for _, o := range origin(a) {
				add(Part{Text: o})
			}
		case "byline":
			add(Part{Text: text(a.Byline)})
		case "date":
			add(Part{Text: shortDate(a.Published)})
		case "link":
			if u := cleanURL(a.URL); isWebLink(u) {
				add(Part{Text: clip(displayURL(u), maxShownURL), Link: linkTarget(u)})
			}
		}
	}
	return out
}

// origin names where an article came from, by its Kind: the outlet for web,
// feed and e-mail items, the file's name for a file, "Pasted text" for
// pasted text. A saved web page (a file with the page's address) is
// credited as the page is: its file name ("source.html") tells the reader
// nothing. Briefs saved before Kind was recorded are judged from URL and
// Source.
func origin(a briefs.Article) []string {
	outlet := text(a.Outlet())
	switch kindOf(a) {
	case briefs.KindFile:
		if isWebLink(cleanURL(a.URL)) {
			return []string{outlet}
		}
		return []string{outlet, text(filepath.Base(filepath.FromSlash(a.Source)))}
	case briefs.KindPasted:
		return []string{outlet, "Pasted text"}
	case briefs.KindStdin:
		return []string{outlet, "Standard input"}
	}
	return []string{outlet}
}

// kindOf is a.Kind, or a sensible guess when it is empty.
func kindOf(a briefs.Article) briefs.SourceKind {
	src := strings.TrimSpace(a.Source)
	switch {
	case a.Kind != "":
		return a.Kind
	case isWebLink(cleanURL(a.URL)) || strings.Contains(src, "://"):
		return briefs.KindURL
	case src == "-":
		return briefs.KindStdin
	case src == "" && a.Site != "":
		return briefs.KindURL // an outlet with no address: as printed
	case src == "" || strings.EqualFold(src, "pasted") || strings.EqualFold(src, "pasted text"):
		return briefs.KindPasted
	}
	return briefs.KindFile
}

// alsoIn lists the other outlets of a merged story, linked when they have
// a web address.
func alsoIn(a briefs.Article) []Part {
	var out []Part
	for _, r := range a.AlsoIn {
		name := text(r.Site)
		u := cleanURL(r.URL)
		if name == "" && isWebLink(u) {
			name = displayURL(u)
			if i := strings.IndexByte(name, '/'); i > 0 {
				name = name[:i]
			}
		}
		if name == "" {
			continue
		}
		p := Part{Text: name}
		if isWebLink(u) {
			p.Link = linkTarget(u)
		}
		out = append(out, p)
	}
	return out
}

// text is single-line text cleaned for any format (emoji kept).
func text(s string) string { return neutral(s, false, maxLineRunes) }

// paragraphText is text that may keep line breaks, cleaned for any format.
func paragraphText(s string) string { return neutral(s, true, maxParagraphRunes) }

// neutral cleans s the way every format needs: valid UTF-8, no controls or
// bidi overrides, single spaces, at most limit runes.
func neutral(s string, keepBreaks bool, limit int) string {
	s, _ = prefix(s, 8*limit)
	return clip(strings.TrimSpace(mdClean(s, keepBreaks)), limit)
}
