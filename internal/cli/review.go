package cli

import (
	"fmt"
	"strings"

	"briefsmith/briefs"
)

// review is the check before a brief leaves (issue 9, item 9): it prints,
// on stderr, the items still in draft, every claim the fact checker could
// not find in its article, every empty section and every item whose page
// says it is not a news report (an opinion piece, a recipe), so the 6 a.m. run's
// log says what a reader would otherwise find first.
func (c *cli) review(b *briefs.Brief, approvedOnly bool) {
	var drafts []string
	for i, it := range b.Items {
		n := i + 1
		if it.Status != briefs.StatusApproved {
			drafts = append(drafts, fmt.Sprint(n))
		}
		for _, f := range it.Summary.Flags {
			c.say(msgWarnFlag, n, shown(it.Article.Source), f.Section, f.Message)
		}
		for _, sec := range briefs.Sections {
			if len(it.Summary.Texts(sec)) == 0 {
				c.say(msgWarnEmpty, n, shown(it.Article.Source), sec.Title())
			}
		}
		if g := it.Article.GenreName(); g != "" {
			c.say(msgWarnGenre, n, shown(it.Article.Source), g)
		}
	}
	if len(drafts) > 0 && !approvedOnly {
		c.say(msgWarnDrafts, len(drafts), len(b.Items), strings.Join(drafts, ", "))
	}
}

// approvedItems keeps only the approved items of b, for --approved-only,
// and says how many were left out.
func (c *cli) approvedItems(b *briefs.Brief) {
	kept := b.Items[:0]
	for _, it := range b.Items {
		if it.Status == briefs.StatusApproved {
			kept = append(kept, it)
		}
	}
	if left := len(b.Items) - len(kept); left > 0 {
		c.say(msgLeftOut, left)
	}
	b.Items = kept
}
