package desktop

import (
	"context"
	"errors"
	"strings"
	"testing"

	"briefsmith/app"
	"briefsmith/briefs"
	"briefsmith/briefs/llm"
)

func TestChoiceFromSettingsDialog(t *testing.T) {
	tests := []struct {
		name         string
		in           app.LLMSettings
		wantProvider llm.Provider
		wantURL      string
		wantModel    string
	}{
		{"preset fills its endpoint", app.LLMSettings{Preset: "Ollama"}, llm.ProviderOllama, "http://localhost:11434/v1", "llama3.1"},
		{"typed fields win", app.LLMSettings{Preset: "Ollama", BaseURL: "http://gpu:11434/v1", Model: "qwen"}, llm.ProviderOllama, "http://gpu:11434/v1", "qwen"},
		{"unknown preset keeps the provider", app.LLMSettings{Preset: "?"}, llm.ProviderOpenAI, "https://api.openai.com/v1", "gpt-4o-mini"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := llm.Resolve("", nil, Choice(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if c.Provider != tc.wantProvider || c.BaseURL != tc.wantURL || c.Model != tc.wantModel {
				t.Fatalf("got %s %s %s", c.Provider, c.BaseURL, c.Model)
			}
		})
	}
}

type stubSummarizer struct{}

func (stubSummarizer) Summarize(context.Context, briefs.Article, briefs.SummaryOptions) (briefs.Summary, error) {
	return briefs.Summary{Headline: "offline"}, nil
}

func TestLazySummarizerFallsBackWithNotice(t *testing.T) {
	z := &lazySummarizer{offline: stubSummarizer{}, build: func(context.Context) (briefs.Summarizer, error) {
		return nil, errors.New("no API key for gpt-4o-mini")
	}}
	s, err := z.Summarize(context.Background(), briefs.Article{Text: "x"}, briefs.SummaryOptions{})
	if err != nil || s.Headline != "offline" || !strings.Contains(s.Notice, "no API key") {
		t.Fatalf("summary %+v err %v", s, err)
	}
}
