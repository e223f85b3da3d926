package briefs

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSaveKeepsTheModeOfAnExistingFile(t *testing.T) {
	for _, mode := range []os.FileMode{0o600, 0o640, 0o644} {
		path := filepath.Join(t.TempDir(), "m.brief")
		if err := os.WriteFile(path, []byte("old"), mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, mode); err != nil { // umask may have narrowed it
			t.Fatal(err)
		}
		if err := Save(path, sampleBrief()); err != nil {
			t.Fatal(err)
		}
		st, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != mode {
			t.Errorf("mode after overwrite = %v, want %v", st.Mode().Perm(), mode)
		}
	}
}

func TestSaveMakesNewBriefsPrivate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.brief")
	if err := Save(path, sampleBrief()); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != NewFileMode {
		t.Fatalf("new brief mode = %v, want %v", st.Mode().Perm(), NewFileMode)
	}
}

func TestSaveThroughASymlinkWritesItsTarget(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real", "x.brief")
	if err := os.MkdirAll(filepath.Dir(real), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(real, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.brief")
	if err := os.Symlink("real/x.brief", link); err != nil {
		t.Fatal(err)
	}
	if err := Save(link, sampleBrief()); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", st.Mode(), err)
	}
	if _, err := Load(real); err != nil {
		t.Fatalf("the target does not hold the brief: %v", err)
	}
	if st, _ := os.Stat(real); st.Mode().Perm() != 0o640 {
		t.Fatalf("target mode = %v, want 0640", st.Mode().Perm())
	}
}

func TestSaveRemovesTempsOfAnInterruptedSave(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "morning [1].brief")
	stale := []string{
		filepath.Join(dir, ".morning [1].brief.tmp-123"),
		filepath.Join(dir, ".morning [1].brief.tmp-abc"),
	}
	for _, s := range stale {
		if err := os.WriteFile(s, []byte("partial"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	other := filepath.Join(dir, ".other.brief.tmp-1")
	if err := os.WriteFile(other, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Save(path, sampleBrief()); err != nil {
		t.Fatal(err)
	}
	for _, s := range stale {
		if _, err := os.Stat(s); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s is still there", filepath.Base(s))
		}
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("another file's temp was removed: %v", err)
	}
}

func TestLoadRefusesAnOversizedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.brief")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxFileSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = Load(path)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "limit") {
		t.Fatalf("Load error = %v, want ErrTooLarge naming the limit", err)
	}
}

// TestSaveRefusesABriefTooLargeToOpen: a brief whose encoding would be
// over MaxFileSize is not written (compose of many huge pages wrote one
// that Load and the app then refused), and the file already there stays.
func TestSaveRefusesABriefTooLargeToOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.brief")
	small := &Brief{Title: "Kept", Date: "2026-12-02"}
	if err := Save(path, small); err != nil {
		t.Fatal(err)
	}
	big := &Brief{Title: "Too big", Date: "2026-12-02"}
	text := strings.Repeat("word ", 1<<20) // 5 MiB of article text per item
	for i := 0; i < 7; i++ {
		big.Items = append(big.Items, Item{ID: fmt.Sprintf("i%d", i), Status: StatusDraft, Article: Article{Title: "Long", Text: text}})
	}
	err := Save(path, big)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "remove items") {
		t.Fatalf("Save error = %v, want ErrTooLarge saying what to do", err)
	}
	b, err := Load(path)
	if err != nil || b.Title != "Kept" {
		t.Fatalf("the brief already there: %v, %v", b, err)
	}
	big.Items = big.Items[:5] // 25 MiB: under the cap, so it saves and opens again
	if err := Save(path, big); err != nil {
		t.Fatalf("a 25 MiB brief: %v", err)
	}
	if _, err := Load(path); err != nil {
		t.Fatalf("a brief Save wrote does not open: %v", err)
	}
}

func TestSaveRefusesAFolder(t *testing.T) {
	dir := t.TempDir()
	if err := Save(dir, sampleBrief()); err == nil {
		t.Fatal("saving over a folder succeeded")
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		t.Fatalf("the folder was damaged: %v", err)
	}
}

// TestRemoveStaleTempsMatching removes the stale temps of every file the
// pattern names, and leaves other files' temps and the files themselves.
func TestRemoveStaleTempsMatching(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{".unsaved-a.json.tmp-1", ".unsaved-b.json.tmp-2", ".other.brief.tmp-3", "unsaved-a.json"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	RemoveStaleTempsMatching(dir, "unsaved-*.json")
	for name, want := range map[string]bool{".unsaved-a.json.tmp-1": false, ".unsaved-b.json.tmp-2": false, ".other.brief.tmp-3": true, "unsaved-a.json": true} {
		if _, err := os.Stat(filepath.Join(dir, name)); (err == nil) != want {
			t.Errorf("%s: there = %v, want %v", name, err == nil, want)
		}
	}
}
