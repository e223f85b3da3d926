package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// buildLLM makes the provider widgets; choosing a preset fills in its
// endpoint and model.
func (f *settingsForm) buildLLM(s LLMSettings) {
	f.baseURL.SetText(s.BaseURL)
	f.baseURL.SetPlaceHolder("https://api.openai.com/v1")
	f.model.SetText(s.Model)
	f.key = widget.NewPasswordEntry()
	f.key.SetPlaceHolder("Leave empty to keep the stored key")
	f.keyStatus = caption("The key goes to the system keyring, never to the settings file.")
	f.keyStatus.Wrapping = fyne.TextWrapWord
	var names []string
	if f.llm != nil {
		for _, p := range f.llm.Presets() {
			names = append(names, p.Name)
		}
	}
	f.preset = widget.NewSelect(names, nil)
	f.preset.SetSelected(s.Preset)
	f.preset.OnChanged = f.onPreset
}

func (f *settingsForm) onPreset(name string) {
	for _, p := range f.llm.Presets() {
		if p.Name != name {
			continue
		}
		f.baseURL.SetText(p.BaseURL)
		f.model.SetText(p.Model)
		if !p.NeedKey {
			f.keyStatus.SetText("This provider needs no API key.")
		}
	}
}
