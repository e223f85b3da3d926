package llm

import (
	"fmt"
	"strings"
)

// Choice is an explicit choice made now: in the app's Settings dialog or on
// the command line. Empty fields choose nothing and keep what the settings
// file and the environment say.
type Choice struct {
	Provider    Provider // a preset; "" keeps the current one
	BaseURL     string
	Model       string
	Concurrency int // 0 keeps the current one
}

// Resolve is the one place LLM settings are layered, for the command line
// and the app alike. The precedence, lowest first:
//
//  1. the settings file at settingsPath (DefaultConfig when settingsPath is
//     "" or the file does not exist);
//  2. the environment: OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL (see
//     Config.WithEnv);
//  3. now, the explicit choice made in the Settings dialog or with flags.
//
// Choosing a provider other than the current one switches to its preset
// endpoint and model first, so the choice's own BaseURL and Model still win.
// Choosing only a base URL other than OpenAI's while on the OpenAI preset
// makes the provider custom, as OPENAI_BASE_URL does. The API key is only
// ever taken from the environment here; ResolveKey looks in key stores.
func Resolve(settingsPath string, getenv func(string) string, now Choice) (Config, error) {
	cfg := DefaultConfig()
	if settingsPath != "" {
		var err error
		if cfg, err = LoadSettings(settingsPath); err != nil {
			return cfg, err
		}
	}
	cfg = cfg.WithEnv(getenv)
	return cfg.withChoice(now)
}

// withChoice applies an explicit choice over c.
func (c Config) withChoice(now Choice) (Config, error) {
	if now.Provider != "" {
		if _, ok := PresetFor(now.Provider); !ok {
			return c, fmt.Errorf("unknown LLM provider %q: choose one of %s", now.Provider, providerNames())
		}
		if now.Provider != c.Provider {
			c = c.WithProvider(now.Provider)
		}
	}
	if now.BaseURL != "" {
		if openai, _ := PresetFor(ProviderOpenAI); now.Provider == "" && c.Provider == ProviderOpenAI && strings.TrimRight(now.BaseURL, "/") != openai.BaseURL {
			c.Provider = ProviderCustom
		}
		c.BaseURL = now.BaseURL
	}
	if now.Model != "" {
		c.Model = now.Model
	}
	if now.Concurrency > 0 {
		c.Concurrency = now.Concurrency
	}
	return c, nil
}

// providerNames lists the providers for messages: "openai, azure, … or custom".
func providerNames() string {
	var names []string
	for _, p := range Presets() {
		names = append(names, string(p.Provider))
	}
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
