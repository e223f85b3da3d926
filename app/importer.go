package app

import (
	"context"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"

	"briefsmith/briefs"
)

// importJob is one thing to import: a path or URL, or pasted text.
type importJob struct {
	source string // path or URL; empty for pasted text
	label  string // how messages name it
	text   string // pasted text
}

// importFailure is a job that failed, with the reason in plain words.
type importFailure struct {
	label string
	err   error
}

// onImport shows the import dialog: paste links or text, or pick a file.
func (w *Window) onImport() {
	if w.busy {
		return
	}
	if w.doc == nil {
		w.setDocument(NewDocument(newBrief(w.settings, w.now()), ""))
	}
	showImportDialog(w.dlgs, importActions{onImport: w.importJobs, onChooseFile: w.chooseImportFile})
}

// chooseImportFile picks one file with the file dialog and imports it.
func (w *Window) chooseImportFile() {
	chooseImportFile(w.dlgs, w.lastFolder(), w.importJobs)
}

// onDropped imports files dropped on the window.
func (w *Window) onDropped(_ fyne.Position, uris []fyne.URI) {
	if w.doc == nil {
		w.setDocument(NewDocument(newBrief(w.settings, w.now()), ""))
	}
	var jobs []importJob
	for _, u := range uris {
		jobs = append(jobs, importJob{source: u.Path(), label: u.Name()})
	}
	w.importJobs(jobs)
}

// parseImportInput reads the import box: if every line is a link or a
// file (an absolute path, or a file:// URI as file managers copy them), one
// job per line; otherwise the whole text is one pasted article.
func parseImportInput(text string) []importJob {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil
	}
	var jobs []importJob
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		source, ok := sourceOf(line)
		if !ok {
			return []importJob{{label: "Pasted text", text: text}}
		}
		jobs = append(jobs, importJob{source: source, label: line})
	}
	return jobs
}

// sourceOf returns the link or file path a line names, if it names one.
func sourceOf(line string) (string, bool) {
	switch {
	case strings.HasPrefix(line, "file://"):
		u, err := url.Parse(line)
		if err != nil || u.Path == "" {
			return line, false
		}
		return u.Path, true
	case filepath.IsAbs(line):
		return line, true
	}
	return line, isLink(line)
}

func isLink(s string) bool {
	return !strings.ContainsAny(s, " \t") && (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://"))
}

// importJobs imports jobs off the UI goroutine with progress and Cancel,
// adds what worked and lists every failure with its reason.
func (w *Window) importJobs(jobs []importJob) {
	if len(jobs) == 0 || w.doc == nil || w.busy {
		return
	}
	doc := w.doc // the brief to add to, even if another is opened meanwhile
	p, ctx := w.startProgress("Importing", len(jobs))
	imp := w.deps.Importer
	w.deps.Run.Background(func() {
		arts, failed := runImports(ctx, imp, jobs, func(done int, label string) {
			w.deps.Run.UI(func() { p.step(done, len(jobs), label) })
		})
		w.deps.Run.UI(func() {
			p.finish()
			w.imported(doc, arts, failed)
		})
	})
}

// runImports imports each job in turn; it stops early when ctx is
// cancelled, listing the jobs not done as cancelled.
func runImports(ctx context.Context, imp Importer, jobs []importJob, step func(int, string)) ([]briefs.Article, []importFailure) {
	var arts []briefs.Article
	var failed []importFailure
	for i, j := range jobs {
		if ctx.Err() != nil {
			failed = append(failed, importFailure{j.label, fmt.Errorf("cancelled")})
			continue
		}
		a, err := importOne(ctx, imp, j)
		if err != nil {
			failed = append(failed, importFailure{j.label, err})
		} else {
			arts = append(arts, a)
		}
		step(i+1, j.label)
	}
	return arts, failed
}

func importOne(ctx context.Context, imp Importer, j importJob) (briefs.Article, error) {
	if imp == nil {
		return briefs.Article{}, fmt.Errorf("importing is not available in this build")
	}
	if j.source == "" {
		return imp.ImportText(ctx, j.label, j.text)
	}
	return imp.Import(ctx, j.source)
}

// imported adds the new articles to doc as items and reports failures.
func (w *Window) imported(doc *Document, arts []briefs.Article, failed []importFailure) {
	if len(arts) > 0 {
		doc.AddArticles(arts)
		if doc == w.doc {
			w.selectItem(doc.Selected())
		}
	}
	w.status.SetText(fmt.Sprintf("Imported %d of %d.", len(arts), len(arts)+len(failed)))
	if len(failed) > 0 {
		w.dlgs.showFailures("Some imports failed", failureReport(len(arts), failed))
	}
}

// failureReport lists each failure with its reason.
func failureReport(ok int, failed []importFailure) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d imported, %d could not be imported:\n", ok, len(failed))
	for _, f := range failed {
		fmt.Fprintf(&b, "\n• %s: %v", f.label, f.err)
	}
	return b.String()
}
