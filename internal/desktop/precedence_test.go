package desktop

import (
	"path/filepath"
	"testing"

	"briefsmith/app"
	"briefsmith/briefs/llm"
	"briefsmith/internal/cli"
)

// TestBothFrontEndsResolveLLMSettingsAlike runs the same intent through the
// command line's flags and the Settings dialog and checks that both get the
// same settings: file < environment < the choice made now.
func TestBothFrontEndsResolveLLMSettingsAlike(t *testing.T) {
	path := filepath.Join(t.TempDir(), "llm.json")
	saved := llm.DefaultConfig().WithProvider(llm.ProviderLMStudio)
	saved.Model = "file-model"
	if err := llm.SaveSettings(path, saved); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		env    map[string]string
		flags  cli.LLMFlags
		dialog app.LLMSettings
		model  string // the model both must end with
	}{
		{"the file alone", nil, cli.LLMFlags{}, app.LLMSettings{}, "file-model"},
		{"the environment over the file", map[string]string{"OPENAI_MODEL": "env-model"}, cli.LLMFlags{}, app.LLMSettings{}, "env-model"},
		{"a model chosen now over the environment", map[string]string{"OPENAI_MODEL": "env-model"},
			cli.LLMFlags{Model: "chosen"}, app.LLMSettings{Model: "chosen"}, "chosen"},
		{"a provider chosen now over the environment", map[string]string{"OPENAI_BASE_URL": "http://127.0.0.1:9/v1"},
			cli.LLMFlags{Provider: "ollama"}, app.LLMSettings{Preset: "Ollama"}, "llama3.1"},
		{"a provider and model chosen now", map[string]string{"OPENAI_MODEL": "env-model"},
			cli.LLMFlags{Provider: "ollama", Model: "qwen"}, app.LLMSettings{Preset: "Ollama", Model: "qwen"}, "qwen"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			getenv := func(k string) string { return tc.env[k] }
			fromCLI, err := cli.ResolveLLM(path, getenv, tc.flags)
			if err != nil {
				t.Fatal(err)
			}
			fromApp, err := (&llmWiring{path: path, getenv: getenv}).resolve(tc.dialog)
			if err != nil {
				t.Fatal(err)
			}
			if fromCLI.String() != fromApp.String() || fromCLI.Prompt != fromApp.Prompt || fromCLI.ContextTokens != fromApp.ContextTokens {
				t.Fatalf("the front ends differ:\n cli %v\n app %v", fromCLI, fromApp)
			}
			if fromApp.Model != tc.model {
				t.Fatalf("model %q, want %q", fromApp.Model, tc.model)
			}
		})
	}
}
