package desktop

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"briefsmith/app"
	"briefsmith/briefs"
	"briefsmith/briefs/llm"
)

// llmWiring connects the window to package llm: it is the window's
// app.LLMStore (settings file, keyring, session keys) and builds the LLM
// summariser with the same key stores.
type llmWiring struct {
	path    string // llm.json; "" when the config folder is unknown
	getenv  func(string) string
	keyring llm.KeyStore
	session llm.KeyStore
}

func newLLMWiring(getenv func(string) string) *llmWiring {
	path, _ := llm.SettingsPath()
	return &llmWiring{path: path, getenv: getenv, keyring: llm.NewKeyring(llm.KeyringTimeout), session: llm.NewSessionKeys()}
}

// Presets lists the providers for the Settings dialog.
func (l *llmWiring) Presets() []app.LLMPreset {
	var out []app.LLMPreset
	for _, p := range llm.Presets() {
		out = append(out, app.LLMPreset{Name: p.Name, BaseURL: p.BaseURL, Model: p.Model, NeedKey: p.NeedsKey})
	}
	return out
}

// Load reads the saved LLM settings.
func (l *llmWiring) Load() (app.LLMSettings, error) {
	cfg, err := l.config()
	name := string(cfg.Provider)
	if p, ok := llm.PresetFor(cfg.Provider); ok {
		name = p.Name
	}
	return app.LLMSettings{Preset: name, BaseURL: cfg.BaseURL, Model: cfg.Model}, err
}

// Save writes s over the saved settings, keeping the fields it lacks.
func (l *llmWiring) Save(s app.LLMSettings) error {
	if l.path == "" {
		return errors.New("save LLM settings: no config folder")
	}
	cfg, err := llm.Resolve(l.path, nil, Choice(s)) // the file and the dialog, no environment
	if err != nil {
		return fmt.Errorf("save LLM settings: %w", err)
	}
	return llm.SaveSettings(l.path, cfg)
}

// SetKey stores key in the keyring under the configured provider's account.
func (l *llmWiring) SetKey(ctx context.Context, key string) error {
	cfg, _ := l.config()
	err := l.keyring.Set(ctx, cfg.KeyAccount(), key)
	if errors.Is(err, llm.ErrNoKeyring) {
		return fmt.Errorf("%w: %v", app.ErrNoKeyring, err)
	}
	return err
}

// SetSessionKey keeps key in memory until the app quits.
func (l *llmWiring) SetSessionKey(key string) {
	cfg, _ := l.config()
	_ = l.session.Set(context.Background(), cfg.KeyAccount(), key) // the memory store cannot fail
}

// KeyEnv names the environment variable that supplies the key.
func (l *llmWiring) KeyEnv() string { return "OPENAI_API_KEY" }

func (l *llmWiring) config() (llm.Config, error) {
	if l.path == "" {
		return llm.DefaultConfig(), nil
	}
	return llm.LoadSettings(l.path)
}

// Choice is what the Settings dialog chooses: the preset named (an unknown
// name keeps the current provider) and the endpoint and model typed.
func Choice(s app.LLMSettings) llm.Choice {
	var c llm.Choice
	for _, p := range llm.Presets() {
		if p.Name == s.Preset {
			c.Provider = p.Provider
		}
	}
	c.BaseURL, c.Model = s.BaseURL, s.Model
	return c
}

// summarizer returns an LLM summariser for s that falls back to offline.
// The key lookup (which may wait on the keyring) happens on first use, off
// the UI goroutine.
func (l *llmWiring) summarizer(s app.LLMSettings, offline briefs.Summarizer) briefs.Summarizer {
	return &lazySummarizer{offline: offline, build: func(ctx context.Context) (briefs.Summarizer, error) {
		cfg, err := l.resolve(s)
		if err != nil {
			return nil, err
		}
		cfg, err = llm.ResolveKey(ctx, cfg, l.session, l.keyring)
		if err != nil && cfg.NeedsKey() {
			return nil, fmt.Errorf("no API key for %s: enter one in Settings or set OPENAI_API_KEY: %w", cfg.Model, err)
		}
		return llm.New(cfg, offline)
	}}
}

// resolve is the app's way to its LLM settings: llm.Resolve over the
// settings file, the environment and the dialog's choice.
func (l *llmWiring) resolve(s app.LLMSettings) (llm.Config, error) {
	return llm.Resolve(l.path, l.getenv, Choice(s))
}

// lazySummarizer builds its summariser on first use; if that fails, every
// summary comes from offline with a notice saying why.
type lazySummarizer struct {
	offline briefs.Summarizer
	build   func(ctx context.Context) (briefs.Summarizer, error)
	once    sync.Once
	s       briefs.Summarizer
	err     error
}

// Summarize implements briefs.Summarizer.
func (z *lazySummarizer) Summarize(ctx context.Context, a briefs.Article, opts briefs.SummaryOptions) (briefs.Summary, error) {
	z.once.Do(func() { z.s, z.err = z.build(ctx) })
	if z.err == nil {
		return z.s.Summarize(ctx, a, opts)
	}
	sum, err := z.offline.Summarize(ctx, a, opts)
	if err == nil {
		sum.Notice = "AI summary unavailable (" + z.err.Error() + "); written by the offline summariser."
	}
	return sum, err
}
