package fetch

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
)

const okPage = "<html><body><p>Ferry approved.</p></body></html>"

// server answers the test routes on 127.0.0.1.
func server(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "%s<!-- ua=%s lang=%s -->", okPage, r.UserAgent(), r.Header.Get("Accept-Language"))
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/hop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/ok", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://127.0.0.1/file", http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/drip", drip)
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := strings.Repeat("<p>filler</p>", 1000)
		for i := 0; i < 1000 && r.Context().Err() == nil; i++ {
			_, _ = w.Write([]byte(chunk))
		}
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		_, _ = w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	mux.HandleFunc("/gzip", gzipped)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// drip sends headers at once, then one byte a second.
func drip(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	for i := 0; i < 10; i++ {
		_, _ = w.Write([]byte("<"))
		w.(http.Flusher).Flush()
		select {
		case <-time.After(time.Second):
		case <-r.Context().Done():
			return
		}
	}
}

// gzipped sends a compressed page when the client accepts it.
func gzipped(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		http.Error(w, "gzip expected", http.StatusNotAcceptable)
		return
	}
	w.Header().Set("Content-Encoding", "gzip")
	zw := gzip.NewWriter(w)
	_, _ = zw.Write([]byte(okPage))
	_ = zw.Close()
}

func newFetcher() *Fetcher {
	return New(Options{
		Timeout: 10 * time.Second, MaxBytes: 64 << 10, MaxRedirects: 5,
		UserAgent: "Briefsmith/test", AcceptLanguage: "en",
	})
}

func TestGet(t *testing.T) {
	srv := server(t)
	cases := []struct {
		name    string
		path    string
		timeout time.Duration
		want    string // substring of the body, or of the error when wantErr
		wantErr error
	}{
		{name: "OK page", path: "/ok", want: "Ferry approved."},
		{name: "user agent and language sent", path: "/ok", want: "ua=Briefsmith/test lang=en"},
		{name: "one redirect followed", path: "/hop", want: "Ferry approved."},
		{name: "gzip body decoded", path: "/gzip", want: "Ferry approved."},
		{name: "404", path: "/missing", want: "the server answered 404 Not Found", wantErr: ErrStatus},
		{name: "redirect loop", path: "/loop", want: "stopped after 5 redirects", wantErr: ErrTooManyRedirects},
		{name: "redirect to ftp", path: "/to-ftp", want: "which is not a web address", wantErr: ErrBadRedirect},
		{name: "slow server", path: "/slow", timeout: 200 * time.Millisecond, want: "no answer within 200ms", wantErr: context.DeadlineExceeded},
		{name: "slow body", path: "/drip", timeout: 2 * time.Second, want: "did not finish loading within 2s", wantErr: context.DeadlineExceeded},
		{name: "body over the cap", path: "/huge", want: "the page is larger than the 64 KiB limit", wantErr: ErrTooLarge},
		{name: "not a web page", path: "/image", want: "the server sent image/png, not a web page", wantErr: ErrContentType},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := newFetcher()
			if tc.timeout > 0 {
				f = New(Options{Timeout: tc.timeout, MaxBytes: 64 << 10, MaxRedirects: 5, UserAgent: "x"})
			}
			start := time.Now()
			page, err := f.Get(context.Background(), srv.URL+tc.path)
			if tc.timeout > 0 && time.Since(start) > tc.timeout+time.Second {
				t.Errorf("took %v with a %v timeout", time.Since(start), tc.timeout)
			}
			if tc.wantErr != nil {
				if err == nil || !errors.Is(err, tc.wantErr) || !strings.Contains(err.Error(), tc.want) {
					t.Fatalf("err = %v, want %q matching %v", err, tc.want, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(page.Body), tc.want) {
				t.Errorf("body %q lacks %q", page.Body, tc.want)
			}
		})
	}
}

func TestGetReportsFinalURLAndType(t *testing.T) {
	srv := server(t)
	page, err := newFetcher().Get(context.Background(), srv.URL+"/hop")
	if err != nil {
		t.Fatal(err)
	}
	if page.URL.Path != "/ok" || page.MediaType != "text/html" || page.ContentType != "text/html; charset=utf-8" {
		t.Errorf("url %v, media type %q, content type %q", page.URL, page.MediaType, page.ContentType)
	}
}

func TestGetCancelled(t *testing.T) {
	srv := server(t)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	_, err := newFetcher().Get(ctx, srv.URL+"/slow")
	if !errors.Is(err, context.Canceled) || err.Error() != "cancelled" {
		t.Errorf("err = %v, want cancelled", err)
	}
}

func TestGetConnectionRefused(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	_, err = newFetcher().Get(context.Background(), "http://"+addr+"/")
	if err == nil || err.Error() != "could not connect (connection refused)" {
		t.Errorf("err = %v", err)
	}
}

func TestGetRejectsOtherSchemes(t *testing.T) {
	for _, u := range []string{"ftp://127.0.0.1/x", "file:///etc/passwd", "javascript:alert(1)", "http://"} {
		if _, err := newFetcher().Get(context.Background(), u); err == nil || !strings.Contains(err.Error(), "not a web address") {
			t.Errorf("Get(%q) err = %v", u, err)
		}
	}
}

func TestExplain(t *testing.T) {
	f := newFetcher()
	ctx := context.Background()
	cases := []struct {
		name string
		err  error
		want string
	}{
		{"no such host", &net.DNSError{Err: "no such host", Name: "nohost.invalid", IsNotFound: true}, "could not connect (no such host)"},
		{"lookup failed", &net.DNSError{Err: "server misbehaving", Name: "x.test"}, "could not connect (the host name could not be looked up)"},
		{"timeout", context.DeadlineExceeded, "no answer within 10s"},
		{"connect timeout", &net.OpError{Op: "dial", Net: "tcp", Err: os.ErrDeadlineExceeded}, "could not connect (no answer within 10s)"},
		{"read timeout", &net.OpError{Op: "read", Net: "tcp", Err: os.ErrDeadlineExceeded}, "the server did not answer in time"},
		{"refused", &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}, "could not connect (connection refused)"},
		{"other", errors.New("boom"), "could not fetch the page (boom)"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := f.explain(ctx, tc.err, "no answer within %s")
			if err.Error() != tc.want || !errors.Is(err, tc.err) {
				t.Errorf("explain = %v, want %q wrapping the cause", err, tc.want)
			}
		})
	}
}
