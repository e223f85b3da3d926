package llm

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestResolvePrecedence(t *testing.T) {
	path := filepath.Join(t.TempDir(), "llm.json")
	saved := DefaultConfig().WithProvider(ProviderOllama)
	saved.Model, saved.Concurrency = "file-model", 3
	if err := SaveSettings(path, saved); err != nil {
		t.Fatal(err)
	}
	env := func(vars map[string]string) func(string) string { return func(k string) string { return vars[k] } }
	tests := []struct {
		name           string
		path           string
		env            map[string]string
		now            Choice
		provider       Provider
		baseURL, model string
		concurrency    int
	}{
		{"defaults without a file", "", nil, Choice{}, ProviderOpenAI, "https://api.openai.com/v1", "gpt-4o-mini", 4},
		{"the file", path, nil, Choice{}, ProviderOllama, "http://localhost:11434/v1", "file-model", 3},
		{"the environment over the file", path, map[string]string{"OPENAI_MODEL": "env-model"}, Choice{}, ProviderOllama, "http://localhost:11434/v1", "env-model", 3},
		{"a choice over the environment", path, map[string]string{"OPENAI_MODEL": "env-model"}, Choice{Model: "chosen", Concurrency: 2}, ProviderOllama, "http://localhost:11434/v1", "chosen", 2},
		{"the same provider keeps the model", path, nil, Choice{Provider: ProviderOllama}, ProviderOllama, "http://localhost:11434/v1", "file-model", 3},
		{"another provider takes its preset", path, map[string]string{"OPENAI_MODEL": "env-model"}, Choice{Provider: ProviderLMStudio}, ProviderLMStudio, "http://localhost:1234/v1", "local-model", 3},
		{"a base URL alone makes OpenAI custom", "", nil, Choice{BaseURL: "http://127.0.0.1:9/v1"}, ProviderCustom, "http://127.0.0.1:9/v1", "gpt-4o-mini", 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Resolve(tc.path, env(tc.env), tc.now)
			if err != nil {
				t.Fatal(err)
			}
			if c.Provider != tc.provider || c.BaseURL != tc.baseURL || c.Model != tc.model || c.Concurrency != tc.concurrency {
				t.Fatalf("got %v", c)
			}
		})
	}
}

func TestResolveRejectsUnknownProvider(t *testing.T) {
	_, err := Resolve("", nil, Choice{Provider: "gemini"})
	if err == nil || !strings.Contains(err.Error(), `"gemini"`) || !strings.Contains(err.Error(), "ollama") {
		t.Fatalf("err %v", err)
	}
}
