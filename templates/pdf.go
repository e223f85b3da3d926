package templates

import (
	"context"
	"errors"
	"fmt"
	"io"

	"briefsmith/briefs"
)

// pageCountAlias is replaced by the total page count when the PDF is written.
const pageCountAlias = "{nb}"

// pdfRenderer writes a brief as a PDF laid out by a template.
type pdfRenderer struct {
	t    Template
	opts Options
}

// NewPDF returns a renderer that lays a brief out as a PDF with template t.
// Its Render returns an error (never panics) when the brief is nil, ctx is
// cancelled, or the PDF library fails.
func NewPDF(t Template, opts Options) briefs.Renderer {
	return &pdfRenderer{t: t, opts: opts}
}

// Render writes b to w as a PDF. Nothing is written to w unless the whole
// document was built.
func (r *pdfRenderer) Render(ctx context.Context, w io.Writer, b *briefs.Brief) (err error) {
	if b == nil {
		return errors.New("render pdf: no brief")
	}
	defer func() {
		if p := recover(); p != nil { // defence in depth: the sanitiser should make this unreachable
			err = fmt.Errorf("render pdf: pdf library failed: %v", p)
		}
	}()
	d, err := newDoc(r.t, r.opts)
	if err != nil {
		return fmt.Errorf("render pdf: template %q: %w", r.t.Name, err)
	}
	if err := newWriter(d, b).write(ctx); err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}
	if err := d.pdf.Output(w); err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}
	return nil
}

// writer lays out one brief on a doc.
type writer struct {
	d     *doc
	b     *briefs.Brief
	s     styles
	title string // clean title, or a stand-in
	topic string // topic heading in force
	links []int  // internal link per item, for the contents list
}

func newWriter(d *doc, b *briefs.Brief) *writer {
	return &writer{d: d, b: b, s: newStyles(d.t, d.palette), title: briefTitle(b)}
}

// write lays out the whole brief, checking ctx between items.
func (w *writer) write(ctx context.Context) error {
	d := w.d
	d.setMetadata(w.title, w.b.PreparedBy, subject(d.t, w.b))
	d.setPageDecorations(w.runningHeader, w.footer)
	d.addPage()
	w.titleBlock()
	w.bottomLine()
	w.contents()
	if len(w.b.Items) == 0 {
		d.paragraph([]span{{text: "This brief has no items yet.", st: w.s.meta}}, w.s.bodyBlock(d))
	}
	for i := range w.b.Items {
		if err := ctx.Err(); err != nil {
			return err
		}
		w.item(i)
	}
	return d.pdf.Error()
}

// subject is the document's subject metadata.
func subject(t Template, b *briefs.Brief) string {
	s := t.Title
	if b.Date != "" {
		s += " for " + b.Date
	}
	if b.PreparedFor != "" {
		s += ", prepared for " + b.PreparedFor
	}
	return s
}

// briefTitle is the brief's title, or a stand-in when it has none.
func briefTitle(b *briefs.Brief) string {
	if t := cleanLine(b.Title); t != "" {
		return t
	}
	return "Untitled brief"
}
