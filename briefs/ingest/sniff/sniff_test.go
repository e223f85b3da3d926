package sniff

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// timeBound is the most one input may take. It is generous: it is there
// to catch runaway (quadratic or looping) work, and test machines are
// often busy.
const timeBound = 10 * time.Second

var binaryCases = []struct {
	name string
	in   []byte
	want string // "" means text
}{
	{"PDF", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "a PDF document"},
	{"PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "a PNG image"},
	{"JPEG", []byte("\xff\xd8\xff\xe0\x00\x10JFIF"), "a JPEG image"},
	{"ZIP or DOCX", []byte("PK\x03\x04\x14\x00\x06\x00"), "a ZIP archive (Word, EPUB and OpenDocument files are ZIP archives)"},
	{"ELF program", []byte("\x7fELF\x02\x01\x01\x00"), "a program (ELF)"},
	{"gzip", []byte("\x1f\x8b\x08\x00\x00\x00"), "a gzip archive"},
	{"tar", append(make([]byte, 257), "ustar\x0000"...), "a tar archive"},
	{"NUL-heavy unknown data", bytes.Repeat([]byte{0, 0, 0, 1, 'a', 0, 2, 0}, 64), "binary data"},
	{"control-heavy unknown data", bytes.Repeat([]byte{1, 2, 3, 'a', 4, 5, 6, 'b'}, 64), "binary data"},
	{"plain text", []byte("Ministers met on Tuesday.\n"), ""},
	{"text with a few stray NULs", append([]byte(strings.Repeat("Ministers met on Tuesday. ", 20)), 0, 0), ""},
	{"UTF-16LE text with BOM", []byte("\xFF\xFEH\x00i\x00"), ""},
	{"UTF-16LE text without BOM", []byte("H\x00e\x00l\x00l\x00o\x00 \x00t\x00h\x00e\x00r\x00e\x00"), ""},
	{"text starting like a program name", []byte("MZ is a country code.\n"), ""},
	{"empty", nil, ""},
}

func TestBinaryFormat(t *testing.T) {
	for _, tc := range binaryCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := BinaryFormat(tc.in); got != tc.want {
				t.Errorf("BinaryFormat = %q, want %q", got, tc.want)
			}
		})
	}
}

var contentCases = []struct {
	name, in string
	want     Kind
}{
	{"HTML document", "<!DOCTYPE html><html><body><p>Hi</p></body></html>", HTML},
	{"HTML after a comment", "<!-- saved page -->\n<html lang=en>", HTML},
	{"XHTML with prolog", `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">`, HTML},
	{"HTML fragment", "<p>Ministers met.</p><p>They agreed.</p>", HTML},
	{"Markdown heading", "# Talks resume\n\nMinisters met.", Markdown},
	{"Markdown setext", "Talks resume\n============\n\nMinisters met.", Markdown},
	{"Markdown front matter", "---\ntitle: Talks\n---\nBody", Markdown},
	{"Markdown fence", "Intro\n\n```\ncode\n```\n", Markdown},
	{"plain text", "Talks resume\n\nMinisters met on Tuesday.", Text},
	{"plain text with a hashtag", "#breaking Ministers met.", Text},
	{"plain text with an angle bracket", "a < b and b > c", Text},
}

func TestContent(t *testing.T) {
	for _, tc := range contentCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Content(tc.in); got != tc.want {
				t.Errorf("Content = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestByExtension(t *testing.T) {
	cases := []struct {
		name  string
		want  Kind
		known bool
	}{
		{"notes.txt", Text, true}, {"NOTES.TEXT", Text, true}, {"README", Text, true},
		{"a.md", Markdown, true}, {"a.markdown", Markdown, true},
		{"page.html", HTML, true}, {"page.HTM", HTML, true}, {"page.xhtml", HTML, true},
		{"scan.pdf", PDF, true}, {"Report.DOCX", DOCX, true}, {"brief.eml", Email, true}, {"news.rss", Feed, true}, {"feeds.opml", OPML, true}, {"feed.xml", Text, false}, {"data.csv", Text, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, known := ByExtension(tc.name)
			if got != tc.want || known != tc.known {
				t.Errorf("ByExtension(%q) = %v, %v; want %v, %v", tc.name, got, known, tc.want, tc.known)
			}
		})
	}
}

func FuzzSniff(f *testing.F) {
	for _, tc := range binaryCases {
		f.Add(tc.in)
	}
	for _, tc := range contentCases {
		f.Add([]byte(tc.in))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		start := time.Now()
		name := BinaryFormat(b)
		kind := Content(string(b))
		if kind != Text && kind != Markdown && kind != HTML {
			t.Fatalf("Content returned %d", kind)
		}
		if name != "" && name != "binary data" && !strings.HasPrefix(name, "a ") && !strings.HasPrefix(name, "an ") {
			t.Fatalf("format name %q does not read as a phrase", name)
		}
		if d := time.Since(start); d > timeBound {
			t.Fatalf("took %v", d)
		}
	})
}

func TestDocument(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Kind
		ok   bool
	}{
		{"PDF", "%PDF-1.7\n", PDF, true},
		{"Word", "PK\x03\x04\x14\x00....word/document.xml....", DOCX, true},
		{"another ZIP", "PK\x03\x04\x14\x00....content.xml", Text, false},
		{"text", "hello", Text, false},
	}
	for _, tt := range tests {
		if k, ok := Document([]byte(tt.in)); k != tt.want || ok != tt.ok {
			t.Errorf("%s: got %v %v", tt.name, k, ok)
		}
	}
	if got := Extensions(); len(got) != 16 || got[0] != ".atom" {
		t.Errorf("Extensions() = %v", got)
	}
}
