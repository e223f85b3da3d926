package app

import (
	"context"
	"errors"
	"fmt"
)

// onSettings shows the Settings dialog; Save applies and stores them.
func (w *Window) onSettings() {
	w.lastSettings = showSettingsForm(w.dlgs, w.settings, w.templateNames(), w.deps.LLM, w.applySettings)
}

func (w *Window) templateNames() []string {
	if w.deps.Exporter == nil {
		return nil
	}
	return w.deps.Exporter.Templates()
}

// applySettings stores s and uses it from now on; a non-empty key goes to
// the keyring.
func (w *Window) applySettings(s Settings, key string) {
	w.settings = s
	saveSettings(w.app.Preferences(), s)
	applyTheme(w.app, s.Theme)
	if w.deps.LLM == nil {
		return
	}
	if err := w.deps.LLM.Save(s.LLM); err != nil {
		w.dlgs.showError("Could not save the LLM settings", err)
	}
	if key != "" {
		w.storeKey(key)
	}
}

// storeKey puts the API key in the system keyring off the UI goroutine; if
// there is no keyring it offers the alternatives.
func (w *Window) storeKey(key string) {
	store := w.deps.LLM
	w.deps.Run.Background(func() {
		// The store bounds the keyring call itself (llm.KeyringTimeout, the
		// one timeout shared with the command line).
		err := store.SetKey(context.Background(), key)
		w.deps.Run.UI(func() { w.keyStored(key, err) })
	})
}

func (w *Window) keyStored(key string, err error) {
	switch {
	case err == nil:
		w.status.SetText("API key saved in the system keyring.")
	case errors.Is(err, ErrNoKeyring), errors.Is(err, context.DeadlineExceeded):
		w.dlgs.log.Warn("API key not stored", "err", err)
		msg := fmt.Sprintf("This system has no keyring Briefsmith can use, so the key was not stored.\n\n"+
			"Set the %s environment variable before starting Briefsmith, or use the key for this session only.", w.deps.LLM.KeyEnv())
		w.dlgs.ask("Key not stored", msg, choice{label: "Cancel"},
			choice{label: "Use for this session", important: true, run: func() { w.deps.LLM.SetSessionKey(key) }})
	default:
		w.dlgs.showError("Could not store the API key", err)
	}
}
