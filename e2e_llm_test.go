package main

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefsmith/briefs/llm/llmtest"
)

// runWithEnv runs the binary with extra environment variables and a HOME
// the test can search afterwards (exec uses the last value of a duplicate key).
func runWithEnv(t *testing.T, home string, env []string, args ...string) result {
	t.Helper()
	env = append(append(os.Environ(), "OPENAI_API_KEY=", "OPENAI_BASE_URL=", "OPENAI_MODEL=",
		"HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config")), env...)
	return runCmd(t, "", env, args...)
}

func writeLLMArticle(t *testing.T) string {
	a := llmtest.Article()
	p := filepath.Join(t.TempDir(), "harbour.txt")
	if err := os.WriteFile(p, []byte(a.Title+"\n\n"+a.Text+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func summaryOf(t *testing.T, out string) map[string]any {
	t.Helper()
	items := decodeArray(t, out)
	sum, ok := items[0]["summary"].(map[string]any)
	if !ok {
		t.Fatalf("no summary in %s", out)
	}
	return sum
}

func TestLLMSummaryThroughCLI(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.Script{})
	r := runWithEnv(t, t.TempDir(), nil, "summarize", "--llm", "--base-url", srv.URL, "--model", "test-model", writeLLMArticle(t))
	if r.code != 0 {
		t.Fatalf("code %d: %s", r.code, r.stderr)
	}
	sum := summaryOf(t, r.stdout)
	if sum["summarizer"] != "llm:test-model" || sum["notice"] != nil {
		t.Fatalf("summarizer %v, notice %v; want the LLM's answer", sum["summarizer"], sum["notice"])
	}
	if q, _ := sum["quote"].(map[string]any); q["speaker"] != "Alice Moreno" {
		t.Errorf("quote = %v", sum["quote"])
	}
	if srv.Count() != 1 {
		t.Errorf("%d requests, want 1", srv.Count())
	}
}

func TestLLMInventionIsFlaggedAndWarnedOnCompose(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.Script{Replies: []llmtest.Reply{{Content: llmtest.InventedAnswer()}}})
	out := filepath.Join(t.TempDir(), "b.json")
	r := runWithEnv(t, t.TempDir(), nil, "compose", "--base-url", srv.URL, "--model", "m", "-o", out, writeLLMArticle(t))
	if r.code != 0 {
		t.Fatalf("code %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "warning") || !strings.Contains(r.stderr, "John Smith") {
		t.Errorf("compose did not warn about the invented name: %q", r.stderr)
	}
	data, _ := os.ReadFile(out)
	var b struct {
		Items []struct {
			Summary struct {
				Flags []map[string]any `json:"flags"`
			} `json:"summary"`
		} `json:"items"`
	}
	if err := json.Unmarshal(data, &b); err != nil || len(b.Items) != 1 || len(b.Items[0].Summary.Flags) < 2 {
		t.Fatalf("flags not saved in the brief: %v %s", err, data)
	}
}

// TestCanaryKeyNeverWritten runs summaries that succeed and fail with a
// canary key in the environment, then searches every output and every file
// the program wrote for it.
func TestCanaryKeyNeverWritten(t *testing.T) {
	const canary = "sk-canary-7f3e9a1b2c4d5e6f"
	good := llmtest.NewServer(t, llmtest.Script{APIKey: canary})
	refused := llmtest.NewServer(t, llmtest.Script{Replies: []llmtest.Reply{{Status: 401, Error: &llmtest.APIError{Message: "Incorrect API key provided: " + canary, Type: "invalid_request_error", Code: "invalid_api_key"}}}})
	home, outDir := t.TempDir(), t.TempDir()
	env := []string{"OPENAI_API_KEY=" + canary}
	art := writeLLMArticle(t)
	var outputs []string
	for i, srv := range []*llmtest.Server{good, refused} {
		for _, ext := range []string{".brief", ".pdf", ".md", ".json"} {
			out := filepath.Join(outDir, "b"+string(rune('0'+i))+ext)
			r := runWithEnv(t, home, env, "compose", "--llm", "--base-url", srv.URL, "-o", out, art)
			if r.code != 0 {
				t.Fatalf("compose: code %d: %s", r.code, r.stderr)
			}
			outputs = append(outputs, r.stdout, r.stderr)
		}
		r := runWithEnv(t, home, env, "summarize", "--llm", "--base-url", srv.URL, art)
		outputs = append(outputs, r.stdout, r.stderr)
		if i == 1 && !strings.Contains(r.stdout, `"notice"`) {
			t.Errorf("a refused key should fall back with a notice: %s", r.stdout)
		}
	}
	for _, o := range outputs {
		if strings.Contains(o, canary) {
			t.Fatalf("the key appeared in the program's output:\n%s", o)
		}
	}
	for _, dir := range []string{home, outDir} {
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if data, _ := os.ReadFile(p); strings.Contains(string(data), canary) {
					t.Errorf("the key was written to %s", p)
				}
			}
			return nil
		})
	}
	if good.Count() == 0 {
		t.Fatal("the key was not sent to the server at all")
	}
}
