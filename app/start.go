package app

import (
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// startActions are what the start screen's buttons do.
type startActions struct {
	onNew, onOpen func()
	onOpenPath    func(path string) // open a recent brief
}

// newStartScreen is the screen shown while no brief is open: New brief,
// Open, and the recent briefs kept in prefs.
func newStartScreen(prefs fyne.Preferences, act startActions) fyne.CanvasObject {
	title := widget.NewLabelWithStyle("Briefsmith", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	sub := widget.NewLabelWithStyle("Turn the morning's news into a brief: What Happened, Why It Matters, What's Next.",
		fyne.TextAlignCenter, fyne.TextStyle{})
	sub.Importance = widget.LowImportance
	newB := widget.NewButtonWithIcon("New brief", theme.DocumentCreateIcon(), act.onNew)
	newB.Importance = widget.HighImportance
	openB := widget.NewButtonWithIcon("Open…", theme.FolderOpenIcon(), act.onOpen)
	actions := container.NewCenter(container.NewHBox(newB, openB))
	body := container.NewVBox(title, sub, actions, widget.NewSeparator(), recentList(prefs, act.onOpenPath))
	return container.NewCenter(container.NewGridWrap(fyne.NewSize(560, 420), body))
}

// recentList lists the recent briefs that still exist, newest first.
func recentList(prefs fyne.Preferences, open func(path string)) fyne.CanvasObject {
	box := container.NewVBox(caption("Recent briefs"))
	n := 0
	for _, path := range prefs.StringList(prefRecent) {
		if _, err := os.Stat(path); err != nil {
			continue
		}
		b := widget.NewButtonWithIcon(filepath.Base(path), theme.FileIcon(), func() { open(path) })
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		box.Add(b)
		n++
	}
	if n == 0 {
		box.Add(widget.NewLabel("No recent briefs yet."))
	}
	box.Add(layout.NewSpacer())
	return box
}
