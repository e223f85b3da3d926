// Package sniff tells what a run of bytes holds before the importers read
// it: a binary format recognised by its magic number, a document format
// with its own reader (PDF, Word), or text in one of the three text
// formats Briefsmith imports (plain text, Markdown, HTML). Feeds, OPML
// lists and e-mail are recognised by file name here and by content in the
// packages that read them.
package sniff

import (
	"bytes"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"briefsmith/briefs/ingest/textclean"
)

// Kind is a format the importers understand.
type Kind int

// The formats.
const (
	Text     Kind = iota // plain text
	Markdown             // CommonMark / GitHub-flavoured Markdown
	HTML                 // an HTML or XHTML page
	PDF                  // a PDF document
	DOCX                 // a Word document (Office Open XML)
	Email                // an e-mail message (.eml)
	Feed                 // an RSS, Atom or JSON feed
	OPML                 // an OPML list of feeds
)

// String names the kind for messages.
func (k Kind) String() string {
	switch k {
	case Markdown:
		return "Markdown"
	case HTML:
		return "HTML"
	case PDF:
		return "PDF"
	case DOCX:
		return "Word"
	case Email:
		return "e-mail"
	case Feed:
		return "feed"
	case OPML:
		return "OPML"
	}
	return "text"
}

// extensions maps file name extensions to kinds. ".xml" and ".json" are
// left out: they may be feeds, but are as often something else, so their
// content decides.
var extensions = map[string]Kind{
	"": Text, ".txt": Text, ".text": Text,
	".md": Markdown, ".markdown": Markdown, ".mdown": Markdown, ".mkd": Markdown,
	".html": HTML, ".htm": HTML, ".xhtml": HTML, ".xht": HTML,
	".pdf": PDF, ".docx": DOCX, ".eml": Email,
	".rss": Feed, ".atom": Feed, ".opml": OPML,
}

// Extensions lists the file name extensions that import, sorted, for a
// file dialog's filter ("" for names without one is left out).
func Extensions() []string {
	var out []string
	for ext := range extensions {
		if ext != "" {
			out = append(out, ext)
		}
	}
	slices.Sort(out)
	return out
}

// Document recognises, by magic number, the binary formats that have a
// reader: a PDF, or a ZIP archive holding word/document.xml.
func Document(b []byte) (Kind, bool) {
	switch {
	case bytes.HasPrefix(b, []byte("%PDF-")):
		return PDF, true
	case bytes.HasPrefix(b, []byte("PK\x03\x04")) && bytes.Contains(b, []byte("word/document.xml")):
		return DOCX, true
	}
	return Text, false
}

// ByExtension maps a file name's extension to a kind; ok is false for an
// extension it does not know. A name without an extension is plain text.
func ByExtension(name string) (k Kind, ok bool) {
	k, ok = extensions[strings.ToLower(filepath.Ext(name))]
	return k, ok
}

// htmlStart matches the opening of an HTML document or fragment.
var htmlStart = regexp.MustCompile(`(?i)^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<(!doctype\s+)?html|<(p|div|article|h[1-6]|meta|title|section|main)[\s>])`)

// markdownMark matches what only Markdown would write: front matter at the
// start, or a line that is an ATX heading, a setext underline or a code
// fence.
var markdownMark = regexp.MustCompile(`\A---[ \t]*\n|(?m)^(#{1,6}[ \t]+\S|={3,}[ \t]*$|` + "```" + `|~~~)`)

// Content guesses the kind of decoded text s from its opening.
func Content(s string) Kind {
	head := s[:min(len(s), 4096)]
	if htmlStart.MatchString(head) {
		return HTML
	}
	if markdownMark.MatchString(head) {
		return Markdown
	}
	return Text
}

// magic is a binary signature at a fixed offset.
type magic struct {
	offset int
	sig    string
	name   string
}

// magics lists the binary formats people are likely to pick by mistake.
var magics = []magic{
	{0, "%PDF-", "a PDF document"},
	{0, "\x89PNG\r\n\x1a\n", "a PNG image"},
	{0, "\xff\xd8\xff", "a JPEG image"},
	{0, "GIF87a", "a GIF image"},
	{0, "GIF89a", "a GIF image"},
	{8, "WEBP", "a WebP image"},
	{8, "WAVE", "a WAV recording"},
	{8, "AVI ", "an AVI video"},
	{4, "ftyp", "an MP4 or QuickTime video"},
	{0, "ID3\x03", "an MP3 recording"},
	{0, "ID3\x04", "an MP3 recording"},
	{0, "OggS", "an Ogg recording"},
	{0, "fLaC", "a FLAC recording"},
	{0, "PK\x03\x04", "a ZIP archive (Word, EPUB and OpenDocument files are ZIP archives)"},
	{0, "PK\x05\x06", "a ZIP archive"},
	{0, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"},
	{0, "{\\rtf", "an RTF document"},
	{0, "\x1f\x8b", "a gzip archive"},
	{0, "BZh", "a bzip2 archive"},
	{0, "\xfd7zXZ\x00", "an xz archive"},
	{0, "7z\xbc\xaf\x27\x1c", "a 7-Zip archive"},
	{0, "Rar!\x1a\x07", "a RAR archive"},
	{0, "\x28\xb5\x2f\xfd", "a Zstandard archive"},
	{257, "ustar", "a tar archive"},
	{0, "\x7fELF", "a program (ELF)"},
	{0, "MZ\x90\x00", "a Windows program"},
	{0, "\xcf\xfa\xed\xfe", "a program (Mach-O)"},
	{0, "\xca\xfe\xba\xbe", "a program (Mach-O or Java class)"},
	{0, "\x00asm", "a WebAssembly module"},
	{0, "SQLite format 3\x00", "an SQLite database"},
	{0, "wOFF", "a web font"},
	{0, "wOF2", "a web font"},
}

// BinaryFormat names the binary format b appears to be ("a PDF document"),
// or returns "" when b may be text. Besides magic numbers it treats as
// binary any content where zero bytes or other control bytes are common,
// unless it looks like UTF-16 text; a few stray zero bytes are tolerated.
func BinaryFormat(b []byte) string {
	for _, m := range magics {
		if len(b) >= m.offset+len(m.sig) && string(b[m.offset:m.offset+len(m.sig)]) == m.sig {
			return m.name
		}
	}
	if _, ok := textclean.LooksUTF16(b); ok || hasUTF16BOM(b) {
		return ""
	}
	if controlHeavy(b[:min(len(b), 8192)]) {
		return "binary data"
	}
	return ""
}

func hasUTF16BOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF})
}

// controlHeavy reports whether more than 1 in 20 bytes are zero, or more
// than 1 in 10 are control bytes that text does not use.
func controlHeavy(b []byte) bool {
	var zeros, controls int
	for _, c := range b {
		switch {
		case c == 0:
			zeros++
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b, c == 0x7f:
			controls++
		}
	}
	return zeros*20 > len(b) || (zeros+controls)*10 > len(b)
}
