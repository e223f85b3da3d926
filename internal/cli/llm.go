package cli

import (
	"context"
	"errors"
	"fmt"

	"briefsmith/briefs"
	"briefsmith/briefs/llm"
	"briefsmith/briefs/summarize"
)

// summarizer builds the summariser the flags ask for and how many articles
// it may work on at once. With an LLM, any failure later falls back to the
// offline summariser per article; only a broken configuration is an error.
func (c *cli) summarizer(ctx context.Context, sf *summaryFlags) (briefs.Summarizer, int, error) {
	offline := summarize.New()
	if !sf.wantsLLM() {
		return offline, briefs.SummaryConcurrency(sf.concurrency, 0, false), nil
	}
	cfg, err := c.llmConfig(ctx, sf)
	if err != nil {
		return nil, 0, err
	}
	s, err := llm.New(cfg, offline)
	if err != nil {
		return nil, 0, fmt.Errorf("LLM settings: %w", err)
	}
	return s, briefs.SummaryConcurrency(sf.concurrency, cfg.Concurrency, false), nil
}

// LLMFlags are the command line's LLM flags; empty ones choose nothing.
type LLMFlags struct {
	Provider, BaseURL, Model string
	Concurrency              int
}

// ResolveLLM is the command line's way to its LLM settings: llm.Resolve
// over the settings file at settingsPath, the OPENAI_* variables of getenv
// and the flags. An unknown --provider is an error.
func ResolveLLM(settingsPath string, getenv func(string) string, f LLMFlags) (llm.Config, error) {
	if f.Provider != "" {
		if _, ok := llm.PresetFor(llm.Provider(f.Provider)); !ok {
			return llm.Config{}, fmt.Errorf("--provider must be one of openai, azure, ollama, lmstudio or custom, not %q", f.Provider)
		}
	}
	return llm.Resolve(settingsPath, getenv, llm.Choice{Provider: llm.Provider(f.Provider), BaseURL: f.BaseURL, Model: f.Model, Concurrency: f.Concurrency})
}

// llmConfig resolves the LLM settings (settings file < OPENAI_*
// environment < flags). The key comes from the environment or the system
// keyring, never from a file.
func (c *cli) llmConfig(ctx context.Context, sf *summaryFlags) (llm.Config, error) {
	path, _ := llm.SettingsPath() // no config folder: the defaults
	cfg, err := ResolveLLM(path, c.getenv, LLMFlags{sf.provider, sf.baseURL, sf.model, sf.concurrency})
	if err != nil {
		return cfg, err
	}
	return c.withKey(ctx, cfg), nil
}

// withKey fills the API key from the keyring when the environment gave
// none, and says so plainly when there is none to be had.
func (c *cli) withKey(ctx context.Context, cfg llm.Config) llm.Config {
	if cfg.APIKey != "" || !cfg.NeedsKey() {
		return cfg
	}
	withKey, err := llm.ResolveKey(ctx, cfg, llm.NewKeyring(llm.KeyringTimeout))
	if err != nil {
		why := "no API key is stored for " + cfg.KeyAccount()
		if !errors.Is(err, llm.ErrNoKey) {
			why = err.Error()
		}
		c.say(msgNoKey, why)
	}
	return withKey
}
