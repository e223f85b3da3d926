package ingest

import (
	"context"
	"errors"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"briefsmith/briefs"
	"briefsmith/briefs/ingest/docx"
	"briefsmith/briefs/ingest/eml"
	"briefsmith/briefs/ingest/pdf"
	"briefsmith/briefs/ingest/plaintext"
	"briefsmith/briefs/ingest/textclean"
	"briefsmith/briefs/ingest/webpage"
)

// importPDF reads the text layer of the PDF at path with pdftotext.
func (im *Importer) importPDF(ctx context.Context, source, path string) (briefs.Article, error) {
	if err := im.checkFile(source, path); err != nil {
		return briefs.Article{}, err
	}
	doc, err := pdf.Read(ctx, path, pdf.Options{Timeout: im.opts.Timeout, Tool: im.opts.PDFTool})
	switch {
	case ctx.Err() != nil:
		return briefs.Article{}, fail(source, "cancelled", ctx.Err())
	case errors.Is(err, pdf.ErrNoTextLayer):
		return briefs.Article{}, fail(source, err.Error(), errors.Join(ErrEmpty, err))
	case err != nil:
		return briefs.Article{}, fail(source, err.Error(), err)
	}
	a := plaintext.Parse(textclean.Clean(unshape(doc.Text)))
	if a.Title == "" {
		a.Title = doc.Title
	}
	if a.Byline == "" {
		a.Byline = doc.Author
	}
	return im.finish(source, briefs.KindFile, a)
}

// unshape maps the presentation forms pdftotext gives for Arabic script,
// and typographic ligatures such as "ﬁ", back to plain letters (NFKC on
// those characters only, so that other text keeps its superscripts and
// full-width forms).
func unshape(s string) string {
	if !strings.ContainsFunc(s, isPresentationForm) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isPresentationForm(r) {
			b.WriteString(norm.NFKC.String(string(r)))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isPresentationForm(r rune) bool {
	return unicode.In(r, unicode.Arabic) && (r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF) || r >= 0xFB00 && r <= 0xFB06
}

// importDOCX reads a Word document.
func (im *Importer) importDOCX(source string, b []byte) (briefs.Article, error) {
	doc, err := docx.Read(b, docx.Limits{})
	if err != nil {
		return briefs.Article{}, fail(source, "the Word document could not be read: "+err.Error(), errors.Join(ErrNotText, err))
	}
	a := briefs.Article{Title: doc.Title, Byline: doc.Author, Text: textclean.JoinParagraphs(doc.Paragraphs)}
	return im.finish(source, briefs.KindFile, a)
}

// importEmail reads an e-mail: story 0 is the whole message, story n ≥ 1
// the nth story of a newsletter (see eml.Stories).
func (im *Importer) importEmail(ctx context.Context, source string, b []byte, story int) (briefs.Article, error) {
	m, err := eml.Read(b)
	if err != nil {
		return briefs.Article{}, fail(source, "the e-mail could not be read: "+err.Error(), errors.Join(ErrNotText, err))
	}
	page, title, link := m.HTML, "", ""
	if story > 0 {
		stories := eml.Stories(m.HTML)
		if story > len(stories) {
			return briefs.Article{}, fail(source, "the newsletter has no such story", ErrNotFound)
		}
		page, title, link = stories[story-1].HTML, stories[story-1].Title, stories[story-1].Link
	}
	a, err := mailBody(ctx, page, m.Text)
	if err != nil {
		return briefs.Article{}, fail(source, "the e-mail has no readable text", errors.Join(ErrEmpty, err))
	}
	a.Title = firstNonEmpty(title, firstNonEmpty(m.Subject, a.Title))
	a.Site = firstNonEmpty(m.From, a.Site)
	a.URL = firstNonEmpty(link, a.URL)
	if a.Published.IsZero() {
		a.Published = m.Date
	}
	return im.finish(source, briefs.KindEmail, a)
}

// mailBody reads the HTML part through the web page extraction, or the
// plain-text part when there is no HTML.
func mailBody(ctx context.Context, page, text string) (briefs.Article, error) {
	if strings.TrimSpace(page) != "" {
		return webpage.Extract(ctx, []byte(page), "text/html; charset=utf-8", nil)
	}
	return plaintext.Parse(textclean.Clean(text)), nil
}

// finish tidies an article read by one of the document readers and sets
// its source and kind; an article without text is an error.
func (im *Importer) finish(source string, kind briefs.SourceKind, a briefs.Article) (briefs.Article, error) {
	a = tidy(a)
	if a.Text == "" {
		return briefs.Article{}, fail(source, "no text found", ErrEmpty)
	}
	a.Source, a.Kind = source, kind
	return a, nil
}
