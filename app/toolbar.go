package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// toolbar is the row of labelled buttons at the top of the window.
type toolbar struct {
	w                              *Window
	newB, openB, saveB, importB    *widget.Button
	summariseB, exportB, settingsB *widget.Button
	box                            fyne.CanvasObject
}

func newToolbar(w *Window) *toolbar {
	t := &toolbar{w: w}
	t.newB = toolButton("New", theme.DocumentCreateIcon(), w.onNew)
	t.openB = toolButton("Open", theme.FolderOpenIcon(), w.onOpen)
	t.saveB = toolButton("Save", theme.DocumentSaveIcon(), w.onSave)
	t.importB = toolButton("Import", theme.ContentAddIcon(), w.onImport)
	t.summariseB = toolButton("Summarise", theme.MediaPlayIcon(), t.onSummarise)
	t.exportB = toolButton("Export", theme.UploadIcon(), w.onExport)
	t.settingsB = toolButton("Settings", theme.SettingsIcon(), w.onSettings)
	t.exportB.Importance = widget.HighImportance
	t.box = container.NewHBox(t.newB, t.openB, t.saveB, widget.NewSeparator(),
		t.importB, t.summariseB, t.exportB, layout.NewSpacer(), t.settingsB)
	return t
}

func toolButton(label string, icon fyne.Resource, tapped func()) *widget.Button {
	b := widget.NewButtonWithIcon(label, icon, tapped)
	b.Importance = widget.LowImportance
	return b
}

// onSummarise offers the two scopes in a small menu under the button.
func (t *toolbar) onSummarise() {
	selected := fyne.NewMenuItem("Selected item", t.w.onSummariseSelected)
	selected.Shortcut = summariseKeys()
	all := fyne.NewMenuItem("All items", t.w.onSummariseAll)
	all.Shortcut = summariseAllKeys()
	menu := fyne.NewMenu("", selected, all)
	c := t.w.app.Driver().CanvasForObject(t.summariseB)
	pos := t.w.app.Driver().AbsolutePositionForObject(t.summariseB)
	widget.ShowPopUpMenuAtPosition(menu, c, pos.AddXY(0, t.summariseB.Size().Height))
}

// refresh enables the buttons that make sense for the current state.
func (t *toolbar) refresh() {
	open := t.w.doc != nil
	hasItems := open && t.w.doc.Len() > 0
	setEnabled(t.saveB, open && !t.w.busy)
	setEnabled(t.importB, open && !t.w.busy)
	setEnabled(t.summariseB, hasItems && !t.w.busy)
	setEnabled(t.exportB, hasItems && !t.w.busy)
}
