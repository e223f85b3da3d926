package templates

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"briefsmith/briefs"
)

// markdownRenderer writes a brief as CommonMark.
type markdownRenderer struct {
	t Template
}

// NewMarkdown returns a renderer that writes a brief as Markdown: the title
// block, then each item as a "## headline" with its source line, the three
// sections as "###" headings with bullets, and the quote as a blockquote.
// The template's title leads the line under the brief title.
func NewMarkdown(t Template) briefs.Renderer {
	return &markdownRenderer{t: t}
}

// Render writes b to w as Markdown.
func (r *markdownRenderer) Render(ctx context.Context, w io.Writer, b *briefs.Brief) error {
	if b == nil {
		return errors.New("render markdown: no brief")
	}
	var sb strings.Builder
	r.front(&sb, b)
	topic := ""
	for i := range b.Items {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("render markdown: %w", err)
		}
		it := &b.Items[i]
		if t := mdLine(it.Topic); t != "" && t != topic {
			topic = t
			fmt.Fprintf(&sb, "# %s\n\n", t)
		}
		mdItem(&sb, it)
	}
	if _, err := io.WriteString(w, sb.String()); err != nil {
		return fmt.Errorf("render markdown: %w", err)
	}
	return nil
}

// front writes the title block and bottom line.
func (r *markdownRenderer) front(sb *strings.Builder, b *briefs.Brief) {
	if d := mdLine(b.Distribution); d != "" {
		fmt.Fprintf(sb, "**%s**\n\n", strings.ToUpper(d))
	}
	fmt.Fprintf(sb, "# %s\n\n", mdLine(briefTitle(b)))
	var meta []string
	if t := mdLine(r.t.Title); t != "" {
		meta = append(meta, t)
	}
	if d := longDate(b.Date); d != "" {
		meta = append(meta, mdLine(d))
	}
	if p := mdLine(b.PreparedBy); p != "" {
		meta = append(meta, "Prepared by "+p)
	}
	if p := mdLine(b.PreparedFor); p != "" {
		meta = append(meta, "Prepared for "+p)
	}
	if len(meta) > 0 {
		fmt.Fprintf(sb, "*%s*\n\n", strings.Join(meta, " · "))
	}
	if bl := mdParagraph(b.BottomLine); bl != "" {
		fmt.Fprintf(sb, "> **Bottom line:** %s\n\n", strings.ReplaceAll(bl, "\n", "\n> "))
	}
	sb.WriteString("---\n\n")
}

// mdItem writes one item.
func mdItem(sb *strings.Builder, it *briefs.Item) {
	fmt.Fprintf(sb, "## %s\n\n", mdLine(itemHeadline(it)))
	if src := mdSource(it.Article); src != "" {
		fmt.Fprintf(sb, "*%s*\n\n", src)
	}
	for _, sec := range briefs.Sections {
		pts := it.Summary.Texts(sec)
		var lines []string
		for _, p := range pts {
			if t := mdParagraph(p); t != "" {
				lines = append(lines, "- "+strings.ReplaceAll(t, "\n", "\n  "))
			}
		}
		if len(lines) > 0 {
			fmt.Fprintf(sb, "### %s\n\n%s\n\n", sec.Title(), strings.Join(lines, "\n"))
		}
	}
	if q := it.Summary.Quote; q != nil && mdParagraph(q.Text) != "" {
		fmt.Fprintf(sb, "> “%s”\n", strings.ReplaceAll(strings.Trim(mdParagraph(q.Text), "\"“”„"), "\n", "\n> "))
		if sp := mdLine(q.Speaker); sp != "" {
			fmt.Fprintf(sb, ">\n> — %s\n", sp)
		}
		sb.WriteString("\n")
	}
}

// mdSource is "Outlet · Byline · 23 Nov 2026 · [example.com/a](https://…)".
func mdSource(a briefs.Article) string {
	var parts []string
	for _, p := range []string{mdLine(a.Outlet()), mdLine(a.Byline), shortDate(a.Published)} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if u := cleanURL(a.URL); isWebLink(u) {
		target := strings.NewReplacer("(", "%28", ")", "%29", "<", "%3C", ">", "%3E").Replace(u)
		parts = append(parts, fmt.Sprintf("[%s](%s)", mdEscape(clip(displayURL(u), maxShownURL)), target))
	}
	return strings.Join(parts, " · ")
}

// mdLine is one line of inline Markdown text: clean and escaped.
func mdLine(s string) string { return mdEscape(mdClean(s, false)) }

// mdParagraph is inline Markdown text that may hold line breaks.
func mdParagraph(s string) string { return mdEscape(mdClean(s, true)) }

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
