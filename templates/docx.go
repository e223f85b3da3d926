package templates

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"image"
	"io"
	"strings"
	"time"

	"briefsmith/briefs"
)

// docxRenderer writes a brief as a Word document.
type docxRenderer struct {
	t    Template
	opts Options
}

// NewDOCX returns a renderer that writes a brief as an Office Open XML
// (.docx) document written by hand: real Title and Heading 1–3 styles
// (topics, items, sections), bullet and number lists, clickable links,
// bookmarks the top lines link to, the logo embedded, the banner in the
// page header, core properties, and font hints so that Chinese, Japanese,
// Korean, Arabic and Hebrew text gets suitable fonts and direction.
func NewDOCX(t Template, opts Options) briefs.Renderer {
	return &docxRenderer{t: t, opts: opts}
}

// docxWriter builds document.xml and collects the relationships it needs.
type docxWriter struct {
	body  strings.Builder
	doc   *Document
	rels  []docxRel
	bmark int // last bookmark id
}

// docxRel is one relationship of document.xml.
type docxRel struct {
	id, typ, target string
	external        bool
}

const (
	relNS        = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	relHyperlink = relNS + "/hyperlink"
	relImage     = relNS + "/image"
	emuPerMM     = 36000
	twipPerMM    = 56.6929
)

// Render writes b to w as a .docx file.
func (r *docxRenderer) Render(ctx context.Context, w io.Writer, b *briefs.Brief) error {
	doc, err := prepare(r.t, r.opts, b)
	if err != nil {
		return fmt.Errorf("render docx: %w", err)
	}
	dw := &docxWriter{doc: doc}
	dw.front()
	for _, g := range doc.Groups {
		if g.Heading != "" {
			dw.para("Heading1", g.Heading, dw.runs(g.Heading, ""))
		}
		for _, it := range g.Items {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("render docx: %w", err)
			}
			dw.item(it)
		}
	}
	dw.disclaimer()
	data, err := dw.pack(r.opts)
	if err != nil {
		return fmt.Errorf("render docx: %w", err)
	}
	if _, err := w.Write(data); err != nil {
		return fmt.Errorf("render docx: %w", err)
	}
	return nil
}

// x escapes text for XML, dropping characters XML cannot hold.
func x(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\t' || r == '\n' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// rel adds a relationship and returns its id.
func (dw *docxWriter) rel(typ, target string, external bool) string {
	id := fmt.Sprintf("rId%d", len(dw.rels)+10)
	dw.rels = append(dw.rels, docxRel{id: id, typ: typ, target: target, external: external})
	return id
}

// para writes a paragraph of style; it reads right to left when dirText,
// its text, starts with a right-to-left letter.
func (dw *docxWriter) para(style, dirText, runs string) {
	bidi := ""
	if isRTLParagraph([]span{{text: dirText}}) {
		bidi = "<w:bidi/>"
	}
	fmt.Fprintf(&dw.body, `<w:p><w:pPr><w:pStyle w:val="%s"/>%s</w:pPr>%s</w:p>`, style, bidi, runs)
	dw.body.WriteString("\n")
}

// runs splits text into runs by script, so that right-to-left words get
// w:rtl and CJK words the East Asian font hint; rpr is added to each.
func (dw *docxWriter) runs(s, rpr string) string {
	var b strings.Builder
	for _, seg := range scriptSegments(s) {
		props := rpr
		switch seg.class {
		case 'r':
			props += "<w:rtl/>"
		case 'c':
			props = withEastAsiaHint(props)
		}
		for i, part := range strings.Split(seg.text, "\n") {
			if i > 0 {
				b.WriteString("<w:r><w:br/></w:r>")
			}
			if part != "" {
				fmt.Fprintf(&b, `<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>`, props, x(part))
			}
		}
	}
	return b.String()
}

// segment is a run of text in one script class: 'r' right to left, 'c'
// CJK, 'l' anything else.
type segment struct {
	text  string
	class byte
}

// scriptSegments groups the words of s by script class, spaces going with
// the word before them.
func scriptSegments(s string) []segment {
	var out []segment
	for _, w := range strings.SplitAfter(s, " ") {
		c := byte('l')
		switch {
		case hasSemitic(w):
			c = 'r'
		case hasCJK(w):
			c = 'c'
		}
		if n := len(out); n > 0 && (out[n-1].class == c || strings.TrimSpace(w) == "") {
			out[n-1].text += w
			continue
		}
		out = append(out, segment{text: w, class: c})
	}
	return out
}

// link is a hyperlink to an address (external) or to a bookmark.
func (dw *docxWriter) link(textRuns, url, anchor string) string {
	if anchor != "" {
		return fmt.Sprintf(`<w:hyperlink w:anchor="%s">%s</w:hyperlink>`, anchor, textRuns)
	}
	return fmt.Sprintf(`<w:hyperlink r:id="%s">%s</w:hyperlink>`, dw.rel(relHyperlink, url, true), textRuns)
}

func (dw *docxWriter) front() {
	d := dw.doc
	dw.logo()
	if d.Distribution != "" {
		dw.para("Banner", d.Distribution, dw.runs(strings.ToUpper(d.Distribution), ""))
	}
	if label := strings.Join(nonEmpty(d.BrandName, d.Label), " · "); label != "" {
		dw.para("Label", label, dw.runs(strings.ToUpper(label), ""))
	}
	dw.para("Title", d.Title, dw.runs(d.Title, ""))
	for _, row := range [][2]string{{"Prepared for", d.PreparedFor}, {"Prepared by", d.PreparedBy}, {"Date", d.Date}} {
		if row[1] != "" {
			dw.para("Meta", row[0], dw.runs(row[0]+": ", "")+dw.runs(row[1], "<w:b/>"))
		}
	}
	if d.T.Layout.Cover {
		dw.body.WriteString(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>` + "\n")
	}
	if d.BottomLine != "" {
		dw.para("BottomLine", d.T.Sections.BottomLine, dw.runs(text(d.T.Sections.BottomLine)+": ", "<w:b/>")+dw.runs(d.BottomLine, ""))
	}
	dw.list(d.T.Layout.TopLines, d.T.Sections.TopLines, true)
	dw.list(d.T.Layout.Contents && len(d.Items) > 1, d.T.Sections.Contents, false)
}

// list writes the top lines (with first points) or the contents, each
// entry linked to its item's bookmark.
func (dw *docxWriter) list(show bool, heading string, withPoint bool) {
	d := dw.doc
	if !show || len(d.Items) == 0 {
		return
	}
	dw.para("ListHeading", heading, dw.runs(dw.caps(heading), ""))
	for _, it := range d.Items {
		runs := dw.link(dw.runs(it.Headline, `<w:b/>`), "", fmt.Sprintf("item_%d", it.N))
		if withPoint && it.TopLine != "" {
			runs += dw.runs(" — "+strings.ReplaceAll(it.TopLine, "\n", " "), "")
		}
		dw.para("ListNumber", it.Headline, runs)
	}
}

// caps applies the template's capitalisation to a heading.
func (dw *docxWriter) caps(s string) string {
	if s = text(s); dw.doc.T.Layout.SectionCaps {
		return strings.ToUpper(s)
	}
	return s
}

func (dw *docxWriter) item(it *DocItem) {
	d := dw.doc
	dw.bmark++
	name := fmt.Sprintf("item_%d", it.N)
	fmt.Fprintf(&dw.body, `<w:p><w:pPr><w:pStyle w:val="Heading2"/>%s</w:pPr><w:bookmarkStart w:id="%d" w:name="%s"/>%s<w:bookmarkEnd w:id="%d"/></w:p>`+"\n",
		map[bool]string{true: "<w:bidi/>"}[it.RTL], dw.bmark, name, dw.runs(it.Headline, ""), dw.bmark)
	dw.para("Source", "", dw.parts(it.Source, d.T.Source.Separator))
	if len(it.AlsoIn) > 0 {
		dw.para("Source", "", dw.runs(text(d.T.Source.AlsoIn)+": ", "")+dw.parts(it.AlsoIn, ", "))
	}
	for _, sec := range it.Sections {
		dw.para("Heading3", sec.Title, dw.runs(dw.caps(sec.Title), ""))
		style := "ListBullet"
		if d.T.Layout.Points == "paragraphs" {
			style = "BodyText"
		}
		for _, p := range sec.Points {
			dw.para(style, p, dw.runs(p, ""))
		}
	}
	if q := it.Quote; q != nil {
		dw.para("Quote", q.Text, dw.runs("“"+q.Text+"”", ""))
		if q.Speaker != "" {
			dw.para("Speaker", q.Speaker, dw.runs("— "+q.Speaker, ""))
		}
	}
}

// parts writes source parts, links clickable.
func (dw *docxWriter) parts(parts []Part, sep string) string {
	if len(parts) == 0 {
		return dw.runs("Source not recorded", "")
	}
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteString(dw.runs(sep, ""))
		}
		if p.Link != "" {
			b.WriteString(dw.link(dw.runs(p.Text, `<w:rStyle w:val="Hyperlink"/>`), p.Link, ""))
		} else {
			b.WriteString(dw.runs(p.Text, ""))
		}
	}
	return b.String()
}

func (dw *docxWriter) disclaimer() {
	d := dw.doc
	if d.Disclaimer == "" {
		return
	}
	if h := text(d.T.Sections.Disclaimer); h != "" {
		dw.para("DisclaimerHeading", h, dw.runs(h, ""))
	}
	dw.para("Disclaimer", d.Disclaimer, dw.runs(d.Disclaimer, ""))
}

// logo embeds the logo as an inline picture at the template's width.
func (dw *docxWriter) logo() {
	t := dw.doc.T
	if len(t.logo) == 0 || t.Brand.LogoPlace == "none" {
		return
	}
	kind, err := logoKind(t.logo)
	if err != nil {
		return // checked when the template or brand was loaded
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(t.logo))
	if err != nil || cfg.Width == 0 {
		return
	}
	target := map[string]string{"PNG": "media/logo.png", "JPG": "media/logo.jpeg"}[kind]
	id := dw.rel(relImage, target, false)
	cx := int(t.Brand.LogoWidthMM * emuPerMM)
	cy := cx * cfg.Height / cfg.Width
	jc := map[string]string{"left": "left", "right": "right"}[t.Brand.LogoPlace]
	fmt.Fprintf(&dw.body, `<w:p><w:pPr><w:jc w:val="%s"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/><wp:docPr id="1" name="Logo" descr="%s"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="logo"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`+"\n",
		jc, cx, cy, x(nonEmptyOr(dw.doc.BrandName, "Logo")), id, cx, cy)
}

// running is a header or footer's paragraph: {page} and {pages} become
// PAGE and NUMPAGES fields, the other placeholders their values.
func (dw *docxWriter) running(r Running, banner bool) string {
	d := dw.doc
	vals := strings.NewReplacer("{title}", d.Title, "{date}", d.Date, "{brand}", d.BrandName, "{banner}", d.Banner, "{template}", d.T.Title)
	field := func(name string) string {
		return fmt.Sprintf(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`, name)
	}
	side := func(s string) string {
		var b strings.Builder
		for i, seg := range strings.Split(s, "{pages}") {
			if i > 0 {
				b.WriteString(field("NUMPAGES"))
			}
			for j, sub := range strings.Split(seg, "{page}") {
				if j > 0 {
					b.WriteString(field("PAGE"))
				}
				b.WriteString(dw.runs(keepEdgeSpaces(sub, strings.Join(strings.Fields(vals.Replace(sub)), " ")), ""))
			}
		}
		return b.String()
	}
	var out strings.Builder
	if banner && d.Banner != "" {
		fmt.Fprintf(&out, `<w:p><w:pPr><w:pStyle w:val="Banner"/><w:jc w:val="center"/></w:pPr>%s</w:p>`, dw.runs(strings.ToUpper(d.Banner), ""))
	}
	fmt.Fprintf(&out, `<w:p><w:pPr><w:pStyle w:val="Running"/><w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs></w:pPr>%s<w:r><w:tab/></w:r>%s</w:p>`,
		int(dw.textWidthMM()*twipPerMM), side(r.Left), side(r.Right))
	return out.String()
}

// textWidthMM is the width between the margins.
func (dw *docxWriter) textWidthMM() float64 {
	w, _, _ := pageSize(dw.doc.T.Page.Size)
	return w - 2*dw.doc.T.Page.MarginMM
}

// docxTime is the time written into the package: fixed when deterministic.
func docxTime(opts Options) time.Time {
	if opts.Deterministic {
		return deterministicDate()
	}
	return time.Now().UTC().Truncate(time.Second)
}

// pack zips the parts into the .docx package.
func (dw *docxWriter) pack(opts Options) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	when := docxTime(opts)
	for _, f := range dw.files(when) {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: when})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(f.data); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

type docxFile struct {
	name string
	data []byte
}

// files are the package's parts, in a fixed order.
func (dw *docxWriter) files(when time.Time) []docxFile {
	t := dw.doc.T
	files := []docxFile{
		{"[Content_Types].xml", []byte(docxContentTypes)},
		{"_rels/.rels", []byte(docxRootRels)},
		{"docProps/core.xml", []byte(dw.coreXML(when))},
		{"docProps/app.xml", []byte(docxAppXML)},
		{"word/document.xml", []byte(dw.documentXML())},
		{"word/styles.xml", []byte(docxStyles(t))},
		{"word/numbering.xml", []byte(docxNumbering)},
		{"word/header1.xml", []byte(docxPart("hdr", dw.running(t.Header, true)))},
		{"word/footer1.xml", []byte(docxPart("ftr", dw.running(t.Footer, false)))},
		{"word/_rels/document.xml.rels", []byte(dw.relsXML())},
	}
	for _, r := range dw.rels {
		if r.typ == relImage {
			files = append(files, docxFile{"word/" + r.target, t.logo})
		}
	}
	return files
}

func (dw *docxWriter) documentXML() string {
	t := dw.doc.T
	w, h, _ := pageSize(t.Page.Size)
	m := t.Page.MarginMM
	tw := func(mm float64) int { return int(mm * twipPerMM) }
	return xmlHeader + `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="` + relNS + `" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:body>` + "\n" +
		dw.body.String() +
		fmt.Sprintf(`<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:footerReference w:type="default" r:id="rId3"/><w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" w:gutter="0"/></w:sectPr>`,
			tw(w), tw(h), tw(t.Page.TopMargin+4), tw(m), tw(m+4), tw(m), tw(8), tw(8)) +
		"</w:body></w:document>\n"
}

func (dw *docxWriter) relsXML() string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	b.WriteString(`<Relationship Id="rId1" Type="` + relNS + `/styles" Target="styles.xml"/>`)
	b.WriteString(`<Relationship Id="rId2" Type="` + relNS + `/header" Target="header1.xml"/>`)
	b.WriteString(`<Relationship Id="rId3" Type="` + relNS + `/footer" Target="footer1.xml"/>`)
	b.WriteString(`<Relationship Id="rId4" Type="` + relNS + `/numbering" Target="numbering.xml"/>`)
	for _, r := range dw.rels {
		mode := ""
		if r.external {
			mode = ` TargetMode="External"`
		}
		fmt.Fprintf(&b, `<Relationship Id="%s" Type="%s" Target="%s"%s/>`, r.id, r.typ, x(r.target), mode)
	}
	b.WriteString("</Relationships>\n")
	return b.String()
}

func (dw *docxWriter) coreXML(when time.Time) string {
	d := dw.doc
	ts := when.Format(time.RFC3339)
	return xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + x(d.Title) + `</dc:title><dc:subject>` + x(documentSubject(d)) + `</dc:subject><dc:creator>` + x(documentAuthor(d)) + `</dc:creator>` +
		`<cp:keywords>` + x(strings.Join(d.Keywords, ", ")) + `</cp:keywords><dc:language>` + x(d.Language) + `</dc:language>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">` + ts + `</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">` + ts + `</dcterms:modified>` +
		"</cp:coreProperties>\n"
}

func docxPart(tag, body string) string {
	return xmlHeader + `<w:` + tag + ` xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="` + relNS + `">` + body + `</w:` + tag + ">\n"
}

// keepEdgeSpaces puts back the single space s had at either end around
// its collapsed form c, so that "Page {page} of {pages}" keeps its spaces
// beside the fields.
func keepEdgeSpaces(s, c string) string {
	if c == "" {
		return ""
	}
	if strings.HasPrefix(s, " ") {
		c = " " + c
	}
	if strings.HasSuffix(s, " ") {
		c += " "
	}
	return c
}

// withEastAsiaHint adds the East Asian font hint to run properties, after
// a character style if there is one: Word insists on the schema's order.
func withEastAsiaHint(rpr string) string {
	const hint = `<w:rFonts w:hint="eastAsia"/>`
	if strings.HasPrefix(rpr, "<w:rStyle ") {
		if i := strings.Index(rpr, "/>"); i >= 0 {
			return rpr[:i+2] + hint + rpr[i+2:]
		}
	}
	return hint + rpr
}
