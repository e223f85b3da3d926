package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"briefsmith/briefs"
)

// settingsForm is the Settings dialog's widgets. It changes nothing by
// itself: onSave receives the new settings and the API key typed, if any.
type settingsForm struct {
	llm       LLMStore // nil hides the LLM fields
	onSave    func(s Settings, key string)
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
	dlgs      *dialogs
	brand     *brandEditor // the Brand page
	lastBrand briefs.Brand // kept when the Brand page's colour is invalid
}

const (
	engineOffline = "Offline (built in)"
	engineLLM     = "LLM (OpenAI-compatible)"
)

// showSettingsForm shows the Settings dialog over d's window, filled with
// s; templates are the export templates to choose from.
func showSettingsForm(d *dialogs, s Settings, templates []string, llm LLMStore, onSave func(Settings, string)) *settingsForm {
	f := newSettingsForm(s, templates, llm, onSave)
	f.dlgs = d
	f.brand = newBrandEditor(d, s.Brand, "Morning Brief", "")
	tabs := container.NewAppTabs(
		container.NewTabItem("General", widget.NewForm(f.items()...)),
		container.NewTabItem("Brand", f.brand.box),
	)
	dlg := dialog.NewCustomConfirm("Settings", "Save", "Cancel", tabs, f.onClosed, d.parent)
	dlg.Resize(fyne.NewSize(820, 0))
	dlg.Show()
	return f
}

func newSettingsForm(s Settings, templates []string, llm LLMStore, onSave func(Settings, string)) *settingsForm {
	f := &settingsForm{llm: llm, onSave: onSave, author: widget.NewEntry(), baseURL: widget.NewEntry(), model: widget.NewEntry(), lastBrand: s.Brand}
	f.author.SetText(s.Author)
	f.template = widget.NewSelect(templates, nil)
	f.template.SetSelected(firstNonEmpty(s.Template, first(templates)))
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

func (f *settingsForm) items() []*widget.FormItem {
	items := []*widget.FormItem{
		widget.NewFormItem("Author", f.author),
		widget.NewFormItem("Default template", f.template),
		widget.NewFormItem("Summary length", f.length),
		widget.NewFormItem("Theme", f.theme),
		widget.NewFormItem("Summariser", f.engine),
	}
	if f.llm == nil {
		return items
	}
	return append(items,
		widget.NewFormItem("LLM provider", f.preset),
		widget.NewFormItem("Base URL", f.baseURL),
		widget.NewFormItem("Model", f.model),
		widget.NewFormItem("API key", f.key),
		widget.NewFormItem("", f.keyStatus))
}

func (f *settingsForm) onClosed(ok bool) {
	if !ok {
		return
	}
	f.onSave(f.settings(), f.key.Text)
	if _, err := f.brandSetting(); err != nil && f.dlgs != nil {
		f.dlgs.showError("The brand was not changed", err)
	}
}

// brandSetting is the Brand page's brand, or the one it started with and
// the reason when the page holds an invalid colour.
func (f *settingsForm) brandSetting() (briefs.Brand, error) {
	if f.brand == nil {
		return f.lastBrand, nil
	}
	b, err := f.brand.brand()
	if err != nil {
		return f.lastBrand, err
	}
	return b, nil
}

// settings are the dialog's values.
func (f *settingsForm) settings() Settings {
	length, _ := briefs.ParseLength(f.length.Selected)
	brand, _ := f.brandSetting()
	return Settings{
		Brand:  brand,
		Author: f.author.Text, Template: f.template.Selected, Length: length,
		Theme: f.theme.Selected, UseLLM: f.engine.Selected == engineLLM,
		LLM: LLMSettings{Preset: f.preset.Selected, BaseURL: f.baseURL.Text, Model: f.model.Text},
	}
}
