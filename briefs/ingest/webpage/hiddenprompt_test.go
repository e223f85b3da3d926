package webpage

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefsmith/briefs"
	"briefsmith/briefs/llm"
	"briefsmith/briefs/llm/llmtest"
)

// offline stands in for the extractive summariser the AI one falls back
// to; the prompt check needs no summary from it.
type offline struct{}

func (offline) Summarize(context.Context, briefs.Article, briefs.SummaryOptions) (briefs.Summary, error) {
	return briefs.Summary{Summarizer: "extractive"}, nil
}

// TestHiddenCorpusPrompt sends every page of the hidden-text corpus
// through import and the AI summariser to a local fake OpenAI server, and
// checks that no marker reaches any request it receives (while the
// visible article does).
func TestHiddenCorpusPrompt(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.Script{})
	s, err := llm.New(llm.Config{Provider: llm.ProviderCustom, BaseURL: srv.URL, Model: "test-model",
		Timeout: 10 * time.Second, Concurrency: 2, MaxRetries: 0}, offline{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	pages := hiddenCorpus(t)
	for path := range pages {
		body, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Extract(context.Background(), body, "text/html; charset=utf-8", nil)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if _, err := s.Summarize(context.Background(), a, briefs.SummaryOptions{}); err != nil {
			t.Fatalf("%s: Summarize: %v", path, err)
		}
	}
	reqs := srv.Requests()
	if len(reqs) != len(pages) {
		t.Fatalf("the server saw %d requests for %d pages", len(reqs), len(pages))
	}
	hits := 0
	for _, r := range reqs {
		if !strings.Contains(r.RawBody, "Councillors said the repairs") {
			t.Errorf("a prompt lacks the visible article: %.300s", r.RawBody)
		}
		for path, marker := range pages {
			if strings.Contains(strings.ToLower(r.RawBody), marker) {
				hits++
				t.Errorf("%s: %s reached the prompt", filepath.Base(path), marker)
			}
		}
		if strings.ContainsFunc(r.RawBody, func(r rune) bool { return r >= 0xE0000 && r <= 0xE007F }) {
			hits++
			t.Errorf("a tag character reached the prompt")
		}
	}
	t.Logf("hidden-text corpus through the prompt: %d pages, %d requests, %d markers reached a prompt", len(pages), len(reqs), hits)
}
