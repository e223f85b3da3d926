// Package ingest imports news articles into Briefsmith: it turns a source
// (a local file, an http or https address, standard input, or pasted text)
// into a briefs.Article with clean text and whatever metadata the source
// carries.
//
// Plain text, Markdown, HTML, PDF, Word (.docx) and e-mail (.eml) are
// understood; the file name's extension decides which, and the content is
// sniffed when the extension is unknown. Some sources stand for several
// articles: Expand turns a feed (RSS, Atom, JSON Feed), an OPML list of
// feeds, a folder or a newsletter into the sources of its articles, which
// Import then reads; a feed entry whose page cannot be read falls back to
// the feed's own text. CanonicalURL, BatchOptions and MergeNearDuplicates
// let a batch import each story once. The work is split into small
// packages, each with one job:
//
//   - textclean: bytes to clean UTF-8 (encodings, invisible characters)
//   - sniff: binary formats and text kinds, by magic number and content
//   - plaintext, markdown, webpage: one reader per text format
//   - pdf, docx, eml: the document readers (pdftotext, zip+XML, MIME)
//   - feed, opml: feeds and lists of feeds
//   - sources: the user's saved feeds, with the time of each one's last run
//   - fetch: downloading a page within time and size limits
//
// Every failure is an *Error naming the source and saying in plain words
// what is wrong, for example
//
//	notes.pdf: not a text, Markdown or HTML file (looks like a PDF document)
//	https://x.test/a: the server answered 404 Not Found
package ingest
