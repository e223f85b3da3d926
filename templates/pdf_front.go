package templates

import (
	"strconv"
	"strings"
	"time"
)

// titleBlock draws the top of the first page: the distribution line, the
// template's label, the brief title, then the date and names.
func (w *writer) titleBlock() {
	d, s := w.d, w.s
	if dist := cleanLine(w.b.Distribution); dist != "" {
		d.paragraph([]span{{text: strings.ToUpper(dist), st: s.alert}}, block{x: d.left, width: d.width, lh: s.tightLH(s.alert)})
		d.space(2)
	}
	if label := cleanLine(d.t.Label); label != "" {
		d.paragraph([]span{{text: label, st: s.label}}, block{x: d.left, width: d.width, lh: s.tightLH(s.label)})
		d.space(1.5)
	}
	d.paragraph([]span{{text: w.title, st: s.title}}, block{x: d.left, width: d.width, lh: s.tightLH(s.title)})
	d.space(2.5)
	if d.t.Layout.Cover {
		w.coverTable()
	} else {
		w.metaLine()
	}
	d.space(3)
	d.rule(d.y(), 0.7, d.palette.accent)
	d.space(7)
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
	add("", longDate(w.b.Date))
	add("Prepared by", w.b.PreparedBy)
	add("Prepared for", w.b.PreparedFor)
	if len(spans) > 0 { // always left to right: it starts with the date
		d.drawLines(d.wrap(spans, d.width), block{x: d.left, width: d.width, lh: s.lh(s.meta)})
	}
}

// coverTable is the formal cover block: one labelled row per field.
func (w *writer) coverTable() {
	d, s := w.d, w.s
	rows := [][2]string{
		{"Prepared for", w.b.PreparedFor},
		{"Prepared by", w.b.PreparedBy},
		{"Date", longDate(w.b.Date)},
	}
	labelW := 32.0
	for _, row := range rows {
		value := cleanLine(row[1])
		if value == "" {
			continue
		}
		y := d.y()
		d.paragraph([]span{{text: row[0], st: s.meta}}, block{x: d.left, width: labelW, lh: s.lh(s.metaStrong)})
		d.setY(y)
		// Left-aligned even when the value is right-to-left, so the column stays straight.
		b := block{x: d.left + labelW, width: d.width - labelW, lh: s.lh(s.metaStrong)}
		d.drawLines(d.wrap([]span{{text: value, st: s.metaStrong}}, b.width), b)
	}
}

// bottomLine draws the optional summary paragraph on a tinted panel.
func (w *writer) bottomLine() {
	text := cleanParagraph(w.b.BottomLine)
	if text == "" {
		return
	}
	d, s := w.d, w.s
	panel := d.palette.panel
	pad := 4.0
	b := block{x: d.left + pad, width: d.width - 2*pad, lh: s.lh(s.body), fill: &panel, padX: pad}
	head := block{x: b.x, width: b.width, lh: s.lh(s.section) + 2, fill: &panel, padX: pad}
	d.ensure(head.lh + 3*b.lh)
	d.paragraph([]span{{text: w.sectionTitle("Bottom line"), st: s.section}}, head)
	d.paragraph([]span{{text: text, st: s.body}}, b)
	d.fillRect(d.left, d.y(), d.width, 3, panel)
	d.setY(d.y() + 3)
	d.space(7)
}

// contents lists the headlines, each linked to its item, when the template
// asks for it and the brief has more than one item.
func (w *writer) contents() {
	d, s := w.d, w.s
	w.links = make([]int, len(w.b.Items))
	for i := range w.links {
		w.links[i] = d.newLink()
	}
	if !d.t.Layout.Contents || len(w.b.Items) < 2 {
		return
	}
	d.ensure(s.lh(s.section) + s.minFollow())
	d.paragraph([]span{{text: w.sectionTitle("In this brief"), st: s.section}}, block{x: d.left, width: d.width, lh: s.lh(s.section)})
	d.space(1)
	for i := range w.b.Items {
		w.contentsEntry(i)
	}
	d.space(6)
}

// contentsEntry is one numbered, linked line of the contents list.
func (w *writer) contentsEntry(i int) {
	d, s := w.d, w.s
	num := strconv.Itoa(i+1) + "."
	indent := 7.0
	b := block{x: d.left + indent, width: d.width - indent, lh: s.lh(s.body)}
	lines := d.wrap([]span{{text: itemHeadline(&w.b.Items[i]), st: s.body}}, b.width)
	d.ensure(linesHeight(len(lines), b.lh))
	y0, p0 := d.y(), d.pdf.PageNo()
	d.cell(d.left, y0, indent, b.lh, s.marker, num, "")
	b.rtl = isRTLParagraph([]span{{text: itemHeadline(&w.b.Items[i])}})
	d.drawLines(lines, b)
	if d.pdf.PageNo() == p0 {
		d.linkArea(d.left, y0, d.width, d.y()-y0, w.links[i])
	}
}

// sectionTitle applies the template's capitalisation to a heading.
func (w *writer) sectionTitle(s string) string {
	if w.d.t.Layout.SectionCaps {
		return strings.ToUpper(s)
	}
	return s
}

// runningHeader repeats the brief's title and date on every page but the
// first, above the top margin.
func (w *writer) runningHeader() {
	d, s := w.d, w.s
	if d.pdf.PageNo() < 2 {
		return
	}
	_, top, _, _ := d.pdf.GetMargins()
	y := top - 10
	title := clip(w.title, 90)
	d.cell(d.left, y, d.width, 5, s.footer, title, "")
	date := longDate(w.b.Date)
	dw := d.textWidth(s.footer, date)
	d.cell(d.left+d.width-dw, y, dw, 5, s.footer, date, "")
	d.rule(y+6, 0.2, d.palette.rule)
	d.setY(top)
}

// footer shows the distribution line and "Page X of Y".
func (w *writer) footer() {
	d, s := w.d, w.s
	_, pageH := d.pdf.GetPageSize()
	y := pageH - d.t.Page.MarginMM + 6
	d.rule(y-1.5, 0.2, d.palette.rule)
	left := clip(w.title, 80)
	if dist := cleanLine(w.b.Distribution); dist != "" {
		left = clip(strings.ToUpper(dist), 60) + "  ·  " + left
	}
	d.cell(d.left, y, d.width-30, 5, s.footer, clip(left, 110), "")
	page := "Page " + strconv.Itoa(d.pdf.PageNo()) + " of " + pageCountAlias
	// The alias is measured as written; use digits of the same count instead.
	est := strings.Replace(page, pageCountAlias, strings.Repeat("0", len(strconv.Itoa(d.pdf.PageNo()))), 1)
	pw := d.textWidth(s.footer, est)
	d.cell(d.left+d.width-pw, y, pw, 5, s.footer, page, "")
}

// longDate writes a YYYY-MM-DD date as "Monday 23 November 2026"; anything
// else comes back cleaned but unchanged.
func longDate(iso string) string {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return cleanLine(iso)
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
