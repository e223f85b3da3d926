package app

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// exportForm is the export dialog: template, format and target file, all
// remembered in the brief.
type exportForm struct {
	w        *Window
	template *widget.Select
	format   *widget.Select
	path     *widget.Entry
}

// onExport shows the export dialog.
func (w *Window) onExport() {
	if w.doc == nil || w.doc.Len() == 0 || w.busy || w.deps.Exporter == nil {
		return
	}
	f := w.newExportForm()
	items := []*widget.FormItem{
		widget.NewFormItem("Template", f.template),
		widget.NewFormItem("Format", f.format),
		widget.NewFormItem("File", container.NewBorder(nil, nil, nil, widget.NewButton("Choose…", f.onChoose), f.path)),
	}
	if n := w.doc.FlagCount(); n > 0 {
		warn := caption(fmt.Sprintf("%d claims could not be found in their articles; they are marked in the editor.", n))
		warn.Importance = widget.WarningImportance
		items = append(items, widget.NewFormItem("", warn))
	}
	d := dialog.NewForm("Export brief", "Export", "Cancel", items, func(ok bool) {
		if ok {
			w.exportTo(f.path.Text, f.template.Selected)
		}
	}, w.win)
	d.Resize(fyne.NewSize(620, 0))
	d.Show()
}

func (w *Window) newExportForm() *exportForm {
	ex := w.deps.Exporter
	f := &exportForm{w: w, path: widget.NewEntry()}
	f.template = widget.NewSelect(ex.Templates(), nil)
	f.template.SetSelected(firstNonEmpty(w.doc.Brief.Template, w.settings.Template, first(ex.Templates())))
	f.path.SetText(w.defaultExportPath())
	f.format = widget.NewSelect(ex.Formats(), f.onFormat)
	f.format.SetSelected(strings.ToLower(filepath.Ext(f.path.Text)))
	return f
}

// onFormat changes the target file's extension to the chosen format.
func (f *exportForm) onFormat(ext string) {
	p := f.path.Text
	f.path.SetText(strings.TrimSuffix(p, filepath.Ext(p)) + ext)
}

func (f *exportForm) onChoose() {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil || wc == nil {
			return
		}
		wc.Close()
		f.path.SetText(withExt(wc.URI().Path(), f.format.Selected))
	}, f.w.win)
	d.SetFileName(filepath.Base(f.path.Text))
	if l, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(f.path.Text))); err == nil {
		d.SetLocation(l)
	}
	d.Show()
}

// defaultExportPath is the brief's last export target, else a PDF next to
// the brief file, else in the last-used folder or the home folder.
func (w *Window) defaultExportPath() string {
	b := w.doc.Brief
	if b.ExportPath != "" {
		return b.ExportPath
	}
	dir := w.app.Preferences().String(prefLastDir)
	if w.doc.Path != "" {
		dir = filepath.Dir(w.doc.Path)
	}
	if dir == "" {
		dir, _ = os.UserHomeDir()
	}
	return filepath.Join(dir, fileNameFor(b, ".pdf"))
}

// exportTo renders the brief to path off the UI goroutine; the template
// and path are remembered in the brief.
func (w *Window) exportTo(path, template string) {
	path = strings.TrimSpace(path)
	if path == "" || w.busy {
		return
	}
	snapshot := cloneBrief(w.doc.Brief)
	snapshot.Template, snapshot.ExportPath = template, path
	p, ctx := w.startProgress("Exporting", 1)
	p.say("Writing " + filepath.Base(path))
	w.trace("export: start")
	ex := w.deps.Exporter
	w.deps.Run.Background(func() {
		err := ex.Export(ctx, path, snapshot, template)
		w.deps.Run.UI(func() {
			p.finish()
			w.trace("export: done")
			w.exported(path, template, err)
		})
	})
}

func (w *Window) exported(path, template string, err error) {
	if err != nil {
		if errors.Is(err, context.Canceled) {
			w.status.SetText("Export cancelled.")
			return
		}
		w.showError("Could not export the brief", err)
		return
	}
	b := w.doc.Brief
	if b.ExportPath != path || b.Template != template {
		b.ExportPath, b.Template = path, template
		w.doc.changed(false)
	}
	w.status.SetText("Exported " + path)
	w.ask("Brief exported", "Saved as "+path,
		choice{label: "Close"},
		choice{label: "Show in folder", run: func() { w.openFile(filepath.Dir(path)) }},
		choice{label: "Open", important: true, run: func() { w.openFile(path) }})
}

// openFile opens a file or folder with the desktop's default application.
func (w *Window) openFile(path string) {
	u := &url.URL{Scheme: "file", Path: filepath.ToSlash(path)}
	if err := w.app.OpenURL(u); err != nil {
		w.showError("Could not open "+filepath.Base(path), err)
	}
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func first(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return ss[0]
}
