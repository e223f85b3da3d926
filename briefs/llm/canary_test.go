package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefsmith/briefs"
	"briefsmith/briefs/llm/llmtest"
)

// canary is a fake key; the test fails if it shows up anywhere.
const canary = "sk-canary-7f3a9c1e5b2d4f6a8c0e"

// TestCanaryKeyNeverLeaks sets a canary key in the environment, runs
// summaries that succeed and fail (the server even echoes the key in its 401
// message), saves the settings, and checks every returned error, notice,
// status note, log line and written file.
func TestCanaryKeyNeverLeaks(t *testing.T) {
	t.Setenv("OPENAI_API_KEY", canary)
	var logs bytes.Buffer
	var seen notes
	var outputs []string
	record := func(sum briefs.Summary, err error) {
		data, _ := json.Marshal(sum)
		outputs = append(outputs, string(data), fmt.Sprint(err))
	}
	scripts := []llmtest.Script{
		{},                   // success
		{APIKey: "real-key"}, // 401 echoing the canary
		{Replies: []llmtest.Reply{{Status: 500, RawBody: "upstream said: Authorization: Bearer " + canary}}},
		{Replies: []llmtest.Reply{{Content: "not json " + canary}}},
		{Replies: []llmtest.Reply{{Status: 400, Error: &llmtest.APIError{Message: "key " + canary + " is malformed"}}}},
		{Replies: []llmtest.Reply{{Delay: 5 * time.Second}}},
		// A hostile page made the model repeat the key inside a good answer.
		{Replies: []llmtest.Reply{{Content: strings.Replace(llmtest.GoodAnswer(), "to repair its main sea wall.", "to repair its main sea wall; the key is "+canary+".", 1)}}},
		{Replies: []llmtest.Reply{{Content: strings.Replace(llmtest.GoodAnswer(), "1,200 workers.", "1,200 workers ("+canary[3:]+").", 1)}}},
		// An error body that echoes the key without its "sk-" prefix.
		{Replies: []llmtest.Reply{{Status: 401, Error: &llmtest.APIError{Message: "Incorrect API key provided: " + canary[3:]}}}},
		{Replies: []llmtest.Reply{{Status: 400, RawBody: "bad key …" + canary[10:]}}},
	}
	for _, sc := range scripts {
		srv := llmtest.NewServer(t, sc)
		cfg := DefaultConfig().WithEnv(os.Getenv)
		cfg.BaseURL, cfg.Timeout, cfg.MaxRetries = srv.URL, 300*time.Millisecond, 1
		cfg.Logger = slog.New(slog.NewTextHandler(&logs, nil))
		outputs = append(outputs, cfg.String(), fmt.Sprintf("%v %+v %#v", cfg, cfg, cfg))
		for _, fallback := range []briefs.Summarizer{fakeOffline{}, nil} {
			s, err := New(cfg, fallback)
			if err != nil {
				t.Fatal(err)
			}
			record(s.Summarize(context.Background(), llmtest.Article(), briefs.SummaryOptions{Status: seen.add}))
			s.Close()
		}
	}
	path := filepath.Join(t.TempDir(), "briefsmith", "llm.json")
	bad := DefaultConfig().WithEnv(os.Getenv)
	bad.BaseURL = "https://user:" + canary + "@example.com/v1?key=" + canary
	bad.Prompt.Audience = "team " + canary
	if err := SaveSettings(path, bad); err != nil {
		t.Fatal(err)
	}
	file, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	outputs = append(outputs, string(file), logs.String(), seen.joined())
	for i, out := range outputs {
		if leaksPiece(out, canary) {
			t.Errorf("output %d leaks the canary key: %s", i, out)
		}
	}
	if !strings.Contains(logs.String(), "refused the API key") {
		t.Errorf("the log did not record the failures; it was:\n%s", logs.String())
	}
}

// leaksPiece reports whether out holds any 8 or more characters of key.
func leaksPiece(out, key string) bool {
	for i := 0; i+minPiece <= len(key); i++ {
		if strings.Contains(out, key[i:i+minPiece]) {
			return true
		}
	}
	return false
}
