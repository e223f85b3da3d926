package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// choice is one button of a question dialog.
type choice struct {
	label     string
	important bool // drawn as the main button
	run       func()
}

// ask shows a question with one button per choice; every button closes the
// dialog and then runs its choice.
func (w *Window) ask(title, message string, choices ...choice) *dialog.CustomDialog {
	text := widget.NewLabel(message)
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons(title, text, w.win)
	buttons := make([]fyne.CanvasObject, len(choices))
	for i, c := range choices {
		b := widget.NewButton(c.label, func() {
			d.Hide()
			if c.run != nil {
				c.run()
			}
		})
		if c.important {
			b.Importance = widget.HighImportance
		}
		buttons[i] = b
	}
	d.SetButtons(buttons)
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
	return d
}

// showError tells the user what went wrong in plain words.
func (w *Window) showError(title string, err error) {
	w.ask(title, err.Error(), choice{label: "OK", important: true})
}
