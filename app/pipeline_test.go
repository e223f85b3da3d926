package app

import (
	"context"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"briefsmith/assets"
	"briefsmith/briefs"
	"briefsmith/briefs/ingest"
	"briefsmith/briefs/summarize"
	"briefsmith/templates"
)

// realImporter is the same adapter internal/desktop uses, over package ingest.
type realImporter struct{ *ingest.Importer }

func (im realImporter) ImportAll(ctx context.Context, sources []string, progress briefs.Progress) []briefs.ImportResult {
	return briefs.ImportAll(ctx, im.Importer, sources, briefs.ImportOptions{Concurrency: 1}, progress)
}

// realExporter is the same adapter internal/desktop uses, over package templates.
type realExporter struct{}

func (realExporter) Templates() []string { return templates.Names() }
func (realExporter) Formats() []string   { return templates.Formats() }
func (realExporter) Export(ctx context.Context, path string, b *briefs.Brief, o ExportOptions) error {
	return templates.ExportFile(ctx, path, b, templates.Options{Template: o.Template, Brand: o.Brand})
}
func (realExporter) Text(ctx context.Context, b *briefs.Brief, o ExportOptions) (string, error) {
	t, err := templates.Lookup(firstNonEmpty(o.Template, templates.DefaultName))
	if err != nil {
		return "", err
	}
	return templates.Text(ctx, t, templates.Options{Brand: o.Brand}, b)
}

// writeSamples copies the bundled sample articles into a folder.
func writeSamples(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	err := fs.WalkDir(assets.Samples(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(assets.Samples(), p)
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, p)
		paths = append(paths, dst)
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return paths
}

// TestRealPipelineWorkflow runs the acceptance path with the real importer,
// offline summariser and PDF renderer: import the samples, summarise, edit
// a section, move an item, delete and undo, save, reopen, and export a PDF
// that contains the edit.
func TestRealPipelineWorkflow(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("needs pdftotext (poppler-utils) to read the PDF back")
	}
	w := New(test.NewTempApp(t), Deps{
		Importer: realImporter{ingest.New(ingest.Options{})}, Exporter: realExporter{},
		Summarizer: func(Settings) briefs.Summarizer { return summarize.New() },
		Run:        SyncRunner(), Concurrency: 1,
		Now: func() time.Time { return time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC) },
	})
	w.Start("")
	w.onNew()
	var jobs []importJob
	for _, p := range writeSamples(t) {
		jobs = append(jobs, importJob{source: p, label: filepath.Base(p)})
	}
	w.importJobs(jobs)
	if w.doc.Len() != len(jobs) {
		t.Fatalf("imported %d of %d samples", w.doc.Len(), len(jobs))
	}
	w.onSummariseAll()
	for i := range w.doc.Len() {
		if w.doc.Item(i).Summary.IsEmpty() {
			t.Fatalf("item %d has no summary", i)
		}
	}

	w.selectItem(2)
	entry := w.editor.sections[briefs.WhatsNext]
	entry.SetText(entry.Text + "\nAnalyst note: brief the minister before Friday.")
	edited := w.doc.Item(2).ID
	w.onMoveItem(-1)
	w.selectItem(3)
	w.onDeleteItem()
	w.onUndoDelete()
	if w.doc.Len() != len(jobs) || w.doc.Item(1).ID != edited {
		t.Fatalf("move/delete/undo left the wrong order")
	}

	path := filepath.Join(t.TempDir(), "morning.brief")
	w.saveTo(path, nil)
	w.openPath(path)
	if w.doc.Dirty() || !strings.Contains(sectionText(w.doc.Item(1).Summary.WhatsNext), "Analyst note") {
		t.Fatal("the edit did not survive save and reopen")
	}

	pdf := filepath.Join(t.TempDir(), "morning.pdf")
	w.exportTo(exportRequest{path: pdf, template: templates.Names()[0]})
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	if text := strings.Join(strings.Fields(string(out)), " "); !strings.Contains(text, "Analyst note: brief the minister before Friday.") {
		t.Fatalf("the PDF lacks the edit:\n%s", text)
	}
}
