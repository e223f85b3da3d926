package app

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"briefsmith/briefs"
)

// recovered is a snapshot found at start-up.
type recovered struct {
	file  string
	snap  snapshot
	brief *briefs.Brief
}

// findSnapshots reads the snapshots in dir other than skip, newest first.
// Damaged ones are skipped.
func findSnapshots(dir, skip string) []recovered {
	names, _ := filepath.Glob(filepath.Join(dir, "unsaved-*.json"))
	var out []recovered
	for _, name := range names {
		if name == skip {
			continue
		}
		if r, err := readSnapshot(name); err == nil {
			out = append(out, r)
		}
	}
	slices.SortFunc(out, func(a, b recovered) int { return b.snap.Saved.Compare(a.snap.Saved) })
	return out
}

func readSnapshot(name string) (recovered, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return recovered{}, err
	}
	var s snapshot
	if err := json.Unmarshal(data, &s); err != nil {
		return recovered{}, fmt.Errorf("recovery snapshot %s: %w", name, err)
	}
	b, err := briefs.Unmarshal(s.Brief)
	if err != nil {
		return recovered{}, fmt.Errorf("recovery snapshot %s: %w", name, err)
	}
	return recovered{file: name, snap: s, brief: b}, nil
}

// offerRecovery looks for unsaved work left by a crash and offers the
// newest back; the others are kept for a later start.
func (w *Window) offerRecovery() {
	dir, own := w.snap.dir, w.snap.file
	if dir == "" {
		return
	}
	w.deps.Run.Background(func() {
		removeStaleSnapshotTemps(dir)
		found := findSnapshots(dir, own)
		if len(found) == 0 {
			return
		}
		w.deps.Run.UI(func() {
			w.trace("recovery: offered " + filepath.Base(found[0].file))
			w.askRestore(found[0])
		})
	})
}

// removeStaleSnapshotTemps removes the temporary files that snapshot
// writes killed mid-write left in dir. Every session's snapshot has a name
// of its own, so no later write of the same file would ever clean them. A
// temp a live session holds is kept (see briefs.RemoveStaleTemps).
func removeStaleSnapshotTemps(dir string) {
	briefs.RemoveStaleTempsMatching(dir, "unsaved-*.json")
}

func (w *Window) askRestore(r recovered) {
	name := strings.TrimSpace(r.brief.Title)
	if r.snap.Path != "" {
		name = filepath.Base(r.snap.Path)
	}
	msg := fmt.Sprintf("Briefsmith closed before your changes to “%s” were saved (last snapshot %s). Restore them?",
		name, r.snap.Saved.Local().Format("2 Jan 15:04"))
	drop := func() { w.deps.Run.Background(func() { os.Remove(r.file) }) }
	restore := func() {
		w.whenSafe(func() {
			d := NewDocument(r.brief, r.snap.Path)
			d.MarkUnsaved() // the restored work is not on disk
			w.setDocument(d)
			w.snap.schedule(d)
			drop()
		})
	}
	w.dlgs.ask("Restore unsaved work?", msg, choice{label: "Discard", run: drop}, choice{label: "Restore", important: true, run: restore})
}
