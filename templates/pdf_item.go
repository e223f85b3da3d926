package templates

import (
	"strings"

	"briefsmith/briefs"
)

// maxShownURL is how many characters of a link the source line shows; the
// link itself always points at the whole address.
const maxShownURL = 72

// item lays out one item, under its group's heading when it is the group's
// first. Every part is measured first and placed by flow, so that no
// heading, quote or last lines are left alone at the foot or top of a page.
func (w *writer) item(it *DocItem, heading string) {
	d := w.d
	var blocks []pblock
	if heading != "" {
		blocks = append(blocks, w.topicBlocks(heading)...)
	}
	blocks = append(blocks, w.headBlocks(it, heading != "")...)
	for _, sec := range it.Sections {
		blocks = append(blocks, w.sectionBlocks(sec)...)
	}
	blocks = append(blocks, w.quoteBlocks(it.Quote)...)
	d.flow(blocks)
	w.separator(it)
}

// topicBlocks are a topic heading and its rule.
func (w *writer) topicBlocks(topic string) []pblock {
	d, s := w.d, w.s
	h := d.textBlock([]span{{text: strings.ToUpper(cleanLine(topic)), st: s.topic}}, w.full(s.tightLH(s.topic)))
	h.keepNext, h.whole = true, true
	h.onPlace = func() { d.bookmark(topic, 0) }
	r := pblock{h: 5, keepNext: true, paint: func(y float64) { d.rule(y+0.5, 0.35, d.palette.accent) }}
	return []pblock{h, r}
}

// headBlocks are the headline (with its bookmark and link target) and the
// source lines.
func (w *writer) headBlocks(it *DocItem, underTopic bool) []pblock {
	d, s := w.d, w.s
	level := 0
	if underTopic || w.inTopic(it) {
		level = 1
	}
	head := d.textBlock([]span{{text: cleanLine(it.Headline), st: s.headline}}, block{x: d.left, width: d.width, lh: s.tightLH(s.headline), rtl: it.RTL})
	head.keepNext, head.whole, head.after = true, true, 0.8
	head.onPlace = func() {
		d.bookmark(it.Headline, level)
		d.placeLink(w.links[it])
	}
	src := d.textBlock(w.partSpans(it.Source, ""), w.full(s.lh(s.source)))
	src.keepNext, src.whole = true, true
	out := []pblock{head, src}
	if len(it.AlsoIn) > 0 {
		also := d.textBlock(w.partSpans(it.AlsoIn, d.t.Source.AlsoIn), w.full(s.lh(s.source)))
		also.keepNext, also.whole = true, true
		out = append(out, also)
	}
	out[len(out)-1].after = 2.5 * w.k()
	return out
}

// k scales vertical spacing with the body text: 1 at 10 pt and 1.38 leading,
// less for a compact template.
func (w *writer) k() float64 { return w.s.lh(w.s.body) / 4.87 }

// inTopic reports whether it belongs to a group with a heading.
func (w *writer) inTopic(it *DocItem) bool {
	for _, g := range w.m.Groups {
		for _, x := range g.Items {
			if x == it {
				return g.Heading != ""
			}
		}
	}
	return false
}

// partSpans joins source parts with the template's separator; label, when
// set, leads the line ("Also in: …", parts joined by commas).
func (w *writer) partSpans(parts []Part, label string) []span {
	s := w.s
	sep := strings.TrimSpace(w.d.t.Source.Separator)
	var spans []span
	if label != "" {
		spans = append(spans, span{text: cleanLine(label) + ":", st: s.source})
		sep = ","
	}
	for i, p := range parts {
		st := s.source
		if p.Link != "" {
			st = s.link
		}
		if i > 0 && sep == "," {
			spans[len(spans)-1].text += ","
		} else if i > 0 {
			spans = append(spans, span{text: sep, st: s.source, space: true})
		}
		spans = append(spans, span{text: cleanLine(p.Text), st: st, link: p.Link, space: len(spans) > 0})
	}
	if len(spans) == 0 {
		spans = append(spans, span{text: "Source not recorded", st: s.source})
	}
	return spans
}

// itemHeadline is the summary's headline, else the article's title.
func itemHeadline(it *briefs.Item) string {
	for _, h := range []string{it.Summary.Headline, it.Article.Title} {
		if c := text(h); c != "" {
			return c
		}
	}
	return "Untitled item"
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

// sectionBlocks are a section heading and its points.
func (w *writer) sectionBlocks(sec DocSection) []pblock {
	d, s := w.d, w.s
	h := d.textBlock([]span{{text: w.sectionTitle(sec.Title), st: s.section}}, w.full(s.lh(s.section)))
	h.keepNext, h.whole, h.after = true, true, 0.6
	out := []pblock{h}
	for _, p := range sec.Points {
		if d.t.Layout.Points == "paragraphs" {
			// One paragraph per point, so that each takes its own direction.
			b := d.textBlock([]span{{text: cleanParagraph(p), st: s.body}}, s.bodyBlock(d))
			b.after = 0.9
			out = append(out, b)
		} else {
			out = append(out, w.bullet(cleanParagraph(p)))
		}
	}
	out[len(out)-1].after = 2.6 * w.k()
	return out
}

// bullet is one point with a hanging bullet.
func (w *writer) bullet(text string) pblock {
	d, s := w.d, w.s
	indent := 4.5
	p := d.textBlock([]span{{text: text, st: s.body}}, block{x: d.left + indent, width: d.width - indent, lh: s.lh(s.body)})
	markerX := d.left + 0.8
	if p.b.rtl {
		p.b.x = d.left
		markerX = d.left + d.width - 2.5
	}
	p.marker = func(y float64) { d.cell(markerX, y, 3, p.b.lh, s.marker, "•", "") }
	p.after = 0.9
	return p
}

// quoteBlocks are the key quotation set apart with a bar, and its speaker;
// a quote of up to six lines is never split, and never leaves its speaker.
func (w *writer) quoteBlocks(q *DocQuote) []pblock {
	if q == nil {
		return nil
	}
	d, s := w.d, w.s
	accent := d.palette.accent
	indent := 8.0
	b := block{x: d.left + indent, width: d.width - 2*indent, lh: s.lh(s.quote), bar: &accent}
	qb := d.textBlock([]span{{text: "“" + cleanParagraph(q.Text) + "”", st: s.quote}}, b)
	qb.whole, qb.before, qb.after = len(qb.lines) <= 6, 0.5, 2.6
	if speaker := cleanLine(q.Speaker); speaker != "" {
		qb.keepNext, qb.after = true, 0
		b.lh, b.bar = s.lh(s.speaker), nil
		sp := d.textBlock([]span{{text: "— " + speaker, st: s.speaker}}, b)
		sp.whole, sp.after = true, 2.6
		return []pblock{qb, sp}
	}
	return []pblock{qb}
}

// separator draws the hairline between items.
func (w *writer) separator(it *DocItem) {
	d := w.d
	if it.N == len(w.m.Items) {
		return
	}
	k := w.k() * w.k() // compact templates save most between items
	d.space(2 * k)
	if d.t.Layout.ItemRule && d.y()+8 < d.bottom && !d.atTop() {
		d.rule(d.y(), 0.25, d.palette.rule)
	}
	d.space(6 * k)
}
