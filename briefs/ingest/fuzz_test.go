package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"briefsmith/briefs"
	"briefsmith/briefs/ingest/sniff"
	"briefsmith/briefs/ingest/textclean"
)

// timeBound is the most one input may take. It is generous: it is there
// to catch runaway (quadratic or looping) work, and test machines are
// often busy.
const timeBound = 10 * time.Second

// FuzzImportBytes feeds arbitrary bytes, under an arbitrary file name, to
// the path every local file takes after reading: binary sniffing, format
// choice and the format's reader.
func FuzzImportBytes(f *testing.F) {
	for _, tc := range fileCases {
		f.Add(tc.file, tc.content)
	}
	f.Fuzz(func(t *testing.T, name string, b []byte) {
		watchdog := time.AfterFunc(10*time.Second, func() { panic(fmt.Sprintf("import hung on %q, %d bytes", name, len(b))) })
		defer watchdog.Stop()
		start := time.Now()
		o := origin{source: name, noun: "file"}
		o.kind, o.known = sniff.ByExtension(name)
		a, err := convert(context.Background(), o, b)
		if d := time.Since(start); d > timeBound {
			t.Fatalf("took %v on %d bytes", d, len(b))
		}
		if err != nil {
			var ie *Error
			if !errors.As(err, &ie) || !strings.HasPrefix(err.Error(), name+": ") {
				t.Fatalf("error %v is not an *Error naming the source", err)
			}
			return
		}
		checkArticleText(t, a.Title, a.Byline, a.Site, a.Language, a.Text)
		if strings.TrimSpace(a.Text) == "" {
			t.Fatal("empty text without an error")
		}
	})
}

// checkArticleText asserts what every imported field must be: valid UTF-8
// without invisible characters, the text in blank-line-separated
// paragraphs.
func checkArticleText(t *testing.T, fields ...string) {
	t.Helper()
	for _, s := range fields {
		if !utf8.ValidString(s) || strings.ContainsFunc(s, textclean.IsInvisible) || strings.ContainsRune(s, 0) {
			t.Fatalf("bad characters in %q", s)
		}
	}
	text := fields[len(fields)-1]
	if strings.Contains(text, "\n\n\n") || strings.HasPrefix(text, "\n") || strings.HasSuffix(text, "\n") {
		t.Fatalf("bad paragraph layout in %q", text)
	}
}

// FuzzImportDocument feeds arbitrary bytes to the Word and e-mail readers
// as the importer calls them: story 0 is the whole message, 1 to 3 a
// newsletter's stories, and 4 a Word document.
func FuzzImportDocument(f *testing.F) {
	docx, err := os.ReadFile("docx/testdata/report.docx")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(uint8(4), docx)
	f.Add(uint8(0), cp1251Mail(f))
	f.Add(uint8(2), []byte(newsletterMail))
	im := New(Options{})
	f.Fuzz(func(t *testing.T, which uint8, b []byte) {
		const source = "doc"
		watchdog := time.AfterFunc(timeBound, func() { panic(fmt.Sprintf("import hung on kind %d, %q", which, b)) })
		defer watchdog.Stop()
		var a briefs.Article
		var err error
		if which%5 == 4 {
			a, err = im.importDOCX(source, b)
		} else {
			a, err = im.importEmail(context.Background(), source, b, int(which%5))
		}
		if err != nil {
			var ie *Error
			if !errors.As(err, &ie) || !strings.HasPrefix(err.Error(), source+": ") {
				t.Fatalf("error %v is not an *Error naming the source", err)
			}
			return
		}
		checkArticleText(t, a.Title, a.Byline, a.Site, a.Language, a.Text)
	})
}
