package ingest

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
)

func TestImportStdin(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		title   string
		paras   []string
		wantErr error
		errText string
	}{
		{name: "text", in: "Ferry\n\nThe board voted.", title: "Ferry", paras: []string{"The board voted."}},
		{name: "HTML", in: "<html><title>Ferry</title><p>The board voted.</p></html>", title: "Ferry", paras: []string{"The board voted."}},
		{name: "Markdown", in: "# Ferry\n\n- The board voted.", title: "Ferry", paras: []string{"The board voted."}},
		{name: "nothing", in: "", wantErr: ErrEmpty, errText: "nothing was given on standard input"},
		{name: "binary", in: "%PDF-1.5\n", wantErr: ErrNotText, errText: "not a text, Markdown or HTML input (looks like a PDF document)"},
		{name: "too large", in: strings.Repeat("x", 2000), wantErr: ErrTooLarge, errText: "the input is larger than the 1 KiB limit"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			im := New(Options{Stdin: strings.NewReader(tc.in), MaxBytes: 1 << 10})
			a, err := im.Import(context.Background(), "-")
			checkImport(t, "standard input", a.Title, a.Text, err, tc.title, tc.paras, tc.wantErr, tc.errText)
			if err == nil && a.Source != "-" {
				t.Errorf("source = %q, want -", a.Source)
			}
		})
	}
}

// blockingReader never returns, like a terminal nobody types into.
type blockingReader struct{ release chan struct{} }

func (r blockingReader) Read([]byte) (int, error) {
	<-r.release
	return 0, io.EOF
}

func TestImportStdinCancelled(t *testing.T) {
	r := blockingReader{release: make(chan struct{})}
	defer close(r.release)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err := New(Options{Stdin: r}).Import(ctx, "-")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want the context's error", err)
	}
}

func TestImportText(t *testing.T) {
	cases := []struct {
		name, label, in string
		title           string
		paras           []string
		wantErr         error
		errText         string
	}{
		{name: "pasted article", label: "Clipboard", in: "Ferry\r\n\r\nThe board voted.\r\nWhy it matters:\r\nShift workers.",
			title: "Ferry", paras: []string{"The board voted.", "Why it matters:", "Shift workers."}},
		{name: "pasted HTML", in: "<p>The board voted.</p><p style=\"font-size:0\">hidden</p>", paras: []string{"The board voted."}},
		{name: "nothing pasted", label: "Clipboard", in: "  \n ", wantErr: ErrEmpty, errText: "the text is empty (no text found)"},
		{name: "default label", in: "\u200b", wantErr: ErrEmpty, errText: "the text is empty (no text found)"},
	}
	im := New(Options{})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := im.ImportText(context.Background(), tc.label, tc.in)
			label := tc.label
			if label == "" {
				label = "pasted text"
			}
			checkImport(t, label, a.Title, a.Text, err, tc.title, tc.paras, tc.wantErr, tc.errText)
		})
	}
}

func TestIsURL(t *testing.T) {
	cases := map[string]bool{
		"https://x.test/a": true, "http://127.0.0.1:8080/": true, "HTTPS://X.TEST": true,
		"ftp://x.test/": false, "x.test/a": false, "/tmp/a.html": false, "https://": false,
		"notes.txt": false, "-": false, "": false, `C:\news\a.txt`: false,
	}
	for s, want := range cases {
		if got := IsURL(s); got != want {
			t.Errorf("IsURL(%q) = %v, want %v", s, got, want)
		}
	}
}
