package app

import (
	"context"
	"errors"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"briefsmith/briefs"
)

// keyringTimeout bounds a keyring call: a locked keyring with nobody to
// answer its prompt would otherwise block for ever.
const keyringTimeout = 5 * time.Second

// settingsForm is the Settings dialog's widgets.
type settingsForm struct {
	w         *Window
	author    *widget.Entry
	template  *widget.Select
	length    *widget.Select
	theme     *widget.RadioGroup
	engine    *widget.RadioGroup
	preset    *widget.Select
	baseURL   *widget.Entry
	model     *widget.Entry
	key       *widget.Entry
	keyStatus *widget.Label
}

const (
	engineOffline = "Offline (built in)"
	engineLLM     = "LLM (OpenAI-compatible)"
)

// onSettings shows the Settings dialog; Save applies and stores them.
func (w *Window) onSettings() {
	f := w.newSettingsForm()
	d := dialog.NewForm("Settings", "Save", "Cancel", f.items(), func(ok bool) {
		if ok {
			f.apply()
		}
	}, w.win)
	d.Resize(fyne.NewSize(640, 0))
	d.Show()
}

func (w *Window) newSettingsForm() *settingsForm {
	s := w.settings
	f := &settingsForm{w: w, author: widget.NewEntry(), baseURL: widget.NewEntry(), model: widget.NewEntry()}
	f.author.SetText(s.Author)
	f.template = widget.NewSelect(w.templateNames(), nil)
	f.template.SetSelected(firstNonEmpty(s.Template, first(w.templateNames())))
	f.length = widget.NewSelect([]string{"brief", "standard", "detailed"}, nil)
	f.length.SetSelected(s.Length.String())
	f.theme = widget.NewRadioGroup([]string{ThemeSystem, ThemeLight, ThemeDark}, nil)
	f.theme.Horizontal = true
	f.theme.SetSelected(s.Theme)
	f.engine = widget.NewRadioGroup([]string{engineOffline, engineLLM}, nil)
	f.engine.SetSelected(engineOffline)
	if s.UseLLM {
		f.engine.SetSelected(engineLLM)
	}
	f.buildLLM(s.LLM)
	f.engine.OnChanged = f.onEngine
	f.onEngine(f.engine.Selected)
	return f
}

// onEngine enables the LLM fields only when the LLM summariser is chosen.
func (f *settingsForm) onEngine(choice string) {
	on := choice == engineLLM
	for _, d := range []fyne.Disableable{f.preset, f.baseURL, f.model, f.key} {
		setEnabled(d, on)
	}
}

func (w *Window) templateNames() []string {
	if w.deps.Exporter == nil {
		return nil
	}
	return w.deps.Exporter.Templates()
}

func (f *settingsForm) items() []*widget.FormItem {
	items := []*widget.FormItem{
		widget.NewFormItem("Author", f.author),
		widget.NewFormItem("Default template", f.template),
		widget.NewFormItem("Summary length", f.length),
		widget.NewFormItem("Theme", f.theme),
		widget.NewFormItem("Summariser", f.engine),
	}
	if f.w.deps.LLM == nil {
		return items
	}
	return append(items,
		widget.NewFormItem("LLM provider", f.preset),
		widget.NewFormItem("Base URL", f.baseURL),
		widget.NewFormItem("Model", f.model),
		widget.NewFormItem("API key", f.key),
		widget.NewFormItem("", f.keyStatus))
}

// apply stores the dialog's values and uses them from now on.
func (f *settingsForm) apply() {
	w := f.w
	length, _ := briefs.ParseLength(f.length.Selected)
	s := Settings{
		Author: f.author.Text, Template: f.template.Selected, Length: length,
		Theme: f.theme.Selected, UseLLM: f.engine.Selected == engineLLM,
		LLM: LLMSettings{Preset: f.preset.Selected, BaseURL: f.baseURL.Text, Model: f.model.Text},
	}
	w.settings = s
	saveSettings(w.app.Preferences(), s)
	applyTheme(w.app, s.Theme)
	if w.deps.LLM == nil {
		return
	}
	if err := w.deps.LLM.Save(s.LLM); err != nil {
		w.showError("Could not save the LLM settings", err)
	}
	if f.key.Text != "" {
		w.storeKey(f.key.Text)
	}
}

// storeKey puts the API key in the system keyring off the UI goroutine; if
// there is no keyring it offers the alternatives.
func (w *Window) storeKey(key string) {
	store := w.deps.LLM
	w.deps.Run.Background(func() {
		ctx, cancel := context.WithTimeout(context.Background(), keyringTimeout)
		defer cancel()
		err := store.SetKey(ctx, key)
		w.deps.Run.UI(func() { w.keyStored(key, err) })
	})
}

func (w *Window) keyStored(key string, err error) {
	switch {
	case err == nil:
		w.status.SetText("API key saved in the system keyring.")
	case errors.Is(err, ErrNoKeyring), errors.Is(err, context.DeadlineExceeded):
		msg := fmt.Sprintf("This system has no keyring Briefsmith can use, so the key was not stored.\n\n"+
			"Set the %s environment variable before starting Briefsmith, or use the key for this session only.", w.deps.LLM.KeyEnv())
		w.ask("Key not stored", msg, choice{label: "Cancel"},
			choice{label: "Use for this session", important: true, run: func() { w.deps.LLM.SetSessionKey(key) }})
	default:
		w.showError("Could not store the API key", err)
	}
}
