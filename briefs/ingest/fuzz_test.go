package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

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
