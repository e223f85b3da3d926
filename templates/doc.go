// Package templates turns a briefs.Brief into finished documents: PDF, DOCX,
// e-mail-safe HTML, plain text and Markdown, all drawn from one document
// model (NewDocument), so that every format shows the same items, sections
// and wording. It is the only package that imports the PDF library
// (gofpdf), and every string it hands that library passes through a
// sanitiser first, so that no input (invalid UTF-8, emoji, control
// characters, a megabyte without a space) can crash or fail an export.
//
// Templates are TOML files: three built-ins in builtin/, embedded in the
// binary, and the user's own in UserDir(), which override a built-in of the
// same name. Library.Resolve finds one by name or path, Library.List lists
// them with where each comes from, and a broken file is an error naming the
// file, the field and what is wrong (FieldError). A briefs.Brand (from the
// settings, the command line or the brief itself) is laid over a template's
// brand. ExportFile writes a brief in the format its file extension names;
// NewRenderer and Text serve callers that want the bytes.
//
// The PDF layout measures every block before placing it (pdf_flow.go), so
// that headings keep with what follows, quotes are not split from their
// speaker, and no item leaves a fragment alone at the top of a page.
package templates
