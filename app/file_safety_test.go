package app

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"briefsmith/briefs"
)

// saveCommand runs what File ▸ Save and Ctrl+S run.
func saveCommand(t testing.TB, w *Window) {
	t.Helper()
	for _, c := range w.commands() {
		if c.label == "Save" && c.keys == "Ctrl+S" {
			c.run()
			return
		}
	}
	t.Fatal("no File ▸ Save command with Ctrl+S")
}

// modeOf is the permission bits of the file at path.
func modeOf(t *testing.T, path string) os.FileMode {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return st.Mode().Perm()
}

// Issue 11, item 9: a new brief the app saves is private to the user
// (briefs.NewFileMode), by Save and by Save As; saving over an existing
// brief keeps that file's mode.
func TestNewBriefSavedPrivate(t *testing.T) {
	h := withSummarisedBrief(t)
	dir := t.TempDir()
	saveAsTyping(h, dir, "fresh")
	fresh := filepath.Join(dir, "fresh.brief")
	if h.w.doc.Dirty() || h.w.doc.Path != fresh {
		t.Fatalf("Save As did not save: dirty %v, path %q", h.w.doc.Dirty(), h.w.doc.Path)
	}
	if got := modeOf(t, fresh); got != briefs.NewFileMode {
		t.Errorf("Save As made a new brief with mode %v, want %v", got, briefs.NewFileMode)
	}

	other := filepath.Join(dir, "other.brief") // a brief whose file has gone: Save makes it anew
	h.w.doc.MarkSaved(other, h.w.doc.Rev())
	h.w.outline.title.SetText("Saved by Ctrl+S")
	saveCommand(t, h.w)
	if got := modeOf(t, other); got != briefs.NewFileMode {
		t.Errorf("Save made a new brief with mode %v, want %v", got, briefs.NewFileMode)
	}

	if err := os.Chmod(other, 0o640); err != nil {
		t.Fatal(err)
	}
	h.w.outline.title.SetText("Saved over a shared brief")
	saveCommand(t, h.w)
	if got := modeOf(t, other); got != 0o640 {
		t.Errorf("saving over a 0640 brief left mode %v", got)
	}
	if b, err := briefs.Load(other); err != nil || b.Title != "Saved over a shared brief" {
		t.Fatalf("the saved brief: %v, %+v", err, b)
	}
}

// Issue 11, item 10: opening a brief (at start, from Open… or the recent
// list: all go through openPath) removes the temporary files an
// interrupted save of that brief left beside it, and no other file's.
func TestOpenRemovesStaleTemps(t *testing.T) {
	dir := t.TempDir()
	brief := filepath.Join(dir, "sample.brief")
	data, err := os.ReadFile("testdata/sample.brief")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(brief, data, 0o600); err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(dir, ".sample.brief.tmp-1234567")
	other := filepath.Join(dir, ".other.brief.tmp-1234567")
	for _, p := range []string{stale, other} {
		if err := os.WriteFile(p, []byte("half a save"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	h := newHarness(t)
	h.w.Start(brief)
	if h.w.doc == nil || h.w.doc.Path != brief {
		t.Fatal("the brief did not open")
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("starting on the brief left the interrupted save's temporary file beside it")
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("another brief's temporary file was removed: %v", err)
	}
}

// A snapshot write killed mid-write leaves ".unsaved-….json.tmp-…" in the
// recovery folder; the next start removes it, keeps the snapshots, and
// still offers the good one back.
func TestStartRemovesStaleSnapshotTemps(t *testing.T) {
	dir := t.TempDir()
	d := docWith("a")
	d.SetHeadline(0, "Kept headline")
	data, err := encodeSnapshot(d, time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "unsaved-1-1.json")
	if err := briefs.WriteFileAtomic(good, data, 0o600); err != nil {
		t.Fatal(err)
	}
	stale := []string{filepath.Join(dir, ".unsaved-1-1.json.tmp-42"), filepath.Join(dir, ".unsaved-2-2.json.tmp-43")}
	for _, p := range stale {
		if err := os.WriteFile(p, data[:len(data)/2], 0o600); err != nil {
			t.Fatal(err)
		}
	}
	h := newHarness(t)
	h.w.snap = newSnapshotter(dir, SyncRunner())
	h.w.snap.delay = time.Hour
	h.w.Start("")
	for _, p := range stale {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("the start left %s", filepath.Base(p))
		}
	}
	if !overlayHasSubstring(h, "Restore them?") {
		t.Error("the good snapshot was not offered back")
	}
	if _, err := os.Stat(good); err != nil {
		t.Errorf("the snapshot itself went: %v", err)
	}
}
