// Package ingest imports news articles into Briefsmith: it turns a source
// (a local file, an http or https address, standard input, or pasted text)
// into a briefs.Article with clean text and whatever metadata the source
// carries.
//
// Plain text, Markdown and HTML are understood; the file name's extension
// decides which, and the content is sniffed when the extension is unknown.
// The work is split into small packages, each with one job:
//
//   - textclean: bytes to clean UTF-8 (encodings, invisible characters)
//   - sniff: binary formats and text kinds, by magic number and content
//   - plaintext, markdown, webpage: one reader per format
//   - fetch: downloading a page within time and size limits
//
// Every failure is an *Error naming the source and saying in plain words
// what is wrong, for example
//
//	notes.pdf: not a text, Markdown or HTML file (looks like a PDF document)
//	https://x.test/a: the server answered 404 Not Found
package ingest
