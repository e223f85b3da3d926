package webpage

import (
	"sort"
	"strings"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/css"
	"golang.org/x/net/html"
)

// The page's own <style> blocks are read so that text hidden by a class
// or id rule is removed like text hidden by an inline style. Supported
// selectors: a tag (p), a class (.note), an id (#x), the universal
// selector (*), compounds of these (p.note.small, div#x), and chains of
// them joined by the descendant (a b) or child (a > b) combinator, in
// selector lists (a, b). A selector with anything else (attributes,
// pseudo-classes, sibling combinators) is ignored, as are rules inside
// @media (except "screen" and "all"), @supports and other at-rules, and
// external style sheets, which are never fetched.

// compound is one simple-selector sequence: tag, id and classes, all of
// which must match.
type compound struct {
	tag     string // "" or "*" for any
	id      string
	classes []string
	child   bool // joined to the compound before it by ">"
}

// rule is one supported selector with the declarations it sets.
type rule struct {
	chain       []compound // left to right; the last is the element itself
	specificity int        // ids·10000 + classes·100 + tags
	order       int        // position in the page
	decls       declarations
}

// stylesheet holds the page's rules indexed by the last compound's id,
// first class, or tag.
type stylesheet struct {
	byID, byClass, byTag map[string][]*rule
	any                  []*rule
	steps                int  // matching work done so far
	truncated            bool // rules past maxRules were not read: a later one may override any colour
}

// styleProps are the properties hidden-text detection reads; rules
// setting none of them are not kept.
var styleProps = map[string]bool{
	"display": true, "visibility": true, "opacity": true, "font-size": true, "font": true,
	"color": true, "background-color": true, "background": true, "background-image": true,
	"clip": true, "clip-path": true, "transform": true, "scale": true,
	"width": true, "height": true, "max-width": true, "max-height": true,
	"overflow": true, "overflow-x": true, "overflow-y": true, "text-indent": true,
	"position": true, "left": true, "top": true, "right": true, "margin-left": true, "margin-top": true,
	"content-visibility": true, "line-height": true, "-webkit-text-fill-color": true,
}

// maxRules bounds the rules read from one page, and maxMatchSteps the
// work of matching them, so a hostile style sheet cannot make matching
// quadratic; past the budget, rules are no longer applied.
const (
	maxRules      = 2000
	maxMatchSteps = 20_000_000
)

// maxChain is the longest selector chain read (".a .b .c .d").
const maxChain = 8

// readStylesheet parses every <style> element of doc that applies to
// the screen.
func readStylesheet(doc *html.Node) *stylesheet {
	s := &stylesheet{byID: map[string][]*rule{}, byClass: map[string][]*rule{}, byTag: map[string][]*rule{}}
	order := 0
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.Data {
		case "template", "noscript", "svg":
			return false
		case "style":
			if screenMedia(attr(n, "media")) && n.FirstChild != nil {
				order = s.parse(n.FirstChild.Data, order)
			}
			return false
		}
		return true
	})
	return s
}

// screenMedia reports whether a media list applies to a screen reader's
// view of the page: empty, "all" or "screen" without conditions.
func screenMedia(media string) bool {
	media = strings.ToLower(strings.TrimSpace(media))
	for _, m := range strings.Split(media, ",") {
		if m = strings.TrimSpace(m); m == "" || m == "all" || m == "screen" {
			return true
		}
	}
	return false
}

// parse adds the rules of one style sheet, numbered from order; it
// returns the next number.
func (s *stylesheet) parse(src string, order int) int {
	p := css.NewParser(parse.NewInputString(src), false)
	var current []*rule
	skipDepth := 0 // nesting inside at-rules whose rules do not apply
	for {
		if order >= maxRules {
			s.truncated = true
			return order
		}
		gt, _, data := p.Next()
		switch gt {
		case css.ErrorGrammar:
			return order
		case css.BeginAtRuleGrammar:
			if skipDepth > 0 || !appliesAtRule(string(data), p.Values()) {
				skipDepth++
			}
		case css.EndAtRuleGrammar:
			skipDepth = max(0, skipDepth-1)
		case css.BeginRulesetGrammar:
			current = nil
			if skipDepth == 0 {
				current = parseSelectors(p.Values(), order)
				order++
			}
		case css.DeclarationGrammar:
			prop, value := readDeclaration(data, p.Values())
			if styleProps[prop] {
				for _, r := range current {
					r.decls.set(prop, value)
				}
			}
		case css.EndRulesetGrammar:
			s.add(current)
			current = nil
		}
	}
}

// appliesAtRule reports whether rules inside an at-rule apply on screen:
// only @media with the types all or screen and no conditions.
func appliesAtRule(name string, prelude []css.Token) bool {
	if name != "@media" {
		return false
	}
	var b strings.Builder
	for _, t := range prelude {
		b.Write(t.Data)
	}
	return screenMedia(b.String())
}

// add indexes the rules that set something hidden-text detection reads.
func (s *stylesheet) add(rules []*rule) {
	for _, r := range rules {
		if len(r.decls) == 0 {
			continue
		}
		last := r.chain[len(r.chain)-1]
		switch {
		case last.id != "":
			s.byID[last.id] = append(s.byID[last.id], r)
		case len(last.classes) > 0:
			s.byClass[last.classes[0]] = append(s.byClass[last.classes[0]], r)
		case last.tag != "" && last.tag != "*":
			s.byTag[last.tag] = append(s.byTag[last.tag], r)
		default:
			s.any = append(s.any, r)
		}
	}
}

// parseSelectors reads a selector list; unsupported selectors are left
// out.
func parseSelectors(tokens []css.Token, order int) []*rule {
	var rules []*rule
	start := 0
	for i := 0; i <= len(tokens); i++ {
		if i < len(tokens) && tokens[i].TokenType != css.CommaToken {
			continue
		}
		if chain, ok := parseSelector(tokens[start:i]); ok {
			rules = append(rules, &rule{chain: chain, specificity: specificity(chain), order: order, decls: declarations{}})
		}
		start = i + 1
	}
	return rules
}

// parseSelector reads one selector of the supported kinds.
func parseSelector(tokens []css.Token) ([]compound, bool) {
	var b selectorBuilder
	for i := 0; i < len(tokens); i++ {
		var ok bool
		if i, ok = b.token(tokens, i); !ok {
			return nil, false
		}
	}
	b.flush()
	return b.chain, len(b.chain) > 0 && len(b.chain) <= maxChain && !b.child
}

// selectorBuilder gathers compounds while a selector is read.
type selectorBuilder struct {
	chain   []compound
	cur     compound
	started bool // cur has something in it
	child   bool // the next compound follows ">"
}

// token reads tokens[i] (and the class name after a "."); it returns the
// index of the last token used, and false for an unsupported selector.
func (b *selectorBuilder) token(tokens []css.Token, i int) (int, bool) {
	t := tokens[i]
	text := strings.ToLower(unescapeCSS(t.Data))
	switch {
	case t.TokenType == css.WhitespaceToken:
		b.flush()
	case t.TokenType == css.DelimToken && text == ">":
		b.flush()
		b.child = len(b.chain) > 0
	case (t.TokenType == css.IdentToken || (t.TokenType == css.DelimToken && text == "*")) && !b.started:
		b.cur.tag, b.started = text, true
	case t.TokenType == css.HashToken:
		b.cur.id, b.started = unescapeCSS(t.Data[1:]), true
	case t.TokenType == css.DelimToken && text == "." && i+1 < len(tokens) && tokens[i+1].TokenType == css.IdentToken:
		b.cur.classes, b.started = append(b.cur.classes, unescapeCSS(tokens[i+1].Data)), true
		return i + 1, true
	default:
		return i, false
	}
	return i, true
}

// flush ends the current compound.
func (b *selectorBuilder) flush() {
	if b.started {
		b.cur.child = b.child
		b.chain = append(b.chain, b.cur)
		b.cur, b.started, b.child = compound{}, false, false
	}
}

func specificity(chain []compound) int {
	n := 0
	for _, c := range chain {
		if c.id != "" {
			n += 10000
		}
		n += 100 * len(c.classes)
		if c.tag != "" && c.tag != "*" {
			n++
		}
	}
	return n
}

// matching returns the rules that apply to element n, in cascade order
// (lowest specificity first, then page order).
func (s *stylesheet) matching(n *html.Node) []*rule {
	if s == nil || (len(s.byID) == 0 && len(s.byClass) == 0 && len(s.byTag) == 0 && len(s.any) == 0) {
		return nil
	}
	var candidates []*rule
	if id := attr(n, "id"); id != "" {
		candidates = append(candidates, s.byID[id]...)
	}
	for _, c := range strings.Fields(attr(n, "class")) {
		candidates = append(candidates, s.byClass[c]...)
	}
	candidates = append(candidates, s.byTag[n.Data]...)
	candidates = append(candidates, s.any...)
	var out []*rule
	for _, r := range candidates {
		if s.steps > maxMatchSteps {
			break // a hostile style sheet: keep what is known
		}
		s.steps++
		if r.matches(n, &s.steps) {
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].specificity != out[j].specificity {
			return out[i].specificity < out[j].specificity
		}
		return out[i].order < out[j].order
	})
	return out
}

// matches reports whether r's selector matches element n. Ancestors are
// matched greedily, nearest first, which is exact for descendant
// combinators; a child combinator after a descendant one can miss a
// match a browser would find (".x > p span" when the nearest p is not
// the one inside .x). steps counts the elements looked at.
func (r *rule) matches(n *html.Node, steps *int) bool {
	last := len(r.chain) - 1
	if !r.chain[last].matches(n) {
		return false
	}
	child := r.chain[last].child
	n = n.Parent
	for i := last - 1; i >= 0; i-- {
		c := r.chain[i]
		for ; n != nil && n.Type == html.ElementNode; n = n.Parent {
			*steps++
			if c.matches(n) {
				break
			}
			if child {
				return false
			}
		}
		if n == nil || n.Type != html.ElementNode {
			return false
		}
		child, n = c.child, n.Parent
	}
	return true
}

// matches reports whether element n has c's tag, id and classes.
func (c compound) matches(n *html.Node) bool {
	if c.tag != "" && c.tag != "*" && c.tag != n.Data {
		return false
	}
	if c.id != "" && attr(n, "id") != c.id {
		return false
	}
	if len(c.classes) == 0 {
		return true
	}
	have := attr(n, "class")
	for _, want := range c.classes {
		if !hasClass(have, want) {
			return false
		}
	}
	return true
}

// hasClass reports whether the class list classes holds want, without
// allocating.
func hasClass(classes, want string) bool {
	for i := 0; ; {
		j := strings.Index(classes[i:], want)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(want)
		if (start == 0 || isSpace(classes[start-1])) && (end == len(classes) || isSpace(classes[end])) {
			return true
		}
		i = start + 1
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
