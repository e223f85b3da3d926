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
	version := w.deps.Version
	if version == "" {
		version = w.app.Metadata().Version
	}
	showAbout(w.win, version, w.app.Icon())
}

// onShowShortcuts lists every keyboard shortcut.
func (w *Window) onShowShortcuts() { showShortcuts(w.win, w.commands()) }

// showAbout shows the About box over parent; icon may be nil.
func showAbout(parent fyne.Window, version string, icon fyne.Resource) {
	name := widget.NewLabelWithStyle("Briefsmith", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	ver := widget.NewLabelWithStyle(fmt.Sprintf("Version %s", version), fyne.TextAlignCenter, fyne.TextStyle{})
	what := widget.NewLabelWithStyle("Composes briefing documents from news articles.", fyne.TextAlignCenter, fyne.TextStyle{})
	objs := []fyne.CanvasObject{name, ver, what}
	if icon != nil {
		img := widget.NewIcon(icon)
		objs = append([]fyne.CanvasObject{container.NewCenter(container.NewGridWrap(fyne.NewSize(64, 64), img))}, objs...)
	}
	dialog.ShowCustom("About Briefsmith", "Close", container.NewVBox(objs...), parent)
}

// showShortcuts lists the keyboard shortcuts of cmds over parent.
func showShortcuts(parent fyne.Window, cmds []command) {
	form := widget.NewForm()
	for _, c := range cmds {
		if c.keys != "" {
			form.Append(c.keys, widget.NewLabel(c.label))
		}
	}
	note := caption("Ctrl+Z and Ctrl+V act on items when no text field has focus.")
	dialog.ShowCustom("Keyboard shortcuts", "Close", container.NewVBox(form, note), parent)
}
