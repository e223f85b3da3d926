package app

import (
	"context"
	"errors"
	"time"

	"briefsmith/briefs"
)

// Deps are the services the window uses. Package internal/desktop builds
// the real ones from the pipeline packages; tests pass fakes.
type Deps struct {
	Importer Importer // turns files, URLs and pasted text into articles
	Exporter Exporter // writes a brief as PDF, Markdown, …
	// Summarizer builds the summariser the settings ask for (offline or LLM).
	Summarizer func(s Settings) briefs.Summarizer
	LLM        LLMStore // LLM provider settings and keys; nil hides them
	Version    string   // shown in the About box
	// RecoveryDir is where crash-recovery snapshots go; empty disables them.
	RecoveryDir string
	Run         Runner // how slow work leaves the UI goroutine
	// Trace, when set, receives timing notes such as the first drawn frame.
	Trace func(note string)
	// Now is the clock, for dating new briefs; nil means time.Now.
	Now func() time.Time
	// Concurrency bounds the summaries written at once; 0 leaves it to
	// briefs.SummaryConcurrency (one per core less one offline, 4 with the
	// LLM). Tests with SyncRunner use 1 so that progress reports arrive in
	// order.
	Concurrency int
}

// Importer turns a source into an article. Errors name the source and say
// in plain words what went wrong.
type Importer interface {
	// Import reads a file path or an http(s) URL.
	Import(ctx context.Context, source string) (briefs.Article, error)
	// ImportAll imports several sources with briefs.ImportAll's bounds:
	// one result per imported source, in order, with progress after each.
	ImportAll(ctx context.Context, sources []string, progress briefs.Progress) []briefs.ImportResult
	// ImportText wraps pasted text; label names it in messages.
	ImportText(ctx context.Context, label, text string) (briefs.Article, error)
}

// Exporter writes a brief to a file whose extension picks the format.
type Exporter interface {
	Templates() []string // template names, the default first
	Formats() []string   // file extensions with the dot, e.g. ".pdf"
	Export(ctx context.Context, path string, b *briefs.Brief, template string) error
}

// LLMPreset is a named provider with its usual endpoint and model.
type LLMPreset struct {
	Name    string
	BaseURL string
	Model   string
	NeedKey bool // false for local servers such as Ollama
}

// LLMSettings are the non-secret LLM settings; the key is kept apart.
type LLMSettings struct {
	Preset  string
	BaseURL string
	Model   string
}

// ErrNoKeyring is returned by LLMStore.SetKey when the system has no usable
// keyring, so the key cannot be stored.
var ErrNoKeyring = errors.New("no system keyring available")

// LLMStore loads and saves the LLM settings and keeps the API key out of
// the app's preferences: in the system keyring, or for this session only.
type LLMStore interface {
	Presets() []LLMPreset
	Load() (LLMSettings, error)
	Save(s LLMSettings) error
	// SetKey stores the key in the keyring; ErrNoKeyring when there is none.
	SetKey(ctx context.Context, key string) error
	// SetSessionKey keeps the key in memory until the app quits.
	SetSessionKey(key string)
	// KeyEnv is the environment variable that also supplies the key.
	KeyEnv() string
}
