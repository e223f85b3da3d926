package ingest

import (
	"context"
	"errors"
	"mime"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"briefsmith/briefs"
)

// cp1251Mail is an e-mail whose headers and HTML body are windows-1251.
func cp1251Mail(t testing.TB) []byte {
	enc := charmap.Windows1251.NewEncoder()
	subject, _ := enc.String("Новости дня")
	from, _ := enc.String("Городская газета")
	body, err := enc.String("<html><body><h1>Паром снова ходит</h1><p>Паромы возобновят рейсы в понедельник после долгих переговоров профсоюза и оператора.</p><p>Первый рейс отправится в шесть утра.</p></body></html>")
	if err != nil {
		t.Fatal(err)
	}
	return []byte("From: " + mime.BEncoding.Encode("windows-1251", from) + " <news@127.0.0.1>\r\nSubject: " + mime.BEncoding.Encode("windows-1251", subject) +
		"\r\nDate: Tue, 1 Dec 2026 07:30:00 +0300\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=windows-1251\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body)
}

// newsletterMail holds three stories under h2 headlines.
const newsletterMail = "From: Harbour Gazette <brief@127.0.0.1>\r\nSubject: Morning brief\r\nDate: Tue, 01 Dec 2026 06:00:00 +0000\r\n" +
	"MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
	`<html><body><p>Good morning.</p>
<h2>Ferry strike ends</h2><p>The harbour ferries will run again on Monday after talks between the union and the operator.</p><p><a href="http://127.0.0.1/ferry?utm_source=brief">Read more</a></p>
<h2>Council passes budget</h2><p>The council approved the budget by nine votes to four after a long debate.</p>
<h2>Storm warning</h2><p>Gales are expected on the coast tonight, the weather service said.</p>
<p><a href="http://127.0.0.1/u">Unsubscribe</a></p></body></html>`

// writeFiles writes name → content into a new folder.
func writeFiles(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func needPDFTool(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftotext is missing (make deps installs poppler-utils)")
		}
		t.Skip("pdftotext is not installed")
	}
}

func TestImportDocuments(t *testing.T) {
	dir := writeFiles(t, map[string]string{"cp1251.eml": string(cp1251Mail(t)), "brief.eml": newsletterMail, "mail-no-ext": newsletterMail})
	tests := []struct {
		name, source, title, site string
		kind                      briefs.SourceKind
		paras                     []string
		url                       string
	}{
		{"Word with a table and footnotes", "docx/testdata/report.docx", "Harbour ferry review", "", briefs.KindFile,
			[]string{"Ferry review", "Route | On time", "North | 94% (best)", "Notes", "[1] Operator figures, 2025."}, ""},
		{"windows-1251 e-mail", filepath.Join(dir, "cp1251.eml"), "Новости дня", "Городская газета", briefs.KindEmail,
			[]string{"Первый рейс отправится в шесть утра."}, ""},
		{"a newsletter's second story", filepath.Join(dir, "brief.eml") + "#story=2", "Council passes budget", "Harbour Gazette", briefs.KindEmail,
			[]string{"The council approved the budget by nine votes to four after a long debate."}, ""},
		{"a newsletter's first story keeps its link", filepath.Join(dir, "brief.eml") + "#story=1", "Ferry strike ends", "Harbour Gazette", briefs.KindEmail,
			[]string{"The harbour ferries will run again on Monday after talks between the union and the operator."}, "http://127.0.0.1/ferry?utm_source=brief"},
		{"e-mail recognised without an extension", filepath.Join(dir, "mail-no-ext"), "Morning brief", "Harbour Gazette", briefs.KindEmail,
			[]string{"Gales are expected on the coast tonight, the weather service said."}, ""},
	}
	im := New(Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := im.Import(context.Background(), tt.source)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.Site != tt.site || a.Kind != tt.kind || a.Source != tt.source || a.URL != tt.url {
				t.Errorf("got title %q site %q kind %q source %q url %q", a.Title, a.Site, a.Kind, a.Source, a.URL)
			}
			for _, p := range tt.paras {
				if !strings.Contains("\n\n"+a.Text+"\n\n", "\n\n"+p+"\n\n") {
					t.Errorf("paragraph %q missing from\n%s", p, a.Text)
				}
			}
		})
	}
}

func TestImportPDF(t *testing.T) {
	needPDFTool(t)
	im := New(Options{})
	a, err := im.Import(context.Background(), "pdf/testdata/ferry.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Ferry strike ends after talks" || a.Kind != briefs.KindFile || a.Byline != "Test Desk" ||
		!strings.Contains(a.Text, "a new rota for the winter timetable.") {
		t.Errorf("got %+v", a)
	}
	_, err = im.Import(context.Background(), "pdf/testdata/scan.pdf")
	if !errors.Is(err, ErrEmpty) || err.Error() != "pdf/testdata/scan.pdf: the PDF has no text layer (a scanned document?): run OCR on it or paste its text" {
		t.Errorf("scanned PDF: %v", err)
	}
}

func TestImportPDFWithoutTool(t *testing.T) {
	_, err := New(Options{PDFTool: "no-such-pdftotext"}).Import(context.Background(), "pdf/testdata/ferry.pdf")
	if err == nil || err.Error() != "pdf/testdata/ferry.pdf: PDF import needs pdftotext (Debian package poppler-utils)" {
		t.Errorf("got %v", err)
	}
}

// feedFile is an RSS file whose entries have no links, only content.
const feedFile = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Local Wire</title>
<item><title>Old news</title><pubDate>Mon, 02 Nov 2026 07:00:00 GMT</pubDate><description>&lt;p&gt;Something happened a month ago in the harbour, and people talked about it at length.&lt;/p&gt;</description></item>
<item><title>Tram line opens</title><pubDate>Tue, 01 Dec 2026 07:00:00 GMT</pubDate><description>&lt;p&gt;The new tram line carried four thousand people on its first day, the city said.&lt;/p&gt;</description></item>
</channel></rss>`

const opmlFile = `<opml version="2.0"><body><outline text="News"><outline text="Local"><outline text="Wire" xmlUrl="wire.rss"/></outline></outline></body></opml>`

func TestExpand(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt": "A\n\nText.", "b.md": "# B\n\nText.", "sub/c.html": "<p>C</p>", "data.csv": "x,y", "NOEXT": "x",
		".hidden/x.txt": "x", ".secret.txt": "x", "brief.eml": newsletterMail, "wire.rss": feedFile, "z.opml": opmlFile,
	})
	j := func(name string) string { return filepath.Join(dir, name) }
	tests := []struct {
		name   string
		source string
		opts   Options
		want   []string
	}{
		{"a folder: sorted, hidden skipped, each file expanded", dir, Options{}, []string{
			j("a.txt"), j("b.md"), j("brief.eml") + "#story=1", j("brief.eml") + "#story=2", j("brief.eml") + "#story=3",
			j("sub/c.html"), j("wire.rss") + "#entry=2", j("wire.rss") + "#entry=1", "wire.rss",
		}},
		{"a feed file, newest first", j("wire.rss"), Options{}, []string{j("wire.rss") + "#entry=2", j("wire.rss") + "#entry=1"}},
		{"a feed file with a limit", j("wire.rss"), Options{Limit: 1}, []string{j("wire.rss") + "#entry=2"}},
		{"a plain file", j("a.txt"), Options{}, []string{j("a.txt")}},
		{"standard input", "-", Options{}, []string{"-"}},
		{"a missing file is kept for Import to explain", j("none.txt"), Options{}, []string{j("none.txt")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := New(tt.opts).Expand(context.Background(), tt.source)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestExpandOPMLNestedFolders(t *testing.T) {
	dir := writeFiles(t, map[string]string{"wire.rss": feedFile})
	opml := strings.ReplaceAll(opmlFile, `xmlUrl="wire.rss"`, `xmlUrl="`+filepath.Join(dir, "wire.rss")+`"`)
	opml = strings.Replace(opml, `<outline text="News">`, `<outline text="News"><outline text="Broken" xmlUrl="`+filepath.Join(dir, "none.rss")+`"/>`, 1)
	list := filepath.Join(dir, "feeds.opml")
	os.WriteFile(list, []byte(opml), 0o600)
	got, err := New(Options{}).Expand(context.Background(), list)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "none.rss"), filepath.Join(dir, "wire.rss") + "#entry=2", filepath.Join(dir, "wire.rss") + "#entry=1"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestExpandFolderLimits(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "a", "b.txt": "b", "c.txt": "c"})
	_, err := New(Options{MaxFolderFiles: 2}).Expand(context.Background(), dir)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "more than 2 files") {
		t.Errorf("cap: %v", err)
	}
	empty := writeFiles(t, map[string]string{"data.csv": "x"})
	if _, err := New(Options{}).Expand(context.Background(), empty); !errors.Is(err, ErrEmpty) {
		t.Errorf("no importable files: %v", err)
	}
}

func TestImportFeedEntriesFromFile(t *testing.T) {
	dir := writeFiles(t, map[string]string{"wire.rss": feedFile})
	feed := filepath.Join(dir, "wire.rss")
	if _, err := New(Options{}).Import(context.Background(), feed); !errors.Is(err, ErrFeed) {
		t.Errorf("a feed given to Import: %v", err)
	}
	// A fresh importer, as in a later run: the entry is read from the feed again.
	a, err := New(Options{}).Import(context.Background(), feed+"#entry=2")
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(2026, 12, 1, 7, 0, 0, 0, time.UTC)
	if a.Title != "Tram line opens" || a.Site != "Local Wire" || a.Kind != briefs.KindFeed || !a.Published.Equal(want) ||
		a.Text != "The new tram line carried four thousand people on its first day, the city said." {
		t.Errorf("got %+v", a)
	}
	if _, err := New(Options{}).Import(context.Background(), feed+"#entry=9"); !errors.Is(err, ErrNotFound) {
		t.Errorf("no such entry: %v", err)
	}
	got, _ := New(Options{Since: 24 * time.Hour}).Expand(context.Background(), feed)
	for _, s := range got {
		if strings.HasSuffix(s, "#entry=1") && time.Since(time.Date(2026, 11, 2, 7, 0, 0, 0, time.UTC)) > 24*time.Hour {
			t.Errorf("Since kept a month-old entry: %q", got)
		}
	}
}

func TestKinds(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "Ferry\n\nThe ferry runs."})
	im := New(Options{Stdin: strings.NewReader("The ferry runs.")})
	for source, want := range map[string]briefs.SourceKind{filepath.Join(dir, "a.txt"): briefs.KindFile, "-": briefs.KindStdin} {
		if a, err := im.Import(context.Background(), source); err != nil || a.Kind != want {
			t.Errorf("%s: kind %q, %v", source, a.Kind, err)
		}
	}
	if a, err := im.ImportText(context.Background(), "", "The ferry runs."); err != nil || a.Kind != briefs.KindPasted {
		t.Errorf("pasted: kind %q, %v", a.Kind, err)
	}
}

func TestFeedEntryWithoutText(t *testing.T) {
	dir := writeFiles(t, map[string]string{"bare.rss": `<rss><channel><title>T</title><item><title>Only a title</title></item></channel></rss>`})
	_, err := New(Options{}).Import(context.Background(), filepath.Join(dir, "bare.rss")+"#entry=1")
	var ie *Error
	if !errors.As(err, &ie) || !errors.Is(err, ErrEmpty) || !strings.HasSuffix(err.Error(), "bare.rss#entry=1: the feed gives no text for this entry") {
		t.Errorf("got %v", err)
	}
}
