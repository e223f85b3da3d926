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
	// ImportTypes are the file name extensions that import (with the dot),
	// offered by the import file dialog; nil offers every file.
	ImportTypes []string
	// IsWall reports whether an import error says a page showed a cookie
	// notice, paywall, login form or too little text instead of the
	// article; such failures offer "Paste text instead". nil: none do.
	IsWall func(error) bool
	// Feeds keeps the saved feeds and reads their entries; nil hides the
	// Feeds dialog.
	Feeds FeedStore
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
	Templates() []string // template names, built-in and the user's, the default first
	Formats() []string   // file extensions with the dot, e.g. ".pdf"
	Export(ctx context.Context, path string, b *briefs.Brief, o ExportOptions) error
	// Text is the brief as plain text, for pasting into an e-mail.
	Text(ctx context.Context, b *briefs.Brief, o ExportOptions) (string, error)
}

// ExportOptions are how a brief is rendered: the template by name and the
// brand from the settings (nil for none), laid under the brief's own.
type ExportOptions struct {
	Template string
	Brand    *briefs.Brand
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

// SavedFeed is one of the user's saved feeds.
type SavedFeed struct {
	URL     string
	Title   string
	LastRun time.Time // zero until the feed is first run
}

// FeedEntry is one entry of a feed, offered for import.
type FeedEntry struct {
	Source    string    // what to import: the entry's link or a feed-entry reference
	Title     string    // the entry's title
	Published time.Time // zero when the feed gives no date
}

// FeedStore keeps the user's saved feeds (added one by one or from an OPML
// file) with the time each was last run, and reads a feed's entries.
type FeedStore interface {
	Saved() ([]SavedFeed, error)
	// AddFeed saves the feed at url (an address or a file).
	AddFeed(url string) error
	// AddOPML saves the feeds listed in the OPML file at path and returns
	// how many were new.
	AddOPML(path string) (int, error)
	// Entries lists every entry of the feed, in the feed's order.
	Entries(ctx context.Context, url string) ([]FeedEntry, error)
	// MarkRun records that the feeds were run at t.
	MarkRun(urls []string, t time.Time) error
}
