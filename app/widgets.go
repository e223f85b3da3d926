package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// setTextQuiet sets an entry's text without calling its OnChanged, so that
// showing an item is not mistaken for editing it.
func setTextQuiet(e *widget.Entry, text string) {
	if e.Text == text {
		return
	}
	changed := e.OnChanged
	e.OnChanged = nil
	e.SetText(text)
	e.OnChanged = changed
}

// setVisible shows or hides obj.
func setVisible(obj fyne.CanvasObject, visible bool) {
	if visible && !obj.Visible() {
		obj.Show()
	} else if !visible && obj.Visible() {
		obj.Hide()
	}
}

// setEnabled enables or disables d.
func setEnabled(d fyne.Disableable, on bool) {
	if on && d.Disabled() {
		d.Enable()
	} else if !on && !d.Disabled() {
		d.Disable()
	}
}

// setLabel changes a label's text and importance, refreshing it only when
// something changed: list rows are refilled often and each refresh
// re-measures the text.
func setLabel(l *widget.Label, text string, imp widget.Importance) {
	if l.Text == text && l.Importance == imp {
		return
	}
	l.Text, l.Importance = text, imp
	l.Refresh()
}
