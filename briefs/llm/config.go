package llm

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"
)

// PromptSettings are the editable parts of the prompt. Empty fields take the
// defaults shown in the comments; the per-call briefs.SummaryOptions win over
// them when set.
type PromptSettings struct {
	Audience string // who reads the brief; default "busy senior decision-makers"
	Tone     string // default "neutral, factual"
	Language string // output language; empty means the article's own
}

// Config says which server and model to use and how to talk to it.
type Config struct {
	Provider        Provider
	BaseURL         string        // e.g. "http://localhost:11434/v1"; Azure: "https://RES.openai.azure.com"
	Model           string        // model name; for Azure, the deployment name
	APIKey          string        `json:"-"` // never saved, logged or shown
	Temperature     float64       // 0 lets the server choose
	Timeout         time.Duration // per article, retries included
	Concurrency     int           // most requests in flight at once
	MaxRetries      int           // retries after the first attempt, for transient failures
	AzureAPIVersion string        // Azure only; JSON-schema answers need 2024-08-01-preview or later
	ContextTokens   int           // the model's context window; longer articles are cut to fit
	Prompt          PromptSettings
	// Logger receives one warning per failed AI summary, keys redacted.
	// Nil means no logging.
	Logger *slog.Logger `json:"-"`
}

// Defaults used by DefaultConfig and for zero fields.
const (
	defaultTimeout       = 90 * time.Second
	localTimeout         = 5 * time.Minute // CPU-bound local models are slow
	defaultConcurrency   = 4
	defaultRetries       = 2
	defaultAzureVersion  = "2024-10-21"
	defaultContextTokens = 8192
	localContextTokens   = 4096
	defaultTemperature   = 0.2
)

// DefaultConfig returns the OpenAI preset with safe defaults; no key.
func DefaultConfig() Config {
	return Config{Temperature: defaultTemperature, Timeout: defaultTimeout, Concurrency: defaultConcurrency,
		MaxRetries: defaultRetries, AzureAPIVersion: defaultAzureVersion, ContextTokens: defaultContextTokens,
	}.WithProvider(ProviderOpenAI)
}

// WithProvider switches to provider p with its preset base URL, model and
// context window, and a longer timeout for servers on this computer.
func (c Config) WithProvider(p Provider) Config {
	pr, ok := PresetFor(p)
	if !ok {
		pr = Preset{Provider: p}
	}
	c.Provider, c.BaseURL, c.Model, c.ContextTokens = p, pr.BaseURL, pr.Model, pr.ContextTokens
	if pr.Local && c.Timeout < localTimeout {
		c.Timeout = localTimeout
	}
	return c
}

// WithEnv applies OPENAI_API_KEY, OPENAI_BASE_URL and OPENAI_MODEL from
// getenv (os.Getenv in the program). A base URL other than OpenAI's turns
// the OpenAI preset into a custom one.
func (c Config) WithEnv(getenv func(string) string) Config {
	if getenv == nil {
		return c
	}
	if k := strings.TrimSpace(getenv("OPENAI_API_KEY")); k != "" {
		c.APIKey = k
	}
	if u := strings.TrimSpace(getenv("OPENAI_BASE_URL")); u != "" {
		if openai, _ := PresetFor(ProviderOpenAI); c.Provider == ProviderOpenAI && strings.TrimRight(u, "/") != openai.BaseURL {
			c.Provider = ProviderCustom
		}
		c.BaseURL = u
	}
	if m := strings.TrimSpace(getenv("OPENAI_MODEL")); m != "" {
		c.Model = m
	}
	return c
}

// NeedsKey reports whether the provider refuses requests without a key.
func (c Config) NeedsKey() bool {
	p, ok := PresetFor(c.Provider)
	return ok && p.NeedsKey
}

// KeyAccount is the name the API key is stored under in a KeyStore: the
// provider, plus the host for Azure and custom servers, which differ per
// installation.
func (c Config) KeyAccount() string {
	if c.Provider != ProviderAzure && c.Provider != ProviderCustom {
		return string(c.Provider)
	}
	if u, err := url.Parse(c.BaseURL); err == nil && u.Host != "" {
		return string(c.Provider) + "@" + u.Host
	}
	return string(c.Provider)
}

// String describes the configuration without the key, so that printing a
// Config with %v or %+v cannot leak it.
func (c Config) String() string {
	key := "none"
	if c.APIKey != "" {
		key = "set"
	}
	return fmt.Sprintf("llm.Config{provider=%s base_url=%s model=%s key=%s timeout=%s concurrency=%d}",
		c.Provider, Redact(c.BaseURL, c.APIKey), c.Model, key, c.Timeout, c.Concurrency)
}

// GoString is String, for %#v.
func (c Config) GoString() string { return c.String() }

// withDefaults fills zero fields and checks what New needs.
func (c Config) withDefaults() (Config, error) {
	if c.Provider == "" {
		c.Provider = ProviderOpenAI
	}
	pr, _ := PresetFor(c.Provider)
	if c.BaseURL == "" {
		c.BaseURL = pr.BaseURL
	}
	if c.Model == "" {
		c.Model = pr.Model
	}
	if c.Timeout <= 0 {
		c.Timeout = defaultTimeout
	}
	if c.Concurrency < 1 {
		c.Concurrency = defaultConcurrency
	}
	c.MaxRetries = max(c.MaxRetries, 0)
	if c.AzureAPIVersion == "" {
		c.AzureAPIVersion = defaultAzureVersion
	}
	if c.ContextTokens <= 0 {
		c.ContextTokens = defaultContextTokens
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c, c.validate()
}

// validate checks the fields a request cannot do without.
func (c Config) validate() error {
	if c.Model == "" {
		return errors.New("no model is set: choose one in the settings or with --model")
	}
	u, err := url.Parse(c.BaseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("base URL %q is not an http or https address", Redact(c.BaseURL, c.APIKey))
	}
	if c.Provider == ProviderAzure && strings.Contains(c.BaseURL, "YOUR-RESOURCE") {
		return errors.New("set the Azure base URL to your resource, e.g. https://myres.openai.azure.com")
	}
	return nil
}
