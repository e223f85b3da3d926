package templates

import (
	"strconv"
	"strings"
	"time"
)

// front draws what comes before the items: a cover page or a title block,
// then the bottom line, the top lines and the contents.
func (w *writer) front() {
	if w.d.t.Layout.Cover {
		w.coverPage()
	} else {
		w.titleBlock()
	}
	w.bottomLine()
	w.topLines()
	w.contents()
}

// full is a full-width block of line height lh.
func (w *writer) full(lh float64) block { return block{x: w.d.left, width: w.d.width, lh: lh} }

// titleBlock draws the top of the first page: the logo, the distribution
// line, the label, the brief title, then the date and names.
func (w *writer) titleBlock() {
	d, s, m := w.d, w.s, w.m
	top := d.y()
	if lw, lh, ok := d.logoSize(); ok {
		x := d.left
		if d.t.Brand.LogoPlace == "right" {
			x = d.left + d.width - lw
		}
		d.logo(x, top, lw)
		if d.t.Brand.LogoPlace == "left" {
			d.setY(top + lh + 4)
		}
	}
	if m.Distribution != "" {
		d.paragraph([]span{{text: strings.ToUpper(cleanLine(m.Distribution)), st: s.alert}}, w.full(s.tightLH(s.alert)))
		d.space(2)
	}
	if label := w.labelLine(); label != "" {
		d.paragraph([]span{{text: label, st: s.label}}, w.full(s.tightLH(s.label)))
		d.space(1.5)
	}
	d.paragraph([]span{{text: cleanLine(m.Title), st: s.title}}, w.full(s.tightLH(s.title)))
	d.space(2.5)
	w.metaLine()
	d.space(3)
	d.rule(d.y(), 0.7, d.palette.accent)
	d.space(7)
}

// labelLine is the caption above the title: the brand name and the label,
// in capitals.
func (w *writer) labelLine() string {
	var parts []string
	for _, p := range []string{w.m.BrandName, w.m.Label} {
		if c := cleanLine(p); c != "" {
			parts = append(parts, strings.ToUpper(c))
		}
	}
	return strings.Join(parts, "  ·  ")
}

// metaLine is the compact "date · prepared by · prepared for" line.
func (w *writer) metaLine() {
	d, s := w.d, w.s
	var spans []span
	add := func(label, value string) {
		if value = cleanLine(value); value == "" {
			return
		}
		if len(spans) > 0 {
			spans = append(spans, span{text: "·", st: s.meta, space: true})
		}
		if label != "" {
			spans = append(spans, span{text: label, st: s.meta, space: len(spans) > 0})
		}
		spans = append(spans, span{text: value, st: s.metaStrong, space: len(spans) > 0})
	}
	add("", w.m.Date)
	add("Prepared by", w.m.PreparedBy)
	add("Prepared for", w.m.PreparedFor)
	if len(spans) > 0 { // always left to right: it starts with the date
		d.drawLines(d.wrap(spans, d.width), w.full(s.lh(s.meta)))
	}
}

// coverPage is a page of its own: logo, brand, label and title a third of
// the way down, then who it is prepared for and by, and the date.
func (w *writer) coverPage() {
	d, s, m := w.d, w.s, w.m
	w.cover = true
	_, pageH := d.pdf.GetPageSize()
	if lw, _, ok := d.logoSize(); ok {
		d.logo(d.left, d.y()+6, lw)
	}
	d.setY(pageH * 0.34)
	if label := w.labelLine(); label != "" {
		d.paragraph([]span{{text: label, st: s.label}}, w.full(s.tightLH(s.label)))
		d.space(3)
	}
	big := s.title
	big.size *= 1.25
	d.paragraph([]span{{text: cleanLine(m.Title), st: big}}, w.full(s.tightLH(big)))
	d.space(5)
	d.rule(d.y(), 0.9, d.palette.accent)
	d.space(8)
	w.coverTable()
	if m.Distribution != "" {
		d.space(10)
		d.paragraph([]span{{text: strings.ToUpper(cleanLine(m.Distribution)), st: s.alert}}, w.full(s.tightLH(s.alert)))
	}
	d.addPage()
}

// coverTable is one labelled row per field.
func (w *writer) coverTable() {
	d, s := w.d, w.s
	rows := [][2]string{{"Prepared for", w.m.PreparedFor}, {"Prepared by", w.m.PreparedBy}, {"Date", w.m.Date}}
	labelW := 34.0
	big := s.metaStrong
	big.size *= 1.2
	for _, row := range rows {
		value := cleanLine(row[1])
		if value == "" {
			continue
		}
		y := d.y()
		d.paragraph([]span{{text: row[0], st: s.meta}}, block{x: d.left, width: labelW, lh: s.lh(big)})
		d.setY(y)
		// Left-aligned even when the value is right-to-left, so the column stays straight.
		b := block{x: d.left + labelW, width: d.width - labelW, lh: s.lh(big)}
		d.drawLines(d.wrap([]span{{text: value, st: big}}, b.width), b)
		d.space(1.5)
	}
}

// bottomLine draws the optional summary paragraph on a tinted panel.
func (w *writer) bottomLine() {
	text := cleanParagraph(w.m.BottomLine)
	if text == "" {
		return
	}
	d, s := w.d, w.s
	panel := d.palette.panel
	pad := 4.0
	b := block{x: d.left + pad, width: d.width - 2*pad, lh: s.lh(s.body), fill: &panel, padX: pad}
	head := block{x: b.x, width: b.width, lh: s.lh(s.section) + 2, fill: &panel, padX: pad}
	body := d.textBlock([]span{{text: text, st: s.body}}, b)
	d.ensure(head.lh + body.height() + 3)
	d.paragraph([]span{{text: w.sectionTitle(d.t.Sections.BottomLine), st: s.section}}, head)
	d.drawLines(body.lines, body.b)
	d.fillRect(d.left, d.y(), d.width, 3, panel)
	d.setY(d.y() + 3)
	d.space(7)
}

// topLines is one line per item, its headline and first point, each linked
// to the item: the reader gets the bottom line first.
func (w *writer) topLines() {
	if !w.d.t.Layout.TopLines || len(w.m.Items) == 0 {
		return
	}
	d, s := w.d, w.s
	blocks := []pblock{w.heading(d.t.Sections.TopLines)}
	for _, it := range w.m.Items {
		spans := []span{{text: cleanLine(it.Headline), st: s.bodyStrong}}
		if it.TopLine != "" {
			spans = append(spans, span{text: "—", st: s.body, space: true}, span{text: cleanParagraph(it.TopLine), st: s.body, space: true})
		}
		blocks = append(blocks, w.numbered(it, spans))
	}
	d.flow(blocks)
	d.space(5)
}

// contents lists the headlines, each linked to its item, when the template
// asks for it and the brief has more than one item.
func (w *writer) contents() {
	if !w.d.t.Layout.Contents || len(w.m.Items) < 2 {
		return
	}
	d, s := w.d, w.s
	blocks := []pblock{w.heading(d.t.Sections.Contents)}
	for _, g := range w.m.Groups {
		for _, it := range g.Items {
			blocks = append(blocks, w.numbered(it, []span{{text: cleanLine(it.Headline), st: s.body}}))
		}
	}
	d.flow(blocks)
	d.space(6)
}

// heading is a section-style heading block that keeps with what follows.
func (w *writer) heading(title string) pblock {
	s := w.s
	h := w.d.textBlock([]span{{text: w.sectionTitle(title), st: s.section}}, w.full(s.lh(s.section)))
	h.keepNext, h.whole, h.after = true, true, 1
	return h
}

// numbered is one numbered line linked to an item's page.
func (w *writer) numbered(it *DocItem, spans []span) pblock {
	d, s := w.d, w.s
	indent := 7.0
	p := d.textBlock(spans, block{x: d.left + indent, width: d.width - indent, lh: s.lh(s.body)})
	p.after, p.whole = 1, true
	p.marker = func(y float64) { d.cell(d.left, y, indent, p.b.lh, s.marker, strconv.Itoa(it.N)+".", "") }
	p.onDrawn = func(y0, y1 float64, p0 int) {
		if d.pdf.PageNo() == p0 {
			d.linkArea(d.left, y0, d.width, y1-y0, w.links[it])
		}
	}
	return p
}

// disclaimer closes the document with the brand's notice in small type.
func (w *writer) disclaimer() {
	text := cleanParagraph(w.m.Disclaimer)
	if text == "" {
		return
	}
	d, s := w.d, w.s
	small := s.source
	small.size = max(small.size, 7.5)
	d.space(6)
	var blocks []pblock
	rule := pblock{h: 3, paint: func(y float64) { d.rule(y, 0.3, d.palette.rule) }, keepNext: true}
	blocks = append(blocks, rule)
	if head := cleanLine(d.t.Sections.Disclaimer); head != "" {
		h := w.heading(head)
		blocks = append(blocks, h)
	}
	blocks = append(blocks, d.textBlock([]span{{text: text, st: small}}, w.full(s.lh(small))))
	d.flow(blocks)
}

// sectionTitle applies the template's capitalisation to a heading.
func (w *writer) sectionTitle(s string) string {
	s = cleanLine(s)
	if w.d.t.Layout.SectionCaps {
		return strings.ToUpper(s)
	}
	return s
}

// expand fills a running header or footer's placeholders; a text whose
// placeholders were all empty comes back "".
func (w *writer) expand(pattern string) string {
	vals := map[string]string{"{title}": w.m.Title, "{date}": w.m.Date, "{brand}": w.m.BrandName,
		"{banner}": w.m.Banner, "{template}": w.m.T.Title,
		"{page}": strconv.Itoa(w.d.pdf.PageNo()), "{pages}": pageCountAlias}
	out, any, filled := pattern, false, false
	for k, v := range vals {
		if strings.Contains(out, k) {
			any = true
			filled = filled || v != ""
			out = strings.ReplaceAll(out, k, cleanLine(v))
		}
	}
	if any && !filled {
		return ""
	}
	return strings.Join(strings.Fields(out), " ")
}

// runningHeader draws the banner on every page and the header text on
// every page after the first (and after the cover).
func (w *writer) runningHeader() {
	d, s := w.d, w.s
	_, top, _, _ := d.pdf.GetMargins()
	if b := cleanLine(w.m.Banner); b != "" {
		st := s.alert
		st.size = s.footer.size + 0.5
		bw := d.textWidth(st, strings.ToUpper(b))
		d.cell(d.left+(d.width-bw)/2, 3.5, bw, 4, st, strings.ToUpper(b), "")
	}
	if d.pdf.PageNo() >= 2 && !(w.cover && d.pdf.PageNo() == 1) {
		y := max(top-9, 8) // below the banner, above the text even at the smallest top margin
		w.sides(y, d.t.Header)
		d.rule(min(y+5.5, top-0.8), 0.2, d.palette.rule)
	}
	d.setY(top)
}

// footer draws the footer text over a hairline.
func (w *writer) footer() {
	d := w.d
	_, pageH := d.pdf.GetPageSize()
	y := pageH - d.t.Page.MarginMM + 6
	d.rule(y-1.5, 0.2, d.palette.rule)
	w.sides(y, d.t.Footer)
}

// sides draws a running line's left and right texts at y.
func (w *writer) sides(y float64, r Running) {
	d, s := w.d, w.s
	right := clip(w.expand(r.Right), 60)
	// The page-count alias is measured as written; digits of the same count stand in.
	est := strings.ReplaceAll(right, pageCountAlias, strings.Repeat("0", len(strconv.Itoa(d.pdf.PageNo()))))
	rw := d.textWidth(s.footer, est)
	if left := w.expand(r.Left); left != "" {
		d.cell(d.left, y, d.width-rw-4, 5, s.footer, clipWidth(d, s.footer, left, d.width-rw-6), "")
	}
	if right != "" {
		d.cell(d.left+d.width-rw, y, rw, 5, s.footer, right, "")
	}
}

// clipWidth shortens s with an ellipsis until it is at most width wide.
func clipWidth(d *doc, st textStyle, s string, width float64) string {
	for n := len([]rune(s)); n > 1 && d.textWidth(st, s) > width; n-- {
		s = clip(s, n-1)
	}
	return s
}

// longDate writes a YYYY-MM-DD date as "Monday 23 November 2026"; anything
// else comes back cleaned but unchanged.
func longDate(iso string) string {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return text(iso)
	}
	return t.Format("Monday 2 January 2006")
}

// shortDate writes a time as "23 Nov 2026", or "" for the zero time.
func shortDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2 Jan 2006")
}
