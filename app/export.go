package app

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"briefsmith/briefs"
)

// onExport shows the export dialog.
func (w *Window) onExport() {
	if w.doc == nil || w.doc.Len() == 0 || w.busy || w.deps.Exporter == nil {
		return
	}
	ex := w.deps.Exporter
	w.lastExport = showExportForm(w.dlgs, exportChoices{
		templates: ex.Templates(),
		formats:   ex.Formats(),
		template:  firstNonEmpty(w.doc.Brief.Template, w.settings.Template, first(ex.Templates())),
		path:      w.defaultExportPath(),
		review:    reviewOf(w.doc),
	}, exportActions{onExport: w.exportTo, onCopy: w.copyAsText})
}

// exportSnapshot is the copy of the open brief an export renders: with the
// template and target remembered, and only the approved items if asked.
func (w *Window) exportSnapshot(r exportRequest) (*briefs.Brief, error) {
	b := w.doc.Brief
	if r.approvedOnly {
		b = approvedOnly(b)
		if len(b.Items) == 0 {
			return nil, errors.New("no item is approved yet: approve items in the editor, or untick \"Approved items only\"")
		}
	}
	snapshot := b.Clone()
	snapshot.Template = r.template
	if r.path != "" {
		snapshot.ExportPath = r.path
	}
	return snapshot, nil
}

// exportOptions are the template chosen and the brand from the settings.
func (w *Window) exportOptions(template string) ExportOptions {
	o := ExportOptions{Template: template}
	if !w.settings.Brand.IsZero() {
		brand := w.settings.Brand
		o.Brand = &brand
	}
	return o
}

// copyAsText puts the brief's plain-text rendering on the clipboard, for
// pasting into an e-mail.
func (w *Window) copyAsText(r exportRequest) {
	if w.busy || w.doc == nil {
		return
	}
	snapshot, err := w.exportSnapshot(r)
	if err != nil {
		w.dlgs.showError("Could not copy the brief", err)
		return
	}
	ex, o := w.deps.Exporter, w.exportOptions(r.template)
	w.deps.Run.Background(func() {
		text, err := ex.Text(context.Background(), snapshot, o)
		w.deps.Run.UI(func() {
			if err != nil {
				w.dlgs.showError("Could not copy the brief", err)
				return
			}
			w.app.Clipboard().SetContent(text)
			w.status.SetText(fmt.Sprintf("Copied the brief as text (%d items) — paste it into your e-mail.", len(snapshot.Items)))
		})
	})
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

// exportTo renders the brief to r.path off the UI goroutine; the template
// and path are remembered in the brief. A path may start with ~.
func (w *Window) exportTo(r exportRequest) {
	path, err := expandHome(strings.TrimSpace(r.path))
	if err != nil {
		w.dlgs.showError("Could not export the brief", err)
		return
	}
	if path == "" || w.busy || w.doc == nil {
		return
	}
	r.path = path
	doc := w.doc
	snapshot, err := w.exportSnapshot(r)
	if err != nil {
		w.dlgs.showError("Could not export the brief", err)
		return
	}
	p, ctx := w.startProgress("Exporting", 1)
	p.say("Writing " + filepath.Base(path))
	w.trace("export: start")
	ex, o := w.deps.Exporter, w.exportOptions(r.template)
	w.deps.Run.Background(func() {
		err := ex.Export(ctx, path, snapshot, o)
		w.deps.Run.UI(func() {
			p.finish()
			w.trace("export: done")
			w.exported(doc, path, r.template, err)
		})
	})
}

// exported reports the end of an export of doc and remembers its target
// in doc (which may no longer be the open brief).
func (w *Window) exported(doc *Document, path, template string, err error) {
	if err != nil {
		if errors.Is(err, context.Canceled) {
			w.status.SetText("Export cancelled.")
			return
		}
		w.dlgs.showError("Could not export the brief", err)
		return
	}
	doc.SetExportTarget(path, template)
	w.status.SetText("Exported " + path)
	w.dlgs.ask("Brief exported", "Saved as "+path,
		choice{label: "Close"},
		choice{label: "Show in folder", run: func() { w.openFile(filepath.Dir(path)) }},
		choice{label: "Open", important: true, run: func() { w.openFile(path) }})
}

// openFile opens a file or folder with the desktop's default application.
func (w *Window) openFile(path string) {
	u := &url.URL{Scheme: "file", Path: filepath.ToSlash(path)}
	if err := w.app.OpenURL(u); err != nil {
		w.dlgs.showError("Could not open "+filepath.Base(path), err)
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
