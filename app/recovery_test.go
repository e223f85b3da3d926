package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"briefsmith/briefs"
)

func TestSnapshotWrittenAndDiscarded(t *testing.T) {
	dir := t.TempDir()
	s := newSnapshotter(dir, SyncRunner())
	d := docWith("a")
	s.doc = d
	s.flush() // a clean document is not snapshotted
	if _, err := os.Stat(s.file); !os.IsNotExist(err) {
		t.Fatalf("snapshot of a clean document: %v", err)
	}
	d.SetHeadline(0, "Unsaved headline")
	s.flush()
	found := findSnapshots(dir, "")
	if len(found) != 1 || found[0].brief.Items[0].Summary.Headline != "Unsaved headline" {
		t.Fatalf("found %d snapshots", len(found))
	}
	if findSnapshots(dir, s.file) != nil {
		t.Error("the session's own snapshot was offered back")
	}
	s.discard()
	if _, err := os.Stat(s.file); !os.IsNotExist(err) {
		t.Fatalf("snapshot not removed: %v", err)
	}
}

func TestSnapshotDebounced(t *testing.T) {
	dir := t.TempDir()
	done := make(chan struct{}, 4)
	run := Runner{Background: func(f func()) { f(); done <- struct{}{} }, UI: func(f func()) { f() }}
	s := newSnapshotter(dir, run)
	s.delay = 20 * time.Millisecond
	d := docWith("a")
	d.SetHeadline(0, "x")
	for range 5 { // five quick edits make one snapshot
		s.schedule(d)
	}
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("no snapshot written")
	}
	time.Sleep(60 * time.Millisecond)
	if len(done) != 0 {
		t.Fatalf("%d extra snapshots", len(done))
	}
}

func TestFindSnapshotsSkipsDamaged(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "unsaved-1.json"), []byte("{not json"), 0o600)
	if got := findSnapshots(dir, ""); len(got) != 0 {
		t.Fatalf("damaged snapshot offered: %v", got)
	}
}

func TestRecoveryOfferedOnStart(t *testing.T) {
	dir := t.TempDir()
	d := docWith("a")
	d.SetHeadline(0, "Recovered headline")
	data, err := encodeSnapshot(d, time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(dir, "unsaved-1-1.json")
	if err := briefs.WriteFileAtomic(old, data, 0o600); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t)
	h.w.snap = newSnapshotter(dir, SyncRunner())
	h.w.snap.delay = time.Hour // the test flushes by hand
	h.w.Start("")
	h.tapDialog("Restore")
	if h.w.doc == nil || !h.w.doc.Dirty() || h.w.doc.Item(0).Summary.Headline != "Recovered headline" {
		t.Fatal("recovered work not restored as unsaved")
	}
	if _, err := os.Stat(old); !os.IsNotExist(err) {
		t.Error("the restored snapshot was left behind")
	}
	h.w.snap.stop()
}

// TestRecoveryAfterTheAppDies edits a brief, lets the snapshot timer fire,
// then abandons the window as a kill -9 would (nothing runs on the way
// out) and starts a second window on the same recovery folder: it must
// offer the edit back, and restoring it must give the edited brief, marked
// unsaved, at its original path. The binary-level twin is
// TestSmokeRecoveryAfterKill in the root package.
func TestRecoveryAfterTheAppDies(t *testing.T) {
	dir := t.TempDir()
	brief := filepath.Join(t.TempDir(), "sample.brief")
	data, err := os.ReadFile("testdata/sample.brief")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(brief, data, 0o644)

	// The snapshot timer hands its work to "the UI goroutine": here the
	// test's own, which runs what arrives on ui, as fyne.Do would.
	ui := make(chan func(), 64)
	first := newHarness(t)
	first.w.snap = newSnapshotter(dir, Runner{Background: func(f func()) { f() }, UI: func(f func()) { ui <- f }})
	first.w.snap.delay = 10 * time.Millisecond
	first.w.Start(brief)
	test.Type(first.w.editor.headline, " (edited before the crash)")
	want := first.w.doc.Item(0).Summary.Headline
	for len(findSnapshots(dir, "")) == 0 {
		select {
		case f := <-ui:
			f()
		case <-time.After(5 * time.Second):
			t.Fatal("no recovery snapshot was written after the edit")
		}
	}
	first.w.snap.stop() // the first window is abandoned here, unsaved

	second := newHarness(t)
	second.w.snap = newSnapshotter(dir, SyncRunner())
	second.w.snap.delay = time.Hour
	second.w.Start("")
	if !overlayHasSubstring(second, "sample.brief") {
		t.Fatal("the second start did not offer the unsaved work back")
	}
	second.tapDialog("Restore")
	d := second.w.doc
	if d == nil || !d.Dirty() || d.Path != brief || d.Item(0).Summary.Headline != want {
		t.Fatalf("restored %+v", d)
	}
	if !strings.HasPrefix(second.w.win.Title(), "*sample.brief") {
		t.Errorf("title %q", second.w.win.Title())
	}
	second.w.snap.stop()
}
