package app

import (
	"context"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// onExport shows the export dialog.
func (w *Window) onExport() {
	if w.doc == nil || w.doc.Len() == 0 || w.busy || w.deps.Exporter == nil {
		return
	}
	ex := w.deps.Exporter
	showExportForm(w.dlgs, exportChoices{
		templates: ex.Templates(),
		formats:   ex.Formats(),
		template:  firstNonEmpty(w.doc.Brief.Template, w.settings.Template, first(ex.Templates())),
		path:      w.defaultExportPath(),
		flags:     w.doc.FlagCount(),
	}, w.exportTo)
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
// and path are remembered in the brief. A path may start with ~.
func (w *Window) exportTo(path, template string) {
	path, err := expandHome(strings.TrimSpace(path))
	if err != nil {
		w.dlgs.showError("Could not export the brief", err)
		return
	}
	if path == "" || w.busy || w.doc == nil {
		return
	}
	doc := w.doc
	snapshot := doc.Brief.Clone()
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
			w.exported(doc, path, template, err)
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
