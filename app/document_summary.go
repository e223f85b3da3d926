package app

import (
	"slices"

	"briefsmith/briefs"
)

// editedParts lists every part key a person can edit, in display order.
func editedParts() []string {
	keys := []string{keyHeadline}
	for _, sec := range briefs.Sections {
		keys = append(keys, sec.Key())
	}
	return append(keys, keyQuote)
}

// HasEdits reports whether the item with id has any hand-edited part that a
// re-summarise could overwrite.
func (d *Document) HasEdits(id string) bool {
	it := d.Item(d.IndexOf(id))
	return it != nil && len(it.Edited) > 0 && !it.Summary.IsEmpty()
}

// ApplySummary puts a fresh summary into the item with id. With keepEdits,
// parts the user edited keep the user's text; otherwise they are replaced
// and forgotten as edited. It returns false when the item is gone.
func (d *Document) ApplySummary(id string, s briefs.Summary, keepEdits bool) bool {
	i := d.IndexOf(id)
	it := d.Item(i)
	if it == nil {
		return false
	}
	if keepEdits {
		s = mergeEdits(it, s)
	} else {
		it.Edited = nil
	}
	it.Summary = s
	if len(it.Edited) == 0 && it.Status == briefs.StatusEdited {
		it.Status = briefs.StatusDraft
	}
	d.changed(false)
	return true
}

// mergeEdits returns fresh with the parts the user edited in it copied over.
func mergeEdits(it *briefs.Item, fresh briefs.Summary) briefs.Summary {
	old := it.Summary
	if it.IsEdited(keyHeadline) {
		fresh.Headline = old.Headline
	}
	if it.IsEdited(keyQuote) {
		fresh.Quote = old.Quote
	}
	for _, sec := range briefs.Sections {
		if it.IsEdited(sec.Key()) {
			fresh.SetPoints(sec, old.Points(sec))
		}
	}
	fresh.Flags = slices.DeleteFunc(fresh.Flags, func(f briefs.Flag) bool { return it.IsEdited(f.Section) })
	return fresh
}

// ApplySection replaces one section of the item with id by the same section
// of a fresh summary, at the user's request, so it is no longer "edited".
func (d *Document) ApplySection(id string, sec briefs.Section, s briefs.Summary) bool {
	it := d.Item(d.IndexOf(id))
	if it == nil {
		return false
	}
	it.Summary.SetPoints(sec, s.Points(sec))
	it.Edited = slices.DeleteFunc(it.Edited, func(k string) bool { return k == sec.Key() })
	it.Summary.Flags = slices.DeleteFunc(it.Summary.Flags, func(f briefs.Flag) bool { return f.Section == sec.Key() })
	for _, f := range s.Flags {
		if f.Section == sec.Key() {
			it.Summary.Flags = append(it.Summary.Flags, f)
		}
	}
	d.changed(false)
	return true
}

// FlagCount is the number of fact-check flags across all items.
func (d *Document) FlagCount() int {
	n := 0
	for _, it := range d.Brief.Items {
		n += len(it.Summary.Flags)
	}
	return n
}

// SelectedItem is the selected item, or nil.
func (d *Document) SelectedItem() *briefs.Item { return d.Item(d.selected) }

// IDs lists the items' IDs in order.
func (d *Document) IDs() []string {
	ids := make([]string, len(d.Brief.Items))
	for i, it := range d.Brief.Items {
		ids[i] = it.ID
	}
	return ids
}

// Articles returns the articles of the items with ids; an ID no longer in
// the brief gives an empty article.
func (d *Document) Articles(ids []string) []briefs.Article {
	arts := make([]briefs.Article, len(ids))
	for i, id := range ids {
		if it := d.Item(d.IndexOf(id)); it != nil {
			arts[i] = it.Article
		}
	}
	return arts
}

// Label is how messages name the item with id: its outline label, else
// the ID.
func (d *Document) Label(id string) string {
	if it := d.Item(d.IndexOf(id)); it != nil {
		return itemLabel(it)
	}
	return id
}
