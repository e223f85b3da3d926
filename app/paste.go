package app

import (
	"time"

	"fyne.io/fyne/v2"
)

// onPaste turns Ctrl+V outside a text field into new items: links are
// fetched, other text becomes an article.
func (w *Window) onPaste(s fyne.Shortcut) {
	if p, ok := s.(*fyne.ShortcutPaste); ok && p.Clipboard != nil {
		w.pasteText(p.Clipboard.Content())
		return
	}
	w.onPasteClipboard()
}

// onPasteClipboard imports whatever text the clipboard holds.
func (w *Window) onPasteClipboard() {
	w.pasteText(w.app.Clipboard().Content())
}

func (w *Window) pasteText(text string) {
	jobs := parseImportInput(text)
	if len(jobs) == 0 {
		w.status.SetText("The clipboard holds no text to import.")
		return
	}
	if w.doc == nil {
		w.setDocument(NewDocument(newBrief(w.settings, w.now()), ""))
	}
	w.importJobs(jobs)
}

// now is the window's clock.
func (w *Window) now() time.Time {
	if w.deps.Now != nil {
		return w.deps.Now()
	}
	return time.Now()
}
