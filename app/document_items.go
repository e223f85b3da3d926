package app

import (
	"slices"

	"briefsmith/briefs"
)

// AddArticles appends one draft item per article and selects the first new
// one. It returns the new items' IDs.
func (d *Document) AddArticles(arts []briefs.Article) []string {
	if len(arts) == 0 {
		return nil
	}
	ids := make([]string, 0, len(arts))
	first := len(d.Brief.Items)
	for _, a := range arts {
		it := d.Brief.NewItem(a)
		d.Brief.Items = append(d.Brief.Items, it)
		ids = append(ids, it.ID)
	}
	d.selected = first
	d.changed(true)
	return ids
}

// Move moves item i by delta places (-1 up, +1 down) and keeps it selected.
// It returns the new index and false when the move is impossible.
func (d *Document) Move(i, delta int) (int, bool) {
	j := i + delta
	if d.Item(i) == nil || d.Item(j) == nil || delta == 0 {
		return i, false
	}
	items := d.Brief.Items
	it := items[i]
	items = slices.Delete(items, i, i+1)
	d.Brief.Items = slices.Insert(items, j, it)
	d.selected = j
	d.changed(true)
	return j, true
}

// Delete removes item i and remembers it for Undo.
func (d *Document) Delete(i int) bool {
	it := d.Item(i)
	if it == nil {
		return false
	}
	d.deleted = append(d.deleted, deletion{item: *it, index: i})
	d.Brief.Items = slices.Delete(d.Brief.Items, i, i+1)
	d.Select(min(i, len(d.Brief.Items)-1))
	d.changed(true)
	return true
}

// CanUndo reports whether a deleted item can be brought back.
func (d *Document) CanUndo() bool { return len(d.deleted) > 0 }

// Undo puts the last deleted item back where it was and selects it.
func (d *Document) Undo() (int, bool) {
	n := len(d.deleted)
	if n == 0 {
		return -1, false
	}
	del := d.deleted[n-1]
	d.deleted = d.deleted[:n-1]
	at := min(del.index, len(d.Brief.Items))
	if d.IndexOf(del.item.ID) >= 0 { // an import reused the ID meanwhile
		del.item.ID = d.Brief.NewItem(del.item.Article).ID
	}
	d.Brief.Items = slices.Insert(d.Brief.Items, at, del.item)
	d.selected = at
	d.changed(true)
	return at, true
}

// GroupByTopic orders the items so that each topic's items are together:
// items without a topic first, then the topics in order of first
// appearance. The order within a topic is kept.
func (d *Document) GroupByTopic() {
	rank := map[string]int{"": 0}
	for _, it := range d.Brief.Items {
		if _, ok := rank[it.Topic]; !ok {
			rank[it.Topic] = len(rank)
		}
	}
	var sel string
	if it := d.Item(d.selected); it != nil {
		sel = it.ID
	}
	slices.SortStableFunc(d.Brief.Items, func(a, b briefs.Item) int {
		return rank[a.Topic] - rank[b.Topic]
	})
	d.selected = d.IndexOf(sel)
	d.changed(true)
}

// Topics lists the distinct non-empty topics in order of appearance.
func (d *Document) Topics() []string {
	var out []string
	for _, it := range d.Brief.Items {
		if it.Topic != "" && !slices.Contains(out, it.Topic) {
			out = append(out, it.Topic)
		}
	}
	return out
}
