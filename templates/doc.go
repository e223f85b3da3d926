// Package templates turns a briefs.Brief into finished documents: a PDF laid
// out by one of the built-in templates, or Markdown. It is the only package
// that imports the PDF library (gofpdf), and every string it hands that
// library passes through a sanitiser first, so that no input (invalid UTF-8,
// emoji, control characters, a megabyte without a space) can crash or fail
// an export.
//
// Templates are data: each is a JSON file in builtin/, embedded in the
// binary, holding page size, margins, fonts, sizes, colours and a few layout
// switches. Names lists them, Lookup returns one, NewPDF and NewMarkdown make
// renderers, and ExportFile writes a brief to a file in the format its
// extension names.
package templates
