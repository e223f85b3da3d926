package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// importReport is the dialog listing what a batch import could not read,
// each with its reason, and the notices that stopped nothing. A page
// behind a wall (cookie notice, paywall, login, too little text) gets a
// "Paste text instead" button that opens the paste box for that source.
type importReport struct {
	dlg   *dialog.CustomDialog
	paste map[string]*widget.Button // "Paste text instead" by source
}

// showImportReport shows the report of out over the window and logs it.
func (w *Window) showImportReport(out importOutcome) *importReport {
	w.dlgs.log.Error("import report", "detail", failureReport(len(out.arts), out.failed), "notices", strings.Join(out.notices, "; "))
	r := &importReport{paste: map[string]*widget.Button{}}
	rows := []fyne.CanvasObject{wrapped(fmt.Sprintf("%d imported, %d could not be imported.", len(out.arts), len(out.failed)))}
	for _, f := range out.failed {
		rows = append(rows, r.failureRow(f, w.isWall(f.err), w.pasteInstead))
	}
	for _, n := range out.notices {
		rows = append(rows, caption(n))
	}
	title := "Import finished"
	if len(out.failed) > 0 {
		title = "Some imports failed"
	}
	r.dlg = dialog.NewCustom(title, "OK", container.NewVScroll(container.NewVBox(rows...)), w.win)
	r.dlg.Resize(fyne.NewSize(640, min(float32(160+90*len(rows)), 560)))
	r.dlg.Show()
	w.lastReport = r
	return r
}

// failureRow is one failure: what, why, and for a wall the paste button.
func (r *importReport) failureRow(f importFailure, wall bool, paste func(label, source string)) fyne.CanvasObject {
	name := widget.NewLabelWithStyle(f.label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Truncation = fyne.TextTruncateEllipsis
	reason := wrapped(f.err.Error())
	if !wall || f.source == "" {
		return container.NewVBox(name, reason)
	}
	reason.Importance = widget.WarningImportance
	b := widget.NewButton("Paste text instead", func() {
		r.dlg.Hide()
		paste(f.label, f.source)
	})
	r.paste[f.source] = b
	return container.NewVBox(name, reason, container.NewHBox(b))
}

func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// isWall reports whether err says a page showed a wall instead of the
// article (Deps.IsWall decides; without it nothing is a wall).
func (w *Window) isWall(err error) bool {
	return w.deps.IsWall != nil && w.deps.IsWall(err)
}

// pasteInstead opens the paste box for a source that could not be read:
// the text pasted there is imported as that source's article.
func (w *Window) pasteInstead(label, source string) {
	showPasteDialog(w.dlgs, label, func(text string) {
		job := importJob{label: label, text: text}
		if isLink(source) {
			job.url = source
		}
		w.importJobs([]importJob{job})
	})
}

// showPasteDialog asks for the text of one article named label.
func showPasteDialog(d *dialogs, label string, onImport func(text string)) *widget.Entry {
	in := widget.NewMultiLineEntry()
	in.SetPlaceHolder("Paste the article's text here")
	in.SetMinRowsVisible(10)
	in.Wrapping = fyne.TextWrapWord
	body := container.NewBorder(wrapped("Open "+label+" in your browser, copy the article and paste it here."), nil, nil, nil, in)
	dlg := dialog.NewCustomConfirm("Paste the text of the article", "Import", "Cancel", body, func(ok bool) {
		if ok && strings.TrimSpace(in.Text) != "" {
			onImport(in.Text)
		}
	}, d.parent)
	dlg.Resize(fyne.NewSize(640, 420))
	dlg.Show()
	d.parent.Canvas().Focus(in)
	return in
}
