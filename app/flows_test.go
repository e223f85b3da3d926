package app

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"briefsmith/briefs"
)

// withSummarisedBrief opens a new brief with the three samples summarised.
func withSummarisedBrief(t *testing.T) *harness {
	h := newHarness(t)
	h.w.Start("")
	h.w.onNew()
	h.w.importJobs(parseImportInput(sampleURLs()))
	h.w.onSummariseAll()
	return h
}

func TestResummariseAsksBeforeOverwritingEdits(t *testing.T) {
	tests := []struct {
		name   string
		button string
		want   string // What Happened of item 0 afterwards
		calls  int
	}{
		{"keep my edits", "Keep my edits", "My own words.", 6},
		{"replace everything", "Replace everything", "The harbour bridge closed on Monday for urgent repairs.", 6},
		{"cancel", "Cancel", "My own words.", 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := withSummarisedBrief(t)
			h.w.selectItem(0)
			h.w.editor.sections[briefs.WhatHappened].SetText("My own words.")
			h.sum.round = 2
			h.w.onSummariseAll()
			h.tapDialog(tc.button)
			it := h.w.doc.Item(0)
			if got := it.Summary.Texts(briefs.WhatHappened)[0]; got != tc.want || h.sum.calls != tc.calls {
				t.Fatalf("what happened %q calls %d; want %q %d", got, h.sum.calls, tc.want, tc.calls)
			}
			if tc.calls == 6 && !strings.Contains(it.Summary.Headline, "round 2") {
				t.Errorf("headline not refreshed: %q", it.Summary.Headline)
			}
		})
	}
}

func TestRegenerateOneSection(t *testing.T) {
	h := withSummarisedBrief(t)
	h.w.selectItem(0)
	h.w.editor.sections[briefs.WhatsNext].SetText("Mine.")
	h.w.editor.headline.SetText("My headline")
	test.Tap(h.w.editor.regen[briefs.WhatsNext])
	it := h.w.doc.Item(0)
	if got := it.Summary.Texts(briefs.WhatsNext)[0]; got != "Engineers will inspect the cables next week." {
		t.Fatalf("section not regenerated: %q", got)
	}
	if it.Summary.Headline != "My headline" || h.w.editor.sections[briefs.WhatsNext].Text != "Engineers will inspect the cables next week." {
		t.Fatalf("headline %q, editor %q", it.Summary.Headline, h.w.editor.sections[briefs.WhatsNext].Text)
	}
}

func TestSummariseFailureIsListed(t *testing.T) {
	h := newHarness(t)
	h.w.deps.Summarizer = func(Settings) briefs.Summarizer { return failingSummarizer{} }
	h.w.Start("")
	h.w.onNew()
	h.w.importJobs(parseImportInput("https://news.example/bridge"))
	h.w.onSummariseSelected()
	h.tapDialog("OK")
	if !h.w.doc.Item(0).Summary.IsEmpty() || h.w.busy {
		t.Fatal("a failed summary changed the item or left the window busy")
	}
}

type failingSummarizer struct{}

func (failingSummarizer) Summarize(context.Context, briefs.Article, briefs.SummaryOptions) (briefs.Summary, error) {
	return briefs.Summary{}, errors.New("endpoint unreachable")
}

func TestCloseAsksAboutUnsavedChanges(t *testing.T) {
	h := withSummarisedBrief(t)
	h.w.onClose()
	h.tapDialog("Cancel")
	if h.w.doc == nil || !h.w.doc.Dirty() {
		t.Fatal("Cancel lost the document")
	}
	path := filepath.Join(t.TempDir(), "b.brief")
	h.w.doc.Path = path
	h.w.onClose()
	h.tapDialog("Save")
	if _, err := briefs.Load(path); err != nil {
		t.Fatalf("Save on close did not save: %v", err)
	}
}

func TestNewAfterEditsOffersSave(t *testing.T) {
	h := withSummarisedBrief(t)
	h.w.onNew()
	h.tapDialog("Don't save")
	if h.w.doc.Len() != 0 || h.w.doc.Brief.Date != "2026-11-23" {
		t.Fatalf("new brief has %d items, date %q", h.w.doc.Len(), h.w.doc.Brief.Date)
	}
}

func TestPasteOutsideTextFieldCreatesItems(t *testing.T) {
	h := newHarness(t)
	h.w.Start("")
	clip := h.w.app.Clipboard()
	clip.SetContent("https://news.example/grain")
	h.w.onPaste(&fyne.ShortcutPaste{Clipboard: clip})
	if h.w.doc == nil || h.w.doc.Len() != 1 {
		t.Fatal("paste did not create an item")
	}
	clip.SetContent("A council voted. It matters. More next week.")
	h.w.onPasteClipboard()
	if h.w.doc.Len() != 2 || h.w.doc.Item(1).Article.Title != "Pasted text" {
		t.Fatalf("pasted text not imported: %d items", h.w.doc.Len())
	}
}

func TestDropFiles(t *testing.T) {
	h := newHarness(t)
	h.imp.articles["/tmp/a.txt"] = briefs.Article{Source: "/tmp/a.txt", Title: "Dropped", Text: "Dropped text."}
	h.w.Start("")
	h.w.onDropped(fyne.Position{}, []fyne.URI{storage.NewFileURI("/tmp/a.txt"), storage.NewFileURI("/tmp/missing.txt")})
	h.tapDialog("OK")
	if h.w.doc == nil || h.w.doc.Len() != 1 || h.w.doc.Item(0).Article.Title != "Dropped" {
		t.Fatal("dropped file not imported")
	}
}

func TestExportFailureKeepsBriefUnchanged(t *testing.T) {
	h := withSummarisedBrief(t)
	h.exp.err = errors.New("disk full")
	h.w.exportTo(exportRequest{path: filepath.Join(t.TempDir(), "x.pdf"), template: "one-pager"})
	h.tapDialog("OK")
	if h.w.doc.Brief.ExportPath != "" || h.w.busy {
		t.Fatal("a failed export was remembered or left the window busy")
	}
}

func TestShortcutsAreListedAndWired(t *testing.T) {
	h := newHarness(t)
	want := []string{"Ctrl+N", "Ctrl+O", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+I", "Ctrl+Enter", "Ctrl+E", "Alt+Up", "Alt+Down", "Ctrl+Z", "Ctrl+V"}
	have := map[string]bool{}
	for _, c := range h.w.commands() {
		have[c.keys] = true
		if c.keys != "" && c.shortcut == nil && !c.windowOnly {
			t.Errorf("%s (%s) has no shortcut", c.label, c.keys)
		}
	}
	for _, k := range want {
		if !have[k] {
			t.Errorf("shortcut %s missing from Help", k)
		}
	}
}

func TestMenuMoveShortcut(t *testing.T) {
	h := withSummarisedBrief(t)
	h.w.selectItem(2)
	for _, c := range h.w.commands() {
		if c.keys == "Alt+Up" {
			c.run()
		}
	}
	if h.w.doc.Selected() != 1 || h.w.doc.Item(1).Article.Title != "Solar cooperative opens" {
		t.Fatal("Alt+Up did not move the item up")
	}
}

func TestSaveRefusesABadDate(t *testing.T) {
	h := withSummarisedBrief(t)
	h.w.outline.date.SetText("23 Nov")
	path := filepath.Join(t.TempDir(), "b.brief")
	h.w.saveTo(path, nil)
	h.tapDialog("OK")
	if _, err := os.Stat(path); !os.IsNotExist(err) || !h.w.doc.Dirty() {
		t.Fatal("a brief that could not be reopened was saved")
	}
	if h.w.outline.date.Validate() == nil {
		t.Error("the date field does not flag the bad date")
	}
}

// overlayHasText reports whether the top dialog shows a label with text.
func overlayHasText(h *harness, text string) bool {
	return findLabel(h.w.win.Canvas().Overlays().Top(), func(s string) bool { return s == text })
}

// findLabel reports whether a label under o has text that match accepts.
func findLabel(o fyne.CanvasObject, match func(string) bool) bool {
	switch v := o.(type) {
	case nil:
		return false
	case *widget.Label:
		return match(v.Text)
	case *fyne.Container:
		for _, k := range v.Objects {
			if findLabel(k, match) {
				return true
			}
		}
	case fyne.Widget:
		for _, k := range test.WidgetRenderer(v).Objects() {
			if findLabel(k, match) {
				return true
			}
		}
	}
	return false
}

func TestAboutAndHelp(t *testing.T) {
	tests := []struct {
		name string
		open func(w *Window)
		want string
	}{
		{"about shows the version", (*Window).onAbout, "Version 9.9.9"},
		{"help lists Save as", (*Window).onShowShortcuts, "Save as…"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t)
			h.w.Start("")
			tc.open(h.w)
			if !overlayHasText(h, tc.want) {
				t.Fatalf("the dialog does not show %q", tc.want)
			}
		})
	}
}

func TestStartOnAFile(t *testing.T) {
	tests := []struct {
		name     string
		path     string
		wantDoc  bool
		wantItem string
	}{
		{"the sample brief", "testdata/sample.brief", true, "Wheat prices climb after drought cuts southern harvest"},
		{"a missing file shows the start screen", "testdata/missing.brief", false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t)
			h.w.Start(tc.path)
			if !tc.wantDoc {
				h.tapDialog("OK")
				if h.w.doc != nil || findButton(h.w.root, "New brief") == nil {
					t.Fatal("a failed open did not fall back to the start screen")
				}
				return
			}
			if h.w.doc == nil || h.w.doc.Dirty() || itemLabel(h.w.doc.Item(0)) != tc.wantItem {
				t.Fatal("the brief did not open cleanly")
			}
			if got := h.w.win.Title(); got != "sample.brief — Briefsmith" {
				t.Errorf("title %q", got)
			}
		})
	}
}

func TestTappingATopicHeadingSelectsItsFirstItem(t *testing.T) {
	h := newHarness(t)
	h.w.Start("testdata/sample.brief")
	rows := h.w.outline.rows
	city := -1
	for r, row := range rows {
		if row.item < 0 && row.topic == "City" {
			city = r
		}
	}
	if city < 0 {
		t.Fatalf("no City heading in %v", rows)
	}
	h.w.outline.list.Select(city)
	if got := h.w.doc.Item(h.w.doc.Selected()).Topic; got != "City" || h.w.doc.Selected() != rows[city+1].item {
		t.Fatalf("selected item %d with topic %q", h.w.doc.Selected(), got)
	}
}

// TestEmptySectionShowsHint: a section the summariser left empty is an
// empty field whose placeholder says why; nothing is hidden or filled in.
func TestEmptySectionShowsHint(t *testing.T) {
	h := newHarness(t)
	h.imp.articles["https://news.example/short"] = briefs.Article{Source: "https://news.example/short",
		Title: "Short", Text: "The council met on Monday. It matters to renters."}
	h.w.Start("")
	h.w.onNew()
	h.w.importJobs(parseImportInput("https://news.example/short"))
	e := h.w.editor
	if got := e.sections[briefs.WhatsNext].PlaceHolder; got != hintNotSummarised {
		t.Errorf("before summarising, What's Next hint is %q", got)
	}
	h.w.onSummariseAll()
	h.w.selectItem(0)
	next := e.sections[briefs.WhatsNext]
	if next.Text != "" || !next.Visible() {
		t.Fatalf("empty What's Next: text %q visible %v, want an empty visible field", next.Text, next.Visible())
	}
	if next.PlaceHolder != "Nothing forward-looking in the article" {
		t.Errorf("What's Next hint %q", next.PlaceHolder)
	}
	if got := e.sections[briefs.WhyItMatters].Text; got != "It matters to renters." {
		t.Errorf("Why It Matters %q", got)
	}
	if it := h.w.doc.Item(0); len(it.Summary.WhatsNext) != 0 {
		t.Errorf("the empty section got points %v", it.Summary.WhatsNext)
	}
}
