package templates

import (
	"fmt"
	"strings"
)

// The fixed parts of a .docx package.

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const docxContentTypes = xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Default Extension="png" ContentType="image/png"/>` +
	`<Default Extension="jpeg" ContentType="image/jpeg"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
	`<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
	`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
	"</Types>\n"

const docxRootRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
	"</Relationships>\n"

const docxAppXML = xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Briefsmith</Application></Properties>` + "\n"

// docxNumbering defines the bullet list (numId 1) and the numbered list
// (numId 2) the ListBullet and ListNumber styles use.
const docxNumbering = xmlHeader + `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
	`<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="260"/></w:pPr></w:lvl></w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="400" w:hanging="400"/></w:pPr></w:lvl></w:abstractNum>` +
	`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
	"</w:numbering>\n"

// docxFont is the font name Word should use for a template font.
func docxFont(f string) string {
	switch {
	case isFontFile(f):
		return "DejaVu Sans"
	case strings.Contains(f, "Serif"):
		return "DejaVu Serif"
	}
	return "DejaVu Sans"
}

// hexOf drops the '#' of a colour.
func hexOf(c string) string { return strings.TrimPrefix(strings.ToUpper(c), "#") }

// docxStyles is styles.xml (elements in the schema's order, which Word
// enforces): document defaults with East Asian and complex
// script fonts, then Title, Heading 1–3 (with outline levels, so that Word's
// navigation pane and a PDF export show them) and the paragraph styles the
// writer uses, in the template's fonts, sizes and colours.
func docxStyles(t Template) string {
	accent := t.Colors.Accent
	if t.Brand.Color != "" {
		accent = t.Brand.Color
	}
	h, b, z := docxFont(t.Fonts.Heading), docxFont(t.Fonts.Body), t.Sizes
	hp := func(pt float64) int { return int(pt*2 + 0.5) } // half-points
	style := func(id, name, font string, size float64, color, rpr, ppr string) string {
		return fmt.Sprintf(`<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>%s</w:pPr><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s"/>%s<w:color w:val="%s"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr></w:style>`,
			id, name, ppr, font, font, rpr, hexOf(color), hp(size), hp(size))
	}
	line := int(240 * t.Sizes.LineSpacing / 1.15)
	var sb strings.Builder
	sb.WriteString(xmlHeader + `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`)
	fmt.Fprintf(&sb, `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="Droid Sans Fallback" w:cs="DejaVu Sans"/><w:sz w:val="%d"/><w:szCs w:val="%d"/><w:lang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="%d" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`,
		b, b, hp(z.Body), hp(z.Body), line)
	fmt.Fprintf(&sb, `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="%s"/></w:rPr></w:style>`, hexOf(t.Colors.Text))
	keep := `<w:keepNext/><w:keepLines/>`
	for _, s := range []string{
		style("Title", "Title", h, z.Title, t.Colors.Heading, "<w:b/>", `<w:spacing w:before="0" w:after="120"/>`),
		style("Heading1", "heading 1", h, z.Topic+1, accent, "<w:b/><w:caps/>", keep+`<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="2" w:color="`+hexOf(accent)+`"/></w:pBdr><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>`),
		style("Heading2", "heading 2", h, z.Headline, t.Colors.Heading, "<w:b/>", keep+`<w:spacing w:before="240" w:after="40"/><w:outlineLvl w:val="1"/>`),
		style("Heading3", "heading 3", h, z.Section, accent, "<w:b/>", keep+`<w:spacing w:before="120" w:after="20"/><w:outlineLvl w:val="2"/>`),
		style("Label", "Label", h, z.Label, accent, "<w:b/>", `<w:spacing w:after="40"/>`),
		style("Meta", "Meta", h, z.Meta, t.Colors.Muted, "", `<w:spacing w:after="20"/>`),
		style("Banner", "Banner", h, z.Meta, t.Colors.Alert, "<w:b/>", `<w:spacing w:after="60"/>`),
		style("Source", "Source", h, z.Source, t.Colors.Muted, "", keep+`<w:spacing w:after="80"/>`),
		style("BodyText", "Body Text", b, z.Body, t.Colors.Text, "", `<w:spacing w:after="80"/>`),
		style("ListBullet", "List Bullet", b, z.Body, t.Colors.Text, "", `<w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="40"/>`),
		style("ListNumber", "List Number", b, z.Body, t.Colors.Text, "", `<w:numPr><w:numId w:val="2"/></w:numPr><w:spacing w:after="40"/>`),
		style("ListHeading", "List Heading", h, z.Section, accent, "<w:b/>", keep+`<w:spacing w:before="200" w:after="60"/>`),
		style("BottomLine", "Bottom Line", b, z.Body, t.Colors.Text, "", `<w:shd w:val="clear" w:color="auto" w:fill="`+hexOf(t.Colors.Panel)+`"/><w:spacing w:before="120" w:after="120"/>`),
		style("Quote", "Quote", b, z.Quote, t.Colors.Heading, "<w:i/>", keep+`<w:pBdr><w:left w:val="single" w:sz="12" w:space="8" w:color="`+hexOf(accent)+`"/></w:pBdr><w:spacing w:before="80" w:after="20"/><w:ind w:left="454"/>`),
		style("Speaker", "Speaker", h, z.Source, t.Colors.Muted, "", `<w:spacing w:after="120"/><w:ind w:left="454"/>`),
		style("DisclaimerHeading", "Disclaimer Heading", h, z.Source+1, t.Colors.Muted, "<w:b/>", keep+`<w:pBdr><w:top w:val="single" w:sz="4" w:space="6" w:color="`+hexOf(t.Colors.Rule)+`"/></w:pBdr><w:spacing w:before="360" w:after="40"/>`),
		style("Disclaimer", "Disclaimer", h, z.Source, t.Colors.Muted, "", `<w:spacing w:after="40"/>`),
		style("Running", "Running", h, z.Footer, t.Colors.Muted, "", `<w:spacing w:after="0"/>`),
	} {
		sb.WriteString(s)
	}
	fmt.Fprintf(&sb, `<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="%s"/><w:u w:val="single"/></w:rPr></w:style>`, hexOf(accent))
	sb.WriteString("</w:styles>\n")
	return sb.String()
}
