package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"briefsmith/briefs"
)

// TestExportReviewsBeforeWriting: the export dialog lists drafts, flagged
// items and empty sections first, offers every format, and "Approved items
// only" writes just those.
func TestExportReviewsBeforeWriting(t *testing.T) {
	h := withSummarisedBrief(t)
	d := h.w.doc
	d.SetStatus(0, briefs.StatusApproved)
	d.Item(1).Summary.Flags = []briefs.Flag{{Section: "why_it_matters", Text: "four per cent"}}
	d.SetSection(2, briefs.WhatsNext, "")
	d.Item(2).Article.Genre = briefs.GenreOpinion
	h.w.onExport()
	f := h.w.lastExport
	for _, want := range []string{
		"1 item is not a news report, by what its page says (check that its sections fit it): Solar cooperative opens (round 1) (an opinion piece)",
		"1 item is still a draft: Grain prices climb (round 1)", // Solar is Edited now
		"1 item has claims not found in its article: Grain prices climb (round 1) (1 to check)",
		"1 section is empty (left out of the document): Solar cooperative opens (round 1): What's Next",
	} {
		if !overlayHasText(h, want) {
			t.Errorf("the review does not say %q", want)
		}
	}
	if got := f.format.Options; len(got) != 7 || got[1] != "Word (.docx)" || got[2] != "E-mail HTML (.html)" {
		t.Errorf("formats offered %q", got)
	}
	if !slices.Equal(f.template.Options, []string{"morning-brief", "one-pager"}) {
		t.Errorf("templates offered %q", f.template.Options)
	}
	f.format.SetSelected("Plain text (.txt)")
	out := filepath.Join(t.TempDir(), "brief.txt")
	f.path.SetText(out)
	f.approved.SetChecked(true)
	test.Tap(f.export)
	if h.exp.last == nil || len(h.exp.last.Items) != 1 || h.exp.last.Items[0].Article.Title != "Harbour bridge closes for repairs" {
		t.Fatalf("approved only exported %v", h.exp.last)
	}
	if _, err := os.Stat(out); err != nil {
		t.Fatal(err)
	}
	if d.Len() != 3 {
		t.Errorf("approved only changed the open brief: %d items", d.Len())
	}
}

func TestCopyAsText(t *testing.T) {
	h := withSummarisedBrief(t)
	h.w.settings.Brand = briefs.Brand{Name: "Acme Advisory", Color: "#0B6E4F"}
	h.w.onExport()
	test.Tap(h.w.lastExport.copyText)
	got := h.w.app.Clipboard().Content()
	if !strings.Contains(got, "Harbour bridge closes for repairs (round 1)") || !strings.Contains(got, "Engineers will inspect the cables next week.") {
		t.Fatalf("clipboard %q", got)
	}
	if h.exp.brand == nil || h.exp.brand.Name != "Acme Advisory" {
		t.Errorf("the settings' brand was not passed: %v", h.exp.brand)
	}
	h.noDialog()
}

func TestApprovedOnlyWithNoneApprovedSaysSo(t *testing.T) {
	h := withSummarisedBrief(t)
	h.w.onExport()
	if !h.w.lastExport.approved.Disabled() {
		t.Error("Approved items only is offered with no approved item")
	}
	h.w.lastExport.dlg.Hide()
	h.w.copyAsText(exportRequest{approvedOnly: true})
	if !overlayHasText(h, `no item is approved yet: approve items in the editor, or untick "Approved items only"`) {
		t.Error("no clear message")
	}
}
