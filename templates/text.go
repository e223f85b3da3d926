package templates

import (
	"context"
	"fmt"
	"io"
	"strings"

	"briefsmith/briefs"
)

// textRenderer writes a brief as plain text for the body of an e-mail.
type textRenderer struct {
	t    Template
	opts Options
}

// NewText returns a renderer that writes a brief as plain text: headings
// underlined, points as "- " lines wrapped at 72 columns, links in angle
// brackets after their text, so that it pastes cleanly into any mail.
func NewText(t Template, opts Options) briefs.Renderer {
	return &textRenderer{t: t, opts: opts}
}

// Render writes b to w as plain text.
func (r *textRenderer) Render(ctx context.Context, w io.Writer, b *briefs.Brief) error {
	doc, err := prepare(r.t, r.opts, b)
	if err != nil {
		return fmt.Errorf("render text: %w", err)
	}
	var sb strings.Builder
	txtFront(&sb, doc)
	for _, g := range doc.Groups {
		if g.Heading != "" {
			txtUnderline(&sb, strings.ToUpper(g.Heading), "=")
		}
		for _, it := range g.Items {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("render text: %w", err)
			}
			txtItem(&sb, doc, it)
		}
	}
	if doc.Disclaimer != "" {
		sb.WriteString(strings.Repeat("-", 40) + "\n")
		if h := text(doc.T.Sections.Disclaimer); h != "" {
			sb.WriteString(h + "\n")
		}
		sb.WriteString(wrapText(doc.Disclaimer, "", 72) + "\n")
	}
	if _, err := io.WriteString(w, sb.String()); err != nil {
		return fmt.Errorf("render text: %w", err)
	}
	return nil
}

func txtFront(sb *strings.Builder, doc *Document) {
	for _, l := range []string{doc.Banner, doc.Distribution} {
		if l != "" {
			sb.WriteString(strings.ToUpper(l) + "\n\n")
		}
	}
	txtUnderline(sb, doc.Title, "=")
	if meta := metaParts(doc); len(meta) > 0 {
		sb.WriteString(wrapText(strings.Join(meta, " · "), "", 72) + "\n\n")
	}
	if doc.BottomLine != "" {
		sb.WriteString(wrapText(text(doc.T.Sections.BottomLine)+": "+doc.BottomLine, "", 72) + "\n\n")
	}
	if doc.T.Layout.TopLines && len(doc.Items) > 0 {
		txtUnderline(sb, text(doc.T.Sections.TopLines), "-")
		for _, it := range doc.Items {
			sb.WriteString(wrapText(fmt.Sprintf("%d. %s", it.N, topLine(it)), "   ", 72) + "\n")
		}
		sb.WriteString("\n")
	}
}

// txtUnderline writes a heading underlined with c.
func txtUnderline(sb *strings.Builder, s, c string) {
	fmt.Fprintf(sb, "%s\n%s\n\n", s, strings.Repeat(c, max(3, min(72, len([]rune(s))))))
}

func txtItem(sb *strings.Builder, doc *Document, it *DocItem) {
	fmt.Fprintf(sb, "%d. %s\n", it.N, it.Headline)
	if src := txtParts(it.Source, doc.T.Source.Separator); src != "" {
		sb.WriteString("   " + wrapText(src, "   ", 69) + "\n")
	}
	if len(it.AlsoIn) > 0 {
		sb.WriteString("   " + wrapText(text(doc.T.Source.AlsoIn)+": "+txtParts(it.AlsoIn, ", "), "   ", 69) + "\n")
	}
	sb.WriteString("\n")
	for _, sec := range it.Sections {
		sb.WriteString(sec.Title + "\n")
		for _, p := range sec.Points {
			sb.WriteString(wrapText("- "+strings.ReplaceAll(p, "\n", " "), "  ", 72) + "\n")
		}
		sb.WriteString("\n")
	}
	if q := it.Quote; q != nil {
		sb.WriteString(wrapText("“"+strings.ReplaceAll(q.Text, "\n", " ")+"”", "  ", 72) + "\n")
		if q.Speaker != "" {
			sb.WriteString("  — " + q.Speaker + "\n")
		}
		sb.WriteString("\n")
	}
}

// txtParts joins source parts, a link as "text <address>".
func txtParts(parts []Part, sep string) string {
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = p.Text
		if p.Link != "" {
			out[i] = "<" + p.Link + ">"
		}
	}
	return strings.Join(out, sep)
}

// wrapText wraps s at width columns (counted in runes), continuation lines
// starting with indent. A word longer than a line stays whole (an address
// must not break).
func wrapText(s, indent string, width int) string {
	var b strings.Builder
	col := 0
	for i, w := range strings.Fields(s) {
		n := len([]rune(w))
		switch {
		case i == 0:
		case col+1+n > width:
			b.WriteString("\n" + indent)
			col = len(indent)
		default:
			b.WriteByte(' ')
			col++
		}
		b.WriteString(w)
		col += n
	}
	return b.String()
}
