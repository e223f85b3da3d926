package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"briefsmith/briefs"
)

// briefBrandDialog edits the open brief's own brand (one client per
// brief), which is laid over the brand in Settings on every export.
type briefBrandDialog struct {
	editor   *brandEditor
	useSaved *widget.Button
	save     *widget.Button
	dlg      *dialog.CustomDialog
}

// onBriefBrand shows the brief's brand dialog.
func (w *Window) onBriefBrand() {
	if w.doc == nil {
		return
	}
	doc := w.doc
	var b briefs.Brand
	if doc.Brief.Brand != nil {
		b = *doc.Brief.Brand
	}
	w.lastBrand = showBriefBrand(w.dlgs, b, doc.Brief.Title, w.lastFolder(), func(nb briefs.Brand) { doc.SetBrand(nb) })
}

// showBriefBrand shows the dialog filled with b; onSave gets the new brand
// (zero for "use the settings' brand").
func showBriefBrand(d *dialogs, b briefs.Brand, title, folder string, onSave func(briefs.Brand)) *briefBrandDialog {
	p := &briefBrandDialog{editor: newBrandEditor(d, b, title, folder)}
	note := wrapped("This brief's own brand, for the client it is prepared for. Each field set here replaces the one in Settings → Brand when this brief is exported.")
	p.dlg = dialog.NewCustomWithoutButtons("Brand for this brief", container.NewBorder(note, nil, nil, nil, p.editor.box), d.parent)
	p.useSaved = widget.NewButton("Use the Settings brand", func() {
		p.dlg.Hide()
		onSave(briefs.Brand{})
	})
	p.save = widget.NewButton("Save", func() {
		nb, err := p.editor.brand()
		if err != nil {
			d.showError("The brand was not changed", err)
			return
		}
		p.dlg.Hide()
		onSave(nb)
	})
	p.save.Importance = widget.HighImportance
	p.dlg.SetButtons([]fyne.CanvasObject{widget.NewButton("Cancel", p.dlg.Hide), p.useSaved, p.save})
	p.dlg.Resize(fyne.NewSize(820, 0))
	p.dlg.Show()
	return p
}
