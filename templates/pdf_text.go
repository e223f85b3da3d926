package templates

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefsmith/assets"
)

// textStyle is how a run of text looks.
type textStyle struct {
	family       string
	bold, italic bool
	size         float64 // points
	color        rgb
}

// fontStyle is the gofpdf style string of st.
func (st textStyle) fontStyle() assets.FontStyle {
	switch {
	case st.bold && st.italic:
		return assets.BoldItalic
	case st.bold:
		return assets.Bold
	case st.italic:
		return assets.Italic
	}
	return assets.Regular
}

// lineHeight is the height of one line of st, in mm.
func (st textStyle) lineHeight(spacing float64) float64 { return st.size * spacing * ptToMM }

// span is a run of clean text in one style, optionally a link.
type span struct {
	text  string
	st    textStyle
	link  string
	space bool // a word space separates this span from the one before
}

// piece is a measured word (or part of one) ready to place on a line.
type piece struct {
	text  string
	st    textStyle
	link  string
	w     float64 // width, mm
	gap   float64 // width of the space before it in reading order, mm
	rtl   bool    // right-to-left word, text already in visual order
	order int     // position in reading order
	brk   bool    // a hard line break, not a word
}

// line is the pieces of one line in reading order, and their total width.
type line struct {
	pieces []piece
	width  float64
}

// wrap breaks spans into lines no wider than width. Words longer than a
// line are cut into line-wide chunks, so any input wraps.
func (d *doc) wrap(spans []span, width float64) []line {
	var lines []line
	var cur line
	for _, tok := range d.words(spans) {
		if tok.brk {
			lines = append(lines, cur)
			cur = line{}
			continue
		}
		for _, p := range d.fit(tok, width) {
			if len(cur.pieces) == 0 {
				p.gap = 0
			} else if cur.width+p.gap+p.w > width {
				lines = append(lines, cur)
				cur, p.gap = line{}, 0
			}
			p.order = len(cur.pieces)
			cur.pieces = append(cur.pieces, p)
			cur.width += p.gap + p.w
		}
	}
	if len(cur.pieces) > 0 || len(lines) == 0 {
		lines = append(lines, cur)
	}
	return lines
}

// words splits spans into measured words and hard breaks. Right-to-left
// words are shaped and put in visual order here, one word at a time.
func (d *doc) words(spans []span) []piece {
	var out []piece
	spaced := false
	for _, sp := range spans {
		spaced = spaced || sp.space
		for i, seg := range strings.Split(sp.text, "\n") {
			if i > 0 {
				out = append(out, piece{brk: true})
				spaced = false
			}
			for j, w := range strings.Split(seg, " ") {
				spaced = spaced || j > 0
				if w == "" {
					continue
				}
				for _, part := range splitScripts(w) {
					out = append(out, d.measure(part, sp, spaced))
					spaced = false
				}
			}
		}
	}
	return out
}

// measure makes a piece of one word of span sp.
func (d *doc) measure(word string, sp span, spaced bool) piece {
	st := fallbackFace(sp.st, word)
	p := piece{text: word, st: st, link: sp.link}
	if isRTLWord(word) {
		p.rtl = true
		p.text = visualOrder(shapeArabic(word))
	}
	p.w = d.textWidth(st, p.text)
	if spaced {
		p.gap = d.textWidth(st, " ")
	}
	return p
}

// fallbackFace switches to Droid Sans Fallback for Chinese, Japanese and
// Korean words, and to DejaVu Sans for words in scripts the chosen family
// lacks (DejaVu Serif has no Arabic or Hebrew; a user's font may lack
// either) and for styles it does not embed. The CJK face is registered only
// when a word needs it, so most briefs never load its 4 MB.
func fallbackFace(st textStyle, word string) textStyle {
	switch {
	case hasHangul(word):
		st.family, st.bold, st.italic = assets.KoreanFamily, false, false
	case hasCJK(word):
		// One face for every style, so that the big font is parsed once.
		st.family, st.bold, st.italic = assets.CJKFamily, false, false
	case st.family == assets.SansFamily:
	case isFontFile(st.family):
		if hasSemitic(word) {
			st.family = assets.SansFamily
		}
	case !assets.HasFont(st.family, st.fontStyle()) || hasSemitic(word):
		st.family = assets.SansFamily
	}
	return st
}

// splitScripts cuts a word where it passes between Hangul, other CJK text
// and anything else, so that each part gets a font that has its glyphs
// ("日本語と한국어", "测试:日本"): the CJK fallback fonts lack Latin
// punctuation and each other's scripts.
func splitScripts(w string) []string {
	if !hasCJK(w) && !hasHangul(w) {
		return []string{w}
	}
	var out []string
	start, prev := 0, 0
	for i, r := range w {
		c := scriptClass(r)
		if i > 0 && c != prev {
			out = append(out, w[start:i])
			start = i
		}
		prev = c
	}
	return append(out, w[start:])
}

// scriptClass is 2 for Hangul, 1 for other CJK, 0 for the rest.
func scriptClass(r rune) int {
	switch s := string(r); {
	case hasHangul(s):
		return 2
	case hasCJK(s):
		return 1
	}
	return 0
}

// hasHangul reports whether s holds Korean Hangul, which only the Korean
// fallback font covers.
func hasHangul(s string) bool {
	for _, r := range s {
		if r >= 0x1100 && unicode.Is(unicode.Hangul, r) {
			return true
		}
	}
	return false
}

// hasCJK reports whether s holds Han, kana, Hangul, CJK punctuation or
// full-width forms, which only the CJK fallback font covers.
func hasCJK(s string) bool {
	for _, r := range s {
		if r < 0x2E80 {
			continue
		}
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
			(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF) {
			return true
		}
	}
	return false
}

// fit returns p as is when it fits in width, or cut into chunks that do.
// A cut goes after the last '/', '-' or similar in the chunk when that keeps
// the chunk at least half full, so addresses break at their seams.
func (d *doc) fit(p piece, width float64) []piece {
	if p.w <= width {
		return []piece{p}
	}
	d.useFont(p.st)
	var out []piece
	start, w := 0, 0.0
	soft, softW := -1, 0.0 // byte offset after the last seam in this chunk, and the width up to it
	for i, r := range p.text {
		rw := d.pdf.GetStringWidth(string(r))
		if w+rw > width && i > start {
			cut, cutW := i, w
			if soft > start && softW > width/2 {
				cut, cutW = soft, softW
			}
			out = append(out, p.chunk(start, cut, cutW))
			start, w, soft = cut, w-cutW, -1
		}
		w += rw
		if strings.ContainsRune("/-?&_.,;", r) {
			soft, softW = i+utf8.RuneLen(r), w
		}
	}
	return append(out, p.chunk(start, len(p.text), w))
}

// chunk is the part [start, end) of a word, of width w, with no space before
// it unless it is the word's first part.
func (p piece) chunk(start, end int, w float64) piece {
	c := piece{text: p.text[start:end], st: p.st, link: p.link, rtl: p.rtl, w: w}
	if start == 0 {
		c.gap = p.gap
	}
	return c
}

// linesHeight is the height of n lines of height lh.
func linesHeight(n int, lh float64) float64 { return float64(n) * lh }

// block says where and how a paragraph's lines are drawn.
type block struct {
	x, width float64 // left edge and width, mm
	lh       float64 // line height, mm
	rtl      bool    // right-aligned, pieces in right-to-left order
	fill     *rgb    // background painted behind each line
	bar      *rgb    // vertical bar drawn left of each line
	padX     float64 // horizontal padding of the fill
}

// drawLines draws wrapped lines, breaking the page between lines when needed.
func (d *doc) drawLines(lines []line, b block) {
	for _, ln := range lines {
		d.ensure(b.lh)
		y := d.y()
		d.decorate(y, b)
		x := b.x
		if b.rtl {
			x = b.x + b.width - ln.width
		}
		for _, r := range mergeRuns(visualPieces(ln.pieces, b.rtl)) {
			x += r.gap
			d.cell(x, y, r.w, b.lh, r.st, r.text, r.link)
			x += r.w
		}
		d.setY(y + b.lh)
	}
}

// decorate paints a line's background and bar.
func (d *doc) decorate(y float64, b block) {
	if b.fill != nil {
		d.fillRect(b.x-b.padX, y, b.width+2*b.padX, b.lh+0.05, *b.fill)
	}
	if b.bar != nil {
		d.fillRect(b.x-4, y, 0.9, b.lh+0.05, *b.bar)
	}
}

// mergeRuns joins neighbouring pieces of the same style and link into one
// run, so that a line is a few cells rather than one per word.
func mergeRuns(ps []piece) []piece {
	var out []piece
	for _, p := range ps {
		if n := len(out); n > 0 && out[n-1].st == p.st && out[n-1].link == p.link {
			last := &out[n-1]
			if p.gap > 0 {
				last.text += " "
			}
			last.text += p.text
			last.w += p.gap + p.w
			continue
		}
		out = append(out, p)
	}
	return out
}

// paragraph wraps and draws spans as a block.
func (d *doc) paragraph(spans []span, b block) {
	b.rtl = isRTLParagraph(spans)
	d.drawLines(d.wrap(spans, b.width), b)
}
