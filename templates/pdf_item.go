package templates

import (
	"strings"

	"briefsmith/briefs"
)

// maxShownURL is how many characters of a link the source line shows; the
// link itself always points at the whole address.
const maxShownURL = 72

// item draws one brief item: topic heading when the topic changes, headline,
// source line, the three sections and the key quote.
func (w *writer) item(i int) {
	d, s := w.d, w.s
	it := &w.b.Items[i]
	w.topicHeading(it)
	head := d.wrap([]span{{text: itemHeadline(it), st: s.headline}}, d.width)
	source := d.wrap(w.sourceSpans(it), d.width)
	headH := linesHeight(len(head), s.tightLH(s.headline)) + linesHeight(len(source), s.lh(s.source))
	d.ensure(headH + 3 + s.lh(s.section) + s.minFollow())
	level := 0
	if w.topic != "" { // under the topic heading in force
		level = 1
	}
	d.bookmark(itemHeadline(it), level)
	d.placeLink(w.links[i])
	d.drawLines(head, block{x: d.left, width: d.width, lh: s.tightLH(s.headline), rtl: isRTLParagraph([]span{{text: itemHeadline(it)}})})
	d.space(0.8)
	d.drawLines(source, block{x: d.left, width: d.width, lh: s.lh(s.source)})
	d.space(2.5)
	for _, sec := range briefs.Sections {
		w.section(sec.Title(), it.Summary.Texts(sec))
	}
	w.quote(it.Summary.Quote)
	w.separator(i)
}

// itemHeadline is the summary's headline, else the article's title.
func itemHeadline(it *briefs.Item) string {
	for _, h := range []string{it.Summary.Headline, it.Article.Title} {
		if c := cleanLine(h); c != "" {
			return c
		}
	}
	return "Untitled item"
}

// topicHeading starts a new topic group when the item's topic differs from
// the one in force.
func (w *writer) topicHeading(it *briefs.Item) {
	topic := cleanLine(it.Topic)
	if topic == "" || topic == w.topic {
		return
	}
	w.topic = topic
	d, s := w.d, w.s
	lh := s.tightLH(s.topic)
	d.ensure(lh + 4 + 2*s.tightLH(s.headline) + s.minFollow())
	d.bookmark(topic, 0)
	d.paragraph([]span{{text: strings.ToUpper(topic), st: s.topic}}, block{x: d.left, width: d.width, lh: lh})
	d.rule(d.y()+0.5, 0.35, d.palette.accent)
	d.space(5)
}

// sourceSpans is "Outlet · Byline · 23 Nov 2026 · example.com/path", the
// address linked to the article.
func (w *writer) sourceSpans(it *briefs.Item) []span {
	s := w.s
	a := it.Article
	var spans []span
	add := func(text string, st textStyle, link string) {
		if text == "" {
			return
		}
		if len(spans) > 0 {
			spans = append(spans, span{text: "·", st: s.source, space: true})
		}
		spans = append(spans, span{text: text, st: st, link: link, space: len(spans) > 0})
	}
	add(cleanLine(a.Outlet()), s.source, "")
	add(cleanLine(a.Byline), s.source, "")
	add(shortDate(a.Published), s.source, "")
	if u := cleanURL(a.URL); isWebLink(u) {
		add(clip(displayURL(u), maxShownURL), s.link, linkTarget(u))
	}
	if len(spans) == 0 {
		spans = append(spans, span{text: "Source not recorded", st: s.source})
	}
	return spans
}

// isWebLink reports whether u is an http(s) or mailto address, the only
// kinds worth making clickable.
func isWebLink(u string) bool {
	l := strings.ToLower(u)
	return strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "mailto:")
}

// displayURL drops the scheme and "www." from an address for display.
func displayURL(u string) string {
	for _, p := range []string{"https://", "http://", "mailto:"} {
		if len(u) >= len(p) && strings.EqualFold(u[:len(p)], p) {
			u = u[len(p):]
			break
		}
	}
	return strings.TrimSuffix(strings.TrimPrefix(u, "www."), "/")
}

// section draws a section heading and its points, skipping empty sections.
func (w *writer) section(title string, texts []string) {
	points := cleanPoints(texts)
	if len(points) == 0 {
		return
	}
	d, s := w.d, w.s
	lh := s.lh(s.section)
	d.ensure(lh + float64(min(3, len(points)+1))*s.lh(s.body))
	d.paragraph([]span{{text: w.sectionTitle(title), st: s.section}}, block{x: d.left, width: d.width, lh: lh})
	d.space(0.6)
	for _, p := range points {
		if d.t.Layout.Points == "paragraphs" {
			// One paragraph per point, so that each takes its own direction.
			d.paragraph([]span{{text: p, st: s.body}}, s.bodyBlock(d))
			d.space(0.9)
		} else {
			w.bullet(p)
		}
	}
	d.space(2.6)
}

// cleanPoints sanitises a section's points and drops empty ones.
func cleanPoints(texts []string) []string {
	var out []string
	for _, t := range texts {
		if c := cleanParagraph(t); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// bullet draws one point with a hanging bullet.
func (w *writer) bullet(text string) {
	d, s := w.d, w.s
	indent := 4.5
	spans := []span{{text: text, st: s.body}}
	b := block{x: d.left + indent, width: d.width - indent, lh: s.lh(s.body), rtl: isRTLParagraph(spans)}
	lines := d.wrap(spans, b.width)
	d.ensure(linesHeight(min(2, len(lines)), b.lh))
	markerX := d.left + 0.8
	if b.rtl {
		b.x = d.left
		markerX = d.left + d.width - 2.5
	}
	d.cell(markerX, d.y(), 3, b.lh, s.marker, "•", "")
	d.drawLines(lines, b)
	d.space(0.9)
}

// quote draws the key quotation set apart with a bar, and its speaker.
func (w *writer) quote(q *briefs.Quote) {
	if q == nil {
		return
	}
	text := cleanParagraph(q.Text)
	if text == "" {
		return
	}
	d, s := w.d, w.s
	accent := d.palette.accent
	indent := 8.0
	b := block{x: d.left + indent, width: d.width - 2*indent, lh: s.lh(s.quote), bar: &accent}
	d.ensure(2 * b.lh)
	d.paragraph([]span{{text: "“" + strings.Trim(text, "\"“”„") + "”", st: s.quote}}, b)
	if speaker := cleanLine(q.Speaker); speaker != "" {
		b.lh, b.bar = s.lh(s.speaker), nil
		d.paragraph([]span{{text: "— " + speaker, st: s.speaker}}, b)
	}
	d.space(2.6)
}

// separator draws the hairline between items.
func (w *writer) separator(i int) {
	d := w.d
	if i == len(w.b.Items)-1 {
		return
	}
	d.space(2)
	if d.t.Layout.ItemRule && d.y()+8 < d.bottom {
		d.rule(d.y(), 0.25, d.palette.rule)
	}
	d.space(6)
}
