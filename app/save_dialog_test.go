package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"briefsmith/briefs"
)

// saveAsTyping opens Save As with folder as the last-used folder, types
// name as the file name and presses Save.
func saveAsTyping(h *harness, folder, name string) {
	h.w.app.Preferences().SetString(prefLastDir, folder)
	h.w.onSaveAs()
	if folder != "" && h.overlayEntry("Folder").Text != folder {
		h.t.Fatalf("the picker starts in %q, want %q", h.overlayEntry("Folder").Text, folder)
	}
	h.overlayEntry("File name").SetText(name)
	h.tapDialog("Save")
}

// Issue 11 defect 1: Fyne's save dialog emptied the chosen file before the
// app wrote it, so a save that then failed left the old brief empty.
func TestSaveAsOverAFileThatThenFailsKeepsIt(t *testing.T) {
	h := withSummarisedBrief(t)
	dir := t.TempDir()
	old := filepath.Join(dir, "old.brief")
	if err := os.WriteFile(old, []byte("OLD CONTENT"), 0o644); err != nil {
		t.Fatal(err)
	}
	h.w.outline.date.SetText("23 Nov") // Save refuses a brief that would not open again
	log := h.logTo()
	saveAsTyping(h, dir, "old.brief")
	h.tapDialog("Replace")
	h.tapDialog("OK") // the error
	if data, _ := os.ReadFile(old); string(data) != "OLD CONTENT" {
		t.Fatalf("the old brief was changed to %q", data)
	}
	if !h.w.doc.Dirty() || !strings.Contains(log.String(), "Could not save the brief") {
		t.Fatalf("dirty %v; log %q", h.w.doc.Dirty(), log)
	}
}

func TestSaveAsReplaceAndCancel(t *testing.T) {
	for _, button := range []string{"Replace", "Cancel"} {
		t.Run(button, func(t *testing.T) {
			h := withSummarisedBrief(t)
			dir := t.TempDir()
			old := filepath.Join(dir, "old.brief")
			os.WriteFile(old, []byte("OLD CONTENT"), 0o644)
			saveAsTyping(h, dir, "old")
			h.tapDialog(button)
			data, _ := os.ReadFile(old)
			if button == "Cancel" { // back to the picker, to choose another name
				h.tapDialog("Cancel")
				h.noDialog()
				if string(data) != "OLD CONTENT" || !h.w.doc.Dirty() {
					t.Fatalf("Cancel wrote %q or forgot the changes", data)
				}
				return
			}
			h.noDialog()
			if _, err := briefs.Unmarshal(data); err != nil || h.w.doc.Dirty() || h.w.doc.Path != old {
				t.Fatalf("replace: %v, dirty %v, path %q", err, h.w.doc.Dirty(), h.w.doc.Path)
			}
		})
	}
}

// Issue 11 defect 2: a full path typed as the name wrote nothing and said
// nothing.
func TestSaveAsTypedPath(t *testing.T) {
	tests := []struct {
		name    string
		typed   string // ~ is the test's home folder, @ a temp folder
		want    string // the file written, relative to home; "" for an error
		message string // the error shown
	}{
		{"tilde path", "~/briefs/morning.brief", "briefs/morning.brief", ""},
		{"tilde path without extension", "~/briefs/morning", "briefs/morning.brief", ""},
		{"absolute path", "@/abs.brief", "abs.brief", ""},
		{"bare name goes to the folder", "plain", "folder/plain.brief", ""},
		{"missing folder", "~/nowhere/morning.brief", "", "does not exist"},
		{"a folder", "~/briefs", "", "is a folder"},
		{"empty", "  ", "", "type a file name"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			home := t.TempDir()
			t.Setenv("HOME", home)
			for _, d := range []string{"briefs", "folder", "briefs.brief"} {
				os.Mkdir(filepath.Join(home, d), 0o755)
			}
			h := withSummarisedBrief(t)
			log := h.logTo()
			typed := strings.Replace(tc.typed, "@", home, 1)
			saveAsTyping(h, filepath.Join(home, "folder"), typed)
			if tc.want == "" {
				if !overlayHasSubstring(h, tc.message) || !strings.Contains(log.String(), tc.message) {
					t.Fatalf("no error %q shown and logged; log %q", tc.message, log)
				}
				h.tapDialog("OK")
				if !strings.HasPrefix(h.w.win.Title(), "*") {
					t.Errorf("title %q lost its unsaved mark", h.w.win.Title())
				}
				if h.overlayEntry("File name").Text != typed {
					t.Error("the picker did not come back with what was typed")
				}
				return
			}
			want := filepath.Join(home, tc.want)
			if _, err := briefs.Load(want); err != nil {
				t.Fatalf("not saved to %s: %v", want, err)
			}
			if h.w.doc.Path != want || strings.HasPrefix(h.w.win.Title(), "*") {
				t.Fatalf("path %q title %q", h.w.doc.Path, h.w.win.Title())
			}
		})
	}
}

func TestResolveSavePath(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	tests := []struct {
		folder, name, ext, want string
	}{
		{home, "a", ".brief", filepath.Join(home, "a.brief")},
		{home, "a.BRIEF", ".brief", filepath.Join(home, "a.BRIEF")},
		{"~", "a.pdf", ".pdf", filepath.Join(home, "a.pdf")},
		{"", "~/a", ".md", filepath.Join(home, "a.md")},
		{"/elsewhere", home + "/b.brief", ".brief", filepath.Join(home, "b.brief")},
		{home, "sub/../c", ".brief", filepath.Join(home, "c.brief")},
	}
	for _, tc := range tests {
		got, err := resolveSavePath(tc.folder, tc.name, tc.ext)
		if err != nil || got != tc.want {
			t.Errorf("resolveSavePath(%q, %q) = %q, %v; want %q", tc.folder, tc.name, got, err, tc.want)
		}
	}
	if _, err := resolveSavePath("", "a", ".brief"); err == nil {
		t.Error("a bare name with no folder was accepted")
	}
}

// Issue 11 defect 1, export: "Choose…" used Fyne's save dialog, which
// emptied the chosen file at once; cancelling the export left it empty.
func TestExportChooseThenCancelKeepsTheFile(t *testing.T) {
	h := withSummarisedBrief(t)
	dir := t.TempDir()
	old := filepath.Join(dir, "old.pdf")
	os.WriteFile(old, []byte("OLD PDF"), 0o644)
	h.w.doc.Brief.ExportPath = filepath.Join(dir, "brief.pdf")
	h.w.onExport()
	h.tapDialog("Choose…")
	if got := h.overlayEntry("Folder").Text; got != dir {
		t.Fatalf("the picker starts in %q", got)
	}
	h.overlayEntry("File name").SetText("old.pdf")
	h.tapDialog("Save")
	h.tapDialog("Replace")
	h.tapDialog("Cancel") // the export dialog
	h.noDialog()
	if data, _ := os.ReadFile(old); string(data) != "OLD PDF" {
		t.Fatalf("the old PDF was changed to %q", data)
	}
}

func TestExportChooseThenExport(t *testing.T) {
	h := withSummarisedBrief(t)
	dir := t.TempDir()
	h.w.doc.Brief.ExportPath = filepath.Join(dir, "brief.pdf")
	h.w.onExport()
	h.tapDialog("Choose…")
	h.overlayEntry("File name").SetText("chosen")
	h.tapDialog("Save")
	h.tapDialog("Export")
	h.tapDialog("Close")
	want := filepath.Join(dir, "chosen.pdf")
	if _, err := os.Stat(want); err != nil || h.w.doc.Brief.ExportPath != want {
		t.Fatalf("export to %q: %v (remembered %q)", want, err, h.w.doc.Brief.ExportPath)
	}
}

// Issue 11 defect 3: the Summarise menu asked the driver for the button's
// canvas, which can be nil or another window's; it must open on ours.
func TestSummariseMenuOpensOnTheWindow(t *testing.T) {
	h := withSummarisedBrief(t)
	h.w.app.NewWindow("another window") // the driver's guess is now this one
	test.Tap(h.w.toolbar.summariseB)
	if h.w.win.Canvas().Overlays().Top() == nil {
		t.Fatal("the Summarise menu did not open on the main window")
	}
}

func TestFileDialogErrorsAreShownAndLogged(t *testing.T) {
	h := newHarness(t)
	h.w.Start("")
	log := h.logTo()
	h.w.onOpenChosen(nil, errors.New("the portal did not answer"))
	if !overlayHasText(h, "the portal did not answer") || !strings.Contains(log.String(), "the portal did not answer") {
		t.Fatalf("file dialog error not shown and logged; log %q", log)
	}
}

func TestShownErrorsAreLogged(t *testing.T) {
	h := newHarness(t)
	log := h.logTo()
	h.w.Start("testdata/missing.brief")
	h.tapDialog("OK")
	if l := log.String(); !strings.Contains(l, "Could not open the brief") || !strings.Contains(l, "missing.brief") {
		t.Fatalf("the error was not logged with its detail: %q", l)
	}
}

// overlayHasSubstring reports whether a label in the top dialog contains s.
func overlayHasSubstring(h *harness, s string) bool {
	return findLabel(h.w.win.Canvas().Overlays().Top(), func(text string) bool { return strings.Contains(text, s) })
}
