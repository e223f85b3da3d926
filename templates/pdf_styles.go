package templates

// styles are the text styles of a template, one per part of the page.
type styles struct {
	label, title, meta, metaStrong, alert    textStyle
	topic, headline, source, link, section   textStyle
	body, bodyStrong, quote, speaker, footer textStyle
	marker                                   textStyle
	spacing                                  float64 // line height as a multiple of the font size
}

// newStyles derives the styles from a template's fonts, sizes and colours.
func newStyles(t Template, p palette) styles {
	h, b, z := t.Fonts.Heading, t.Fonts.Body, t.Sizes
	return styles{
		label:      textStyle{family: h, bold: true, size: z.Label, color: p.accent},
		title:      textStyle{family: h, bold: true, size: z.Title, color: p.heading},
		meta:       textStyle{family: h, size: z.Meta, color: p.muted},
		metaStrong: textStyle{family: h, bold: true, size: z.Meta, color: p.text},
		alert:      textStyle{family: h, bold: true, size: z.Meta, color: p.alert},
		topic:      textStyle{family: h, bold: true, size: z.Topic, color: p.accent},
		headline:   textStyle{family: h, bold: true, size: z.Headline, color: p.heading},
		source:     textStyle{family: h, size: z.Source, color: p.muted},
		link:       textStyle{family: h, size: z.Source, color: p.accent},
		section:    textStyle{family: h, bold: true, size: z.Section, color: p.accent},
		body:       textStyle{family: b, size: z.Body, color: p.text},
		bodyStrong: textStyle{family: b, bold: true, size: z.Body, color: p.heading},
		quote:      textStyle{family: b, italic: true, size: z.Quote, color: p.heading},
		speaker:    textStyle{family: h, size: z.Source, color: p.muted},
		footer:     textStyle{family: h, size: z.Footer, color: p.muted},
		marker:     textStyle{family: h, bold: true, size: z.Body, color: p.accent},
		spacing:    z.LineSpacing,
	}
}

// lh is the line height of st under the template's spacing, in mm.
func (s styles) lh(st textStyle) float64 { return st.lineHeight(s.spacing) }

// tightLH is a line height for headings, which need less leading than body.
func (s styles) tightLH(st textStyle) float64 { return st.lineHeight(1.22) }

// bodyBlock is a full-width block of body text.
func (s styles) bodyBlock(d *doc) block {
	return block{x: d.left, width: d.width, lh: s.lh(s.body)}
}
