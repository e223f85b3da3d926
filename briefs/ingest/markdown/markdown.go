// Package markdown reads an article written in Markdown (CommonMark with
// GitHub's tables). The first level-one heading, ATX ("# Title") or setext
// (underlined with "="), is the title; other headings become paragraphs of
// their own without their marks; emphasis, link, image and code syntax is
// reduced to plain text; each list item becomes one paragraph. Simple YAML
// front matter (title, author, date) is read and removed.
package markdown

import (
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"briefsmith/briefs"
	"briefsmith/briefs/ingest/textclean"
	"briefsmith/briefs/ingest/webpage"
)

// Parse reads Markdown (already cleaned with textclean.Clean) into an
// article with Title, Byline, Published and Text set where the source gives
// them.
func Parse(src string) briefs.Article {
	a, body := frontMatter(src)
	source := []byte(body)
	md := goldmark.New(goldmark.WithExtensions(extension.Table))
	doc := md.Parser().Parse(text.NewReader(source))
	c := collector{source: source, title: a.Title} // a front-matter title wins
	_ = ast.Walk(doc, c.visit)                     // visit never returns an error
	a.Title = c.title
	a.Text = textclean.JoinParagraphs(c.paras)
	return a
}

// collector gathers the title and the paragraphs while walking the tree.
type collector struct {
	source []byte
	title  string
	paras  []string
}

// visit handles one node of the tree: leaf blocks become paragraphs,
// containers (lists, quotes) are entered, raw HTML and rules are dropped.
func (c *collector) visit(n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	switch n := n.(type) {
	case *ast.Heading:
		c.heading(n)
	case *ast.Paragraph, *ast.TextBlock:
		c.paras = append(c.paras, c.inline(n))
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		c.paras = append(c.paras, string(n.Lines().Value(c.source)))
	case *east.TableHeader, *east.TableRow:
		c.paras = append(c.paras, c.row(n))
	case *ast.HTMLBlock, *ast.ThematicBreak:
		// raw HTML may hide text; rules carry none
	default:
		return ast.WalkContinue, nil
	}
	return ast.WalkSkipChildren, nil
}

// heading takes the first level-one heading as the title and keeps every
// other heading as a paragraph of its own.
func (c *collector) heading(h *ast.Heading) {
	t := textclean.Squeeze(c.inline(h))
	if h.Level == 1 && c.title == "" && t != "" {
		c.title = t
		return
	}
	c.paras = append(c.paras, t)
}

// row joins the cells of a table row with semicolons.
func (c *collector) row(n ast.Node) string {
	var cells []string
	for cell := n.FirstChild(); cell != nil; cell = cell.NextSibling() {
		if t := textclean.Squeeze(c.inline(cell)); t != "" {
			cells = append(cells, t)
		}
	}
	return strings.Join(cells, "; ")
}

// inline returns the plain text of n's inline content.
func (c *collector) inline(n ast.Node) string {
	var b strings.Builder
	c.writeInline(&b, n)
	return b.String()
}

func (c *collector) writeInline(b *strings.Builder, n ast.Node) {
	for child := n.FirstChild(); child != nil; child = child.NextSibling() {
		if raw, ok := child.(*ast.RawHTML); ok {
			child = c.skipHidden(raw) // past the hidden element, if it hides one
			continue
		}
		switch child := child.(type) {
		case *ast.Text:
			b.Write(c.textValue(child))
			if child.SoftLineBreak() || child.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(child.Value)
		case *ast.AutoLink:
			b.Write(child.Label(c.source))
		case *ast.Image:
			// an image is not body text
		default: // emphasis, links, code spans, strikethrough: their text
			c.writeInline(b, child)
		}
	}
}

// textValue returns a text node's characters with backslash escapes and
// character references resolved (raw text, as in code spans, is kept).
func (c *collector) textValue(t *ast.Text) []byte {
	v := t.Segment.Value(c.source)
	if t.IsRaw() {
		return v
	}
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
}

// skipHidden returns the node after which reading continues when raw is
// inline HTML: raw itself, or, when raw opens an element that hides its
// content (<span hidden>, <span style="display:none">…), the tag that
// closes it (the paragraph's last node when none does). Raw HTML itself
// is never text.
func (c *collector) skipHidden(raw *ast.RawHTML) ast.Node {
	tag, ok := startTagName(c.rawText(raw))
	if !ok || !webpage.HidesContent(c.rawText(raw)) {
		return raw
	}
	depth := 1
	var last ast.Node = raw
	for n := raw.NextSibling(); n != nil; n = n.NextSibling() {
		last = n
		if r, ok := n.(*ast.RawHTML); ok {
			text := c.rawText(r)
			if name, ok := startTagName(text); ok && name == tag {
				depth++
			} else if strings.EqualFold(endTagName(text), tag) {
				if depth--; depth == 0 {
					return n
				}
			}
		}
	}
	return last
}

func (c *collector) rawText(r *ast.RawHTML) string {
	var b strings.Builder
	for i := 0; i < r.Segments.Len(); i++ {
		seg := r.Segments.At(i)
		b.Write(seg.Value(c.source))
	}
	return b.String()
}

// startTagName is the lower-case name of an opening, not self-closing,
// tag ("<span hidden>" → "span").
func startTagName(raw string) (string, bool) {
	if !strings.HasPrefix(raw, "<") || strings.HasPrefix(raw, "</") || strings.HasSuffix(raw, "/>") {
		return "", false
	}
	name := strings.ToLower(strings.TrimLeft(raw[1:], " "))
	if end := strings.IndexAny(name, " \t\n/>"); end >= 0 {
		name = name[:end]
	}
	return name, name != "" && !voidElements[name]
}

// endTagName is the name of a closing tag ("</span>" → "span"), or "".
func endTagName(raw string) string {
	if !strings.HasPrefix(raw, "</") {
		return ""
	}
	return strings.TrimSpace(strings.TrimSuffix(raw[2:], ">"))
}

// voidElements never have content or a closing tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}
