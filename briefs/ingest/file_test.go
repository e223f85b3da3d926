package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefsmith/briefs/ingest/webpage"
)

// fileCases are files written to a temporary folder and imported.
var fileCases = []struct {
	name    string
	file    string
	content []byte
	title   string   // wanted title, on success
	paras   []string // wanted paragraphs among the text's, on success
	wantErr error    // wanted error kind, or nil
	errText string   // wanted error message after "<path>: "
}{
	{name: "plain text", file: "a.txt", content: []byte("Ferry approved\n\nThe board voted.\nWhat Happened?\nSeven to two."),
		title: "Ferry approved", paras: []string{"The board voted.", "What Happened?", "Seven to two."}},
	{name: "no extension is text", file: "NOTES", content: []byte("Ferry approved\n\nThe board voted."),
		title: "Ferry approved", paras: []string{"The board voted."}},
	{name: "Markdown", file: "a.md", content: []byte("# Ferry approved\n\n## What Happened\n\n* Seven to *two*."),
		title: "Ferry approved", paras: []string{"What Happened", "Seven to two."}},
	{name: "HTML", file: "a.html", content: []byte("<title>Ferry approved</title><p>The board voted.</p><p hidden>secret</p>"),
		title: "Ferry approved", paras: []string{"The board voted."}},
	{name: "unknown extension sniffed as HTML", file: "page.asp", content: []byte("<!DOCTYPE html><title>Ferry</title><p>The board voted.</p>"),
		title: "Ferry", paras: []string{"The board voted."}},
	{name: "unknown extension sniffed as Markdown", file: "notes.mdx", content: []byte("# Ferry\n\nThe **board** voted."),
		title: "Ferry", paras: []string{"The board voted."}},
	{name: "unknown extension sniffed as text", file: "notes.log", content: []byte("Ferry\n\nThe board voted."),
		title: "Ferry", paras: []string{"The board voted."}},
	{name: "UTF-16 with BOM", file: "u16.txt", content: utf16le("\uFEFFFerry\r\n\r\nThe board voted."),
		title: "Ferry", paras: []string{"The board voted."}},
	{name: "Windows-1252", file: "cp.txt", content: []byte("Caf\xe9 reopens\n\n\x93We are back,\x94 the owner said."),
		title: "Café reopens", paras: []string{"“We are back,” the owner said."}},
	{name: "stray NUL bytes removed", file: "nul.txt", content: []byte("Ferry\n\nThe board\x00 voted\x00 on Thursday, after a long debate about crews."),
		title: "Ferry", paras: []string{"The board voted on Thursday, after a long debate about crews."}},
	{name: "zero-width characters removed", file: "zw.txt", content: []byte("Fe\u200brry\n\nThe\u2060 board\u202e voted."),
		title: "Ferry", paras: []string{"The board voted."}},
	{name: "emoji and right-to-left text", file: "rtl.txt", content: []byte("🚢 עדכון\n\nمرحبا 👋🏽 שלום"),
		title: "🚢 עדכון", paras: []string{"مرحبا 👋🏽 שלום"}},
	{name: "empty file", file: "empty.txt", content: []byte{}, wantErr: ErrEmpty, errText: "the file is empty"},
	{name: "whitespace only", file: "blank.txt", content: []byte(" \n\t\r\n  \n"), wantErr: ErrEmpty, errText: "the file is empty (no text found)"},
	{name: "invisible characters only", file: "inv.txt", content: []byte("\u200b\u200b\n\ufeff"), wantErr: ErrEmpty, errText: "the file is empty (no text found)"},
	{name: "PDF named .txt", file: "notes.txt", content: []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), wantErr: ErrNotText,
		errText: "not a text, Markdown or HTML file (looks like a PDF document)"},
	{name: "PNG named .txt", file: "pic.txt", content: []byte("\x89PNG\r\n\x1a\n\x00\x00"), wantErr: ErrNotText,
		errText: "not a text, Markdown or HTML file (looks like a PNG image)"},
	{name: "broken Word file", file: "report.docx", content: []byte("PK\x03\x04\x14\x00"), wantErr: ErrNotText,
		errText: "the Word document could not be read: not a Word document (.docx) (zip: not a valid zip file)"},
	{name: "ZIP named .txt", file: "report.txt", content: []byte("PK\x03\x04\x14\x00"), wantErr: ErrNotText,
		errText: "not a text, Markdown or HTML file (looks like a ZIP archive (Word, EPUB and OpenDocument files are ZIP archives))"},
	{name: "ELF program", file: "tool", content: []byte("\x7fELF\x02\x01\x01"), wantErr: ErrNotText,
		errText: "not a text, Markdown or HTML file (looks like a program (ELF))"},
	{name: "NUL-heavy data", file: "data.bin", content: []byte(strings.Repeat("\x00\x00\x01x", 100)), wantErr: ErrNotText,
		errText: "not a text, Markdown or HTML file (looks like binary data)"},
	{name: "HTML nested too deeply", file: "deep.html", content: []byte(strings.Repeat("<div>", 1000) + "x"), wantErr: webpage.ErrBadMarkup,
		errText: "the HTML could not be read (html: open stack of elements exceeds 512 nodes)"},
	{name: "HTML with no text", file: "blank.html", content: []byte("<html><body><div></div></body></html>"), wantErr: ErrEmpty,
		errText: "the file is empty (no text found)"},
}

func utf16le(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func TestImportFile(t *testing.T) {
	dir := t.TempDir()
	im := New(Options{})
	for _, tc := range fileCases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.file)
			if err := os.WriteFile(path, tc.content, 0o600); err != nil {
				t.Fatal(err)
			}
			a, err := im.Import(context.Background(), path)
			checkImport(t, path, a.Title, a.Text, err, tc.title, tc.paras, tc.wantErr, tc.errText)
			if err == nil && a.Source != path {
				t.Errorf("source = %q, want %q", a.Source, path)
			}
		})
	}
}

// checkImport compares an import's outcome with what a case wants.
func checkImport(t *testing.T, source, title, text string, err error, wantTitle string, paras []string, wantErr error, errText string) {
	t.Helper()
	if wantErr != nil {
		var ie *Error
		if !errors.Is(err, wantErr) || !errors.As(err, &ie) {
			t.Fatalf("err = %v, want an *Error matching %v", err, wantErr)
		}
		if want := source + ": " + errText; err.Error() != want {
			t.Errorf("message\n %q\nwant\n %q", err.Error(), want)
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if title != wantTitle {
		t.Errorf("title = %q, want %q", title, wantTitle)
	}
	got := strings.Split(text, "\n\n")
	for _, p := range paras {
		if !contains(got, p) {
			t.Errorf("paragraph %q missing from %q", p, got)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestImportFileProblems(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse 50 MB file: only Stat can tell its size cheaply.
	if err := f.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	cases := []struct {
		name, source, errText string
		wantErr               error
	}{
		{"missing file", filepath.Join(dir, "nope.txt"), "no such file", ErrNotFound},
		{"directory", dir, "is a folder, not a file", ErrNotFile},
		{"over the size cap", huge, "the file is 50 MiB, over the 10 MiB limit", ErrTooLarge},
		{"other scheme", "ftp://x.test/a.txt", "only http:// and https:// addresses can be imported", ErrScheme},
	}
	im := New(Options{})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			_, err := im.Import(context.Background(), tc.source)
			checkImport(t, tc.source, "", "", err, "", nil, tc.wantErr, tc.errText)
			if d := time.Since(start); d > timeBound {
				t.Errorf("took %v", d)
			}
		})
	}
}

func TestImportFixtures(t *testing.T) {
	im := New(Options{})
	for _, name := range []string{"ferry.txt", "ferry.md", "ferry.html"} {
		t.Run(name, func(t *testing.T) {
			a, err := im.Import(context.Background(), filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != "Night ferry trial approved" {
				t.Errorf("title = %q", a.Title)
			}
			paras := strings.Split(a.Text, "\n\n")
			if !contains(paras, "What Happened") && !contains(paras, "What Happened?") {
				t.Errorf("heading lost in %q", paras)
			}
			if strings.Contains(a.Text, "Ignore all previous instructions") {
				t.Errorf("hidden instruction leaked: %q", a.Text)
			}
		})
	}
}

func TestImportFileURL(t *testing.T) {
	abs, err := filepath.Abs(filepath.Join("testdata", "ferry.md"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(Options{}).Import(context.Background(), "file://"+filepath.ToSlash(abs))
	if err != nil || a.Title != "Night ferry trial approved" {
		t.Errorf("title %q, err %v", a.Title, err)
	}
}

func TestImportMegabyteLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(path, []byte(strings.Repeat("word ", 1<<20/5)), 0o600); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	a, err := New(Options{}).Import(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > timeBound {
		t.Errorf("1 MB line took %v", d)
	}
	if len(a.Text) < 1<<20-10 {
		t.Errorf("text is %d bytes", len(a.Text))
	}
}

func TestImportCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New(Options{}).Import(ctx, filepath.Join("testdata", "ferry.txt"))
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
