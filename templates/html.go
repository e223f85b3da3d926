package templates

import (
	"context"
	"encoding/base64"
	"fmt"
	"html"
	"io"
	"strings"

	"briefsmith/briefs"
)

// htmlRenderer writes a brief as e-mail-safe HTML.
type htmlRenderer struct {
	t    Template
	opts Options
}

// NewHTML returns a renderer that writes a brief as one self-contained,
// e-mail-safe HTML document: inline styles only, no scripts, no external
// resources (the logo is a data: URI), a single 640-pixel table column as
// mail clients expect, and markup that is also well-formed XML.
func NewHTML(t Template, opts Options) briefs.Renderer {
	return &htmlRenderer{t: t, opts: opts}
}

// htmlWriter holds the document and the template's colours while writing.
type htmlWriter struct {
	sb  strings.Builder
	doc *Document
	c   map[string]string // colour by role
	h   string            // heading font stack
	b   string            // body font stack
}

// Render writes b to w as HTML.
func (r *htmlRenderer) Render(ctx context.Context, w io.Writer, b *briefs.Brief) error {
	doc, err := prepare(r.t, r.opts, b)
	if err != nil {
		return fmt.Errorf("render html: %w", err)
	}
	hw := newHTMLWriter(doc)
	hw.front()
	for _, g := range doc.Groups {
		if g.Heading != "" {
			hw.topic(g.Heading)
		}
		for _, it := range g.Items {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("render html: %w", err)
			}
			hw.item(it)
		}
	}
	hw.end()
	if _, err := io.WriteString(w, hw.sb.String()); err != nil {
		return fmt.Errorf("render html: %w", err)
	}
	return nil
}

func newHTMLWriter(doc *Document) *htmlWriter {
	t := doc.T
	accent := t.Colors.Accent
	if t.Brand.Color != "" {
		accent = t.Brand.Color
	}
	return &htmlWriter{doc: doc, h: fontStack(t.Fonts.Heading), b: fontStack(t.Fonts.Body), c: map[string]string{
		"text": t.Colors.Text, "heading": t.Colors.Heading, "accent": accent, "muted": t.Colors.Muted,
		"rule": t.Colors.Rule, "panel": t.Colors.Panel, "alert": t.Colors.Alert}}
}

// fontStack is a CSS font list close to the template's font.
func fontStack(f string) string {
	if strings.Contains(strings.ToLower(f), "serif") && !strings.Contains(strings.ToLower(f), "sans") {
		return "Georgia,'DejaVu Serif','Times New Roman',serif"
	}
	return "Arial,'DejaVu Sans',Helvetica,sans-serif"
}

// esc escapes text for HTML and XML alike.
func esc(s string) string { return html.EscapeString(s) }

// dirAttr is ` dir="rtl"` for right-to-left text.
func dirAttr(s string) string {
	if isRTLParagraph([]span{{text: s}}) {
		return ` dir="rtl"`
	}
	return ""
}

func (w *htmlWriter) printf(format string, args ...any) { fmt.Fprintf(&w.sb, format, args...) }

func (w *htmlWriter) front() {
	d := w.doc
	w.printf("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%s\">\n<head>\n<meta charset=\"utf-8\" />\n", esc(d.Language))
	w.printf("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>%s</title>\n</head>\n", esc(d.Title))
	w.printf("<body style=\"margin:0;padding:0;background:#F3F4F6;\">\n")
	w.printf("<table role=\"presentation\" width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#F3F4F6;\"><tr><td align=\"center\" style=\"padding:16px 8px;\">\n")
	w.printf("<table role=\"presentation\" width=\"640\" cellpadding=\"0\" cellspacing=\"0\" style=\"width:100%%;max-width:640px;background:#FFFFFF;border-collapse:collapse;table-layout:fixed;\">\n")
	if d.Banner != "" {
		w.printf("<tr><td style=\"background:%s;color:#FFFFFF;font:bold 12px %s;letter-spacing:1px;text-align:center;padding:6px 12px;\">%s</td></tr>\n", w.c["alert"], w.h, esc(strings.ToUpper(d.Banner)))
	}
	w.printf("<tr><td style=\"padding:24px 32px 8px 32px;border-bottom:3px solid %s;overflow-wrap:anywhere;word-wrap:break-word;\">\n", w.c["accent"])
	w.logo()
	if d.Distribution != "" {
		w.printf("<p style=\"margin:0 0 6px 0;font:bold 12px %s;color:%s;\">%s</p>\n", w.h, w.c["alert"], esc(strings.ToUpper(d.Distribution)))
	}
	if label := strings.Join(nonEmpty(d.BrandName, d.Label), " · "); label != "" {
		w.printf("<p style=\"margin:0 0 4px 0;font:bold 11px %s;letter-spacing:1px;text-transform:uppercase;color:%s;\">%s</p>\n", w.h, w.c["accent"], esc(label))
	}
	w.printf("<h1 style=\"margin:0 0 8px 0;font:bold 26px/1.2 %s;color:%s;\"%s>%s</h1>\n", w.h, w.c["heading"], dirAttr(d.Title), esc(d.Title))
	if meta := nonEmpty(d.Date, prefixed("Prepared by ", d.PreparedBy), prefixed("Prepared for ", d.PreparedFor)); len(meta) > 0 {
		w.printf("<p style=\"margin:0 0 12px 0;font:13px %s;color:%s;\">%s</p>\n", w.h, w.c["muted"], esc(strings.Join(meta, " · ")))
	}
	// Long words and addresses wrap instead of widening the column.
	w.printf("</td></tr>\n<tr><td style=\"padding:16px 32px 24px 32px;font:15px/1.5 %s;color:%s;overflow-wrap:anywhere;word-wrap:break-word;word-break:break-word;\">\n", w.b, w.c["text"])
	w.bottomLine()
	w.topLines()
}

// nonEmpty drops empty strings.
func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// prefixed is p+s, or "" when s is empty.
func prefixed(p, s string) string {
	if s == "" {
		return ""
	}
	return p + s
}

// logo embeds the logo as a data: URI, so that nothing is fetched.
func (w *htmlWriter) logo() {
	t := w.doc.T
	if len(t.logo) == 0 || t.Brand.LogoPlace == "none" {
		return
	}
	kind, err := logoKind(t.logo)
	if err != nil {
		return // checked when the template or brand was loaded
	}
	mime := map[string]string{"PNG": "image/png", "JPG": "image/jpeg"}[kind]
	align := "left"
	if t.Brand.LogoPlace == "right" {
		align = "right"
	}
	px := int(t.Brand.LogoWidthMM * 3.78)
	w.printf("<img src=\"data:%s;base64,%s\" width=\"%d\" alt=\"%s\" style=\"display:block;float:%s;margin:0 0 8px 0;border:0;\" />\n<div style=\"clear:both;\"></div>\n",
		mime, base64.StdEncoding.EncodeToString(t.logo), px, esc(nonEmptyOr(w.doc.BrandName, "Logo")), align)
}

func nonEmptyOr(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

func (w *htmlWriter) bottomLine() {
	d := w.doc
	if d.BottomLine == "" {
		return
	}
	w.printf("<div style=\"background:%s;padding:12px 16px;margin:0 0 16px 0;\"><p style=\"margin:0 0 4px 0;font:bold 12px %s;color:%s;text-transform:uppercase;\">%s</p><p style=\"margin:0;\"%s>%s</p></div>\n",
		w.c["panel"], w.h, w.c["accent"], esc(text(d.T.Sections.BottomLine)), dirAttr(d.BottomLine), brText(d.BottomLine))
}

// brText escapes s and turns line breaks into <br />.
func brText(s string) string { return strings.ReplaceAll(esc(s), "\n", "<br />") }

func (w *htmlWriter) topLines() {
	d := w.doc
	if !d.T.Layout.TopLines || len(d.Items) == 0 {
		return
	}
	w.sectionHeading(d.T.Sections.TopLines)
	w.printf("<ol style=\"margin:0 0 16px 0;padding-left:24px;\">\n")
	for _, it := range d.Items {
		w.printf("<li style=\"margin:0 0 6px 0;\"%s><a href=\"#item-%d\" style=\"color:%s;text-decoration:none;font-weight:bold;\">%s</a>", dirAttr(it.Headline), it.N, w.c["heading"], esc(it.Headline))
		if it.TopLine != "" {
			w.printf(" — %s", esc(strings.ReplaceAll(it.TopLine, "\n", " ")))
		}
		w.printf("</li>\n")
	}
	w.printf("</ol>\n")
}

func (w *htmlWriter) sectionHeading(title string) {
	t := text(title)
	if w.doc.T.Layout.SectionCaps {
		t = strings.ToUpper(t)
	}
	w.printf("<h3 style=\"margin:12px 0 4px 0;font:bold 13px %s;letter-spacing:0.5px;color:%s;\">%s</h3>\n", w.h, w.c["accent"], esc(t))
}

func (w *htmlWriter) topic(heading string) {
	w.printf("<h2 style=\"margin:24px 0 8px 0;padding-bottom:4px;border-bottom:1px solid %s;font:bold 13px %s;letter-spacing:1px;color:%s;\">%s</h2>\n",
		w.c["accent"], w.h, w.c["accent"], esc(strings.ToUpper(heading)))
}

func (w *htmlWriter) item(it *DocItem) {
	d := w.doc
	if it.N > 1 && d.T.Layout.ItemRule {
		w.printf("<hr style=\"border:0;border-top:1px solid %s;margin:20px 0;\" />\n", w.c["rule"])
	}
	w.printf("<h2 id=\"item-%d\" style=\"margin:12px 0 4px 0;font:bold 19px/1.3 %s;color:%s;\"%s>%s</h2>\n", it.N, w.h, w.c["heading"], dirAttr(it.Headline), esc(it.Headline))
	w.printf("<p style=\"margin:0 0 8px 0;font:12px %s;color:%s;\">%s</p>\n", w.h, w.c["muted"], w.parts(it.Source, d.T.Source.Separator))
	if len(it.AlsoIn) > 0 {
		w.printf("<p style=\"margin:0 0 8px 0;font:12px %s;color:%s;\">%s: %s</p>\n", w.h, w.c["muted"], esc(text(d.T.Source.AlsoIn)), w.parts(it.AlsoIn, ", "))
	}
	for _, sec := range it.Sections {
		w.section(sec)
	}
	if q := it.Quote; q != nil {
		w.printf("<blockquote style=\"margin:12px 0;padding:4px 0 4px 14px;border-left:3px solid %s;font-style:italic;color:%s;\"%s>“%s”", w.c["accent"], w.c["heading"], dirAttr(q.Text), brText(q.Text))
		if q.Speaker != "" {
			w.printf("<br /><span style=\"font:normal 12px %s;color:%s;\">— %s</span>", w.h, w.c["muted"], esc(q.Speaker))
		}
		w.printf("</blockquote>\n")
	}
}

func (w *htmlWriter) section(sec DocSection) {
	w.sectionHeading(sec.Title)
	if w.doc.T.Layout.Points == "paragraphs" {
		for _, p := range sec.Points {
			w.printf("<p style=\"margin:0 0 8px 0;\"%s>%s</p>\n", dirAttr(p), brText(p))
		}
		return
	}
	w.printf("<ul style=\"margin:0 0 8px 0;padding-left:22px;\">\n")
	for _, p := range sec.Points {
		w.printf("<li style=\"margin:0 0 4px 0;\"%s>%s</li>\n", dirAttr(p), brText(p))
	}
	w.printf("</ul>\n")
}

// parts writes source parts, links as anchors.
func (w *htmlWriter) parts(parts []Part, sep string) string {
	if len(parts) == 0 {
		return "Source not recorded"
	}
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = esc(p.Text)
		if p.Link != "" {
			out[i] = fmt.Sprintf("<a href=\"%s\" style=\"color:%s;\">%s</a>", esc(p.Link), w.c["accent"], out[i])
		}
	}
	return strings.Join(out, esc(sep))
}

func (w *htmlWriter) end() {
	d := w.doc
	if len(d.Items) == 0 {
		w.printf("<p>This brief has no items yet.</p>\n")
	}
	w.printf("</td></tr>\n")
	if d.Disclaimer != "" {
		w.printf("<tr><td style=\"padding:12px 32px 20px 32px;border-top:1px solid %s;font:11px/1.45 %s;color:%s;\">", w.c["rule"], w.h, w.c["muted"])
		if h := text(d.T.Sections.Disclaimer); h != "" {
			w.printf("<strong>%s</strong><br />", esc(h))
		}
		w.printf("%s</td></tr>\n", brText(d.Disclaimer))
	}
	if d.Banner != "" {
		w.printf("<tr><td style=\"background:%s;color:#FFFFFF;font:bold 12px %s;letter-spacing:1px;text-align:center;padding:6px 12px;\">%s</td></tr>\n", w.c["alert"], w.h, esc(strings.ToUpper(d.Banner)))
	}
	w.printf("</table>\n</td></tr></table>\n</body>\n</html>\n")
}
