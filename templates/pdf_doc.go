package templates

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"briefsmith/assets"
)

// ptToMM converts typographic points to millimetres, the document unit.
const ptToMM = 25.4 / 72

// deterministicDate is the creation date written in deterministic mode.
func deterministicDate() time.Time { return time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC) }

// doc is the sanitising layer around gofpdf: the rest of the package lays
// out text through its methods, and every string it passes on has been
// cleaned (see sanitize.go) by the caller or by doc itself. It also owns
// page breaking: gofpdf's automatic breaks are off and ensure decides.
type doc struct {
	pdf     *gofpdf.Fpdf
	t       Template
	palette palette
	fonts   map[string]bool   // "family/style" faces registered so far
	files   map[string][]byte // a user's font files, read once
	widths  map[widthKey]float64
	cur     *textStyle // style gofpdf has selected, nil when unknown
	left    float64    // left margin, mm
	width   float64    // text width, mm
	bottom  float64    // lowest y text may reach, mm
	bodyLH  float64    // line height of body text, mm, for keep rules
}

// palette is the template's colours, parsed.
type palette struct {
	text, heading, accent, muted, rule, panel, alert rgb
}

// newDoc starts an empty document for template t.
func newDoc(t Template, opts Options) (*doc, error) {
	if err := t.validate(); err != nil {
		return nil, err
	}
	w, h, _ := pageSize(t.Page.Size)
	pal, err := parsePalette(t.Colors)
	if err != nil {
		return nil, err
	}
	if t.Brand.Color != "" {
		if pal.accent, err = parseColor(t.Brand.Color); err != nil {
			return nil, fieldErr("brand.color", "%v", err)
		}
	}
	pdf := gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "mm", Size: gofpdf.SizeType{Wd: w, Ht: h}})
	m := t.Page.MarginMM
	pdf.SetMargins(m, t.Page.TopMargin, m)
	pdf.SetAutoPageBreak(false, m)
	pdf.SetCellMargin(0)
	pdf.AliasNbPages(pageCountAlias)
	configureOutput(pdf, opts)
	d := &doc{pdf: pdf, t: t, palette: pal, fonts: map[string]bool{}, files: map[string][]byte{}, widths: map[widthKey]float64{},
		left: m, width: w - 2*m, bottom: h - m - 4, bodyLH: t.Sizes.Body * t.Sizes.LineSpacing * ptToMM}
	return d, nil
}

// configureOutput sets compression and dates: fixed ones in deterministic
// mode so that the same brief always gives the same bytes.
func configureOutput(pdf *gofpdf.Fpdf, opts Options) {
	if opts.Deterministic {
		pdf.SetCompression(false)
		pdf.SetCatalogSort(true)
		pdf.SetCreationDate(deterministicDate())
		pdf.SetModificationDate(deterministicDate())
		return
	}
	now := time.Now()
	pdf.SetCreationDate(now)
	pdf.SetModificationDate(now)
}

func parsePalette(c Colors) (palette, error) {
	var p palette
	for _, f := range []struct {
		dst *rgb
		src string
	}{{&p.text, c.Text}, {&p.heading, c.Heading}, {&p.accent, c.Accent}, {&p.muted, c.Muted},
		{&p.rule, c.Rule}, {&p.panel, c.Panel}, {&p.alert, c.Alert}} {
		v, err := parseColor(f.src)
		if err != nil {
			return p, err
		}
		*f.dst = v
	}
	return p, nil
}

// setMetadata writes the document information dictionary. The language
// goes into the catalog afterwards (withLang): gofpdf cannot set it.
func (d *doc) setMetadata(m *Document) {
	d.pdf.SetTitle(cleanLine(m.Title), true)
	d.pdf.SetAuthor(cleanLine(documentAuthor(m)), true)
	d.pdf.SetSubject(cleanLine(documentSubject(m)), true)
	d.pdf.SetKeywords(cleanLine(strings.Join(m.Keywords, ", ")), true)
	d.pdf.SetCreator("Briefsmith", true)
	d.pdf.SetProducer("Briefsmith (gofpdf)", true)
}

// withLang adds /Lang to the PDF's catalog, which gofpdf writes last before
// the cross-reference table, so only the table's offset (startxref) moves.
// A PDF not laid out that way comes back unchanged.
func withLang(pdf []byte, lang string) []byte {
	cat := []byte("/Type /Catalog")
	i := bytes.LastIndex(pdf, cat)
	x := bytes.LastIndex(pdf, []byte("\nxref\n"))
	sx := bytes.LastIndex(pdf, []byte("startxref\n"))
	if i < 0 || x < i || sx < x || !isLangTag(lang) {
		return pdf
	}
	ins := []byte("\n/Lang (" + lang + ")")
	var off int
	if _, err := fmt.Sscanf(string(pdf[sx+len("startxref\n"):]), "%d", &off); err != nil || off != x+1 {
		return pdf
	}
	out := make([]byte, 0, len(pdf)+len(ins)+4)
	out = append(out, pdf[:i+len(cat)]...)
	out = append(out, ins...)
	out = append(out, pdf[i+len(cat):sx]...)
	out = append(out, fmt.Sprintf("startxref\n%d\n%%%%EOF\n", off+len(ins))...)
	return out
}

// isLangTag reports whether s looks like a BCP 47 tag ("en", "pt-BR").
func isLangTag(s string) bool {
	if len(s) < 2 || len(s) > 35 {
		return false
	}
	for _, r := range s {
		if !(r == '-' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// documentAuthor is who the document is by: the preparer, else the brand.
func documentAuthor(m *Document) string {
	if m.PreparedBy != "" {
		return m.PreparedBy
	}
	return m.BrandName
}

// documentSubject is the document's subject metadata.
func documentSubject(m *Document) string {
	s := m.T.Title
	if m.Date != "" {
		s += " for " + m.Date
	}
	if m.PreparedFor != "" {
		s += ", prepared for " + m.PreparedFor
	}
	return s
}

// useFont selects the face for st, registering it from the embedded bytes
// on first use, and sets the text colour.
func (d *doc) useFont(st textStyle) {
	if d.cur != nil && *d.cur == st {
		return
	}
	d.cur = &st
	style := st.fontStyle()
	key := st.family + "/" + string(style)
	if !d.fonts[key] {
		d.fonts[key] = true
		data, err := d.fontData(st.family, style)
		if err != nil {
			d.pdf.SetError(fmt.Errorf("load font: %w", err))
			return
		}
		d.pdf.AddUTF8FontFromBytes(st.family, string(style), data)
	}
	d.pdf.SetFont(st.family, string(style), st.size)
	d.pdf.SetTextColor(st.color.r, st.color.g, st.color.b)
}

// fontData is the TrueType bytes of a family (embedded, or a user's file,
// used for every style) in style.
func (d *doc) fontData(family string, style assets.FontStyle) ([]byte, error) {
	if !isFontFile(family) {
		return assets.Font(family, style)
	}
	if data, ok := d.files[family]; ok {
		return data, nil
	}
	data, err := readFontFile(d.t.path(family))
	if err != nil {
		return nil, err
	}
	d.files[family] = data
	return data, nil
}

// widthKey is a measured text in one style.
type widthKey struct {
	st textStyle
	s  string
}

// textWidth measures already-clean text in style st, in mm. Words recur
// across a brief, so short ones are measured once.
func (d *doc) textWidth(st textStyle, s string) float64 {
	k := widthKey{st, s}
	if w, ok := d.widths[k]; ok {
		return w
	}
	d.useFont(st)
	w := d.pdf.GetStringWidth(s)
	if len(s) <= 32 && len(d.widths) < 1<<16 {
		d.widths[k] = w
	}
	return w
}

// cell draws already-clean text at (x, y) in a box of width w and height h,
// optionally linked to a clean URL.
func (d *doc) cell(x, y, w, h float64, st textStyle, s, link string) {
	d.useFont(st)
	d.pdf.SetXY(x, y)
	d.pdf.CellFormat(w, h, s, "", 0, "L", false, 0, link)
}

// fillRect paints a rectangle in colour c.
func (d *doc) fillRect(x, y, w, h float64, c rgb) {
	d.pdf.SetFillColor(c.r, c.g, c.b)
	d.pdf.Rect(x, y, w, h, "F")
}

// rule draws a horizontal line of thickness lw across the text width at y.
func (d *doc) rule(y, lw float64, c rgb) {
	d.pdf.SetDrawColor(c.r, c.g, c.b)
	d.pdf.SetLineWidth(lw)
	d.pdf.Line(d.left, y, d.left+d.width, y)
}

// y is the current vertical position.
func (d *doc) y() float64 { return d.pdf.GetY() }

// setY moves the current position down (or up) to y at the left margin.
func (d *doc) setY(y float64) { d.pdf.SetXY(d.left, y) }

// space adds vertical space, unless that would start a new page anyway.
func (d *doc) space(h float64) {
	if d.y()+h > d.bottom {
		return
	}
	d.setY(d.y() + h)
}

// ensure starts a new page unless h millimetres still fit on this one.
// It reports whether it broke the page.
func (d *doc) ensure(h float64) bool {
	if d.y()+h <= d.bottom || d.atTop() {
		return false
	}
	d.addPage()
	return true
}

// setPageDecorations sets what is drawn at the top and bottom of every page.
// gofpdf calls them from inside AddPage and Output, after changing the font
// behind the cache's back, so the cache is dropped before each.
func (d *doc) setPageDecorations(header, footer func()) {
	d.pdf.SetHeaderFunc(func() { d.cur = nil; header() })
	d.pdf.SetFooterFunc(func() { d.cur = nil; footer() })
}

// addPage starts a new page. gofpdf draws the footer and header with their
// own styles and then restores the style in force before, so the cached
// style is restored with it.
func (d *doc) addPage() {
	cur := d.cur
	d.pdf.AddPage()
	d.cur = cur
}

// atTop reports whether nothing has been drawn on the page yet, so that
// a block taller than a page does not make an endless run of empty pages.
func (d *doc) atTop() bool {
	_, top, _, _ := d.pdf.GetMargins()
	return d.y() <= top+0.01
}

// bookmark adds an outline entry at the current position.
func (d *doc) bookmark(title string, level int) {
	d.pdf.Bookmark(cleanLine(title), level, -1)
}

// newLink returns an internal link target to be placed later with placeLink.
func (d *doc) newLink() int { return d.pdf.AddLink() }

// placeLink points an internal link at the current position.
func (d *doc) placeLink(link int) { d.pdf.SetLink(link, d.y(), -1) }

// linkArea makes a rectangle jump to an internal link.
func (d *doc) linkArea(x, y, w, h float64, link int) { d.pdf.Link(x, y, w, h, link) }

// logoName is the name the logo is registered under in the PDF.
const logoName = "brand-logo"

// logoSize registers the template's logo, once, and returns its size in mm
// at the template's width; ok is false when there is no logo.
func (d *doc) logoSize() (w, h float64, ok bool) {
	if len(d.t.logo) == 0 || d.t.Brand.LogoPlace == "none" {
		return 0, 0, false
	}
	kind, err := logoKind(d.t.logo)
	if err != nil {
		d.pdf.SetError(fmt.Errorf("brand.logo: %w", err))
		return 0, 0, false
	}
	info := d.pdf.GetImageInfo(logoName)
	if info == nil {
		info = d.pdf.RegisterImageOptionsReader(logoName, gofpdf.ImageOptions{ImageType: kind}, bytes.NewReader(d.t.logo))
	}
	if info == nil || d.pdf.Err() || info.Width() == 0 {
		return 0, 0, false
	}
	w = d.t.Brand.LogoWidthMM
	return w, w * info.Height() / info.Width(), true
}

// logo draws the logo at (x, y) w wide.
func (d *doc) logo(x, y, w float64) {
	d.pdf.ImageOptions(logoName, x, y, w, 0, false, gofpdf.ImageOptions{}, 0, "")
}
