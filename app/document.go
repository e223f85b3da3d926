package app

import (
	"path/filepath"
	"strings"

	"briefsmith/briefs"
)

// Document is the brief being edited with what the window needs to know
// about it: where it is saved, whether it has unsaved changes, which item is
// selected and the deleted items that Undo can bring back. All methods run
// on the UI goroutine.
type Document struct {
	Brief    *briefs.Brief
	Path     string // "" until first saved
	rev      uint64 // bumped by every change
	savedRev uint64 // rev at the last save or load
	selected int    // index of the selected item, -1 for none
	deleted  []deletion
	onChange func(structural bool)
	batching bool // inside Batch: one notice at the end
	pending  bool // a change happened during the batch
}

// deletion remembers a deleted item and where it was, for Undo.
type deletion struct {
	item  briefs.Item
	index int
}

// NewDocument wraps b, loaded from path ("" for a new brief), as unchanged.
func NewDocument(b *briefs.Brief, path string) *Document {
	if b == nil {
		b = &briefs.Brief{}
	}
	d := &Document{Brief: b, Path: path, selected: -1}
	if len(b.Items) > 0 {
		d.selected = 0
	}
	// Shown grouped by topic, as every export groups it; a file saved
	// ungrouped keeps its order until it is saved again.
	d.regroup()
	return d
}

// OnChange sets the function called after every change; structural is true
// when items were added, removed or reordered.
func (d *Document) OnChange(f func(structural bool)) { d.onChange = f }

func (d *Document) changed(structural bool) {
	d.rev++
	if d.batching {
		d.pending = true
		return
	}
	if d.onChange != nil {
		d.onChange(structural)
	}
}

// Batch runs f, which makes many changes, and notifies OnChange once at the
// end (as a structural change) instead of once per change.
func (d *Document) Batch(f func()) {
	d.batching = true
	f()
	d.batching = false
	if d.pending && d.onChange != nil {
		d.pending = false
		d.onChange(true)
	}
	d.pending = false
}

// Dirty reports whether the brief has changes not yet saved.
func (d *Document) Dirty() bool { return d.rev != d.savedRev }

// MarkUnsaved marks the brief as changed since it was last saved, as when
// it was restored from a recovery snapshot.
func (d *Document) MarkUnsaved() { d.changed(false) }

// Rev is the revision counter; pass it to MarkSaved once a save of this
// revision has reached the disk.
func (d *Document) Rev() uint64 { return d.rev }

// MarkSaved records that revision rev is on disk at path.
func (d *Document) MarkSaved(path string, rev uint64) {
	d.Path = path
	d.savedRev = rev
}

// Name is what the title bar calls the brief: the file name, else the
// brief's title, else "Untitled brief".
func (d *Document) Name() string {
	if d.Path != "" {
		return filepath.Base(d.Path)
	}
	if t := strings.TrimSpace(d.Brief.Title); t != "" {
		return t
	}
	return "Untitled brief"
}

// Len is the number of items.
func (d *Document) Len() int { return len(d.Brief.Items) }

// Item returns item i, or nil when i is out of range.
func (d *Document) Item(i int) *briefs.Item {
	if i < 0 || i >= len(d.Brief.Items) {
		return nil
	}
	return &d.Brief.Items[i]
}

// IndexOf returns the index of the item with id, or -1.
func (d *Document) IndexOf(id string) int {
	for i := range d.Brief.Items {
		if d.Brief.Items[i].ID == id {
			return i
		}
	}
	return -1
}

// Selected is the index of the selected item, -1 for none.
func (d *Document) Selected() int { return d.selected }

// Select makes item i the selected one; out-of-range selects none.
func (d *Document) Select(i int) {
	if i < 0 || i >= len(d.Brief.Items) {
		i = -1
	}
	d.selected = i
}
