package templates

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"image"
	"image/color"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/image/font/sfnt"

	"briefsmith/assets"
	"briefsmith/briefs"
)

// renderExt renders b as ext with template t.
func renderExt(t *testing.T, ext string, tpl Template, opts Options, b *briefs.Brief) []byte {
	t.Helper()
	r, err := NewRenderer(ext, tpl, opts)
	if err != nil {
		t.Fatal(err)
	}
	return render(t, r, b)
}

// unzipDOCX returns the parts of a .docx by name.
func unzipDOCX(t *testing.T, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("docx is not a zip: %v", err)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name], _ = io.ReadAll(rc)
		rc.Close()
	}
	return parts
}

// wellFormed fails unless data parses as XML to the end.
func wellFormed(t *testing.T, name string, data []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	dec.Entity = xml.HTMLEntity
	for {
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("%s is not well-formed XML: %v", name, err)
		}
	}
}

func TestDOCXIsWellFormedWithHeadingStyles(t *testing.T) {
	for _, name := range Names() {
		t.Run(name, func(t *testing.T) {
			parts := unzipDOCX(t, renderExt(t, ".docx", mustLookup(t, name), Options{}, sampleBrief()))
			for _, p := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
				"word/_rels/document.xml.rels", "docProps/core.xml", "word/header1.xml", "word/footer1.xml"} {
				if parts[p] == nil {
					t.Fatalf("docx lacks %s", p)
				}
			}
			for p, data := range parts {
				if strings.HasSuffix(p, ".xml") || strings.HasSuffix(p, ".rels") {
					wellFormed(t, p, data)
				}
			}
			doc, styles := string(parts["word/document.xml"]), string(parts["word/styles.xml"])
			for _, id := range []string{"Heading1", "Heading2", "Heading3"} {
				if !strings.Contains(styles, `w:styleId="`+id+`"`) {
					t.Errorf("styles.xml lacks %s", id)
				}
			}
			if got := strings.Count(doc, `<w:pStyle w:val="Heading2"/>`); got != 4 {
				t.Errorf("%d items use Heading 2, want 4", got)
			}
			if mustLookup(t, name).Layout.GroupTopics && !strings.Contains(doc, `<w:pStyle w:val="Heading1"/>`) {
				t.Error("topics do not use Heading 1")
			}
			// Every external link has its relationship.
			rels := string(parts["word/_rels/document.xml.rels"])
			for _, m := range regexp.MustCompile(`<w:hyperlink r:id="(rId\d+)"`).FindAllStringSubmatch(doc, -1) {
				if !strings.Contains(rels, `Id="`+m[1]+`" Type="`+relHyperlink+`" Target="https://`) {
					t.Errorf("hyperlink %s has no external relationship", m[1])
				}
			}
			if !strings.Contains(string(parts["docProps/core.xml"]), "<dc:title>Energy and Trade Morning Brief</dc:title>") {
				t.Error("core properties lack the title")
			}
		})
	}
}

// python3Docx returns a Python that can import docx, or skips.
func python3Docx(t *testing.T) string {
	t.Helper()
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		if path, err := exec.LookPath(py); err == nil && exec.Command(path, "-c", "import docx").Run() == nil {
			return path
		}
	}
	t.Skip("python3 with python-docx not installed (apt-get install python3-docx)")
	return ""
}

func TestDOCXReadsWithPythonDocx(t *testing.T) {
	py := python3Docx(t)
	file := filepath.Join(t.TempDir(), "b.docx")
	os.WriteFile(file, renderExt(t, ".docx", mustLookup(t, ""), Options{}, stressBrief()), 0o644)
	script := `import sys, docx
d = docx.Document(sys.argv[1])
for p in d.paragraphs:
    print(p.style.name + "|" + p.text)
print("TITLE|" + d.core_properties.title)`
	out, err := exec.Command(py, "-c", script, file).CombinedOutput()
	if err != nil {
		t.Fatalf("python-docx: %v\n%s", err, out)
	}
	for _, want := range []string{"Heading 1|Scripts", "Heading 2|مرحبا بالعالم", "日本語のテキストと한국어 텍스트.", "שלום עולם", "TITLE|Stress"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("python-docx output lacks %q:\n%s", want, out)
		}
	}
}

func TestDOCXScriptHints(t *testing.T) {
	doc := string(unzipDOCX(t, renderExt(t, ".docx", mustLookup(t, ""), Options{}, stressBrief()))["word/document.xml"])
	if !strings.Contains(doc, `<w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">中文测试`) {
		t.Error("CJK text has no East Asian font hint")
	}
	if !regexp.MustCompile(`<w:pPr><w:pStyle w:val="Heading2"/><w:bidi/></w:pPr>`).MatchString(doc) {
		t.Error("the Arabic headline is not a right-to-left paragraph")
	}
	if !strings.Contains(doc, `<w:rtl/></w:rPr><w:t xml:space="preserve">שלום`) {
		t.Error("Hebrew run is not marked right to left")
	}
}

func TestHTMLIsWellFormedAndSelfContained(t *testing.T) {
	for _, name := range Names() {
		for _, b := range []*briefs.Brief{sampleBrief(), stressBrief()} {
			html := renderExt(t, ".html", mustLookup(t, name), Options{Brand: &briefs.Brand{LogoData: testLogo(t)}}, b)
			wellFormed(t, name+".html", html)
			s := string(html)
			for _, bad := range []string{"<script", "<link", "<style", "url(", "@import", "<iframe", "<object"} {
				if strings.Contains(strings.ToLower(s), bad) {
					t.Errorf("%s: HTML contains %q", name, bad)
				}
			}
			for _, m := range regexp.MustCompile(`src="([^"]*)"`).FindAllStringSubmatch(s, -1) {
				if !strings.HasPrefix(m[1], "data:image/") {
					t.Errorf("%s: HTML loads %q", name, m[1])
				}
			}
			if !strings.Contains(s, `src="data:image/png;base64,`) {
				t.Errorf("%s: the logo is not embedded", name)
			}
			if !strings.Contains(s, "overflow-wrap:anywhere") || !strings.Contains(s, "table-layout:fixed") {
				t.Errorf("%s: long words could widen the mail column", name)
			}
			if strings.Contains(s, "javascript:") {
				t.Errorf("%s: a javascript: link survived", name)
			}
		}
	}
}

func TestPlainTextForEmail(t *testing.T) {
	got, err := Text(context.Background(), mustLookup(t, ""), Options{}, sampleBrief())
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(got, "\n") {
		if n := len([]rune(line)); n > 72 && !strings.Contains(line, "<https://") {
			t.Errorf("line of %d columns: %q", n, line)
		}
	}
	for _, want := range []string{"Top lines\n---------", "ENERGY\n======", "1. Gas storage stands", "<https://coastaltimes.example/wind-auction>"} {
		if !strings.Contains(got, want) {
			t.Errorf("text lacks %q", want)
		}
	}
}

// testLogo is a small PNG: a green square with a white bar.
func testLogo(t testing.TB) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 120, 40))
	for y := 0; y < 40; y++ {
		for x := 0; x < 120; x++ {
			c := color.RGBA{11, 110, 79, 255}
			if y > 16 && y < 24 && x > 40 {
				c = color.RGBA{255, 255, 255, 255}
			}
			img.Set(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// acmeTemplate copies the documented example template (testdata/acme) and
// a logo into a temporary folder and returns the template's path.
func acmeTemplate(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join("testdata", "acme", "acme.toml"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "acme.toml"), data, 0o644)
	os.WriteFile(filepath.Join(dir, "acme-logo.png"), testLogo(t), 0o644)
	return filepath.Join(dir, "acme.toml")
}

func TestDocumentedTemplateRendersAsDescribed(t *testing.T) {
	path := acmeTemplate(t)
	tpl, err := (Library{}).Resolve(path)
	if err != nil {
		t.Fatal(err)
	}
	if tpl.Origin() != path || tpl.Page.Size != "Letter" || tpl.Layout.Cover != true {
		t.Fatalf("template = %s from %s, size %s, cover %v", tpl.Name, tpl.Origin(), tpl.Page.Size, tpl.Layout.Cover)
	}
	pdf := renderExt(t, ".pdf", tpl, Options{Deterministic: true}, sampleBrief())
	text := normalize(pdfTool(t, "pdftotext", pdf, "-enc", "UTF-8"))
	for _, want := range []string{"ACME ADVISORY", "CONFIDENTIAL – PREPARED FOR THE CLIENT NAMED", "At a glance", "The news", "What it means for you",
		"Notice", "It is not legal or investment advice.", "Northern Ledger | 22 Nov 2026 | northernledger.example", "Acme Advisory Energy and Trade Morning Brief"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	if !regexp.MustCompile(`2 ?/ ?3`).MatchString(text) {
		t.Error("the footer lacks the page count 2 / 3")
	}
	if strings.Contains(text, "What's next") || strings.Contains(text, "The operator publishes") {
		t.Error("a section the template hides was shown")
	}
	if !bytes.Contains(pdf, []byte("/Subtype /Image")) || !bytes.Contains(pdf, []byte("0.043 0.431 0.310")) {
		t.Error("the PDF lacks the logo or the brand colour")
	}
	checkBrandInDOCXAndHTML(t, tpl)
}

// checkBrandInDOCXAndHTML checks the Acme template's logo, colour, banner
// and disclaimer in the DOCX and the HTML.
func checkBrandInDOCXAndHTML(t *testing.T, tpl Template) {
	parts := unzipDOCX(t, renderExt(t, ".docx", tpl, Options{}, sampleBrief()))
	if parts["word/media/logo.png"] == nil || !strings.Contains(string(parts["word/styles.xml"]), `w:val="0B6E4F"`) {
		t.Error("the DOCX lacks the logo or the brand colour")
	}
	html := string(renderExt(t, ".html", tpl, Options{}, sampleBrief()))
	for _, want := range []string{"data:image/png;base64,", "#0B6E4F", "CONFIDENTIAL", "Acme Advisory prepared this brief"} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
}

func TestBrandOverridesTemplate(t *testing.T) {
	b := sampleBrief()
	b.Brand = &briefs.Brand{Name: "Client Co", Banner: "Restricted"}
	opts := Options{Brand: &briefs.Brand{Name: "Settings Firm", Color: "#AA0000", Disclaimer: "From the settings."}}
	text := normalize(pdfTool(t, "pdftotext", renderExt(t, ".pdf", mustLookup(t, ""), opts, b), "-enc", "UTF-8"))
	for _, want := range []string{"CLIENT CO", "RESTRICTED", "From the settings."} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF lacks %q", want)
		}
	}
	if strings.Contains(text, "SETTINGS FIRM") {
		t.Error("the settings' brand name won over the brief's own")
	}
	bad := Options{Brand: &briefs.Brand{Color: "red"}}
	if err := NewPDF(mustLookup(t, ""), bad).Render(context.Background(), io.Discard, sampleBrief()); err == nil || !strings.Contains(err.Error(), "#RRGGBB") {
		t.Errorf("a bad brand colour gave %v", err)
	}
	notImage := Options{Brand: &briefs.Brand{LogoData: []byte("not an image")}}
	if err := NewPDF(mustLookup(t, ""), notImage).Render(context.Background(), io.Discard, sampleBrief()); err == nil || !strings.Contains(err.Error(), "brand.logo: must be a PNG or JPEG") {
		t.Errorf("a logo that is not an image gave %v", err)
	}
}

func TestQpdfCheck(t *testing.T) {
	qpdf, err := exec.LookPath("qpdf")
	if err != nil {
		t.Skip("qpdf not installed (apt-get install qpdf)")
	}
	briefsByName := map[string]*briefs.Brief{"sample": sampleBrief(), "stress": stressBrief(), "25 items": benchBrief(25)}
	for _, name := range Names() {
		for label, b := range briefsByName {
			var buf bytes.Buffer
			err := NewPDF(mustLookup(t, name), Options{Brand: &briefs.Brand{LogoData: testLogo(t), Banner: "Official"}}).Render(context.Background(), &buf, b)
			var fit *FitError
			if errors.As(err, &fit) {
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(t.TempDir(), "b.pdf")
			os.WriteFile(file, buf.Bytes(), 0o644)
			if out, err := exec.Command(qpdf, "--check", file).CombinedOutput(); err != nil || !strings.Contains(string(out), "No syntax or stream encoding errors") {
				t.Errorf("%s/%s: qpdf --check: %v\n%s", name, label, err, out)
			}
		}
	}
}

func TestCJKRendersWithRealGlyphs(t *testing.T) {
	b := sampleBrief()
	b.Items[0].Summary.Headline = "东京股市收盘上涨"
	b.Items[0].Summary.WhatHappened = pts("日本銀行は金利を据え置いた。", "한국은행은 기준금리를 동결했다.", "日本語と한국어")
	pdf := renderExt(t, ".pdf", mustLookup(t, ""), Options{}, b)
	fonts := pdfTool(t, "pdffonts", pdf)
	if !strings.Contains(strings.ToLower(fonts), "droidsansfallback") || !strings.Contains(strings.ToLower(fonts), "nanumgothic") {
		t.Errorf("the CJK font is not embedded:\n%s", fonts)
	}
	text := normalize(pdfTool(t, "pdftotext", pdf, "-enc", "UTF-8"))
	for _, want := range []string{"东京股市收盘上涨", "日本銀行は金利を据え置いた。", "한국은행은 기준금리를 동결했다."} {
		if !strings.Contains(text, want) {
			t.Errorf("pdftotext lacks %q", want)
		}
	}
	plain := pdfTool(t, "pdffonts", renderExt(t, ".pdf", mustLookup(t, ""), Options{}, sampleBrief()))
	if strings.Contains(strings.ToLower(plain), "droidsansfallback") || strings.Contains(strings.ToLower(plain), "nanumgothic") {
		t.Error("a brief without CJK text loaded the CJK font")
	}
}

func TestOnePagerSaysWhenItemsDoNotFit(t *testing.T) {
	tpl := mustLookup(t, "one-pager")
	if _, err := renderOK(tpl, benchBrief(6)); err != nil {
		t.Fatalf("six ordinary items: %v", err)
	}
	for _, b := range []*briefs.Brief{benchBrief(7), longItems(6)} {
		for _, ext := range []string{".pdf"} {
			r, _ := NewRenderer(ext, tpl, Options{})
			err := r.Render(context.Background(), io.Discard, b)
			var fit *FitError
			if !errors.As(err, &fit) {
				t.Fatalf("%d items: err = %v, want a *FitError", len(b.Items), err)
			}
			if !strings.Contains(err.Error(), "One-pager") {
				t.Errorf("message %q does not name the template", err)
			}
		}
	}
	if err := NewHTML(tpl, Options{}).Render(context.Background(), io.Discard, benchBrief(7)); err == nil {
		t.Error("HTML took 7 items for a 6-item template")
	}
}

func renderOK(tpl Template, b *briefs.Brief) ([]byte, error) {
	var buf bytes.Buffer
	err := NewPDF(tpl, Options{}).Render(context.Background(), &buf, b)
	return buf.Bytes(), err
}

// longItems is n items with long sections: too much for one page.
func longItems(n int) *briefs.Brief {
	b := benchBrief(n)
	for i := range b.Items {
		long := strings.Repeat(benchSentences[i%len(benchSentences)]+" ", 6)
		b.Items[i].Summary.WhatHappened = pts(long, long)
	}
	return b
}

// TestFallbackFontsHaveTheGlyphs checks, glyph by glyph, that the face the
// PDF picks for Chinese, Japanese, Korean, Arabic and Hebrew words has an
// outline for every letter: real glyphs, not boxes.
func TestFallbackFontsHaveTheGlyphs(t *testing.T) {
	words := []string{"测试:日本", "东京股市收盘上涨", "日本銀行は金利を据え置いた。", "カタカナ", "한국은행은", "기준금리를", "中文测试：日本語のテキストと", "한국어", "مرحبا", "שלום"}
	base := textStyle{family: assets.SerifFamily}
	var buf sfnt.Buffer
	for _, w := range words {
		for _, part := range splitScripts(w) {
			st := fallbackFace(base, part)
			data, err := assets.Font(st.family, st.fontStyle())
			if err != nil {
				t.Fatal(err)
			}
			f, err := sfnt.Parse(data)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range part {
				if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
					t.Errorf("%s has no glyph for %q (%U) in %q", st.family, r, r, part)
				}
			}
		}
	}
}

func TestDOCXParagraphDirectionFollowsFirstLetter(t *testing.T) {
	doc := string(unzipDOCX(t, renderExt(t, ".docx", mustLookup(t, ""), Options{}, stressBrief()))["word/document.xml"])
	i := strings.Index(doc, "English sentence with an Arabic word")
	start := strings.LastIndex(doc[:i], "<w:p>")
	if strings.Contains(doc[start:i], "<w:bidi/>") {
		t.Error("an English paragraph with one Arabic word is set right to left")
	}
	i = strings.Index(doc, "قال الوزير")
	start = strings.LastIndex(doc[:i], "<w:p>")
	if !strings.Contains(doc[start:i], "<w:bidi/>") {
		t.Error("an Arabic paragraph is not set right to left")
	}
}

// TestDOCXConvertsWithLibreOffice converts the DOCX of every built-in to PDF
// with LibreOffice, where installed, and reads the headings back.
func TestDOCXConvertsWithLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil || testing.Short() {
		t.Skip("LibreOffice (soffice) not installed, or -short")
	}
	pdftotext := popplerTool(t, "pdftotext")
	dir := t.TempDir()
	var files []string
	for _, name := range Names() {
		f := filepath.Join(dir, name+".docx")
		os.WriteFile(f, renderExt(t, ".docx", mustLookup(t, name), Options{Brand: &briefs.Brand{LogoData: testLogo(t), Banner: "Official"}}, sampleBrief()), 0o644)
		files = append(files, f)
	}
	args := append([]string{"--headless", "--norestore", "-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--convert-to", "pdf", "--outdir", dir}, files...)
	if out, err := exec.Command(soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	for _, f := range files {
		out, err := exec.Command(pdftotext, strings.TrimSuffix(f, ".docx")+".pdf", "-").Output()
		if err != nil {
			t.Fatalf("%s did not convert: %v", filepath.Base(f), err)
		}
		text := normalize(string(out))
		for _, want := range []string{"Energy and Trade Morning Brief", "Gas storage stands at 91 per cent as winter demand begins", "OFFICIAL"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s converted lacks %q", filepath.Base(f), want)
			}
		}
	}
}

func TestDOCXRunPropertiesInSchemaOrder(t *testing.T) {
	if got := withEastAsiaHint(`<w:rStyle w:val="Hyperlink"/><w:b/>`); got != `<w:rStyle w:val="Hyperlink"/><w:rFonts w:hint="eastAsia"/><w:b/>` {
		t.Errorf("hint placed as %s", got)
	}
	if got := withEastAsiaHint(`<w:b/>`); got != `<w:rFonts w:hint="eastAsia"/><w:b/>` {
		t.Errorf("hint placed as %s", got)
	}
	styles := docxStyles(mustLookup(t, ""))
	if i, j := strings.Index(styles, `w:styleId="Quote"`), strings.Index(styles, `w:styleId="Speaker"`); i < 0 || j < 0 {
		t.Fatal("no Quote or Speaker style")
	}
	for _, bad := range []string{`<w:ind w:left="454"/><w:pBdr>`, `<w:ind w:left="454"/><w:spacing`} {
		if strings.Contains(styles, bad) {
			t.Errorf("styles.xml has %s: w:ind must follow w:pBdr and w:spacing", bad)
		}
	}
}
