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
	url    string // for text pasted instead of a page that could not be read
}

// importFailure is a job that failed, with the reason in plain words.
type importFailure struct {
	label  string
	source string // the path or address, "" for pasted text
	err    error
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

// onFeeds shows the Feeds dialog: the new entries of the saved feeds.
func (w *Window) onFeeds() {
	if w.busy || w.deps.Feeds == nil {
		return
	}
	w.lastFeeds = showFeedsDialog(w.dlgs, w.deps.Feeds, feedsActions{onImport: w.importNew, now: w.now, run: w.deps.Run, folder: w.lastFolder()})
}

// importNew imports jobs into the open brief, or a new one when none is open.
func (w *Window) importNew(jobs []importJob) {
	if w.doc == nil {
		w.setDocument(NewDocument(newBrief(w.settings, w.now()), ""))
	}
	w.importJobs(jobs)
}

// chooseImportFile picks one file with the file dialog and imports it.
func (w *Window) chooseImportFile() {
	chooseImportFile(w.dlgs, w.lastFolder(), w.deps.ImportTypes, w.importJobs)
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
		out := runImports(ctx, imp, jobs, func(done, total int, label string) {
			w.deps.Run.UI(func() { p.step(done, total, label) })
		})
		w.deps.Run.UI(func() {
			p.finish()
			w.imported(doc, out)
		})
	})
}

// importOutcome is what a batch import gave: the articles, the sources
// that failed with their reasons, and notices that stopped nothing (an
// address imported once, two outlets' story merged into one item).
type importOutcome struct {
	arts    []briefs.Article
	failed  []importFailure
	notices []string
}

func (o *importOutcome) add(label, source string, a briefs.Article, err error) {
	switch {
	case errors.Is(err, context.Canceled):
		o.failed = append(o.failed, importFailure{label: label, source: source, err: fmt.Errorf("cancelled")})
	case err != nil:
		o.failed = append(o.failed, importFailure{label: label, source: source, err: err})
	default:
		o.arts = append(o.arts, a)
	}
}

// addResult records one result of Importer.ImportAll.
func (o *importOutcome) addResult(label string, r briefs.ImportResult) {
	if r.Notice != "" {
		o.notices = append(o.notices, label+": "+r.Notice)
	}
	if !r.Skipped {
		o.add(label, r.Source, r.Article, r.Err)
	}
}

// runImports imports the jobs' sources with Importer.ImportAll (a few at
// once, in order) and then any pasted text; once ctx is cancelled the jobs
// not done are listed as cancelled.
func runImports(ctx context.Context, imp Importer, jobs []importJob, step briefs.Progress) importOutcome {
	var out importOutcome
	if imp == nil {
		for _, j := range jobs {
			out.add(j.label, j.source, briefs.Article{}, fmt.Errorf("importing is not available in this build"))
		}
		return out
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
	texts := len(jobs) - len(sources)
	var results []briefs.ImportResult
	if len(sources) > 0 {
		results = imp.ImportAll(ctx, sources, func(done, total int, source string) {
			step(done, total+texts, labelOf(source))
		})
	}
	for _, r := range results {
		out.addResult(labelOf(r.Source), r)
	}
	importTexts(ctx, imp, jobs, len(results), len(results)+texts, step, &out)
	return out
}

// importTexts imports the pasted-text jobs one by one after the batch of
// sources; done of total is the progress so far. A text pasted for a
// source that could not be read keeps that source's address.
func importTexts(ctx context.Context, imp Importer, jobs []importJob, done, total int, step briefs.Progress, out *importOutcome) {
	for _, j := range jobs {
		if j.source != "" {
			continue
		}
		if ctx.Err() != nil {
			out.add(j.label, "", briefs.Article{}, ctx.Err())
			continue
		}
		a, err := imp.ImportText(ctx, j.label, j.text)
		if err == nil && j.url != "" && a.URL == "" {
			a.URL = j.url
		}
		out.add(j.label, "", a, err)
		done++
		step(done, total, j.label)
	}
}

// imported adds the new articles to doc as items and reports failures and
// notices.
func (w *Window) imported(doc *Document, out importOutcome) {
	if len(out.arts) > 0 {
		doc.AddArticles(out.arts)
		if doc == w.doc {
			w.selectItem(doc.Selected())
		}
	}
	w.status.SetText(fmt.Sprintf("Imported %d of %d.", len(out.arts), len(out.arts)+len(out.failed)))
	if len(out.failed) > 0 || len(out.notices) > 0 {
		w.showImportReport(out)
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
