package app

import (
	"fmt"
	"strings"

	"briefsmith/briefs"
)

// exportReview is what to look at before a brief leaves: items still in
// draft, items with fact-check flags, sections left empty, and items whose
// page says they are not news (an opinion piece, a recipe).
type exportReview struct {
	drafts   []string // item labels
	flagged  []string // "label (n claims)"
	empty    []string // "label: What's Next"
	notNews  []string // "label (an opinion piece)"
	approved int      // approved items
	total    int
}

// reviewOf lists d's drafts, flagged items and empty sections.
func reviewOf(d *Document) exportReview {
	r := exportReview{total: d.Len()}
	for i := range d.Brief.Items {
		it := &d.Brief.Items[i]
		label := itemLabel(it)
		switch it.Status {
		case briefs.StatusDraft:
			r.drafts = append(r.drafts, label)
		case briefs.StatusApproved:
			r.approved++
		}
		if n := len(it.Summary.Flags); n > 0 {
			r.flagged = append(r.flagged, fmt.Sprintf("%s (%d to check)", label, n))
		}
		for _, sec := range briefs.Sections {
			if len(it.Summary.Points(sec)) == 0 {
				r.empty = append(r.empty, label+": "+sec.Title())
			}
		}
		if g := it.Article.GenreName(); g != "" {
			r.notNews = append(r.notNews, label+" ("+g+")")
		}
	}
	return r
}

// clean reports whether there is nothing to review.
func (r exportReview) clean() bool {
	return len(r.drafts) == 0 && len(r.flagged) == 0 && len(r.empty) == 0 && len(r.notNews) == 0
}

// lines are the review as short paragraphs for the export dialog.
func (r exportReview) lines() []string {
	var out []string
	add := func(items []string, one, many string) {
		if len(items) == 0 {
			return
		}
		head := fmt.Sprintf(many, len(items))
		if len(items) == 1 {
			head = one
		}
		out = append(out, head+" "+strings.Join(items, "; "))
	}
	add(r.drafts, "1 item is still a draft:", "%d items are still drafts:")
	add(r.flagged, "1 item has claims not found in its article:", "%d items have claims not found in their articles:")
	add(r.empty, "1 section is empty (left out of the document):", "%d sections are empty (left out of the document):")
	add(r.notNews, "1 item is not a news report, by what its page says (check that its sections fit it):",
		"%d items are not news reports, by what their pages say (check that their sections fit them):")
	return out
}

// approvedOnly is a copy of b with only its approved items.
func approvedOnly(b *briefs.Brief) *briefs.Brief {
	out := b.Clone()
	out.Items = out.Items[:0]
	for _, it := range b.Items {
		if it.Status == briefs.StatusApproved {
			out.Items = append(out.Items, it.Clone())
		}
	}
	return out
}
