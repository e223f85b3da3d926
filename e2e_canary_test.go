package main

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"briefsmith/briefs/llm/llmtest"
)

// canaryKey is the API key of TestCanaryKeyEchoedBack: random-looking, so
// none of its 8-character pieces occurs by chance in a brief.
const canaryKey = "sk-Zq8XvT3mLw9RpK2sNb7YhC4d"

// canaryPieces are every 8-character run of canaryKey: a leak of any of
// them is a leak of the key.
func canaryPieces() []string {
	var p []string
	for i := 0; i+8 <= len(canaryKey); i++ {
		p = append(p, canaryKey[i:i+8])
	}
	return p
}

// jsonEscaped writes s with every character as a \u escape, as a model
// may answer and as a JSON parser reads back to s itself.
func jsonEscaped(s string) string {
	var b strings.Builder
	for _, r := range s {
		fmt.Fprintf(&b, `\u%04x`, r)
	}
	return b.String()
}

// interleave puts sep between every n characters of s: invisible
// characters that a text cleaner or renderer may drop, joining the key up.
func interleave(s, sep string, n int) string {
	var b strings.Builder
	for i := 0; i < len(s); i += n {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s[i:min(i+n, len(s))])
	}
	return b.String()
}

// canaryAnswer is a well-formed JSON summary of llmtest.Article whose
// fields carry the key in the given disguises.
func canaryAnswer(headline, happened, matters, next, quote string) string {
	return `{"headline":"Port of Eastmouth closes ` + headline + `",` +
		`"what_happened":["The Port of Eastmouth will close for six weeks from 14 April ` + happened + `."],` +
		`"why_it_matters":["The repairs cost £12 million and affect about 1,200 workers ` + matters + `."],` +
		`"whats_next":["The authority will publish a reopening date in May ` + next + `."],` +
		`"key_quote":{"text":"We cannot keep ships safe behind a wall that is crumbling. ` + quote + `","speaker":"Alice Moreno"}}`
}

// canaryServers are the hostile servers: answers that echo the key
// (whole, without "sk-", as a fragment, JSON-escaped, split by invisible
// characters, as plain text under headings) and error bodies that do.
func canaryServers(t *testing.T) map[string]*llmtest.Server {
	bare := strings.TrimPrefix(canaryKey, "sk-")
	frag := canaryKey[5:15]
	answer := func(content string) *llmtest.Server {
		return llmtest.NewServer(t, llmtest.Script{APIKey: canaryKey, Replies: []llmtest.Reply{{Content: content}}})
	}
	failing := func(r llmtest.Reply) *llmtest.Server {
		return llmtest.NewServer(t, llmtest.Script{APIKey: canaryKey, Replies: []llmtest.Reply{r}})
	}
	return map[string]*llmtest.Server{
		"answer: whole, bare, fragment": answer(canaryAnswer(canaryKey, bare, "(key "+frag+")", "key="+canaryKey, bare)),
		"answer: JSON escapes":          answer(canaryAnswer(jsonEscaped(canaryKey), jsonEscaped(bare), jsonEscaped(frag), "", "")),
		"answer: zero-width spaces":     answer(canaryAnswer(interleave(canaryKey, `\u200b`, 7), interleave(bare, `\u00ad`, 7), interleave(frag, `\u2060`, 5), "", "")),
		"answer: headings": answer("Headline: Port closes " + canaryKey + "\n\n## What Happened\n- The Port of Eastmouth will close for six weeks " + bare + ".\n\n" +
			"## Why It Matters\n- About 1,200 workers are affected " + frag + ".\n\n## What's Next\n- A reopening date will follow in May.\n"),
		"error: 401 echoing the bare key": failing(llmtest.Reply{Status: 401, Error: &llmtest.APIError{Message: "Incorrect API key provided: " + bare + ".", Type: "invalid_request_error", Code: "invalid_api_key"}}),
		"error: 500 with the key":         failing(llmtest.Reply{Status: 500, Error: &llmtest.APIError{Message: "upstream refused key " + canaryKey + " (" + frag + ")", Type: "server_error"}}),
		"error: 502 raw body":             failing(llmtest.Reply{Status: 502, RawBody: "<html><body>Bad gateway for " + bare + " " + frag + "</body></html>"}),
		"error: 400 raw JSON body":        failing(llmtest.Reply{Status: 400, RawBody: `{"detail":"bad key ` + jsonEscaped(canaryKey) + `"}`}),
	}
}

// TestCanaryKeyEchoedBack runs compose (.brief, .pdf, .md, .json) and
// summarize (JSON and Markdown) against servers that echo the key back in
// every way above, then searches stdout, stderr, HOME, TMPDIR, every output
// file and the PDFs' text for any 8-character piece of the key.
func TestCanaryKeyEchoedBack(t *testing.T) {
	home, outDir, tmp := t.TempDir(), t.TempDir(), t.TempDir()
	env := []string{"OPENAI_API_KEY=" + canaryKey, "TMPDIR=" + tmp}
	art := writeLLMArticle(t)
	var streams []string // pairs: what ran, what it printed
	redacted := 0
	for name, srv := range canaryServers(t) {
		slug := strings.NewReplacer(" ", "-", ":", "", ",", "").Replace(name)
		for _, ext := range []string{".brief", ".pdf", ".md", ".json"} {
			r := runWithEnv(t, home, env, "compose", "--llm", "--base-url", srv.URL, "-o", filepath.Join(outDir, slug+ext), art)
			if r.code != 0 {
				t.Fatalf("%s: compose %s: code %d: %s", name, ext, r.code, r.stderr)
			}
			streams = append(streams, name+": compose "+ext, r.stdout+r.stderr)
		}
		for _, format := range []string{"json", "md"} {
			r := runWithEnv(t, home, env, "summarize", "--llm", "--format", format, "--base-url", srv.URL, art)
			streams = append(streams, name+": summarize --format "+format, r.stdout+r.stderr)
			if format == "json" && strings.HasPrefix(name, "answer") {
				if !strings.Contains(r.stdout, `"llm:`) {
					t.Errorf("%s: the hostile answer was not used, so the test proves nothing: %s", name, r.stdout)
				}
				redacted += strings.Count(r.stdout, "[redacted")
			}
		}
		if srv.Count() == 0 {
			t.Fatalf("%s: the server got no request", name)
		}
	}
	if redacted == 0 {
		t.Error("no answer shows a [redacted] mark: the echoed key never reached the output")
	}
	for i := 0; i < len(streams); i += 2 {
		if hit := canaryHit(streams[i+1]); hit != "" {
			t.Errorf("%s: the key piece %q appears in stdout or stderr:\n%s", streams[i], hit, streams[i+1])
		}
	}
	for _, dir := range []string{home, outDir, tmp} {
		searchTreeForCanary(t, dir)
	}
}

// searchTreeForCanary reports every file under dir holding a piece of the
// key, in its bytes or, for a PDF, in its text.
func searchTreeForCanary(t *testing.T, dir string) {
	t.Helper()
	files := 0
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		files++
		data, _ := os.ReadFile(p)
		if hit := canaryHit(string(data)); hit != "" {
			t.Errorf("the key piece %q was written to %s", hit, p)
		}
		if strings.HasSuffix(p, ".pdf") {
			if hit := canaryHit(pdfPlainText(t, p)); hit != "" {
				t.Errorf("the key piece %q is in the text of %s", hit, p)
			}
		}
		return nil
	})
	t.Logf("searched %d files under %s", files, dir)
}

// pdfPlainText is the PDF's text from pdftotext, or "" without poppler.
func pdfPlainText(t *testing.T, path string) string {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return ""
	}
	out, err := toolOutput(t, "pdftotext", "-enc", "UTF-8", path, "-")
	if err != nil {
		t.Errorf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// canaryHit returns a piece of the key found in s, also once whitespace,
// backslashes (Markdown escapes), soft hyphens and zero-width characters
// are taken out; "" when there is none.
func canaryHit(s string) string {
	squeezed := strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\n', '\r', '\\', '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
			return -1
		}
		return r
	}, s)
	for _, v := range []string{s, squeezed} {
		for _, p := range canaryPieces() {
			if strings.Contains(v, p) {
				return p
			}
		}
	}
	return ""
}
