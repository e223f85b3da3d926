//go:build unix

package briefs

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
)

// TestConcurrentWritesOfOneFile: saves of the same file at once (two
// compose runs, an autosave and a Save) all succeed; before the temps were
// locked, one save's cleanup removed another's temp and its rename failed.
func TestConcurrentWritesOfOneFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "same.brief")
	const writers, writes = 6, 25
	var wg sync.WaitGroup
	errs := make(chan error, writers*writes)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < writes; i++ {
				data := bytes.Repeat([]byte(fmt.Sprintf("writer %d write %d\n", w, i)), 2000)
				if err := WriteFileAtomic(path, data, NewFileMode); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if m, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*.tmp-*")); len(m) > 0 {
		t.Errorf("temps left: %v", m)
	}
}

// TestRemoveStaleTempsSparesALockedTemp: a temp whose write is still going
// (its lock held) is kept; one whose writer died (no lock) is removed.
func TestRemoveStaleTempsSparesALockedTemp(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "b.brief")
	live, dead := filepath.Join(dir, ".b.brief.tmp-live"), filepath.Join(dir, ".b.brief.tmp-dead")
	for _, p := range []string{live, dead} {
		if err := os.WriteFile(p, []byte("part"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.Open(live)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		t.Fatal(err)
	}
	RemoveStaleTemps(path)
	if _, err := os.Stat(live); err != nil {
		t.Errorf("the temp of a write in progress was removed: %v", err)
	}
	if _, err := os.Stat(dead); err == nil {
		t.Error("the stale temp was kept")
	}
}
