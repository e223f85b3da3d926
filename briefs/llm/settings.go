package llm

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"briefsmith/briefs"
)

// settingsVersion is the format version of the settings file.
const settingsVersion = 1

// settingsFile is the on-disk form of a Config. It has no field for the API
// key, so no code path can write one.
type settingsFile struct {
	Version         int            `json:"version"`
	Provider        Provider       `json:"provider"`
	BaseURL         string         `json:"base_url"`
	Model           string         `json:"model"`
	Temperature     float64        `json:"temperature"`
	TimeoutSeconds  float64        `json:"timeout_seconds"`
	Concurrency     int            `json:"concurrency"`
	MaxRetries      int            `json:"max_retries"`
	AzureAPIVersion string         `json:"azure_api_version"`
	ContextTokens   int            `json:"context_tokens"`
	Prompt          promptSettings `json:"prompt"`
}

// promptSettings is the on-disk form of PromptSettings.
type promptSettings struct {
	Audience string `json:"audience"`
	Tone     string `json:"tone"`
	Language string `json:"language"`
}

// SettingsPath is where the LLM settings live: llm.json in Briefsmith's
// folder of the user's config directory.
func SettingsPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the settings folder: %w", err)
	}
	return filepath.Join(dir, "briefsmith", "llm.json"), nil
}

// LoadSettings reads the settings at path over DefaultConfig. A missing
// file gives DefaultConfig and no error. The key is never in the file: fill
// it with WithEnv or ResolveKey.
func LoadSettings(path string) (Config, error) {
	c := DefaultConfig()
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return c, fmt.Errorf("read LLM settings: %w", err)
	}
	f := toFile(c)
	if err := json.Unmarshal(data, &f); err != nil {
		return c, fmt.Errorf("read LLM settings %s: not valid JSON: %w", path, err)
	}
	return fromFile(f, c), nil
}

// SaveSettings writes c to path, creating its folder, without the API key
// (also removed from the base URL, should it have been pasted there).
func SaveSettings(path string, c Config) error {
	data, err := json.MarshalIndent(toFile(c), "", "  ")
	if err != nil {
		return fmt.Errorf("save LLM settings: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("save LLM settings: %w", err)
	}
	if err := briefs.WriteFileAtomic(path, append(data, '\n'), 0o600); err != nil {
		return fmt.Errorf("save LLM settings: %w", err)
	}
	return nil
}

// toFile converts c to its on-disk form, scrubbing the key out of every
// free-text field.
func toFile(c Config) settingsFile {
	scrub := func(s string) string { return Redact(s, c.APIKey) }
	return settingsFile{
		Version: settingsVersion, Provider: c.Provider, BaseURL: scrub(withoutUserinfo(c.BaseURL)),
		Model: scrub(c.Model), Temperature: c.Temperature, TimeoutSeconds: c.Timeout.Seconds(),
		Concurrency: c.Concurrency, MaxRetries: c.MaxRetries, AzureAPIVersion: c.AzureAPIVersion,
		ContextTokens: c.ContextTokens,
		Prompt: promptSettings{Audience: scrub(c.Prompt.Audience), Tone: scrub(c.Prompt.Tone),
			Language: scrub(c.Prompt.Language)},
	}
}

// fromFile converts the on-disk form back, keeping base's key and logger.
func fromFile(f settingsFile, base Config) Config {
	c := base
	c.Provider, c.BaseURL, c.Model, c.Temperature = f.Provider, f.BaseURL, f.Model, f.Temperature
	c.Timeout = time.Duration(f.TimeoutSeconds * float64(time.Second))
	c.Concurrency, c.MaxRetries, c.AzureAPIVersion, c.ContextTokens = f.Concurrency, f.MaxRetries, f.AzureAPIVersion, f.ContextTokens
	c.Prompt = PromptSettings{Audience: f.Prompt.Audience, Tone: f.Prompt.Tone, Language: f.Prompt.Language}
	return c
}

// withoutUserinfo drops "user:password@" from a URL.
func withoutUserinfo(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	u.User = nil
	return u.String()
}
