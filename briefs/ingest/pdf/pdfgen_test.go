package pdf

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// textLine is a run of text placed on the page.
type textLine struct {
	x, y int
	s    string
}

// makePDF writes a one-page PDF (uncompressed, standard Helvetica, so no
// font files are needed) with the given lines and, when image is true, a
// small grey image covering the page instead, as a scanner makes.
func makePDF(t testing.TB, title string, lines []textLine, image bool) string {
	t.Helper()
	var content bytes.Buffer
	for _, l := range lines {
		fmt.Fprintf(&content, "BT /F1 11 Tf %d %d Td (%s) Tj ET\n", l.x, l.y, l.s)
	}
	resources := "/Font << /F1 4 0 R >>"
	objects := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"", // the page, below
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
	}
	if image {
		content.Reset()
		content.WriteString("q 595 0 0 842 0 0 cm /Im1 Do Q\n")
		resources = "/XObject << /Im1 6 0 R >>"
	}
	objects[2] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << " + resources + " >> /Contents 5 0 R >>"
	objects = append(objects, fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", content.Len(), content.String()))
	pixels := strings.Repeat("\x80", 8*8)
	objects = append(objects, fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length %d >>\nstream\n%s\nendstream", len(pixels), pixels))
	objects = append(objects, fmt.Sprintf("<< /Title (%s) /Author (Test Desk) >>", title))

	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objects))
	for i, o := range objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, len(objects), xref)
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
