package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// binPath is the briefsmith binary built once for the end-to-end tests.
var binPath string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "briefsmith-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binPath = filepath.Join(dir, "briefsmith")
	if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build briefsmith: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is what one run of the binary did.
type result struct {
	stdout, stderr string
	code           int
	maxRSSKiB      int64
	wall           time.Duration
}

// runBin runs the binary with a fresh HOME and no OPENAI_* settings.
func runBin(t testing.TB, stdin string, args ...string) result {
	t.Helper()
	home := t.TempDir()
	return runCmd(t, stdin, append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
		"OPENAI_API_KEY=", "OPENAI_BASE_URL=", "OPENAI_MODEL="), args...)
}

func runCmd(t testing.TB, stdin string, env []string, args ...string) result {
	t.Helper()
	cmd, timedOut := boundedCommand(t, cliLimit, binPath, args...)
	cmd.Stdin = strings.NewReader(stdin)
	cmd.Env = env
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String(), wall: time.Since(start)}
	if timedOut() {
		t.Fatalf("briefsmith %v did not finish within %v; its stderr:\n%s", args, cliLimit, r.stderr)
	}
	if ee, ok := err.(*exec.ExitError); ok {
		r.code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run %v: %v", args, err)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSSKiB = ru.Maxrss
	}
	if strings.Contains(r.stderr, "panic:") || strings.Contains(r.stderr, "goroutine ") {
		t.Fatalf("briefsmith %v panicked:\n%s", args, r.stderr)
	}
	return r
}

func sample(name string) string { return filepath.Join("assets", "samples", name) }

func TestVersionAndHelp(t *testing.T) {
	r := runBin(t, "", "version")
	if r.code != 0 || !strings.Contains(r.stdout, version) {
		t.Fatalf("version: code %d, out %q", r.code, r.stdout)
	}
	for _, cmd := range []string{"import", "summarize", "compose", "export", "templates", "open"} {
		r := runBin(t, "", cmd, "-h")
		if r.code != 0 || !strings.Contains(r.stdout, "Usage: briefsmith "+cmd) {
			t.Errorf("%s -h: code %d, out %q, err %q", cmd, r.code, r.stdout, r.stderr)
		}
	}
	if r := runBin(t, "", "help"); r.code != 0 || !strings.Contains(r.stdout, "compose") {
		t.Errorf("help: code %d out %q", r.code, r.stdout)
	}
}

// TestQuietUnderPOSIXLocale: a headless command prints nothing on stderr
// under LANG=C.UTF-8, the locale of most servers and cron jobs.
func TestQuietUnderPOSIXLocale(t *testing.T) {
	for _, lang := range []string{"C.UTF-8", "C", "POSIX"} {
		cmd, _ := boundedCommand(t, cliLimit, binPath, "version")
		cmd.Env = append(os.Environ(), "LANG="+lang, "LC_ALL=", "LC_MESSAGES=", "LANGUAGE=")
		out, err := cmd.CombinedOutput()
		if err != nil || strings.TrimSpace(string(out)) != "briefsmith "+version {
			t.Errorf("LANG=%s: %v, output %q", lang, err, out)
		}
	}
}

func TestUsageErrorsExit2(t *testing.T) {
	cases := [][]string{
		{"frobnicate"},
		{"import"},
		{"import", "--format", "xml", sample("grain-prices.txt")},
		{"summarize", "--length", "huge", sample("grain-prices.txt")},
		{"compose", sample("grain-prices.txt")},
		{"compose", "-o", "x.odt", sample("grain-prices.txt")},
		{"compose", "--template", "nope", "-o", "x.pdf", sample("grain-prices.txt")},
		{"compose", "--date", "23/11/2026", "-o", "x.pdf", sample("grain-prices.txt")},
		{"export", "x.brief"},
		{"import", "--timeout", "0", sample("grain-prices.txt")},
		{"import", "--timeout", "999h", sample("grain-prices.txt")},
		{"compose", "--brand-color", "red", "-o", "x.pdf", sample("grain-prices.txt")},
		{"compose", "--logo", "no-such-logo.png", "-o", "x.pdf", sample("grain-prices.txt")},
		{"templates", "extra"},
		{"import", "--no-such-flag", sample("grain-prices.txt")},
	}
	for _, args := range cases {
		r := runBin(t, "", args...)
		if r.code != 2 || r.stderr == "" {
			t.Errorf("%v: code %d, stderr %q; want 2 and a message", args, r.code, r.stderr)
		}
	}
}

// importJSON decodes import's output into generic maps so the test checks
// the wire names, not our own structs.
func decodeArray(t *testing.T, out string) []map[string]any {
	t.Helper()
	var items []map[string]any
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatalf("output is not a JSON array: %v\n%s", err, out)
	}
	return items
}

func TestImportJSONContract(t *testing.T) {
	r := runBin(t, "Pasted headline\n\nSomething happened today. It matters.\n", "import", sample("library-robotics.html"), "-", sample("solar-cooperative.md"))
	if r.code != 0 {
		t.Fatalf("code %d: %s", r.code, r.stderr)
	}
	items := decodeArray(t, r.stdout)
	if len(items) != 3 {
		t.Fatalf("want 3 articles, got %d", len(items))
	}
	for _, it := range items {
		for _, k := range []string{"source", "title", "byline", "site", "url", "published", "language", "text"} {
			if _, ok := it[k]; !ok {
				t.Errorf("article %v lacks %q", it["source"], k)
			}
		}
	}
	html := items[0]
	if html["source"] != sample("library-robotics.html") || html["site"] != "Northgate Courier" ||
		html["published"] != "2026-11-20T08:30:00Z" || html["language"] != "en" ||
		!strings.Contains(html["text"].(string), "national final") || strings.Contains(html["text"].(string), "Related stories") {
		t.Errorf("HTML article not extracted as expected: %v", html)
	}
	if items[1]["source"] != "-" || items[1]["title"] != "Pasted headline" {
		t.Errorf("stdin article: %v", items[1])
	}
}

func TestSummarizeJSONContract(t *testing.T) {
	r := runBin(t, "", "summarize", sample("harbour-bridge-closure.txt"))
	if r.code != 0 {
		t.Fatalf("code %d: %s", r.code, r.stderr)
	}
	items := decodeArray(t, r.stdout)
	if len(items) != 1 {
		t.Fatalf("want 1 item, got %d", len(items))
	}
	sum, ok := items[0]["summary"].(map[string]any)
	if !ok || items[0]["article"] == nil || items[0]["source"] == nil {
		t.Fatalf("item lacks source/article/summary: %v", items[0])
	}
	for _, k := range []string{"headline", "what_happened", "why_it_matters", "whats_next", "summarizer"} {
		if _, ok := sum[k]; !ok {
			t.Errorf("summary lacks %q", k)
		}
	}
	for _, k := range []string{"what_happened", "why_it_matters", "whats_next"} {
		arr, _ := sum[k].([]any)
		if len(arr) == 0 {
			t.Errorf("%s is empty for an article with that heading", k)
		}
	}
	if sum["summarizer"] != "offline" {
		t.Errorf("summarizer = %v", sum["summarizer"])
	}
}

// badInputs builds every bad input the foundation issue lists, with what a
// run must say about it. wantErr "" means the input must import cleanly.
func badInputs(t *testing.T, srv *httptest.Server) []struct{ name, source, wantErr string } {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	emptyDir := filepath.Join(t.TempDir(), "drafts")
	if err := os.Mkdir(emptyDir, 0o755); err != nil {
		t.Fatal(err)
	}
	big := bytes.Repeat([]byte("The council met again on Tuesday. "), 50<<20/34+1)
	return []struct{ name, source, wantErr string }{
		{"missing file", filepath.Join(dir, "missing.txt"), "missing.txt"},
		{"folder with nothing to import", emptyDir + "/", "folder"},
		{"empty file", write("empty.txt", nil), "empty"},
		{"binary file", write("photo.txt", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2, 3}, 500)...)), "photo.txt"},
		{"50 MB file", write("huge.txt", big), "huge.txt"},
		{"unreachable URL", "http://127.0.0.1:1/story", "127.0.0.1:1"},
		{"URL that never answers", srv.URL + "/hang", "/hang"},
		{"HTTP 404", srv.URL + "/missing", "404"},
		{"endless redirect", srv.URL + "/loop", "redirect"},
		{"non-HTML content type", srv.URL + "/image", "image/png"},
		{"invalid UTF-8", write("latin1.txt", []byte("Caf\xe9 owners protest\n\nThe caf\xe9 owners said rents rose 40% this year.")), ""},
		{"NUL bytes", write("nul.txt", []byte("Title\n\nA sentence\x00 with a stray NUL. Another one.")), ""},
		{"emoji", write("emoji.txt", []byte("Launch day 🚀\n\nThe rocket 🚀 lifted off at dawn 😀. Crowds cheered 🎉.")), ""},
		{"right-to-left", write("rtl.txt", []byte("عنوان الخبر\n\nقال الوزير إن المحادثات ستستأنف الأسبوع المقبل. ואז הוא עזב.")), ""},
		{"1 MB line", write("longline.txt", bytes.Repeat([]byte("x"), 1<<20)), ""},
	}
}

func badInputServer() *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/hang", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	return httptest.NewServer(mux)
}

func TestBadInputsAreReportedAndTheRestProcessed(t *testing.T) {
	srv := badInputServer()
	defer srv.Close()
	good := sample("grain-prices.txt")
	for _, tc := range badInputs(t, srv) {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			r := runBin(t, "", "summarize", "--timeout", "2s", tc.source, good)
			if time.Since(start) > 20*time.Second {
				t.Errorf("took %v", time.Since(start))
			}
			items := decodeArray(t, r.stdout)
			if len(items) != 2 || items[1]["summary"] == nil {
				t.Fatalf("the good source was not processed: %s\nstderr: %s", r.stdout, r.stderr)
			}
			if tc.wantErr == "" {
				if r.code != 0 || items[0]["error"] != nil {
					t.Fatalf("%s should import cleanly: code %d, %v, stderr %s", tc.name, r.code, items[0]["error"], r.stderr)
				}
				return
			}
			msg, _ := items[0]["error"].(string)
			if r.code != 1 || msg == "" || !strings.Contains(strings.ToLower(r.stderr), strings.ToLower(tc.wantErr)) {
				t.Fatalf("want exit 1 and a message containing %q; got code %d, error %q, stderr %q", tc.wantErr, r.code, msg, r.stderr)
			}
			if !strings.Contains(r.stderr, filepath.Base(strings.TrimSuffix(tc.source, "/"))) {
				t.Errorf("message does not name the source: %q", r.stderr)
			}
		})
	}
}

func TestComposeAllFormatsAndExport(t *testing.T) {
	dir := t.TempDir()
	srcs := []string{sample("harbour-bridge-closure.txt"), sample("library-robotics.html"), sample("solar-cooperative.md"), sample("grain-prices.txt")}
	for _, ext := range []string{".pdf", ".docx", ".html", ".txt", ".md", ".brief", ".json"} {
		out := filepath.Join(dir, "brief"+ext)
		args := append([]string{"compose", "--title", "Duty Brief", "--date", "2026-11-23", "-o", out}, srcs...)
		r := runBin(t, "", args...)
		if r.code != 0 || strings.TrimSpace(r.stdout) != out {
			t.Fatalf("compose %s: code %d, out %q, err %q", ext, r.code, r.stdout, r.stderr)
		}
		data, err := os.ReadFile(out)
		if err != nil || len(data) == 0 {
			t.Fatalf("compose %s wrote nothing: %v", ext, err)
		}
	}
	pdf := filepath.Join(dir, "again.pdf")
	if r := runBin(t, "", "export", "-o", pdf, filepath.Join(dir, "brief.brief")); r.code != 0 {
		t.Fatalf("export: code %d: %s", r.code, r.stderr)
	}
	text := pdfText(t, pdf)
	for _, want := range []string{"Duty Brief", "What Happened", "Why It Matters", "What's Next", "Page 1 of"} {
		if !strings.Contains(strings.ToLower(text), strings.ToLower(want)) {
			t.Errorf("exported PDF lacks %q", want)
		}
	}
	if r := runBin(t, "", "export", "-o", filepath.Join(dir, "x.pdf"), filepath.Join(dir, "brief.md")); r.code != 1 {
		t.Errorf("exporting a non-brief file: code %d, want 1 (%s)", r.code, r.stderr)
	}
}

// pdfText returns the text of a PDF, or skips when poppler is not installed.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	out, err := toolOutput(t, "pdftotext", "-enc", "UTF-8", path, "-")
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return normalizeSpace(string(out))
}

func normalizeSpace(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "\u00ad", "").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

func TestComposeSurvivesAFailedSource(t *testing.T) {
	out := filepath.Join(t.TempDir(), "b.pdf")
	r := runBin(t, "", "compose", "-o", out, sample("grain-prices.txt"), "nope.txt")
	if r.code != 1 || !strings.Contains(r.stderr, "nope.txt") {
		t.Fatalf("code %d, stderr %q", r.code, r.stderr)
	}
	if _, err := os.Stat(out); err != nil {
		t.Fatalf("the good source's brief was not written: %v", err)
	}
	r = runBin(t, "", "compose", "-o", filepath.Join(t.TempDir(), "c.pdf"), "nope.txt")
	if r.code != 1 {
		t.Fatalf("all sources failed: code %d", r.code)
	}
}
