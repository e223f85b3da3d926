package llm

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestWithEnv(t *testing.T) {
	cases := []struct {
		name     string
		base     Config
		env      map[string]string
		provider Provider
		url      string
		model    string
		key      string
	}{
		{"nothing set", DefaultConfig(), nil, ProviderOpenAI, "https://api.openai.com/v1", "gpt-4o-mini", ""},
		{"key only", DefaultConfig(), map[string]string{"OPENAI_API_KEY": " sk-x "}, ProviderOpenAI, "https://api.openai.com/v1", "gpt-4o-mini", "sk-x"},
		{"base URL makes OpenAI custom", DefaultConfig(), map[string]string{"OPENAI_BASE_URL": "http://localhost:8000/v1"},
			ProviderCustom, "http://localhost:8000/v1", "gpt-4o-mini", ""},
		{"OpenAI's own URL stays OpenAI", DefaultConfig(), map[string]string{"OPENAI_BASE_URL": "https://api.openai.com/v1/"},
			ProviderOpenAI, "https://api.openai.com/v1/", "gpt-4o-mini", ""},
		{"Ollama keeps its provider", DefaultConfig().WithProvider(ProviderOllama),
			map[string]string{"OPENAI_BASE_URL": "http://gpu-box:11434/v1", "OPENAI_MODEL": "qwen2.5"},
			ProviderOllama, "http://gpu-box:11434/v1", "qwen2.5", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.base.WithEnv(func(k string) string { return tc.env[k] })
			if c.Provider != tc.provider || c.BaseURL != tc.url || c.Model != tc.model || c.APIKey != tc.key {
				t.Errorf("got %s %s %s key %q", c.Provider, c.BaseURL, c.Model, c.APIKey)
			}
		})
	}
}

func TestPresetsAndProviders(t *testing.T) {
	names := map[Provider]bool{}
	for _, p := range Presets() {
		names[p.Provider] = true
		if p.Name == "" {
			t.Errorf("preset %s has no name", p.Provider)
		}
	}
	for _, p := range []Provider{ProviderOpenAI, ProviderAzure, ProviderOllama, ProviderLMStudio, ProviderCustom} {
		if !names[p] {
			t.Errorf("no preset for %s", p)
		}
	}
	ollama := DefaultConfig().WithProvider(ProviderOllama)
	if ollama.BaseURL != "http://localhost:11434/v1" || ollama.Timeout < 5*time.Minute || ollama.NeedsKey() || ollama.ContextTokens != 4096 {
		t.Errorf("Ollama preset: %v", ollama)
	}
	if !DefaultConfig().NeedsKey() {
		t.Error("OpenAI should need a key")
	}
	az := DefaultConfig().WithProvider(ProviderAzure)
	az.BaseURL = "https://myres.openai.azure.com"
	if az.KeyAccount() != "azure@myres.openai.azure.com" || DefaultConfig().KeyAccount() != "openai" {
		t.Errorf("key accounts: %q %q", az.KeyAccount(), DefaultConfig().KeyAccount())
	}
}

func TestNewRejectsBadConfig(t *testing.T) {
	cases := []struct {
		name string
		cfg  Config
		want string
	}{
		{"no model", Config{Provider: ProviderCustom, BaseURL: "http://localhost:8000/v1"}, "no model"},
		{"bad scheme", Config{BaseURL: "ftp://x", Model: "m"}, "not an http"},
		{"azure placeholder", DefaultConfig().WithProvider(ProviderAzure), "Azure base URL"},
		{"key in a bad URL is redacted", Config{BaseURL: "sk-secretsecret123", Model: "m", APIKey: "sk-secretsecret123"}, "[redacted]"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.cfg, nil)
			if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "sk-secret") {
				t.Errorf("err = %v, want it to mention %q", err, tc.want)
			}
		})
	}
}

func TestSettingsRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "llm.json")
	c := DefaultConfig().WithProvider(ProviderLMStudio)
	c.Model, c.Temperature, c.Concurrency, c.Timeout = "qwen", 0.7, 3, 42*time.Second
	c.Prompt = PromptSettings{Audience: "ministers", Tone: "plain", Language: "German"}
	c.APIKey = "sk-never-saved-1234"
	if err := SaveSettings(path, c); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if strings.Contains(string(data), "never-saved") {
		t.Fatalf("the key was saved:\n%s", data)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("settings file mode %v, want 0600", info.Mode().Perm())
	}
	got, err := LoadSettings(path)
	if err != nil {
		t.Fatal(err)
	}
	want := c
	want.APIKey = ""
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\n got %v %+v\nwant %v %+v", got, got.Prompt, want, want.Prompt)
	}
}

func TestLoadSettingsMissingAndBroken(t *testing.T) {
	dir := t.TempDir()
	c, err := LoadSettings(filepath.Join(dir, "none.json"))
	if err != nil || !reflect.DeepEqual(c, DefaultConfig()) {
		t.Errorf("missing file: %v, %v", c, err)
	}
	broken := filepath.Join(dir, "broken.json")
	os.WriteFile(broken, []byte("{not json"), 0o600)
	if _, err := LoadSettings(broken); err == nil || !strings.Contains(err.Error(), "not valid JSON") {
		t.Errorf("broken file: err = %v", err)
	}
}

func TestSettingsPath(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", "/tmp/cfg")
	t.Setenv("HOME", "/tmp/home")
	p, err := SettingsPath()
	if err != nil || !strings.HasSuffix(p, filepath.Join("briefsmith", "llm.json")) {
		t.Errorf("SettingsPath = %q, %v", p, err)
	}
}

func TestRedact(t *testing.T) {
	cases := []struct{ name, in, secret, want string }{
		{"configured secret", "key abc123xyz in text", "abc123xyz", "key [redacted] in text"},
		{"short secret ignored", "a b c", "a", "a b c"},
		{"key shape", "Incorrect API key provided: sk-proj-ABCDEFGH1234", "", "Incorrect API key provided: [redacted key]"},
		{"bearer", "Authorization: Bearer abcdefghijkl", "", "Authorization: [redacted key]"},
		{"plain text untouched", "the server refused the API key (401)", "", "the server refused the API key (401)"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Redact(tc.in, tc.secret); got != tc.want {
				t.Errorf("Redact = %q, want %q", got, tc.want)
			}
		})
	}
}
