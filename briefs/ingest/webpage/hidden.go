package webpage

import (
	"math"
	"strings"

	"github.com/tdewolff/parse/v2/css"
	"golang.org/x/net/html"
)

// hiddenClasses are class names that sites and CSS frameworks use for
// text meant only for screen readers.
var hiddenClasses = map[string]bool{
	"sr-only": true, "visually-hidden": true, "visuallyhidden": true,
	"screen-reader-text": true, "screenreader-only": true, "sr-only-focusable": true,
}

// offscreenPx is how far left or up (in CSS pixels) an element must be
// moved to count as hidden off-screen.
const offscreenPx = -500

// tinyPx is the largest font size (and the largest clipped box) that
// counts as invisible.
const tinyPx = 1.0

// faint is the largest opacity or scale factor that counts as invisible.
const faint = 0.05

// RemoveHidden deletes from doc every element a reader would not see and
// the text of elements whose letters cannot be seen. It reads the hidden
// and aria-hidden attributes, screen-reader-only classes, <template>,
// <noscript> and closed <dialog> elements, and the CSS of style
// attributes and the page's own <style> blocks (see stylesheet.go for
// the selectors understood): display, visibility, content-visibility,
// opacity (multiplied down the tree), font-size (computed through em and
// %), transform scale and far translation, clip and clip-path, a zero
// box with overflow hidden or clip, far negative text-indent, left, top
// or margin, and a text colour that matches the background it sits on
// (inherited through ancestors; transparent text anywhere). Such text
// can carry instructions meant for a summariser, so it never reaches
// one. The <html> and <body> elements are kept whatever they say.
func RemoveHidden(doc *html.Node) {
	sheet := readStylesheet(doc)
	h := hider{sheet: sheet, external: hasExternalCSS(doc) || sheet.truncated}
	h.run(doc)
}

// hider walks a document computing the style that decides visibility.
type hider struct {
	sheet    *stylesheet
	external bool // the page links style sheets we do not read, or has more rules than are read
	doomed   []*html.Node
}

// inherited is the part of the computed style passed down the tree.
type inherited struct {
	fontPx     float64
	opacity    float64
	color      rgba
	colorSet   bool // a colour was set on this element or an ancestor
	bg         rgba // the opaque background behind the element
	bgSet      bool // set by the page, not the default white
	bgImage    bool // an image or gradient is behind: colours cannot be compared
	hiddenText bool // the element's own text cannot be seen
}

type visit struct {
	n     *html.Node
	style inherited
}

func (h *hider) run(doc *html.Node) {
	root := inherited{fontPx: 16, opacity: 1, color: rgba{0, 0, 0, 1}, bg: white}
	stack := []visit{{doc, root}}
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		style, hidden := v.style, false
		if v.n.Type == html.ElementNode {
			style, hidden = h.element(v.n, v.style)
		}
		if hidden {
			h.doomed = append(h.doomed, v.n)
			continue
		}
		for c := v.n.LastChild; c != nil; c = c.PrevSibling {
			if c.Type == html.TextNode && style.hiddenText && strings.TrimSpace(c.Data) != "" {
				h.doomed = append(h.doomed, c)
				continue
			}
			stack = append(stack, visit{c, style})
		}
	}
	for _, n := range h.doomed {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// element computes n's style from its parent's and reports whether n and
// everything in it is hidden.
func (h *hider) element(n *html.Node, parent inherited) (inherited, bool) {
	keep := n.Data == "html" || n.Data == "body"
	if !keep && hiddenByMarkup(n) {
		return parent, true
	}
	d := h.computed(n)
	if len(d) == 0 && n.Data != "font" && !hasAttr(n, "bgcolor") {
		return parent, false // nothing set here: the parent's style holds
	}
	style := cascadeInherited(n, d, parent, h.external)
	if !keep && (hiddenByStyle(d, style) || style.opacity <= faint) {
		return style, true
	}
	return style, false
}

// computed merges the page's rules that match n with its style
// attribute, in cascade order.
func (h *hider) computed(n *html.Node) declarations {
	rules := h.sheet.matching(n)
	style := attr(n, "style")
	if len(rules) == 0 && style == "" {
		return nil
	}
	d := make(declarations)
	for _, r := range rules {
		for prop, v := range r.decls {
			d.set(prop, v)
		}
	}
	if style != "" {
		for prop, v := range parseInlineStyle(boundStyle(style)) {
			d.set(prop, v)
		}
	}
	return d
}

// maxStyle is the most of a style attribute read: no real page has a
// longer one, and a hostile page cannot make every element cost
// megabytes of parsing.
const maxStyle = 16 << 10

// boundStyle keeps the first and last maxStyle/2 bytes of a long style
// attribute, cut at declaration boundaries, so that a declaration that
// hides the element at either end is still read.
func boundStyle(style string) string {
	if len(style) <= maxStyle {
		return style
	}
	head, tail := style[:maxStyle/2], style[len(style)-maxStyle/2:]
	if i := strings.LastIndexByte(head, ';'); i >= 0 {
		head = head[:i+1]
	}
	if i := strings.IndexByte(tail, ';'); i >= 0 {
		tail = tail[i+1:]
	}
	return head + tail
}

// hiddenByMarkup reports whether element n is hidden by its tag or
// attributes alone.
func hiddenByMarkup(n *html.Node) bool {
	switch n.Data {
	case "template", "noscript":
		return true // inert markup, or a fallback a scripting browser never shows
	case "dialog":
		if !hasAttr(n, "open") {
			return true
		}
	}
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "class":
			if hasHiddenClass(a.Val) {
				return true
			}
		}
	}
	return false
}

func hasHiddenClass(classes string) bool {
	for _, c := range strings.Fields(classes) {
		if hiddenClasses[strings.ToLower(c)] {
			return true
		}
	}
	return false
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

// hasExternalCSS reports whether doc links a style sheet, whose rules
// (a dark background, say) are not known here.
func hasExternalCSS(doc *html.Node) bool {
	found := false
	walk(doc, func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.Data == "link" && hasToken(attr(n, "rel"), "stylesheet") {
			found = true
		}
		return !found
	})
	return found
}

// cascadeInherited computes the inherited style of an element with
// declarations d.
func cascadeInherited(n *html.Node, d declarations, parent inherited, external bool) inherited {
	s := parent
	s.fontPx = fontSize(d, parent.fontPx)
	if o, ok := d.firstLength("opacity"); ok {
		s.opacity *= math.Max(0, math.Min(1, fraction(o)))
	}
	if c, ok := textColor(n, d); ok {
		s.color, s.colorSet = c, true
	}
	applyBackground(n, d, &s)
	s.hiddenText = s.fontPx <= tinyPx || colorHidden(s, external)
	return s
}

// colorHidden reports whether text in style s cannot be seen against
// its background: transparent text always; a colour matching the
// background when the background is known (set by the page, or the
// default white of a page without external style sheets) and no image
// lies behind it.
func colorHidden(s inherited, external bool) bool {
	if !s.colorSet {
		return false
	}
	if s.color.a <= faint {
		return true
	}
	if s.bgImage || (!s.bgSet && external) {
		return false
	}
	return s.color.invisibleOn(s.bg)
}

// textColor is the colour set by CSS (color, or -webkit-text-fill-color,
// which paints over it) or by <font color>.
func textColor(n *html.Node, d declarations) (rgba, bool) {
	if c, ok := parseColor(d["-webkit-text-fill-color"].value); ok {
		return c, true
	}
	if c, ok := parseColor(d["color"].value); ok {
		return c, true
	}
	if n.Data == "font" {
		if v := attr(n, "color"); v != "" {
			return parseHexOrName(v)
		}
	}
	return rgba{}, false
}

// parseHexOrName reads a presentational colour attribute ("#fff",
// "white", "ffffff").
func parseHexOrName(v string) (rgba, bool) {
	v = strings.ToLower(strings.TrimSpace(v))
	if c, ok := namedColors[v]; ok {
		return c, true
	}
	return parseHexColor(strings.TrimPrefix(v, "#"))
}

// applyBackground updates the background behind s from n's
// background-color, background shorthand or bgcolor attribute.
func applyBackground(n *html.Node, d declarations, s *inherited) {
	for _, prop := range []string{"background", "background-image"} {
		for _, t := range d[prop].value {
			if t.kind == css.URLToken || (t.kind == css.FunctionToken && strings.Contains(t.text, "gradient")) {
				s.bgImage = true
			}
		}
	}
	c, ok := parseColor(d["background-color"].value)
	if !ok {
		c, ok = parseColor(d["background"].value)
	}
	if !ok && (n.Data == "body" || n.Data == "table" || n.Data == "td" || n.Data == "tr") {
		if v := attr(n, "bgcolor"); v != "" {
			c, ok = parseHexOrName(v)
		}
	}
	if ok && c.a > 0.5 {
		s.bg, s.bgSet, s.bgImage = c.over(s.bg), true, false
	}
}

// fontSizeKeywords are the absolute font-size keywords in pixels.
var fontSizeKeywords = map[string]float64{
	"xx-small": 9, "x-small": 10, "small": 13, "medium": 16, "large": 18, "x-large": 24, "xx-large": 32, "xxx-large": 48,
}

// fontSize is the element's font size in pixels.
func fontSize(d declarations, parentPx float64) float64 {
	prop := "font-size"
	if _, ok := d[prop]; !ok {
		prop = "font"
	}
	if kw := d.keyword(prop); kw != "" {
		if px, ok := fontSizeKeywords[kw]; ok {
			return px
		}
	}
	if l, ok := d.firstLength(prop); ok {
		if px, ok := l.px(parentPx); ok && px >= 0 {
			return px
		}
	}
	return parentPx
}

// hiddenByStyle reports whether declarations d hide the whole element.
func hiddenByStyle(d declarations, s inherited) bool {
	switch {
	case d.keyword("display") == "none",
		d.keyword("visibility") == "hidden" || d.keyword("visibility") == "collapse",
		d.keyword("content-visibility") == "hidden":
		return true
	}
	return scaledAway(d) || clippedAway(d, s.fontPx) || collapsed(d, s.fontPx) || offscreen(d, s.fontPx)
}

// scaledAway reports a transform that shrinks the element to nothing or
// moves it far off-screen.
func scaledAway(d declarations) bool {
	if l, ok := d.firstLength("scale"); ok && math.Abs(fraction(l)) <= faint {
		return true
	}
	for name, args := range d.functionArgs("transform") {
		if transformHides(name, args) {
			return true
		}
	}
	return false
}

// transformHides reports whether one transform function hides what it
// transforms.
func transformHides(name string, args []length) bool {
	switch name {
	case "scale", "scalex", "scaley", "scale3d":
		for _, a := range args {
			if math.Abs(fraction(a)) <= faint {
				return true
			}
		}
	case "matrix":
		return len(args) == 6 && math.Abs(args[0].n) <= faint && math.Abs(args[3].n) <= faint
	case "translate", "translatex", "translatey", "translate3d":
		for _, a := range args {
			if px, ok := a.px(16); ok && a.unit != "%" && px <= offscreenPx {
				return true
			}
		}
	}
	return false
}

// clippedAway reports a clip or clip-path that leaves nothing visible.
func clippedAway(d declarations, fontPx float64) bool {
	for name, args := range d.functionArgs("clip-path") {
		switch name {
		case "inset":
			for _, a := range args {
				if a.unit == "%" && a.n >= 50 {
					return true
				}
			}
		case "circle", "ellipse":
			if len(args) > 0 && args[0].n == 0 {
				return true
			}
		}
	}
	pos := d.keyword("position")
	if pos != "absolute" && pos != "fixed" {
		return false
	}
	rect := d.functionArgs("clip")["rect"]
	if len(rect) == 4 {
		var px [4]float64
		for i, a := range rect {
			px[i], _ = a.px(fontPx)
		}
		return px[2]-px[0] <= tinyPx || px[1]-px[3] <= tinyPx // bottom−top, right−left
	}
	return false
}

// collapsed reports a box of (nearly) zero width or height whose
// overflow is hidden or clipped.
func collapsed(d declarations, fontPx float64) bool {
	clips := false
	for _, prop := range []string{"overflow", "overflow-x", "overflow-y"} {
		clips = clips || d.hasKeyword(prop, "hidden") || d.hasKeyword(prop, "clip")
	}
	if !clips {
		return false
	}
	for _, prop := range []string{"width", "height", "max-width", "max-height"} {
		if l, ok := d.firstLength(prop); ok {
			if px, ok := l.px(fontPx); ok && l.unit != "%" && px <= tinyPx {
				return true
			}
		}
	}
	return false
}

// offscreen reports an element moved far left or up: text-indent or a
// negative margin, or left/top when it is positioned.
func offscreen(d declarations, fontPx float64) bool {
	far := func(prop string) bool {
		l, ok := d.firstLength(prop)
		if !ok || l.unit == "%" {
			return ok && l.n <= -100
		}
		px, ok := l.px(fontPx)
		return ok && px <= offscreenPx
	}
	if far("text-indent") || far("margin-left") || far("margin-top") {
		return true
	}
	pos := d.keyword("position")
	return (pos == "absolute" || pos == "fixed" || pos == "relative") && (far("left") || far("top"))
}

// HidesContent reports whether an HTML start tag, such as
// `<span style="display:none">` or `<span hidden>`, hides what it
// encloses by its own name and attributes (the same tests RemoveHidden
// makes, without a style sheet). The Markdown importer uses it for raw
// HTML inside Markdown. It is false for anything that is not a start tag.
func HidesContent(startTag string) bool {
	z := html.NewTokenizer(strings.NewReader(startTag))
	if z.Next() != html.StartTagToken {
		return false
	}
	tok := z.Token()
	n := &html.Node{Type: html.ElementNode, Data: tok.Data, Attr: tok.Attr}
	h := hider{sheet: &stylesheet{}}
	root := inherited{fontPx: 16, opacity: 1, color: rgba{0, 0, 0, 1}, bg: white}
	style, hidden := h.element(n, root)
	return hidden || style.hiddenText
}
