package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"briefsmith/briefs"
	"briefsmith/briefs/llm"
	"briefsmith/briefs/summarize"
)

// offlineConcurrency is how many articles the offline summariser works on
// at once: it is CPU-bound, so about one per core.
const offlineConcurrency = 2

// keyringTimeout bounds a keyring look-up: a locked keyring can wait forever.
const keyringTimeout = 3 * time.Second

// summarizer builds the summariser the flags ask for and how many articles
// it may work on at once. With an LLM, any failure later falls back to the
// offline summariser per article; only a broken configuration is an error.
func (c *cli) summarizer(ctx context.Context, sf *summaryFlags) (briefs.Summarizer, int, error) {
	offline := summarize.New()
	if !sf.wantsLLM() {
		return offline, orDefault(sf.concurrency, offlineConcurrency), nil
	}
	cfg, err := c.llmConfig(ctx, sf)
	if err != nil {
		return nil, 0, err
	}
	s, err := llm.New(cfg, offline)
	if err != nil {
		return nil, 0, fmt.Errorf("LLM settings: %w", err)
	}
	return s, cfg.Concurrency, nil
}

// llmConfig layers the LLM settings: the settings file the app writes, then
// OPENAI_* environment variables, then the command line's flags. The key
// comes from the environment or the system keyring, never from a file.
func (c *cli) llmConfig(ctx context.Context, sf *summaryFlags) (llm.Config, error) {
	cfg := llm.DefaultConfig()
	if path, err := llm.SettingsPath(); err == nil {
		if cfg, err = llm.LoadSettings(path); err != nil {
			return cfg, err
		}
	}
	cfg = cfg.WithEnv(c.getenv)
	if sf.provider != "" {
		if _, ok := llm.PresetFor(llm.Provider(sf.provider)); !ok {
			return cfg, fmt.Errorf("--provider must be one of openai, azure, ollama, lmstudio or custom, not %q", sf.provider)
		}
		cfg = cfg.WithProvider(llm.Provider(sf.provider))
	}
	if sf.baseURL != "" {
		if sf.provider == "" && cfg.Provider == llm.ProviderOpenAI {
			cfg.Provider = llm.ProviderCustom
		}
		cfg.BaseURL = sf.baseURL
	}
	if sf.model != "" {
		cfg.Model = sf.model
	}
	cfg.Concurrency = orDefault(sf.concurrency, cfg.Concurrency)
	return c.withKey(ctx, cfg), nil
}

// withKey fills the API key from the keyring when the environment gave
// none, and says so plainly when there is none to be had.
func (c *cli) withKey(ctx context.Context, cfg llm.Config) llm.Config {
	if cfg.APIKey != "" || !cfg.NeedsKey() {
		return cfg
	}
	withKey, err := llm.ResolveKey(ctx, cfg, llm.NewKeyring(keyringTimeout))
	if err != nil {
		why := "no API key is stored for " + cfg.KeyAccount()
		if !errors.Is(err, llm.ErrNoKey) {
			why = err.Error()
		}
		fmt.Fprintf(c.errw, "%s: note: %s; set OPENAI_API_KEY or store a key in the app's Settings\n", programName, why)
	}
	return withKey
}

func orDefault(n, def int) int {
	if n > 0 {
		return n
	}
	return def
}
