package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"flag"
	"os"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite testdata/report.docx")

const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

// reportParts are the parts of testdata/report.docx: a localised heading
// style, a table, a tracked deletion, a field code and two footnotes.
var reportParts = map[string]string{
	"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
	"docProps/core.xml":   `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Harbour ferry review</dc:title><dc:creator>Transport Desk</dc:creator></cp:coreProperties>`,
	"word/styles.xml":     `<w:styles ` + ns + `><w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`,
	"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + ns + `><w:body>
<w:p><w:pPr><w:pStyle w:val="berschrift1"/></w:pPr><w:r><w:t>Ferry review</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">The ferries ran </w:t></w:r><w:del><w:r><w:delText>never</w:delText></w:r></w:del><w:r><w:t>on time in 91% of crossings.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>
<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>Delays</w:t><w:tab/><w:t>fell</w:t><w:br/><w:t>in winter.</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Route</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>On time</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>North</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>94%</w:t></w:r></w:p><w:p><w:r><w:t>(best)</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>
<w:p><w:r><w:t>Новый график с понедельника.</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:p>
</w:body></w:document>`,
	"word/footnotes.xml": `<w:footnotes ` + ns + `><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p/></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:t>Operator figures, 2025.</w:t></w:r></w:p></w:footnote><w:footnote w:id="2"><w:p><w:r><w:t>Port authority notice.</w:t></w:r></w:p></w:footnote></w:footnotes>`,
}

// makeDOCX zips parts in a fixed order with a fixed time, so the bytes are
// the same on every run.
func makeDOCX(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "docProps/core.xml", "word/styles.xml", "word/document.xml", "word/footnotes.xml"} {
		body, ok := parts[name]
		if !ok {
			continue
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var reportWant = []string{
	"The ferries ran on time in 91% of crossings.[1]",
	"Delays fell in winter.",
	"Route | On time",
	"North | 94% (best)",
	"Новый график с понедельника.[2]",
	"Notes",
	"[1] Operator figures, 2025.",
	"[2] Port authority notice.",
}

// TestFixture keeps testdata/report.docx (used by the importer's tests)
// equal to what makeDOCX builds; -update rewrites it.
func TestFixture(t *testing.T) {
	b := makeDOCX(t, reportParts)
	if *update {
		if err := os.WriteFile("testdata/report.docx", b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile("testdata/report.docx")
	if err != nil || !bytes.Equal(got, b) {
		t.Fatalf("testdata/report.docx is stale (run go test -update): %v", err)
	}
}

func withPart(name, body string) map[string]string {
	m := map[string]string{}
	for k, v := range reportParts {
		m[k] = v
	}
	if body == "" {
		delete(m, name)
	} else {
		m[name] = body
	}
	return m
}

func TestRead(t *testing.T) {
	tests := []struct {
		name   string
		parts  map[string]string
		title  string
		author string
		want   []string
	}{
		{"report with a table and footnotes", reportParts, "Harbour ferry review", "Transport Desk", append([]string{"Ferry review"}, reportWant...)},
		{"no properties: the first heading is the title", withPart("docProps/core.xml", ""), "Ferry review", "", reportWant},
		{"no footnotes part", withPart("word/footnotes.xml", ""), "Harbour ferry review", "Transport Desk", append([]string{"Ferry review"}, reportWant[:5]...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(makeDOCX(t, tt.parts), Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.title || doc.Author != tt.author {
				t.Errorf("title %q author %q", doc.Title, doc.Author)
			}
			if strings.Join(doc.Paragraphs, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("paragraphs\n%s\nwant\n%s", strings.Join(doc.Paragraphs, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestReadRefuses(t *testing.T) {
	bomb := withPart("word/document.xml", `<w:document `+ns+`><w:body><w:p><w:r><w:t>`+strings.Repeat("a", 1<<20)+`</w:t></w:r></w:p></w:body></w:document>`)
	tests := []struct {
		name string
		in   []byte
		lim  Limits
		want error
	}{
		{"not a zip", []byte("hello"), Limits{}, ErrNotDOCX},
		{"a zip without a document", makeDOCX(t, withPart("word/document.xml", "")), Limits{}, ErrNotDOCX},
		{"a part over the cap", makeDOCX(t, bomb), Limits{MaxPart: 64 << 10}, ErrTooLarge},
		{"too many parts", makeDOCX(t, reportParts), Limits{MaxParts: 2}, ErrTooLarge},
		{"broken XML", makeDOCX(t, withPart("word/document.xml", "<w:document><w:body><w:p>&bogus;")), Limits{}, ErrNotDOCX},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Read(tt.in, tt.lim); !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
}

// TestLyingSize checks that an entry whose header understates its size is
// still cut at the cap while reading.
func TestLyingSize(t *testing.T) {
	b := makeDOCX(t, withPart("word/document.xml", `<w:document `+ns+`><w:body><w:p><w:r><w:t>`+strings.Repeat("a", 200<<10)+`</w:t></w:r></w:p></w:body></w:document>`))
	zr, _ := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	for _, f := range zr.File {
		f.UncompressedSize64 = 10
	}
	p := parts{zr: zr, lim: Limits{MaxPart: 64 << 10, MaxParts: 10}}
	if _, err := p.read("word/document.xml", true); err == nil {
		t.Fatal("a lying size was believed")
	}
}

func FuzzRead(f *testing.F) {
	f.Add(makeDOCX(f, reportParts))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := Read(b, Limits{MaxPart: 1 << 20})
		if err == nil && len(doc.Paragraphs) > len(b) {
			t.Fatalf("%d paragraphs from %d bytes", len(doc.Paragraphs), len(b))
		}
	})
}

// FuzzAssemble fuzzes the XML reading itself, which zipped inputs rarely reach.
func FuzzAssemble(f *testing.F) {
	f.Add([]byte(reportParts["word/document.xml"]), []byte(reportParts["word/footnotes.xml"]))
	f.Fuzz(func(t *testing.T, body, notes []byte) {
		assemble(body, nil, notes, nil)
	})
}
