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

// showStart shows the start screen: New brief, Open, and recent briefs.
func (w *Window) showStart() {
	w.doc = nil
	w.root.Objects = []fyne.CanvasObject{w.startScreen()}
	w.root.Refresh()
	w.refreshChrome()
	w.status.SetText("Create a brief or open one to begin.")
}

func (w *Window) startScreen() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("Briefsmith", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	sub := widget.NewLabelWithStyle("Turn the morning's news into a brief: What Happened, Why It Matters, What's Next.",
		fyne.TextAlignCenter, fyne.TextStyle{})
	sub.Importance = widget.LowImportance
	newB := widget.NewButtonWithIcon("New brief", theme.DocumentCreateIcon(), w.onNew)
	newB.Importance = widget.HighImportance
	openB := widget.NewButtonWithIcon("Open…", theme.FolderOpenIcon(), w.onOpen)
	actions := container.NewCenter(container.NewHBox(newB, openB))
	body := container.NewVBox(title, sub, actions, widget.NewSeparator(), w.recentList())
	return container.NewCenter(container.NewGridWrap(fyne.NewSize(560, 420), body))
}

// recentList lists the recent briefs that still exist, newest first.
func (w *Window) recentList() fyne.CanvasObject {
	box := container.NewVBox(caption("Recent briefs"))
	n := 0
	for _, path := range w.app.Preferences().StringList(prefRecent) {
		if _, err := os.Stat(path); err != nil {
			continue
		}
		b := widget.NewButtonWithIcon(filepath.Base(path), theme.FileIcon(), func() { w.openPath(path) })
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
