package webpage

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// hiddenClasses are class names that sites and CSS frameworks use for
// text meant only for screen readers.
var hiddenClasses = map[string]bool{
	"sr-only": true, "visually-hidden": true, "visuallyhidden": true,
	"screen-reader-text": true, "screenreader-only": true, "sr-only-focusable": true,
}

// offscreen is how far left or up (in CSS pixels) an absolutely positioned
// element must sit to count as hidden off-screen.
const offscreen = -1000

// RemoveHidden deletes from doc every element a reader would not see: ones
// with the hidden attribute, aria-hidden="true", a screen-reader-only class,
// <template> and <noscript> content, or an inline style that hides them (display:none,
// visibility:hidden, font-size:0, opacity:0, zero size with overflow
// hidden, or absolute positioning far off-screen). Such text can carry
// instructions meant for a summariser, so it never reaches one. The <html>
// and <body> elements are kept whatever they say.
func RemoveHidden(doc *html.Node) {
	var doomed []*html.Node
	walk(doc, func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.Data != "html" && n.Data != "body" && isHidden(n) {
			doomed = append(doomed, n)
			return false
		}
		return true
	})
	for _, n := range doomed {
		n.Parent.RemoveChild(n)
	}
}

// isHidden reports whether element n is hidden by its own markup.
func isHidden(n *html.Node) bool {
	if n.Data == "template" || n.Data == "noscript" {
		return true // inert markup, or a fallback a scripting browser never shows
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
		case "style":
			if hiddenByStyle(a.Val) {
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

// hiddenByStyle reports whether an inline style attribute hides its
// element.
func hiddenByStyle(style string) bool {
	d := parseStyle(style)
	switch {
	case d["display"] == "none",
		d["visibility"] == "hidden" || d["visibility"] == "collapse",
		isZero(d["font-size"]), isZero(d["opacity"]),
		d["overflow"] == "hidden" && (isZero(d["width"]) || isZero(d["height"]) || isZero(d["max-height"])),
		isFarNegative(d["text-indent"]):
		return true
	case d["position"] == "absolute" || d["position"] == "fixed":
		return isFarNegative(d["left"]) || isFarNegative(d["top"]) ||
			strings.HasPrefix(d["clip"], "rect(0")
	}
	return false
}

// parseStyle reads "a: b; c: d" into a map of lower-case properties to
// lower-case values without "!important".
func parseStyle(style string) map[string]string {
	d := make(map[string]string)
	for decl := range strings.SplitSeq(style, ";") {
		prop, val, ok := strings.Cut(decl, ":")
		if !ok {
			continue
		}
		val = strings.ToLower(strings.TrimSpace(val))
		val = strings.TrimSpace(strings.TrimSuffix(val, "!important"))
		d[strings.ToLower(strings.TrimSpace(prop))] = strings.ReplaceAll(val, " ", "")
	}
	return d
}

// isZero reports whether a CSS length or number is zero ("0", "0px",
// "0.0em", "0%").
func isZero(v string) bool {
	if v == "" {
		return false
	}
	n, ok := cssNumber(v)
	return ok && n == 0
}

// isFarNegative reports whether a CSS length puts an element off-screen:
// at most -1000 pixels, or -100 of a relative unit (em, rem, %, vw, vh).
func isFarNegative(v string) bool {
	n, ok := cssNumber(v)
	if !ok {
		return false
	}
	if strings.HasSuffix(v, "px") || strings.Trim(v, "-.0123456789") == "" {
		return n <= offscreen
	}
	return n <= -100
}

// cssNumber parses the number at the start of a CSS value.
func cssNumber(v string) (float64, bool) {
	end := strings.IndexFunc(v, func(r rune) bool {
		return !strings.ContainsRune("+-.0123456789", r)
	})
	if end < 0 {
		end = len(v)
	}
	n, err := strconv.ParseFloat(v[:end], 64)
	return n, err == nil
}
