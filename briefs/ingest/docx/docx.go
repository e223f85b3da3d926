// Package docx reads the text of a Word document (.docx, Office Open XML)
// with archive/zip and encoding/xml: paragraphs in order, headings as
// paragraphs of their own, each table row as one paragraph with its cells
// separated by " | ", and footnotes kept at the end under "Notes" (they
// often carry the sources of a report, which a brief may need), their
// reference marks in the text as "[1]". Every part of the archive is read
// through a size cap, against zip bombs.
package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// The ways Read fails.
var (
	ErrNotDOCX  = errors.New("not a Word document (.docx)")
	ErrTooLarge = errors.New("a part of the Word document is larger than the import limit")
)

// Limits bound what Read unpacks.
type Limits struct {
	MaxPart  int64 // the most bytes of one part once unpacked; default 32 MiB
	MaxParts int   // the most entries in the archive; default 5000
}

// Document is the text of a Word document.
type Document struct {
	Title      string   // from the document properties, else the first heading
	Author     string   // the document properties' creator
	Paragraphs []string // body text, headings and table rows, then the notes
}

// Read reads a .docx file's bytes.
func Read(b []byte, lim Limits) (Document, error) {
	lim = withDefaults(lim)
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return Document{}, fmt.Errorf("%w (%v)", ErrNotDOCX, err)
	}
	if len(zr.File) > lim.MaxParts {
		return Document{}, fmt.Errorf("%w: %d parts, over %d", ErrTooLarge, len(zr.File), lim.MaxParts)
	}
	p := parts{zr: zr, lim: lim}
	body, err := p.read("word/document.xml", true)
	if err != nil {
		return Document{}, err
	}
	styles, err := p.read("word/styles.xml", false)
	if err != nil {
		return Document{}, err
	}
	notes, err := p.read("word/footnotes.xml", false)
	if err != nil {
		return Document{}, err
	}
	core, err := p.read("docProps/core.xml", false)
	if err != nil {
		return Document{}, err
	}
	return assemble(body, styles, notes, core)
}

func withDefaults(l Limits) Limits {
	if l.MaxPart <= 0 {
		l.MaxPart = 32 << 20
	}
	if l.MaxParts <= 0 {
		l.MaxParts = 5000
	}
	return l
}

// assemble reads the parts into a document.
func assemble(body, styles, notes, core []byte) (Document, error) {
	w := walker{headingStyles: headingStyles(styles)}
	if err := w.walk(body); err != nil {
		return Document{}, fmt.Errorf("%w (word/document.xml: %v)", ErrNotDOCX, err)
	}
	doc := Document{Paragraphs: w.paras}
	doc.Title, doc.Author = properties(core)
	if doc.Title == "" {
		doc.Title = w.firstHeading
	}
	if len(doc.Paragraphs) > 0 && doc.Paragraphs[0] == doc.Title {
		doc.Paragraphs = doc.Paragraphs[1:]
	}
	if fn := footnotes(notes); len(fn) > 0 {
		doc.Paragraphs = append(append(doc.Paragraphs, "Notes"), fn...)
	}
	return doc, nil
}

// parts reads entries of the archive within the limits.
type parts struct {
	zr  *zip.Reader
	lim Limits
}

// read returns the unpacked entry name; a missing entry is an error only
// when required. The declared size is checked first and the actual size
// while reading, since a hostile archive can lie about the first.
func (p parts) read(name string, required bool) ([]byte, error) {
	for _, f := range p.zr.File {
		if f.Name != name {
			continue
		}
		if f.UncompressedSize64 > uint64(p.lim.MaxPart) {
			return nil, fmt.Errorf("%w (%s)", ErrTooLarge, name)
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("%w (%s: %v)", ErrNotDOCX, name, err)
		}
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, p.lim.MaxPart+1))
		switch {
		case err != nil:
			return nil, fmt.Errorf("%w (%s: %v)", ErrNotDOCX, name, err)
		case int64(len(b)) > p.lim.MaxPart:
			return nil, fmt.Errorf("%w (%s)", ErrTooLarge, name)
		}
		return b, nil
	}
	if required {
		return nil, fmt.Errorf("%w (no %s inside)", ErrNotDOCX, name)
	}
	return nil, nil
}

// decoder is a lenient XML decoder for one part.
func decoder(b []byte) *xml.Decoder {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = false
	return d
}

// headingStyles maps the style IDs of headings and titles to true. The IDs
// are translated in localised Word ("berschrift1"), the names are not
// ("heading 1").
func headingStyles(styles []byte) map[string]bool {
	out := map[string]bool{"Title": true}
	for i := 1; i <= 9; i++ {
		out[fmt.Sprintf("Heading%d", i)] = true
	}
	d := decoder(styles)
	var id string
	for {
		tok, err := d.Token()
		if err != nil {
			return out
		}
		if se, ok := tok.(xml.StartElement); ok {
			switch se.Name.Local {
			case "style":
				id = attr(se, "styleId")
			case "name":
				n := strings.ToLower(attr(se, "val"))
				if n == "title" || strings.HasPrefix(n, "heading ") {
					out[id] = true
				}
			}
		}
	}
}

// properties reads the title and creator from docProps/core.xml.
func properties(core []byte) (title, author string) {
	d := decoder(core)
	var cur string
	for {
		tok, err := d.Token()
		if err != nil {
			return strings.TrimSpace(title), strings.TrimSpace(author)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			cur = t.Name.Local
		case xml.EndElement:
			cur = ""
		case xml.CharData:
			switch cur {
			case "title":
				title += string(t)
			case "creator":
				author += string(t)
			}
		}
	}
}

// footnotes returns each real footnote (not the separators Word stores
// with IDs -1 and 0, or types "separator") as "[id] text".
func footnotes(notes []byte) []string {
	if len(notes) == 0 {
		return nil
	}
	var out []string
	d := decoder(notes)
	for {
		tok, err := d.Token()
		if err != nil {
			return out
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "footnote" || attr(se, "type") != "" {
			continue
		}
		w := walker{}
		if err := w.walkElement(d); err != nil {
			return out
		}
		if text := strings.Join(w.paras, " "); text != "" {
			out = append(out, "["+attr(se, "id")+"] "+text)
		}
	}
}

func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
