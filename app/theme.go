package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// briefTheme is Fyne's default theme with a calm ink-blue accent and,
// unless it follows the system, a fixed light or dark variant.
type briefTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
	follow  bool // use the system's variant
}

// applyTheme sets the app's theme for the choice ThemeSystem, ThemeLight or
// ThemeDark.
func applyTheme(a fyne.App, choice string) {
	t := &briefTheme{Theme: theme.DefaultTheme(), follow: choice != ThemeLight && choice != ThemeDark}
	if choice == ThemeDark {
		t.variant = theme.VariantDark
	} else {
		t.variant = theme.VariantLight
	}
	a.Settings().SetTheme(t)
}

// Color overrides the accent colours and, unless following the system, the
// variant.
func (t *briefTheme) Color(name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if !t.follow {
		v = t.variant
	}
	switch name {
	case theme.ColorNamePrimary, theme.ColorNameHyperlink:
		if v != theme.VariantLight {
			return color.NRGBA{R: 0x7c, G: 0xa8, B: 0xe0, A: 0xff}
		}
		return color.NRGBA{R: 0x1f, G: 0x4e, B: 0x8c, A: 0xff}
	case theme.ColorNameFocus:
		return color.NRGBA{R: 0x1f, G: 0x4e, B: 0x8c, A: 0x66}
	case theme.ColorNameSelection:
		return color.NRGBA{R: 0x1f, G: 0x4e, B: 0x8c, A: 0x33}
	case theme.ColorNameDisabled:
		// Low-importance labels (captions, outlets) use this colour too: darker
		// than Fyne's so they stay readable, lighter than text so disabled
		// buttons still look disabled.
		if v != theme.VariantLight {
			return color.NRGBA{R: 0x6c, G: 0x71, B: 0x78, A: 0xff}
		}
		return color.NRGBA{R: 0x8a, G: 0x90, B: 0x99, A: 0xff}
	case theme.ColorNameSuccess:
		if v != theme.VariantLight {
			return color.NRGBA{R: 0x66, G: 0xbb, B: 0x6a, A: 0xff}
		}
		return color.NRGBA{R: 0x2e, G: 0x7d, B: 0x32, A: 0xff}
	}
	return t.Theme.Color(name, v)
}
