package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// toolbarActions are what the toolbar's buttons do.
type toolbarActions struct {
	onNew, onOpen, onSave, onImport, onExport, onSettings func()
	onSummariseSelected, onSummariseAll                   func()
}

// toolbarState is what the toolbar needs to know to enable its buttons.
type toolbarState struct {
	open     bool // a brief is open
	hasItems bool // and has items
	busy     bool // slow work is running
}

// toolbar is the row of labelled buttons at the top of the window.
type toolbar struct {
	win                            fyne.Window // whose canvas shows the Summarise menu
	act                            toolbarActions
	newB, openB, saveB, importB    *widget.Button
	summariseB, exportB, settingsB *widget.Button
	box                            fyne.CanvasObject
}

func newToolbar(win fyne.Window, act toolbarActions) *toolbar {
	t := &toolbar{win: win, act: act}
	t.newB = toolButton("New", theme.DocumentCreateIcon(), act.onNew)
	t.openB = toolButton("Open", theme.FolderOpenIcon(), act.onOpen)
	t.saveB = toolButton("Save", theme.DocumentSaveIcon(), act.onSave)
	t.importB = toolButton("Import", theme.ContentAddIcon(), act.onImport)
	t.summariseB = toolButton("Summarise", theme.MediaPlayIcon(), t.onSummarise)
	t.exportB = toolButton("Export", theme.UploadIcon(), act.onExport)
	t.settingsB = toolButton("Settings", theme.SettingsIcon(), act.onSettings)
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

// onSummarise offers the two scopes in a small menu under the button. The
// menu goes on the window's own canvas: asking the driver which canvas
// holds the button can answer nil (issue 11: a crash after a recent brief
// was opened) or another window's canvas.
func (t *toolbar) onSummarise() {
	selected := fyne.NewMenuItem("Selected item", t.act.onSummariseSelected)
	selected.Shortcut = summariseKeys()
	all := fyne.NewMenuItem("All items", t.act.onSummariseAll)
	all.Shortcut = summariseAllKeys()
	menu := fyne.NewMenu("", selected, all)
	below := fyne.NewPos(0, t.summariseB.Size().Height)
	widget.ShowPopUpMenuAtRelativePosition(menu, t.win.Canvas(), below, t.summariseB)
}

// refresh enables the buttons that make sense in state s.
func (t *toolbar) refresh(s toolbarState) {
	setEnabled(t.saveB, s.open && !s.busy)
	setEnabled(t.importB, s.open && !s.busy)
	setEnabled(t.summariseB, s.hasItems && !s.busy)
	setEnabled(t.exportB, s.hasItems && !s.busy)
}
