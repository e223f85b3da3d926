package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// onAbout shows the app's name, version and what it is for.
func (w *Window) onAbout() {
	meta := w.app.Metadata()
	version := w.deps.Version
	if version == "" {
		version = meta.Version
	}
	name := widget.NewLabelWithStyle("Briefsmith", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	ver := widget.NewLabelWithStyle(fmt.Sprintf("Version %s", version), fyne.TextAlignCenter, fyne.TextStyle{})
	what := widget.NewLabelWithStyle("Composes briefing documents from news articles.", fyne.TextAlignCenter, fyne.TextStyle{})
	objs := []fyne.CanvasObject{name, ver, what}
	if icon := w.app.Icon(); icon != nil {
		img := widget.NewIcon(icon)
		objs = append([]fyne.CanvasObject{container.NewCenter(container.NewGridWrap(fyne.NewSize(64, 64), img))}, objs...)
	}
	dialog.ShowCustom("About Briefsmith", "Close", container.NewVBox(objs...), w.win)
}

// onShowShortcuts lists every keyboard shortcut.
func (w *Window) onShowShortcuts() {
	form := widget.NewForm()
	for _, c := range w.commands() {
		if c.keys != "" {
			form.Append(c.keys, widget.NewLabel(c.label))
		}
	}
	note := caption("Ctrl+Z and Ctrl+V act on items when no text field has focus.")
	dialog.ShowCustom("Keyboard shortcuts", "Close", container.NewVBox(form, note), w.win)
}
