package app

import (
	"context"
	"errors"
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
		arts, failed := runImports(ctx, imp, jobs, func(done, total int, label string) {
			w.deps.Run.UI(func() { p.step(done, total, label) })
		})
		w.deps.Run.UI(func() {
			p.finish()
			w.imported(doc, arts, failed)
		})
	})
}

// runImports imports the jobs' sources with Importer.ImportAll (a few at
// once, in order) and then any pasted text; once ctx is cancelled the jobs
// not done are listed as cancelled.
func runImports(ctx context.Context, imp Importer, jobs []importJob, step briefs.Progress) ([]briefs.Article, []importFailure) {
	var arts []briefs.Article
	var failed []importFailure
	add := func(label string, a briefs.Article, err error) {
		switch {
		case errors.Is(err, context.Canceled):
			failed = append(failed, importFailure{label, fmt.Errorf("cancelled")})
		case err != nil:
			failed = append(failed, importFailure{label, err})
		default:
			arts = append(arts, a)
		}
	}
	if imp == nil {
		for _, j := range jobs {
			add(j.label, briefs.Article{}, fmt.Errorf("importing is not available in this build"))
		}
		return arts, failed
	}
	var sources []string
	labels := map[string]string{}
	for _, j := range jobs {
		if j.source != "" {
			sources = append(sources, j.source)
			labels[j.source] = j.label
		}
	}
	labelOf := func(source string) string {
		if l, ok := labels[source]; ok {
			return l
		}
		return source // one of the sources an expanded source stands for
	}
	var results []briefs.ImportResult
	if len(sources) > 0 {
		results = imp.ImportAll(ctx, sources, func(done, total int, source string) {
			step(done, total+len(jobs)-len(sources), labelOf(source))
		})
	}
	for _, r := range results {
		if r.Skipped {
			continue // a repeat of an address already in this batch
		}
		add(labelOf(r.Source), r.Article, r.Err)
	}
	done, total := len(results), len(results)+len(jobs)-len(sources)
	for _, j := range jobs {
		if j.source != "" {
			continue
		}
		if ctx.Err() != nil {
			add(j.label, briefs.Article{}, ctx.Err())
			continue
		}
		a, err := imp.ImportText(ctx, j.label, j.text)
		add(j.label, a, err)
		done++
		step(done, total, j.label)
	}
	return arts, failed
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
