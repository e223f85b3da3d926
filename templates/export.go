package templates

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"briefsmith/briefs"
)

// Options tunes an export.
type Options struct {
	// Template names the built-in template for PDF output. Empty means the
	// brief's own Template field, and failing that the default.
	Template string
	// Deterministic makes the PDF byte-for-byte reproducible: a fixed
	// creation date, no compression and a sorted catalogue. For golden tests.
	Deterministic bool
}

// Formats returns the file extensions ExportFile supports, with the dot.
func Formats() []string {
	return []string{".pdf", ".md", briefs.FileExt, ".json"}
}

// ExportFile writes b to path in the format its extension names: ".pdf",
// ".md" (Markdown), or ".brief" and ".json" (the saved-brief format). The
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
	if err := briefs.WriteFileAtomic(path, data, 0o644); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	return nil
}

// encode renders b in the format of extension ext.
func encode(ctx context.Context, ext string, b *briefs.Brief, opts Options) ([]byte, error) {
	switch ext {
	case briefs.FileExt, ".json":
		return briefs.Marshal(b)
	case ".pdf", ".md":
	default:
		return nil, fmt.Errorf("unsupported file type %q (supported: %s)", ext, strings.Join(Formats(), ", "))
	}
	name := opts.Template
	if name == "" {
		name = b.Template
	}
	t, err := Lookup(name)
	if err != nil {
		return nil, err
	}
	r := NewMarkdown(t)
	if ext == ".pdf" {
		r = NewPDF(t, opts)
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
