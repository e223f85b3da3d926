package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"briefsmith/briefs"
)

// TestMorningWorkflow walks the whole job: import, summarise, edit a
// section, move an item, delete and undo, save, reopen and export.
func TestMorningWorkflow(t *testing.T) {
	h := newHarness(t)
	w := h.w
	w.Start("")
	test.Tap(findButton(w.root, "New brief"))
	if w.doc == nil {
		t.Fatal("New brief did not open a brief")
	}

	w.importJobs(parseImportInput(sampleURLs() + "\nhttps://news.example/missing"))
	h.tapDialog("OK") // the failure report
	if got := w.doc.Len(); got != 3 {
		t.Fatalf("imported %d items, want 3", got)
	}

	w.onSummariseAll()
	if h.sum.calls != 3 {
		t.Fatalf("summariser called %d times, want 3", h.sum.calls)
	}
	w.selectItem(1)
	test.Type(w.editor.sections[briefs.WhyItMatters], " Shoppers will notice.")
	it := w.doc.Item(1)
	if !it.IsEdited("why_it_matters") || it.Status != briefs.StatusEdited || w.editor.status.Selected != "Edited" {
		t.Fatalf("edit not recorded: edited=%v status=%s", it.Edited, it.Status)
	}
	if !strings.HasPrefix(w.win.Title(), "*") {
		t.Errorf("title %q does not mark unsaved changes", w.win.Title())
	}

	w.onMoveItem(-1) // the edited item moves to the top
	if got := w.doc.Item(0).Article.Title; got != "Grain prices climb" {
		t.Fatalf("after move the first item is %q", got)
	}
	w.selectItem(2)
	test.Tap(w.outline.del)
	if w.doc.Len() != 2 {
		t.Fatalf("delete left %d items", w.doc.Len())
	}
	test.Tap(w.outline.undo)
	if w.doc.Len() != 3 || w.doc.Item(2).Article.Title != "Solar cooperative opens" {
		t.Fatalf("undo did not restore the item in place")
	}

	saveReopenAndExport(t, h)
}

// saveReopenAndExport ends the morning workflow: save, reopen and export,
// checking that the edit to item 0 survives each step.
func saveReopenAndExport(t *testing.T, h *harness) {
	t.Helper()
	w := h.w
	path := filepath.Join(t.TempDir(), "morning.brief")
	w.saveTo(path, nil)
	if w.doc.Dirty() || strings.HasPrefix(w.win.Title(), "*") {
		t.Fatalf("still dirty after save; title %q", w.win.Title())
	}

	w.openPath(path)
	reopened := w.doc.Item(0)
	if !strings.Contains(reopened.Summary.Texts(briefs.WhyItMatters)[0], "Shoppers will notice.") {
		t.Fatalf("edit lost on reopen: %q", reopened.Summary.Texts(briefs.WhyItMatters))
	}

	out := filepath.Join(t.TempDir(), "morning.pdf")
	w.exportTo(exportRequest{path: out, template: "one-pager"})
	h.tapDialog("Close")
	h.noDialog()
	data, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(data), "Shoppers will notice.") {
		t.Fatalf("export lacks the edit (err %v): %q", err, data)
	}
	if w.doc.Brief.ExportPath != out || w.doc.Brief.Template != "one-pager" {
		t.Errorf("export target not remembered: %q %q", w.doc.Brief.ExportPath, w.doc.Brief.Template)
	}
}

func TestStatusLineCountsInEnglish(t *testing.T) {
	d := NewDocument(&briefs.Brief{Title: "Brief", Date: "2026-12-04"}, "")
	d.Brief.Items = append(d.Brief.Items, d.Brief.NewItem(briefs.Article{Title: "One", Text: "The council met."}))
	if got := statusLine(d); !strings.HasPrefix(got, "1 item · 0 approved") {
		t.Errorf("status line %q", got)
	}
	d.Brief.Items = append(d.Brief.Items, d.Brief.NewItem(briefs.Article{Title: "Two", Text: "The ferry ran."}))
	if got := statusLine(d); !strings.HasPrefix(got, "2 items · 0 approved") {
		t.Errorf("status line %q", got)
	}
}
