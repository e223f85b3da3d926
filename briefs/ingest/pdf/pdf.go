// Package pdf reads the text layer of a PDF document with poppler's
// pdftotext (Debian package poppler-utils), run as a separate process with
// a deadline and a cap on its output.
//
// pdftotext runs with -bbox-layout, which writes XHTML with the page's
// text blocks in reading order. Plain text output loses the paragraphs:
// the default mode runs a page's paragraphs together, and -layout keeps
// blank lines between them but writes a two-column page side by side, so
// each line mixes both columns (TestModes shows all three). The XHTML also
// carries the document's title and author.
package pdf

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"time"
	"unicode"
)

// The ways Read fails besides cancellation.
var (
	ErrNoTool      = errors.New("PDF import needs pdftotext (Debian package poppler-utils)")
	ErrNoTextLayer = errors.New("the PDF has no text layer (a scanned document?): run OCR on it or paste its text")
	ErrUnreadable  = errors.New("the PDF could not be read")
	ErrProtected   = errors.New("the PDF is protected against copying its text")
	ErrTooMuchText = errors.New("the PDF holds more text than the import limit")
	ErrTimeout     = errors.New("pdftotext did not finish in time")
)

// Options bound one Read.
type Options struct {
	Timeout   time.Duration // default 30 s
	MaxOutput int64         // the most bytes of pdftotext's XHTML accepted (about 30 per word); default 64 MiB
	Tool      string        // the pdftotext program; default "pdftotext" on PATH
}

// Document is the text of a PDF.
type Document struct {
	Title  string // from the document information, "" when unset
	Author string
	Text   string // pages in order, paragraphs separated by blank lines
	Pages  int
}

// Read extracts the text of the PDF file at path.
func Read(ctx context.Context, path string, opts Options) (Document, error) {
	opts = withDefaults(opts)
	tool, err := exec.LookPath(opts.Tool)
	if err != nil {
		return Document{}, ErrNoTool
	}
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	out, err := run(ctx, opts, tool, "-bbox-layout", "-enc", "UTF-8", path, "-")
	if err != nil {
		return Document{}, err
	}
	doc, err := parseBBox(out)
	if err == nil && doc.Text == "" {
		err = ErrNoTextLayer
	}
	return doc, err
}

func withDefaults(o Options) Options {
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.MaxOutput <= 0 {
		o.MaxOutput = 64 << 20
	}
	if o.Tool == "" {
		o.Tool = "pdftotext"
	}
	return o
}

// run starts tool with args and returns its standard output, explaining
// pdftotext's exit codes (1 cannot open, 3 copy-protected).
func run(ctx context.Context, opts Options, tool string, args ...string) (string, error) {
	var stdout capped
	var stderr bytes.Buffer
	stdout.max = opts.MaxOutput
	cmd := exec.CommandContext(ctx, tool, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.WaitDelay = time.Second
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case stdout.over:
		return "", ErrTooMuchText
	case ctx.Err() == context.DeadlineExceeded:
		return "", fmt.Errorf("%w (%s)", ErrTimeout, opts.Timeout)
	case ctx.Err() != nil:
		return "", ctx.Err()
	case errors.As(err, &exit) && exit.ExitCode() == 3:
		return "", ErrProtected
	case err != nil:
		return "", fmt.Errorf("%w (%s)", ErrUnreadable, firstLine(stderr.String(), err))
	}
	return stdout.buf.String(), nil
}

func firstLine(s string, err error) string {
	if s = strings.TrimSpace(s); s == "" {
		return err.Error()
	}
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// parseBBox reads pdftotext's -bbox-layout XHTML: the document
// information's title and author in <head>, then pages of flows of
// blocks of lines of words. Each block is a paragraph.
func parseBBox(out string) (Document, error) {
	dec := xml.NewDecoder(strings.NewReader(out))
	dec.Strict, dec.AutoClose, dec.Entity = false, xml.HTMLAutoClose, xml.HTMLEntity
	var (
		doc                 Document
		paras, lines, words []string
		inText              bool // inside a <title> or <word>
		text                strings.Builder
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return Document{}, fmt.Errorf("%w (pdftotext wrote %v)", ErrUnreadable, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if startBBox(t, &doc) {
				inText = true
				text.Reset()
			}
		case xml.CharData:
			if inText {
				text.Write(t)
			}
		case xml.EndElement:
			inText = false
			switch t.Name.Local {
			case "title":
				doc.Title = strings.TrimSpace(text.String())
			case "word":
				words = append(words, strings.TrimSpace(text.String()))
			case "line":
				lines, words = append(lines, strings.Join(words, " ")), nil
			case "block":
				paras, lines = appendPara(paras, lines), nil
			}
		}
	}
	doc.Text = strings.Join(paras, "\n\n")
	return doc, nil
}

// startBBox notes a page or the author met at t, and reports whether t
// starts an element whose text is read (a title or a word).
func startBBox(t xml.StartElement, doc *Document) bool {
	switch t.Name.Local {
	case "page":
		doc.Pages++
	case "meta":
		if attr(t, "name") == "Author" {
			doc.Author = strings.TrimSpace(attr(t, "content"))
		}
	case "title", "word":
		return true
	}
	return false
}

// appendPara adds the paragraph made of lines, if it has any text.
func appendPara(paras, lines []string) []string {
	if p := strings.TrimSpace(joinLines(lines)); p != "" {
		return append(paras, p)
	}
	return paras
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// joinLines joins wrapped lines with spaces, mending "exam-" + "ple".
func joinLines(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			prev := lines[i-1]
			if hyphenated(prev) && startsLower(l) {
				s := b.String()
				b.Reset()
				b.WriteString(s[:len(s)-1])
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

func hyphenated(l string) bool {
	return len(l) > 2 && strings.HasSuffix(l, "-") && unicode.IsLetter(rune(l[len(l)-2]))
}

func startsLower(l string) bool {
	for _, r := range l {
		return unicode.IsLower(r)
	}
	return false
}

// capped is a buffer that stops accepting bytes past max. The buffer is
// a named field, not embedded, so that io.Copy cannot bypass Write
// through bytes.Buffer's ReadFrom.
type capped struct {
	buf  bytes.Buffer
	max  int64
	over bool
}

func (c *capped) Write(p []byte) (int, error) {
	if int64(c.buf.Len()+len(p)) > c.max {
		c.over = true
		return 0, ErrTooMuchText
	}
	return c.buf.Write(p)
}
