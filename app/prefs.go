package app

import (
	"fyne.io/fyne/v2"

	"briefsmith/briefs"
)

// Theme choices for Settings.Theme.
const (
	ThemeSystem = "system"
	ThemeLight  = "light"
	ThemeDark   = "dark"
)

// Settings are the user's choices. All but LLM live in the Fyne
// preferences; the LLM settings go through Deps.LLM and the API key never
// appears here.
type Settings struct {
	Author   string        // default "Prepared by" of new briefs
	Template string        // default export template; "" means the first
	Length   briefs.Length // default summary length
	Theme    string        // ThemeSystem, ThemeLight or ThemeDark
	UseLLM   bool          // summarise with the LLM instead of offline
	LLM      LLMSettings
	// Brand is the firm's look on every export (Settings → Brand); a
	// brief's own brand is laid over it.
	Brand briefs.Brand
}

// Preference keys.
const (
	prefAuthor   = "author"
	prefTemplate = "template"
	prefLength   = "length"
	prefTheme    = "theme"
	prefUseLLM   = "use_llm"
	prefRecent   = "recent_briefs"
	prefLastDir  = "last_folder"

	prefBrandName       = "brand_name"
	prefBrandColor      = "brand_color"
	prefBrandLogo       = "brand_logo"
	prefBrandBanner     = "brand_banner"
	prefBrandDisclaimer = "brand_disclaimer"
)

// loadSettings reads the settings kept in p.
func loadSettings(p fyne.Preferences) Settings {
	length, _ := briefs.ParseLength(p.StringWithFallback(prefLength, briefs.LengthStandard.String()))
	return Settings{
		Author:   p.String(prefAuthor),
		Template: p.String(prefTemplate),
		Length:   length,
		Theme:    p.StringWithFallback(prefTheme, ThemeSystem),
		UseLLM:   p.Bool(prefUseLLM),
		Brand: briefs.Brand{
			Name: p.String(prefBrandName), Color: p.String(prefBrandColor), Logo: p.String(prefBrandLogo),
			Banner: p.String(prefBrandBanner), Disclaimer: p.String(prefBrandDisclaimer),
		},
	}
}

// saveSettings writes the preference part of s to p.
func saveSettings(p fyne.Preferences, s Settings) {
	p.SetString(prefAuthor, s.Author)
	p.SetString(prefTemplate, s.Template)
	p.SetString(prefLength, s.Length.String())
	p.SetString(prefTheme, s.Theme)
	p.SetBool(prefUseLLM, s.UseLLM)
	p.SetString(prefBrandName, s.Brand.Name)
	p.SetString(prefBrandColor, s.Brand.Color)
	p.SetString(prefBrandLogo, s.Brand.Logo)
	p.SetString(prefBrandBanner, s.Brand.Banner)
	p.SetString(prefBrandDisclaimer, s.Brand.Disclaimer)
}

// maxRecent is how many recent briefs the start screen lists.
const maxRecent = 8

// addRecent puts path at the top of the recent-briefs list in p.
func addRecent(p fyne.Preferences, path string) {
	list := []string{path}
	for _, old := range p.StringList(prefRecent) {
		if old != path && len(list) < maxRecent {
			list = append(list, old)
		}
	}
	p.SetStringList(prefRecent, list)
}
