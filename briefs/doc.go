// Package briefs is Briefsmith's domain: the Brief, its Items, the Article each
// item was made from and the Summary written about it, the versioned .brief
// file format, and the interfaces the adapters implement (Importer,
// Summarizer, Renderer).
//
// It imports only the standard library; a test enforces that, so the domain
// never learns about Fyne, gofpdf or go-openai.
package briefs
