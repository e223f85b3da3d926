package templates

// pblock is one thing the flow places: a paragraph's wrapped lines, or a
// painted shape (a rule) of fixed height. The flow measures every block
// before placing it, so that page breaks fall where a reader expects.
type pblock struct {
	lines    []line
	b        block
	before   float64 // space above, dropped at the top of a page
	after    float64 // space below
	keepNext bool    // a heading: never the last thing on a page
	whole    bool    // never split (a short quote, a heading)
	h        float64 // height of a painted block (lines == nil)
	paint    func(y float64)
	onPlace  func()                       // called where the block starts, after any page break
	onDrawn  func(y0, y1 float64, p0 int) // called after the block, with its first page and span
	marker   func(y float64)              // draws a bullet beside the first line
}

// height is the block's full height without its spacing.
func (p *pblock) height() float64 {
	if p.lines == nil {
		return p.h
	}
	return linesHeight(len(p.lines), p.b.lh)
}

// minHeight is the least of the block that must share a page with what
// comes before it: all of a short or unsplittable block, else two lines.
func (p *pblock) minHeight() float64 {
	if p.lines == nil || p.whole || len(p.lines) <= 3 {
		return p.height()
	}
	return linesHeight(2, p.b.lh)
}

// minTailLines is the least an item may carry over to a new page, in body
// lines: less than that (a last point and its quote) would look stranded at
// the top of the page.
const minTailLines = 8

// flow places blocks in order with keep rules: a heading stays with the
// start of what follows it (and so on down a run of headings); a paragraph
// never leaves a single line at the foot or the top of a page; and what
// carries over to a new page is never a fragment (a last point, a quote):
// at least minTailLines of body text, or the break moves earlier.
func (d *doc) flow(blocks []pblock) {
	minTail := linesHeight(minTailLines, d.bodyLH)
	for i := 0; i < len(blocks); {
		if d.fits(blocks[i:]) {
			for j := i; j < len(blocks); j++ {
				d.place(&blocks[j], 0)
			}
			return
		}
		j := d.firstOverflow(blocks, i)
		rest := tailHeight(blocks, j+1)
		p := &blocks[j]
		yj := d.y() + tailHeight(blocks[:j], i) // where block j would start
		if j > i && !blocks[j-1].keepNext && p.splittable() && d.splitRoom(p, yj, rest, minTail) >= 2 {
			for k := i; k < j; k++ {
				d.place(&blocks[k], 0)
			}
			d.split(p, d.splitRoom(p, d.y(), rest, minTail))
			i = j + 1
			continue
		}
		if k := breakPoint(blocks, i, j, minTail); k > i {
			for m := i; m < k; m++ {
				d.place(&blocks[m], 0)
			}
			d.addPage()
			i = k
			continue
		}
		if i == 0 && !d.atTop() && tailHeight(blocks, 0) <= d.pageRoom() {
			d.addPage() // no break inside leaves enough on both pages: move it whole
			continue
		}
		d.place(&blocks[i], follow(blocks, i))
		i++
	}
}

// fits reports whether blocks all fit below the cursor on this page.
func (d *doc) fits(blocks []pblock) bool {
	return d.y()+tailHeight(blocks, 0) <= d.bottom
}

// tailHeight is the height of blocks[from:] with their spacing.
func tailHeight(blocks []pblock, from int) float64 {
	h := 0.0
	for i := from; i < len(blocks); i++ {
		h += blocks[i].before + blocks[i].height() + blocks[i].after
	}
	return h
}

// firstOverflow is the first block from i that does not fit whole on this
// page after those before it.
func (d *doc) firstOverflow(blocks []pblock, i int) int {
	y := d.y()
	for j := i; j < len(blocks); j++ {
		y += blocks[j].before + blocks[j].height()
		if y > d.bottom {
			return j
		}
		y += blocks[j].after
	}
	return len(blocks) - 1
}

// breakPoint is the latest k in (i, j] where a page may break before block
// k: not after a heading, and leaving at least minTail for the next page.
// It returns i when there is none.
func breakPoint(blocks []pblock, i, j int, minTail float64) int {
	for k := j; k > i; k-- {
		if !blocks[k-1].keepNext && tailHeight(blocks, k) >= minTail {
			return k
		}
	}
	return i
}

// splittable reports whether a block may break across pages.
func (p *pblock) splittable() bool { return p.lines != nil && !p.whole && len(p.lines) >= 4 }

// splitRoom is how many of p's lines go on this page, p starting at y,
// when p is split with rest after it: as many as fit, leaving at least two lines and, with the
// rest, at least minTail for the next page.
func (d *doc) splitRoom(p *pblock, y, rest, minTail float64) int {
	k := int((d.bottom - y - p.before) / p.b.lh)
	k = min(k, len(p.lines)-2)
	for k > 0 && linesHeight(len(p.lines)-k, p.b.lh)+rest < minTail {
		k--
	}
	return k
}

// split draws the first k lines of p here and the rest on a new page;
// with k < 2 all of p goes to the new page.
func (d *doc) split(p *pblock, k int) {
	if k < 2 {
		d.addPage()
		d.drawBlock(p, p.lines)
		d.space(p.after)
		return
	}
	d.space(p.before)
	d.drawBlock(p, p.lines[:k])
	d.addPage()
	tail := *p
	tail.lines, tail.before, tail.onPlace, tail.marker, tail.onDrawn = p.lines[k:], 0, nil, nil, nil
	d.drawBlock(&tail, tail.lines)
	d.space(p.after)
}

// place draws one block under the keep rules, breaking the page before it
// or inside it as needed.
func (d *doc) place(p *pblock, follow float64) {
	if !d.atTop() {
		d.space(p.before)
	}
	avail := d.bottom - d.y()
	h := p.height()
	switch {
	case h+follow <= avail || d.atTop() && h+follow > d.pageRoom():
		// fits, or could never fit on any page: draw here
	case p.lines != nil && !p.whole && len(p.lines) >= 4:
		if k := min(int(avail/p.b.lh), len(p.lines)-2); k >= 2 {
			d.drawBlock(p, p.lines[:k])
			d.addPage()
			rest := *p
			rest.lines, rest.before, rest.onPlace, rest.marker, rest.onDrawn = p.lines[k:], 0, nil, nil, nil
			d.place(&rest, follow)
			return
		}
		d.addPage()
	default:
		d.addPage()
	}
	d.drawBlock(p, p.lines)
	d.space(p.after)
}

// pageRoom is the height of a page's text area.
func (d *doc) pageRoom() float64 {
	_, top, _, _ := d.pdf.GetMargins()
	return d.bottom - top
}

// drawBlock draws lines of p (or paints it) where the cursor is.
func (d *doc) drawBlock(p *pblock, lines []line) {
	if p.onPlace != nil {
		p.onPlace()
	}
	y0, p0 := d.y(), d.pdf.PageNo()
	if p.marker != nil {
		p.marker(y0)
	}
	if p.lines == nil {
		p.paint(y0)
		d.setY(y0 + p.h)
	} else {
		d.drawLines(lines, p.b)
	}
	if p.onDrawn != nil {
		p.onDrawn(y0, d.y(), p0)
	}
}

// textBlock wraps spans into a block of width b.width.
func (d *doc) textBlock(spans []span, b block) pblock {
	b.rtl = b.rtl || isRTLParagraph(spans)
	return pblock{lines: d.wrap(spans, b.width), b: b}
}

// follow is how much of the blocks after i must fit on the same page as the
// end of block i: for a heading, the start of what it heads.
func follow(blocks []pblock, i int) float64 {
	if i+1 >= len(blocks) || !blocks[i].keepNext {
		return 0
	}
	next := &blocks[i+1]
	return blocks[i].after + next.before + next.minHeight() + follow(blocks, i+1)
}
