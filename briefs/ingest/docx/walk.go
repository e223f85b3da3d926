package docx

import (
	"encoding/xml"
	"io"
	"strings"
)

// walker collects the paragraphs of a part of the document.
type walker struct {
	headingStyles map[string]bool
	paras         []string
	firstHeading  string

	text      strings.Builder // the paragraph being read
	heading   bool            // whether it has a heading style
	inText    bool            // inside <w:t>
	row       []string        // the cells of the table row being read
	cell      []string        // the paragraphs of the cell being read
	tableRows int             // depth of open <w:tr>, for nested tables
}

// walk reads a whole part.
func (w *walker) walk(b []byte) error {
	d := decoder(b)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		w.token(tok)
	}
}

// walkElement reads up to the end of the element just started.
func (w *walker) walkElement(d *xml.Decoder) error {
	for depth := 1; depth > 0; {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
		w.token(tok)
	}
	return nil
}

// token handles one XML token. Only the w: elements that carry text or
// structure matter; deleted text (w:delText) and field codes
// (w:instrText) are other elements and so are skipped.
func (w *walker) token(tok xml.Token) {
	switch t := tok.(type) {
	case xml.StartElement:
		w.start(t)
	case xml.EndElement:
		w.end(t.Name.Local)
	case xml.CharData:
		if w.inText {
			w.text.Write(t)
		}
	}
}

func (w *walker) start(t xml.StartElement) {
	switch t.Name.Local {
	case "t":
		w.inText = true
	case "tab", "br", "cr":
		w.text.WriteByte(' ')
	case "pStyle":
		w.heading = w.headingStyles[attr(t, "val")]
	case "footnoteReference":
		w.text.WriteString("[" + attr(t, "id") + "]")
	case "tr":
		w.tableRows++
		if w.tableRows == 1 {
			w.row = nil
		}
	}
}

func (w *walker) end(name string) {
	switch name {
	case "t":
		w.inText = false
	case "p":
		w.endParagraph()
	case "tc":
		if w.tableRows == 1 {
			w.row = append(w.row, strings.Join(w.cell, " "))
			w.cell = nil
		}
	case "tr":
		w.tableRows--
		if w.tableRows == 0 {
			w.add(strings.Join(trimEmpty(w.row), " | "))
		}
	}
}

// endParagraph files the paragraph just read: into the table cell when
// inside a table, else as a paragraph of its own.
func (w *walker) endParagraph() {
	p := strings.Join(strings.Fields(w.text.String()), " ")
	w.text.Reset()
	heading := w.heading
	w.heading = false
	switch {
	case p == "":
	case w.tableRows > 0:
		w.cell = append(w.cell, p)
	default:
		if heading && w.firstHeading == "" {
			w.firstHeading = p
		}
		w.add(p)
	}
}

func (w *walker) add(p string) {
	if p != "" {
		w.paras = append(w.paras, p)
	}
}

// trimEmpty drops empty cells at the end of a row (merged or unused).
func trimEmpty(cells []string) []string {
	for len(cells) > 0 && cells[len(cells)-1] == "" {
		cells = cells[:len(cells)-1]
	}
	return cells
}
