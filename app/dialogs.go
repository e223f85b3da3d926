package app

import (
	"log/slog"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// dialogs shows questions and errors over one window. Every error it shows
// is also logged with its detail, so a user's report can be matched with
// the log; it is the one place the app reports errors.
type dialogs struct {
	parent fyne.Window
	log    *slog.Logger
}

// newDialogs shows dialogs over parent and logs to standard error.
func newDialogs(parent fyne.Window) *dialogs {
	return &dialogs{parent: parent, log: slog.New(slog.NewTextHandler(os.Stderr, nil))}
}

// choice is one button of a question dialog.
type choice struct {
	label     string
	important bool // drawn as the main button
	run       func()
}

// ask shows a question with one button per choice; every button closes the
// dialog and then runs its choice.
func (d *dialogs) ask(title, message string, choices ...choice) *dialog.CustomDialog {
	text := widget.NewLabel(message)
	text.Wrapping = fyne.TextWrapWord
	dlg := dialog.NewCustomWithoutButtons(title, text, d.parent)
	buttons := make([]fyne.CanvasObject, len(choices))
	for i, c := range choices {
		b := widget.NewButton(c.label, func() {
			dlg.Hide()
			if c.run != nil {
				c.run()
			}
		})
		if c.important {
			b.Importance = widget.HighImportance
		}
		buttons[i] = b
	}
	dlg.SetButtons(buttons)
	dlg.Resize(fyne.NewSize(460, 0))
	dlg.Show()
	return dlg
}

// showError tells the user what went wrong in plain words and logs it.
func (d *dialogs) showError(title string, err error) { d.showErrorThen(title, err, nil) }

// showErrorThen is showError that runs then (if set) once the user has
// read the message.
func (d *dialogs) showErrorThen(title string, err error, then func()) {
	d.log.Error(title, "err", err)
	d.ask(title, err.Error(), choice{label: "OK", important: true, run: then})
}

// showFailures lists what failed in a batch (imports, summaries) and logs
// the same list.
func (d *dialogs) showFailures(title, report string) {
	d.log.Error(title, "detail", report)
	d.ask(title, report, choice{label: "OK", important: true})
}
