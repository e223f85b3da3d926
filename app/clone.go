package app

import (
	"slices"

	"briefsmith/briefs"
)

// cloneBrief returns a deep copy of b that background work can read while
// the user keeps editing the original.
func cloneBrief(b *briefs.Brief) *briefs.Brief {
	c := *b
	c.Items = make([]briefs.Item, len(b.Items))
	for i, it := range b.Items {
		c.Items[i] = cloneItem(it)
	}
	return &c
}

func cloneItem(it briefs.Item) briefs.Item {
	it.Edited = slices.Clone(it.Edited)
	it.Summary.Flags = slices.Clone(it.Summary.Flags)
	if q := it.Summary.Quote; q != nil {
		cp := *q
		it.Summary.Quote = &cp
	}
	for _, sec := range briefs.Sections {
		pts := slices.Clone(it.Summary.Points(sec))
		for j := range pts {
			pts[j].Spans = slices.Clone(pts[j].Spans)
		}
		it.Summary.SetPoints(sec, pts)
	}
	return it
}
