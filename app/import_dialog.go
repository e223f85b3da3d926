package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// importActions are what the import dialog hands its choice to.
type importActions struct {
	onImport     func([]importJob) // import what was pasted or typed
	onChooseFile func()            // pick a file instead
}

// importDialog is the import dialog: a box for links, file paths or the
// text of an article, and a button to pick a file instead.
type importDialog struct {
	act   importActions
	input *widget.Entry
	files *widget.Button
	dlg   *dialog.ConfirmDialog
}

// showImportDialog shows the import dialog over d's window.
func showImportDialog(d *dialogs, act importActions) *importDialog {
	p := &importDialog{act: act, input: widget.NewMultiLineEntry()}
	p.input.SetPlaceHolder("Paste links or file paths (one per line), or the text of an article")
	p.input.SetMinRowsVisible(6)
	p.input.Wrapping = fyne.TextWrapWord
	p.files = widget.NewButton("Choose a file…", p.onFiles)
	hint := caption("Tip: drop files on the window, or press Ctrl+V outside a text field to paste.")
	p.dlg = dialog.NewCustomConfirm("Import articles", "Import", "Cancel",
		container.NewVBox(p.input, container.NewBorder(nil, nil, p.files, nil), hint), p.onClosed, d.parent)
	p.dlg.Resize(fyne.NewSize(620, 0))
	p.dlg.Show()
	d.parent.Canvas().Focus(p.input)
	return p
}

func (p *importDialog) onFiles() {
	p.dlg.Hide()
	p.act.onChooseFile()
}

func (p *importDialog) onClosed(ok bool) {
	if ok {
		p.act.onImport(parseImportInput(p.input.Text))
	}
}

// chooseImportFile picks one file, starting in folder and listing the
// types given (every file when types is nil), and hands it to onImport; a
// failure of the file dialog is shown.
func chooseImportFile(d *dialogs, folder string, types []string, onImport func([]importJob)) *dialog.FileDialog {
	fd := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			d.showError("Could not choose the file", err)
			return
		}
		if r == nil {
			return // cancelled
		}
		if err := r.Close(); err != nil {
			d.log.Warn("closing the file chosen to import", "file", r.URI().Path(), "err", err)
		}
		onImport([]importJob{{source: r.URI().Path(), label: r.URI().Name()}})
	}, d.parent)
	if f := importFilter(types); f != nil {
		fd.SetFilter(f)
	}
	setDialogFolder(fd, folder)
	fd.Show()
	return fd
}

// importFilter is the file dialog's filter for the types that import; nil
// (every file) when types is empty.
func importFilter(types []string) storage.FileFilter {
	if len(types) == 0 {
		return nil
	}
	return storage.NewExtensionFileFilter(types)
}
