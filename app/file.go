package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"briefsmith/briefs"
)

// newBrief is an empty brief dated today, prepared by the configured author.
func newBrief(s Settings, now time.Time) *briefs.Brief {
	return &briefs.Brief{
		Title:      "Morning Brief",
		Date:       now.Format("2006-01-02"),
		PreparedBy: s.Author,
		Template:   s.Template,
	}
}

// onNew starts a new brief, after offering to save the current one.
func (w *Window) onNew() {
	w.whenSafe(func() { w.setDocument(NewDocument(newBrief(w.settings, w.now()), "")) })
}

// onOpen asks for a .brief file and opens it.
func (w *Window) onOpen() {
	w.whenSafe(func() {
		d := dialog.NewFileOpen(w.onOpenChosen, w.win)
		d.SetFilter(storage.NewExtensionFileFilter([]string{briefs.FileExt}))
		setDialogFolder(d, w.lastFolder())
		d.Show()
	})
}

// onOpenChosen opens the brief picked in the open dialog.
func (w *Window) onOpenChosen(r fyne.URIReadCloser, err error) {
	if err != nil {
		w.dlgs.showError("Could not open the brief", err)
		return
	}
	if r == nil {
		return // cancelled
	}
	if err := r.Close(); err != nil {
		w.dlgs.log.Warn("closing the file chosen to open", "file", r.URI().Path(), "err", err)
	}
	w.openPath(r.URI().Path())
}

// openPath loads the brief at path off the UI goroutine and shows it.
// Temporary files that an interrupted save of it left behind (the app or
// the command line killed mid-write) are removed first: this is the open
// dialog's, the recent list's and the start's way in (issue 11: "no temp
// file behind after the next start").
func (w *Window) openPath(path string) {
	w.deps.Run.Background(func() {
		briefs.RemoveStaleTemps(path)
		b, err := briefs.Load(path)
		w.deps.Run.UI(func() {
			if err != nil {
				w.dlgs.showError("Could not open the brief", err)
				if w.doc == nil {
					w.showStart()
				}
				return
			}
			w.setDocument(NewDocument(b, path))
			w.remember(path)
		})
	})
}

// remember adds path to the recent briefs and the last-used folder.
func (w *Window) remember(path string) {
	addRecent(w.app.Preferences(), path)
	w.app.Preferences().SetString(prefLastDir, filepath.Dir(path))
}

// onSave saves to the brief's file, asking for one the first time.
func (w *Window) onSave() {
	if w.doc == nil {
		return
	}
	if w.doc.Path == "" {
		w.onSaveAs()
		return
	}
	w.saveTo(w.doc.Path, nil)
}

// onSaveAs asks where to save the brief.
func (w *Window) onSaveAs() { w.saveAs(nil) }

// saveAs asks where to save the brief, saves it, then runs after (if set).
// The picker only names the file; saveTo writes it atomically, so a failed
// save leaves an existing file as it was.
func (w *Window) saveAs(after func()) {
	if w.doc == nil {
		return
	}
	req := saveRequest{title: "Save brief as", folder: w.lastFolder(), name: fileNameFor(w.doc.Brief, briefs.FileExt), ext: briefs.FileExt}
	chooseSavePath(w.dlgs, req, func(path string) { w.saveTo(path, after) })
}

// saveTo writes the brief to path off the UI goroutine; then runs after,
// if set, once the save succeeded.
func (w *Window) saveTo(path string, after func()) {
	if err := w.doc.Brief.Validate(); err != nil { // a file that would not open again is not saved
		w.dlgs.showError("Could not save the brief", err)
		return
	}
	data, err := briefs.Marshal(w.doc.Brief)
	if err != nil {
		w.dlgs.showError("Could not save the brief", err)
		return
	}
	doc, rev := w.doc, w.doc.Rev()
	w.deps.Run.Background(func() {
		err := briefs.WriteFileAtomic(path, data, briefs.NewFileMode) // a new brief is private; an existing one keeps its mode
		w.deps.Run.UI(func() { w.saved(doc, path, rev, err, after) })
	})
}

func (w *Window) saved(doc *Document, path string, rev uint64, err error, after func()) {
	if err != nil {
		w.dlgs.showError("Could not save the brief", fmt.Errorf("save %s: %w", path, err))
		return
	}
	doc.MarkSaved(path, rev)
	w.remember(path)
	if doc != w.doc {
		return // another brief was opened meanwhile: the snapshot and title are its
	}
	if !doc.Dirty() {
		w.snap.discard()
	}
	w.refreshChrome()
	if after != nil {
		after()
	}
}

// whenSafe runs next once unsaved changes are saved or knowingly dropped.
func (w *Window) whenSafe(next func()) {
	if w.doc == nil || !w.doc.Dirty() {
		next()
		return
	}
	save := func() {
		if w.doc.Path == "" {
			w.saveAs(next)
			return
		}
		w.saveTo(w.doc.Path, next)
	}
	discard := func() {
		w.snap.discard()
		next()
	}
	w.dlgs.ask("Unsaved changes", fmt.Sprintf("Save the changes to %s first?", w.doc.Name()),
		choice{label: "Cancel"}, choice{label: "Don't save", run: discard}, choice{label: "Save", important: true, run: save})
}

// onClose asks about unsaved changes before the window closes.
func (w *Window) onClose() {
	w.whenSafe(func() {
		w.snap.stop()
		w.win.Close()
	})
}

// lastFolder is where file dialogs start: the open brief's folder, else
// the folder used last, else "".
func (w *Window) lastFolder() string {
	if w.doc != nil && w.doc.Path != "" {
		return filepath.Dir(w.doc.Path)
	}
	return w.app.Preferences().String(prefLastDir)
}

// setDialogFolder starts a file dialog in dir, when that folder exists.
func setDialogFolder(d *dialog.FileDialog, dir string) {
	if dir == "" {
		return
	}
	if _, err := os.Stat(dir); err != nil {
		return
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		d.SetLocation(l)
	}
}

// fileNameFor suggests a file name from the brief's title and date.
func fileNameFor(b *briefs.Brief, ext string) string {
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, strings.TrimSpace(b.Title))
	if name == "" {
		name = "brief"
	}
	if b.Date != "" {
		name += " " + b.Date
	}
	return name + ext
}

// withExt adds ext to path unless it already ends with it.
func withExt(path, ext string) string {
	if strings.EqualFold(filepath.Ext(path), ext) {
		return path
	}
	return path + ext
}
