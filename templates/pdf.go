package templates

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"briefsmith/briefs"
)

// pageCountAlias is replaced by the total page count when the PDF is written.
const pageCountAlias = "{nb}"

// FitError says a brief does not fit a template that limits its size (the
// One-pager): too many items, or more than one page. The caller shows
// Error() to the user, who can drop items or choose another template.
type FitError struct {
	Template string // the template's title
	Items    int    // items in the brief
	MaxItems int    // items the template holds; 0 when it has no limit
	Pages    int    // pages the items took; 0 when not rendered
}

func (e *FitError) Error() string {
	if e.MaxItems > 0 && e.Items > e.MaxItems {
		return fmt.Sprintf("the %s holds up to %d items and this brief has %d: remove %d, or choose another template",
			e.Template, e.MaxItems, e.Items, e.Items-e.MaxItems)
	}
	return fmt.Sprintf("the %s must fit on one page, and these %d items need %d: shorten them or remove some, or choose another template",
		e.Template, e.Items, e.Pages)
}

// pdfRenderer writes a brief as a PDF laid out by a template.
type pdfRenderer struct {
	t    Template
	opts Options
}

// NewPDF returns a renderer that lays a brief out as a PDF with template t.
// Its Render returns an error (never panics) when the brief is nil, ctx is
// cancelled, the PDF library fails, or the brief does not fit a template
// with a size limit (a *FitError).
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
	t, err := brandFor(r.t, r.opts, b)
	if err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}
	doc := NewDocument(t, b)
	if err := checkItemLimit(doc); err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}
	d, err := newDoc(t, r.opts)
	if err != nil {
		return fmt.Errorf("render pdf: template %q: %w", t.Name, err)
	}
	if err := newWriter(d, doc).write(ctx); err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}
	if t.Layout.OnePage && d.pdf.PageNo() > 1 {
		return fmt.Errorf("render pdf: %w", &FitError{Template: t.Title, Items: len(doc.Items), MaxItems: t.Layout.MaxItems, Pages: d.pdf.PageNo()})
	}
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}
	if _, err := w.Write(withLang(buf.Bytes(), doc.Language)); err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}
	return nil
}

// checkItemLimit is the template's max_items rule, for every format.
func checkItemLimit(doc *Document) error {
	if m := doc.T.Layout.MaxItems; m > 0 && len(doc.Items) > m {
		return &FitError{Template: doc.T.Title, Items: len(doc.Items), MaxItems: m}
	}
	return nil
}

// brandFor lays the options' brand and then the brief's own over t.
func brandFor(t Template, opts Options, b *briefs.Brief) (Template, error) {
	var err error
	if opts.Brand != nil {
		if t, err = t.WithBrand(*opts.Brand); err != nil {
			return t, err
		}
	}
	if b.Brand != nil {
		if t, err = t.WithBrand(*b.Brand); err != nil {
			return t, fmt.Errorf("the brief's brand: %w", err)
		}
	}
	return t, nil
}

// writer lays out one Document on a doc.
type writer struct {
	d     *doc
	m     *Document
	s     styles
	links map[*DocItem]int // internal link per item, for top lines and contents
	cover bool             // page 1 is a cover page
}

func newWriter(d *doc, m *Document) *writer {
	return &writer{d: d, m: m, s: newStyles(d.t, d.palette), links: map[*DocItem]int{}}
}

// write lays out the whole document, checking ctx between items.
func (w *writer) write(ctx context.Context) error {
	d := w.d
	d.setMetadata(w.m)
	d.setPageDecorations(w.runningHeader, w.footer)
	for _, it := range w.m.Items {
		w.links[it] = d.newLink()
	}
	d.addPage()
	w.front()
	if len(w.m.Items) == 0 {
		d.paragraph([]span{{text: "This brief has no items yet.", st: w.s.meta}}, w.s.bodyBlock(d))
	}
	for _, g := range w.m.Groups {
		for i, it := range g.Items {
			if err := ctx.Err(); err != nil {
				return err
			}
			heading := ""
			if i == 0 {
				heading = g.Heading
			}
			w.item(it, heading)
		}
	}
	w.disclaimer()
	return d.pdf.Error()
}

// briefTitle is the brief's title, or a stand-in when it has none.
func briefTitle(b *briefs.Brief) string {
	if t := text(b.Title); t != "" {
		return t
	}
	return "Untitled brief"
}
