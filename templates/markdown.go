package templates

import (
	"context"
	"fmt"
	"io"
	"strings"

	"briefsmith/briefs"
)

// markdownRenderer writes a brief as CommonMark.
type markdownRenderer struct {
	t    Template
	opts Options
}

// NewMarkdown returns a renderer that writes a brief as Markdown: the title
// block, then each topic as "#", each item as "## headline" with its source
// line, the sections as "###" headings with bullets, and the quote as a
// blockquote.
func NewMarkdown(t Template) briefs.Renderer {
	return newMarkdown(t, Options{})
}

func newMarkdown(t Template, opts Options) briefs.Renderer {
	return &markdownRenderer{t: t, opts: opts}
}

// Render writes b to w as Markdown.
func (r *markdownRenderer) Render(ctx context.Context, w io.Writer, b *briefs.Brief) error {
	doc, err := prepare(r.t, r.opts, b)
	if err != nil {
		return fmt.Errorf("render markdown: %w", err)
	}
	var sb strings.Builder
	mdFront(&sb, doc)
	for _, g := range doc.Groups {
		if g.Heading != "" {
			fmt.Fprintf(&sb, "# %s\n\n", mdEscape(g.Heading))
		}
		for _, it := range g.Items {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("render markdown: %w", err)
			}
			mdItem(&sb, doc, it)
		}
	}
	if doc.Disclaimer != "" {
		sb.WriteString("---\n\n")
		if h := doc.T.Sections.Disclaimer; h != "" {
			fmt.Fprintf(&sb, "**%s**\n\n", mdEscape(text(h)))
		}
		fmt.Fprintf(&sb, "*%s*\n", mdEscape(doc.Disclaimer))
	}
	if _, err := io.WriteString(w, sb.String()); err != nil {
		return fmt.Errorf("render markdown: %w", err)
	}
	return nil
}

// mdFront writes the banner, title block, bottom line and top lines.
func mdFront(sb *strings.Builder, doc *Document) {
	for _, l := range []string{doc.Banner, doc.Distribution} {
		if l != "" {
			fmt.Fprintf(sb, "**%s**\n\n", mdEscape(strings.ToUpper(l)))
		}
	}
	fmt.Fprintf(sb, "# %s\n\n", mdEscape(doc.Title))
	if meta := metaParts(doc); len(meta) > 0 {
		fmt.Fprintf(sb, "*%s*\n\n", mdEscape(strings.Join(meta, " · ")))
	}
	if doc.BottomLine != "" {
		fmt.Fprintf(sb, "> **%s:** %s\n\n", mdEscape(text(doc.T.Sections.BottomLine)), strings.ReplaceAll(mdEscape(doc.BottomLine), "\n", "\n> "))
	}
	if doc.T.Layout.TopLines && len(doc.Items) > 0 {
		fmt.Fprintf(sb, "**%s**\n\n", mdEscape(text(doc.T.Sections.TopLines)))
		for _, it := range doc.Items {
			fmt.Fprintf(sb, "%d. %s\n", it.N, mdEscape(topLine(it)))
		}
		sb.WriteString("\n")
	}
	sb.WriteString("---\n\n")
}

// metaParts are the brand and label, date and names under the title.
func metaParts(doc *Document) []string {
	var meta []string
	for _, p := range []string{doc.BrandName, doc.Label, doc.Date} {
		if p != "" {
			meta = append(meta, p)
		}
	}
	if doc.PreparedBy != "" {
		meta = append(meta, "Prepared by "+doc.PreparedBy)
	}
	if doc.PreparedFor != "" {
		meta = append(meta, "Prepared for "+doc.PreparedFor)
	}
	return meta
}

// topLine is "Headline — first point".
func topLine(it *DocItem) string {
	if it.TopLine == "" {
		return it.Headline
	}
	return it.Headline + " — " + strings.ReplaceAll(it.TopLine, "\n", " ")
}

// mdItem writes one item.
func mdItem(sb *strings.Builder, doc *Document, it *DocItem) {
	fmt.Fprintf(sb, "## %s\n\n", mdEscape(it.Headline))
	if src := mdParts(it.Source, doc.T.Source.Separator); src != "" {
		fmt.Fprintf(sb, "*%s*\n\n", src)
	}
	if len(it.AlsoIn) > 0 {
		fmt.Fprintf(sb, "*%s: %s*\n\n", mdEscape(text(doc.T.Source.AlsoIn)), mdParts(it.AlsoIn, ", "))
	}
	for _, sec := range it.Sections {
		var lines []string
		for _, p := range sec.Points {
			lines = append(lines, "- "+strings.ReplaceAll(mdEscape(p), "\n", "\n  "))
		}
		fmt.Fprintf(sb, "### %s\n\n%s\n\n", mdEscape(sec.Title), strings.Join(lines, "\n"))
	}
	if q := it.Quote; q != nil {
		fmt.Fprintf(sb, "> “%s”\n", strings.ReplaceAll(mdEscape(q.Text), "\n", "\n> "))
		if q.Speaker != "" {
			fmt.Fprintf(sb, ">\n> — %s\n", mdEscape(q.Speaker))
		}
		sb.WriteString("\n")
	}
}

// mdParts joins source parts, links as [text](target).
func mdParts(parts []Part, sep string) string {
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = mdEscape(p.Text)
		if p.Link != "" {
			target := strings.NewReplacer("(", "%28", ")", "%29", "<", "%3C", ">", "%3E", " ", "%20").Replace(p.Link)
			out[i] = fmt.Sprintf("[%s](%s)", out[i], target)
		}
	}
	return strings.Join(out, sep)
}

// mdClean removes what has no place in a text file (invalid UTF-8, controls,
// bidi overrides) but, unlike the PDF sanitiser, keeps emoji.
func mdClean(s string, keepBreaks bool) string {
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r > 0xFFFF:
			b.WriteRune(r)
		case r == '\uFE0F' || r == '\u200D':
			b.WriteRune(r) // emoji presentation and joiners are meaningful here
		default:
			b.WriteString(mapRune(r, keepBreaks))
		}
	}
	return collapseSpaces(b.String())
}

// mdEscape backslash-escapes the characters that would otherwise start
// Markdown emphasis, links, code, HTML or headings.
func mdEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`,
		"<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`).Replace(s)
}
