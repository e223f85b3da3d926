package templates

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"briefsmith/briefs"
)

// Options tunes an export.
type Options struct {
	// Template names the template (a name or a .toml path, see
	// Library.Resolve). Empty means the brief's own Template field, and
	// failing that the default.
	Template string
	// Library resolves Template; nil means the built-ins (and paths) only.
	// The CLI and the app pass UserLibrary() so that the user's own
	// templates are found.
	Library *Library
	// Brand, when set, is laid over the template's brand (the app's Brand
	// settings, or the CLI's --logo, --brand-name, --brand-color, --banner
	// and --disclaimer). The brief's own Brand is laid over this in turn.
	Brand *briefs.Brand
	// Deterministic makes the PDF byte-for-byte reproducible: a fixed
	// creation date, no compression and a sorted catalogue. For golden tests.
	Deterministic bool
}

// Formats returns the file extensions ExportFile supports, with the dot.
func Formats() []string {
	return []string{".pdf", ".docx", ".html", ".txt", ".md", briefs.FileExt, ".json"}
}

// ExportFile writes b to path in the format its extension names: ".pdf",
// ".docx" (Word), ".html" (e-mail-safe HTML), ".txt" (plain text for an
// e-mail body), ".md" (Markdown), or ".brief" and ".json" (the saved-brief
// format). The
// document is built in memory and written atomically, so a failure leaves
// any earlier file at path untouched and never a half-written one.
func ExportFile(ctx context.Context, path string, b *briefs.Brief, opts Options) error {
	if b == nil {
		return fmt.Errorf("export %s: no brief", path)
	}
	data, err := encode(ctx, strings.ToLower(filepath.Ext(path)), b, opts)
	if err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err := briefs.WriteFileAtomic(path, data, fileMode(path)); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	return nil
}

// fileMode is the mode of a newly written export: a saved brief (.brief,
// .json) is private to the user like every brief; a document meant to be
// sent (PDF, Word, …) is readable by others. An existing file keeps its mode.
func fileMode(path string) os.FileMode {
	switch strings.ToLower(filepath.Ext(path)) {
	case briefs.FileExt, ".json":
		return briefs.NewFileMode
	}
	return 0o644
}

// encode renders b in the format of extension ext.
func encode(ctx context.Context, ext string, b *briefs.Brief, opts Options) ([]byte, error) {
	switch ext {
	case briefs.FileExt, ".json":
		return briefs.Marshal(b)
	}
	if _, err := NewRenderer(ext, Template{}, opts); err != nil {
		return nil, err // an unknown format is named before any template is read
	}
	t, err := opts.template(b)
	if err != nil {
		return nil, err
	}
	r, err := NewRenderer(ext, t, opts)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := r.Render(ctx, &buf, b); err != nil {
		return nil, err
	}
	if buf.Len() == 0 {
		return nil, errors.New("the renderer produced nothing")
	}
	return buf.Bytes(), nil
}

// template resolves the template opts or b names.
func (opts Options) template(b *briefs.Brief) (Template, error) {
	name := opts.Template
	if name == "" {
		name = b.Template
	}
	lib := Library{}
	if opts.Library != nil {
		lib = *opts.Library
	}
	return lib.Resolve(name)
}

// NewRenderer returns the renderer for a file extension (".pdf", ".docx",
// ".html", ".txt" or ".md") with template t. Every one draws the same
// Document (see NewDocument) and lays opts.Brand, then the brief's Brand,
// over t.
func NewRenderer(ext string, t Template, opts Options) (briefs.Renderer, error) {
	switch strings.ToLower(ext) {
	case ".pdf":
		return NewPDF(t, opts), nil
	case ".docx":
		return NewDOCX(t, opts), nil
	case ".html", ".htm":
		return NewHTML(t, opts), nil
	case ".txt":
		return NewText(t, opts), nil
	case ".md":
		return newMarkdown(t, opts), nil
	}
	return nil, fmt.Errorf("unsupported file type %q (supported: %s)", ext, strings.Join(Formats(), ", "))
}

// Text returns b as plain text for the body of an e-mail ("Copy as text"),
// laid out by template t with opts.Brand applied.
func Text(ctx context.Context, t Template, opts Options, b *briefs.Brief) (string, error) {
	var buf bytes.Buffer
	if err := NewText(t, opts).Render(ctx, &buf, b); err != nil {
		return "", err
	}
	return buf.String(), nil
}

// prepare is the shared first step of every renderer: brand, Document and
// the template's item limit.
func prepare(t Template, opts Options, b *briefs.Brief) (*Document, error) {
	if b == nil {
		return nil, errors.New("no brief")
	}
	t, err := brandFor(t, opts, b)
	if err != nil {
		return nil, err
	}
	doc := NewDocument(t, b)
	if err := checkItemLimit(doc); err != nil {
		return nil, err
	}
	return doc, nil
}
