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
	templates []string     // template names, the default first
	formats   []string     // file extensions with the dot
	template  string       // the template selected at first
	path      string       // the target file at first
	review    exportReview // drafts, flags and empty sections to show first
}

// exportRequest is what the user chose in the export dialog.
type exportRequest struct {
	path         string // target file ("" for Copy as text)
	template     string
	approvedOnly bool
}

// exportActions are what the export dialog hands its choice to.
type exportActions struct {
	onExport func(exportRequest) // write the file
	onCopy   func(exportRequest) // put the plain text on the clipboard
}

// exportForm is the export dialog: what to review before sending, then
// template, format and target file, "approved items only", and "Copy as
// text". It touches no file: onExport receives the choice, and "Choose…"
// only picks a path (see savePicker).
type exportForm struct {
	dlgs     *dialogs
	act      exportActions
	template *widget.Select
	format   *widget.Select
	path     *widget.Entry
	choose   *widget.Button
	approved *widget.Check
	copyText *widget.Button
	export   *widget.Button
	dlg      *dialog.CustomDialog
	exts     map[string]string // format label → extension
}

// formatLabel names a format the way the dialog lists it.
func formatLabel(ext string) string {
	names := map[string]string{
		".pdf": "PDF", ".docx": "Word", ".html": "E-mail HTML", ".txt": "Plain text",
		".md": "Markdown", ".brief": "Briefsmith brief", ".json": "JSON",
	}
	if n, ok := names[ext]; ok {
		return n + " (" + ext + ")"
	}
	return ext
}

// showExportForm shows the export dialog over d's window with c filled in.
func showExportForm(d *dialogs, c exportChoices, act exportActions) *exportForm {
	f := &exportForm{dlgs: d, act: act, path: widget.NewEntry(), exts: map[string]string{}}
	f.template = widget.NewSelect(c.templates, nil)
	f.template.SetSelected(c.template)
	f.path.SetText(c.path)
	var labels []string
	for _, ext := range c.formats {
		labels = append(labels, formatLabel(ext))
		f.exts[formatLabel(ext)] = ext
	}
	f.format = widget.NewSelect(labels, f.onFormat)
	f.format.SetSelected(formatLabel(strings.ToLower(filepath.Ext(f.path.Text))))
	f.choose = widget.NewButton("Choose…", f.onChoose)
	f.approved = widget.NewCheck(fmt.Sprintf("Approved items only (%d of %d)", c.review.approved, c.review.total), nil)
	setEnabled(f.approved, c.review.approved > 0)
	form := widget.NewForm(
		widget.NewFormItem("Template", f.template),
		widget.NewFormItem("Format", f.format),
		widget.NewFormItem("File", container.NewBorder(nil, nil, nil, f.choose, f.path)),
		widget.NewFormItem("", f.approved),
	)
	body := container.NewVBox(reviewBox(c.review), form)
	f.dlg = dialog.NewCustomWithoutButtons("Export brief", body, d.parent)
	f.copyText = widget.NewButton("Copy as text", f.onCopy)
	f.export = widget.NewButton("Export", f.onExport)
	f.export.Importance = widget.HighImportance
	f.dlg.SetButtons([]fyne.CanvasObject{widget.NewButton("Cancel", f.dlg.Hide), f.copyText, f.export})
	f.dlg.Resize(fyne.NewSize(660, 0))
	f.dlg.Show()
	return f
}

// reviewBox lists what to check before sending, or says all is ready.
func reviewBox(r exportReview) fyne.CanvasObject {
	head := widget.NewLabelWithStyle("Before you send", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	if r.clean() {
		return container.NewVBox(head, wrapped("Every item is approved, nothing is flagged and no section is empty."))
	}
	box := container.NewVBox(head)
	for _, line := range r.lines() {
		l := wrapped(line)
		l.Importance = widget.WarningImportance
		box.Add(l)
	}
	return box
}

func (f *exportForm) request(path string) exportRequest {
	return exportRequest{path: path, template: f.template.Selected, approvedOnly: f.approved.Checked}
}

func (f *exportForm) onExport() {
	f.dlg.Hide()
	f.act.onExport(f.request(f.path.Text))
}

func (f *exportForm) onCopy() {
	f.dlg.Hide()
	f.act.onCopy(f.request(""))
}

// onFormat changes the target file's extension to the chosen format.
func (f *exportForm) onFormat(label string) {
	p := f.path.Text
	f.path.SetText(strings.TrimSuffix(p, filepath.Ext(p)) + f.exts[label])
}

// onChoose picks the target file without creating it.
func (f *exportForm) onChoose() {
	p, _ := expandHome(strings.TrimSpace(f.path.Text))
	req := saveRequest{title: "Export to", folder: filepath.Dir(p), name: filepath.Base(p), ext: f.exts[f.format.Selected]}
	chooseSavePath(f.dlgs, req, func(path string) { f.path.SetText(path) })
}
