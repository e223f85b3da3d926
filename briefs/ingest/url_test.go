package ingest

import (
	"compress/gzip"
	"context"
	"errors"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefsmith/briefs/ingest/fetch"
)

// newsServer serves the URL test routes on 127.0.0.1.
func newsServer(t *testing.T) *httptest.Server {
	t.Helper()
	article, err := os.ReadFile(filepath.Join("testdata", "ferry.html"))
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	serve := func(path, contentType string, body []byte) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			if contentType != "" {
				w.Header().Set("Content-Type", contentType)
			}
			_, _ = w.Write(body)
		})
	}
	serve("/news/ferry", "text/html; charset=utf-8", article)
	serve("/cp1251", "text/html; charset=windows-1251", []byte("<title>\xcd\xee\xe2\xee\xf1\xf2\xe8</title><p>\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0.</p>"))
	serve("/notes.txt", "text/plain; charset=utf-8", []byte("Ferry\n\nThe board voted."))
	serve("/notes.md", "text/markdown", []byte("# Ferry\n\n**The board** voted."))
	serve("/untyped", "", []byte("<!DOCTYPE html><title>Ferry</title><p>The board voted.</p>"))
	serve("/img", "image/png", []byte("\x89PNG\r\n\x1a\n"))
	serve("/big", "text/html", []byte(strings.Repeat("<p>filler text</p>", 200)))
	mux.HandleFunc("/a", http.NotFound)
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/ferry", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/gz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		_, _ = zw.Write(article)
		_ = zw.Close()
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestImportURL(t *testing.T) {
	srv := newsServer(t)
	cases := []struct {
		name, path string
		title      string
		paras      []string
		wantErr    error
		errText    string
	}{
		{name: "OK page", path: "/news/ferry", title: "Night ferry trial approved", paras: []string{"What Happened", "Why It Matters"}},
		{name: "redirect followed", path: "/moved", title: "Night ferry trial approved"},
		{name: "gzip body", path: "/gz", title: "Night ferry trial approved"},
		{name: "charset from header", path: "/cp1251", title: "Новости", paras: []string{"Привет, мир."}},
		{name: "plain text page", path: "/notes.txt", title: "Ferry", paras: []string{"The board voted."}},
		{name: "Markdown page", path: "/notes.md", title: "Ferry", paras: []string{"The board voted."}},
		{name: "no content type: sniffed", path: "/untyped", title: "Ferry", paras: []string{"The board voted."}},
		{name: "404", path: "/a", wantErr: fetch.ErrStatus, errText: "the server answered 404 Not Found"},
		{name: "redirect loop", path: "/loop", wantErr: fetch.ErrTooManyRedirects, errText: "stopped after 5 redirects"},
		{name: "slow server", path: "/slow", wantErr: context.DeadlineExceeded, errText: "no answer within 300ms"},
		{name: "body over the cap", path: "/big", wantErr: ErrTooLarge, errText: "the page is larger than the 2 KiB limit"},
		{name: "not a web page", path: "/img", wantErr: fetch.ErrContentType, errText: "the server sent image/png, not a web page"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			timeout := 10 * time.Second
			if tc.path == "/slow" {
				timeout = 300 * time.Millisecond
			}
			im := New(Options{Timeout: timeout, MaxBytes: 2 << 10})
			url := srv.URL + tc.path
			a, err := im.Import(context.Background(), url)
			checkImport(t, url, a.Title, a.Text, err, tc.title, tc.paras, tc.wantErr, tc.errText)
			if err == nil && (a.Source != url || !strings.HasPrefix(a.URL, srv.URL)) {
				t.Errorf("source %q, url %q", a.Source, a.URL)
			}
		})
	}
}

func TestImportURLHiddenTextAndFinalAddress(t *testing.T) {
	srv := newsServer(t)
	a, err := New(Options{}).Import(context.Background(), srv.URL+"/moved")
	if err != nil {
		t.Fatal(err)
	}
	if a.URL != srv.URL+"/news/ferry" {
		t.Errorf("url = %q, want the address after the redirect", a.URL)
	}
	if strings.Contains(a.Text, "Ignore all previous instructions") {
		t.Errorf("hidden text leaked: %q", a.Text)
	}
}

func TestImportTextFetchesAPastedURL(t *testing.T) {
	srv := newsServer(t)
	a, err := New(Options{}).ImportText(context.Background(), "Clipboard", "  "+srv.URL+"/notes.txt\n")
	if err != nil {
		t.Fatal(err)
	}
	if a.Source != srv.URL+"/notes.txt" || a.Title != "Ferry" {
		t.Errorf("source %q, title %q", a.Source, a.Title)
	}
}

func TestImportURLConcurrent(t *testing.T) {
	srv := newsServer(t)
	im := New(Options{})
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			_, err := im.Import(context.Background(), srv.URL+"/news/ferry")
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestImportURLCancelled(t *testing.T) {
	srv := newsServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	_, err := New(Options{}).Import(ctx, srv.URL+"/slow")
	if !errors.Is(err, context.Canceled) || !strings.HasSuffix(err.Error(), ": cancelled") {
		t.Errorf("err = %v", err)
	}
}

func TestImportURLClientOverride(t *testing.T) {
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/loop" {
			http.Redirect(w, r, "/loop", http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		_, _ = w.Write([]byte("Ferry\n\nThe board voted."))
	}))
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // the refused handshake is expected
	srv.StartTLS()
	defer srv.Close()

	_, err := New(Options{}).Import(context.Background(), srv.URL+"/a")
	if err == nil || !strings.HasSuffix(err.Error(), ": the site's security certificate is not valid") {
		t.Errorf("without the test client: err = %v", err)
	}
	im := New(Options{Client: srv.Client()}) // trusts the test certificate
	if a, err := im.Import(context.Background(), srv.URL+"/a"); err != nil || a.Title != "Ferry" {
		t.Errorf("with the test client: title %q, err %v", a.Title, err)
	}
	if _, err := im.Import(context.Background(), srv.URL+"/loop"); !errors.Is(err, fetch.ErrTooManyRedirects) {
		t.Errorf("redirect limit not applied to the given client: %v", err)
	}
}
