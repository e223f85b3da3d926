package app

import (
	"slices"
	"strings"

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
	d.regroup()
	d.changed(true)
	return ids
}

// Move moves item i by delta places (-1 up, +1 down) and keeps it selected.
// Items stay grouped by topic: within its topic the item swaps with its
// neighbour; at the edge of its topic the whole topic moves past the
// neighbouring one. It returns the new index and false when the move is
// impossible.
func (d *Document) Move(i, delta int) (int, bool) {
	j := i + delta
	if d.Item(i) == nil || d.Item(j) == nil || (delta != 1 && delta != -1) {
		return i, false
	}
	items := d.Brief.Items
	if topicKey(items[i].Topic) != topicKey(items[j].Topic) {
		return d.moveGroup(i, delta), true
	}
	it := items[i]
	items = slices.Delete(items, i, i+1)
	d.Brief.Items = slices.Insert(items, j, it)
	d.selected = j
	d.changed(true)
	return j, true
}

// moveGroup moves the topic group holding item i past its neighbouring
// group (delta -1: the one before, +1: the one after) and returns the
// item's new index.
func (d *Document) moveGroup(i, delta int) int {
	groups := briefs.GroupByTopic(d.Brief.Items)
	g := slices.IndexFunc(groups, func(tg briefs.TopicGroup) bool { return slices.Contains(tg.Items, i) })
	if h := g + delta; h >= 0 && h < len(groups) {
		groups[g], groups[h] = groups[h], groups[g]
	}
	id := d.Brief.Items[i].ID
	d.reorder(flatten(groups))
	d.selected = d.IndexOf(id)
	d.changed(true)
	return d.selected
}

func flatten(groups []briefs.TopicGroup) []int {
	var out []int
	for _, g := range groups {
		out = append(out, g.Items...)
	}
	return out
}

// topicKey is how topics match: case and spacing do not count, as in
// briefs.GroupByTopic.
func topicKey(topic string) string {
	return strings.ToLower(strings.Join(strings.Fields(topic), " "))
}

// reorder puts the items in order (indexes into the current items).
func (d *Document) reorder(order []int) {
	items := make([]briefs.Item, len(order))
	for k, i := range order {
		items[k] = d.Brief.Items[i]
	}
	d.Brief.Items = items
}

// regroup keeps items with the same topic together, in the order
// briefs.GroupByTopic gives (the order of every export), and keeps the
// selected item selected. It reports whether the order changed.
func (d *Document) regroup() bool {
	order := briefs.GroupedOrder(d.Brief.Items)
	if slices.IsSorted(order) {
		return false
	}
	var sel string
	if it := d.Item(d.selected); it != nil {
		sel = it.ID
	}
	d.reorder(order)
	d.selected = d.IndexOf(sel)
	return true
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

// GroupByTopic puts items with the same topic together, topics in the
// order they first appear (briefs.GroupByTopic); a brief saved by an older
// version may not be grouped yet.
func (d *Document) GroupByTopic() {
	if d.regroup() {
		d.changed(true)
	}
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
