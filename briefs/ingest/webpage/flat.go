package webpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxElements is the most elements a page may have to be read through a
// tree (two attributes count as one element). A tree costs about a hundred times the markup's size, so a page of
// a million tiny elements would take gigabytes; the largest real news
// pages in the benchmarks have about 10,000 (17,000 with attributes). Past the limit, and for
// markup the parser refuses, the text is read straight from the
// tokenizer (see flatText), in memory a few times the page's size.
const maxElements = 30_000

// markupCost is what the tokenizer pre-pass learns of a page: its
// elements (two attributes counting as one) and how deep they nest
// (elements whose end tag may be left out, such as <p> and <li>, are not
// counted, as the parser closes them itself).
type markupCost struct{ elements, depth int }

// tooCostly reports whether a page of size bytes with cost c is to be read
// without a tree: too many elements, or so deep that readability, which
// counts the text under every ancestor, would do depth × size work.
func (c markupCost) tooCostly(size int) bool {
	dense := c.elements > denseFrom && c.elements*1024 > maxDensity*size
	return c.elements > maxElements || c.depth*size > maxDepthBytes || dense
}

// A page of more than denseFrom elements averaging more than maxDensity
// per KB (two and a half times the densest real page in the benchmarks)
// is read without a tree too: a tree of tiny elements costs far more time
// per byte than one of paragraphs.
const (
	denseFrom  = 5000
	maxDensity = 50
)

// maxDepthBytes bounds nesting depth × page size: real pages nest about
// 40 deep at 1.6 MB (64 million); 400 divs deep around 2 MB of text
// took readability half a minute.
const maxDepthBytes = 256 << 20

// smallPage is the size under which a page of few or sparse tags needs
// no pre-pass: its depth cannot reach maxDepthBytes before the parser's own
// limit of 512 (which is ErrBadMarkup).
const smallPage = maxDepthBytes / 1024

// countElements measures page, stopping once past maxElements.
func countElements(page string) markupCost {
	// "<" bounds the elements from above: a page small and sparse even by
	// that count needs no tokenizer pass.
	if n := strings.Count(page, "<"); len(page) <= smallPage && (n <= denseFrom || n*1024 <= maxDensity*len(page)) {
		return markupCost{elements: min(n, denseFrom)}
	}
	z := html.NewTokenizer(strings.NewReader(page))
	var c markupCost
	n, attrs, depth := 0, 0, 0
	for n+attrs/2 <= maxElements {
		switch z.Next() {
		case html.ErrorToken:
			c.elements = n + attrs/2
			return c
		case html.StartTagToken:
			name, more := z.TagName()
			if a := atom.Lookup(name); !voidElement(a) && !optionalEnd[a] {
				depth++
				c.depth = max(c.depth, depth)
			}
			n++
			for more {
				_, _, more = z.TagAttr()
				attrs++
			}
		case html.SelfClosingTagToken:
			n++
		case html.EndTagToken:
			name, _ := z.TagName()
			if a := atom.Lookup(name); !optionalEnd[a] && depth > 0 {
				depth--
			}
		}
	}
	c.elements = n + attrs/2
	return c
}

// optionalEnd are elements whose end tag may be left out.
var optionalEnd = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Option: true, atom.Optgroup: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true,
	atom.Colgroup: true, atom.Rb: true, atom.Rt: true, atom.Rp: true, atom.Html: true, atom.Head: true, atom.Body: true,
}

// skippedElements never hold article text.
var skippedElements = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Template: true, atom.Noscript: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Select: true,
	atom.Textarea: true, atom.Button: true, atom.Nav: true, atom.Form: true,
}

// blockElements end a paragraph.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.Br: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Section: true, atom.Article: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Ul: true, atom.Ol: true, atom.Dd: true, atom.Dt: true, atom.Header: true, atom.Footer: true,
	atom.Main: true, atom.Aside: true, atom.Figure: true, atom.Hr: true, atom.Body: true,
}

// flatReader reads a page's metadata and visible text from the tokenizer
// without building a tree: elements hidden by their own markup or inline
// style are skipped with everything inside them (rules in <style> blocks
// are not applied on this path), as are scripts, forms and navigation.
type flatReader struct {
	meta      pageMeta
	text      strings.Builder
	skip      string // the element being skipped, "" when reading
	skipDepth int
	inTitle   bool
	password  bool
	hider     hider
	rootStyle inherited
}

// flatText reads page with the tokenizer.
func flatText(page string) (pageMeta, string, bool) {
	r := flatReader{
		meta:      pageMeta{props: make(map[string]string)},
		hider:     hider{sheet: &stylesheet{}},
		rootStyle: inherited{fontPx: 16, opacity: 1, color: rgba{0, 0, 0, 1}, bg: white},
	}
	z := html.NewTokenizer(strings.NewReader(page))
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() { // io.EOF or a read error ends the page
		r.token(tt, z.Token())
	}
	return r.meta, r.text.String(), r.password
}

// token handles one token.
func (r *flatReader) token(tt html.TokenType, tok html.Token) {
	if r.skip != "" {
		r.skipping(tt, tok)
		return
	}
	switch tt {
	case html.StartTagToken, html.SelfClosingTagToken:
		r.start(tt, tok)
	case html.EndTagToken:
		if tok.DataAtom == atom.Title {
			r.inTitle = false
		}
		r.gap(tok.DataAtom)
	case html.TextToken:
		if r.inTitle {
			r.meta.title += tok.Data
			return
		}
		r.text.WriteString(tok.Data)
	}
}

// start handles a start tag: metadata, hidden or skipped elements, and
// paragraph breaks.
func (r *flatReader) start(tt html.TokenType, tok html.Token) {
	n := &html.Node{Type: html.ElementNode, Data: tok.Data, DataAtom: tok.DataAtom, Attr: tok.Attr}
	r.meta.element(n)
	switch {
	case tok.DataAtom == atom.Title:
		r.inTitle = r.meta.title == ""
		return
	case tok.DataAtom == atom.Input && strings.EqualFold(attr(n, "type"), "password"):
		r.password = true
	}
	if tt == html.SelfClosingTagToken || voidElement(tok.DataAtom) {
		r.gap(tok.DataAtom)
		return
	}
	style, hidden := r.hider.element(n, r.rootStyle)
	if hidden || style.hiddenText || skippedElements[tok.DataAtom] {
		r.skip, r.skipDepth = tok.Data, 1
		return
	}
	r.gap(tok.DataAtom)
}

// skipping follows nesting inside a skipped element until it closes.
func (r *flatReader) skipping(tt html.TokenType, tok html.Token) {
	if tok.Data != r.skip {
		return
	}
	switch tt {
	case html.StartTagToken:
		r.skipDepth++
	case html.EndTagToken:
		if r.skipDepth--; r.skipDepth == 0 {
			r.skip = ""
		}
	}
}

// gap ends the paragraph at a block element.
func (r *flatReader) gap(a atom.Atom) {
	if blockElements[a] {
		r.text.WriteString("\n")
	}
}

func voidElement(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}
