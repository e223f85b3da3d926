package app

import (
	"context"
	"errors"
	"testing"

	"fyne.io/fyne/v2/test"

	"briefsmith/briefs"
)

// fakeLLMStore records what the settings dialog stores.
type fakeLLMStore struct {
	saved      LLMSettings
	keyErr     error
	keyring    string
	sessionKey string
}

func (f *fakeLLMStore) Presets() []LLMPreset {
	return []LLMPreset{{Name: "OpenAI", BaseURL: "https://api.openai.com/v1", Model: "gpt-4o-mini", NeedKey: true},
		{Name: "Ollama", BaseURL: "http://localhost:11434/v1", Model: "llama3.1"}}
}
func (f *fakeLLMStore) Load() (LLMSettings, error) { return f.saved, nil }
func (f *fakeLLMStore) Save(s LLMSettings) error   { f.saved = s; return nil }
func (f *fakeLLMStore) SetSessionKey(key string)   { f.sessionKey = key }
func (f *fakeLLMStore) KeyEnv() string             { return "OPENAI_API_KEY" }
func (f *fakeLLMStore) SetKey(_ context.Context, key string) error {
	if f.keyErr != nil {
		return f.keyErr
	}
	f.keyring = key
	return nil
}

func TestSettingsSaved(t *testing.T) {
	tests := []struct {
		name       string
		keyErr     error
		tapSession bool
		wantRing   string
		wantSess   string
	}{
		{"key goes to the keyring", nil, false, "sk-test", ""},
		{"no keyring offers a session key", ErrNoKeyring, true, "", "sk-test"},
		{"no keyring, declined", ErrNoKeyring, false, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t)
			store := &fakeLLMStore{keyErr: tc.keyErr}
			h.w.deps.LLM = store
			f := newSettingsForm(h.w.settings, h.w.templateNames(), store, h.w.applySettings)
			f.author.SetText("A. Analyst")
			f.length.SetSelected("detailed")
			f.theme.SetSelected(ThemeLight)
			f.engine.SetSelected(engineLLM)
			f.preset.SetSelected("Ollama")
			test.Type(f.key, "sk-test")
			f.onClosed(true)
			if tc.keyErr != nil {
				h.tapDialog(map[bool]string{true: "Use for this session", false: "Cancel"}[tc.tapSession])
			}
			s := loadSettings(h.w.app.Preferences())
			if s.Author != "A. Analyst" || s.Length != briefs.LengthDetailed || s.Theme != ThemeLight || !s.UseLLM {
				t.Fatalf("preferences %+v", s)
			}
			if store.saved.BaseURL != "http://localhost:11434/v1" || store.saved.Model != "llama3.1" {
				t.Errorf("LLM settings %+v", store.saved)
			}
			if store.keyring != tc.wantRing || store.sessionKey != tc.wantSess {
				t.Errorf("keyring %q session %q", store.keyring, store.sessionKey)
			}
			for _, k := range []string{prefAuthor, prefTemplate, prefLength, prefTheme, prefLastDir} {
				if h.w.app.Preferences().String(k) == "sk-test" {
					t.Fatalf("the API key leaked into preference %q", k)
				}
			}
		})
	}
}

func TestKeyStoreOtherError(t *testing.T) {
	h := newHarness(t)
	h.w.deps.LLM = &fakeLLMStore{}
	h.w.keyStored("k", errors.New("dbus says no"))
	h.tapDialog("OK")
}
