package app

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// exportChoices are what the export dialog offers and starts with.
type exportChoices struct {
	templates []string // template names, the default first
	formats   []string // file extensions with the dot
	template  string   // the template selected at first
	path      string   // the target file at first
	flags     int      // fact-check flags in the brief, warned about
}

// exportForm is the export dialog: template, format and target file. It
// touches no file: onExport receives the choice, and "Choose…" only picks a
// path (see savePicker).
type exportForm struct {
	dlgs     *dialogs
	template *widget.Select
	format   *widget.Select
	path     *widget.Entry
	choose   *widget.Button
	onExport func(path, template string)
}

// showExportForm shows the export dialog over d's window with c filled in.
func showExportForm(d *dialogs, c exportChoices, onExport func(path, template string)) *exportForm {
	f := &exportForm{dlgs: d, path: widget.NewEntry(), onExport: onExport}
	f.template = widget.NewSelect(c.templates, nil)
	f.template.SetSelected(c.template)
	f.path.SetText(c.path)
	f.format = widget.NewSelect(c.formats, f.onFormat)
	f.format.SetSelected(strings.ToLower(filepath.Ext(f.path.Text)))
	f.choose = widget.NewButton("Choose…", f.onChoose)
	items := []*widget.FormItem{
		widget.NewFormItem("Template", f.template),
		widget.NewFormItem("Format", f.format),
		widget.NewFormItem("File", container.NewBorder(nil, nil, nil, f.choose, f.path)),
	}
	if c.flags > 0 {
		warn := caption(fmt.Sprintf("%d claims could not be found in their articles; they are marked in the editor.", c.flags))
		warn.Importance = widget.WarningImportance
		items = append(items, widget.NewFormItem("", warn))
	}
	dlg := dialog.NewForm("Export brief", "Export", "Cancel", items, f.onClosed, d.parent)
	dlg.Resize(fyne.NewSize(620, 0))
	dlg.Show()
	return f
}

func (f *exportForm) onClosed(ok bool) {
	if ok {
		f.onExport(f.path.Text, f.template.Selected)
	}
}

// onFormat changes the target file's extension to the chosen format.
func (f *exportForm) onFormat(ext string) {
	p := f.path.Text
	f.path.SetText(strings.TrimSuffix(p, filepath.Ext(p)) + ext)
}

// onChoose picks the target file without creating it.
func (f *exportForm) onChoose() {
	p, _ := expandHome(strings.TrimSpace(f.path.Text))
	req := saveRequest{title: "Export to", folder: filepath.Dir(p), name: filepath.Base(p), ext: f.format.Selected}
	chooseSavePath(f.dlgs, req, func(path string) { f.path.SetText(path) })
}
