package app

import (
	"slices"
	"strings"
	"testing"

	"briefsmith/briefs"
)

// docWith returns a document whose items have the given titles and topics
// ("title" or "title/topic").
func docWith(specs ...string) *Document {
	b := &briefs.Brief{Title: "T", Date: "2026-11-23"}
	for _, s := range specs {
		title, topic, _ := strings.Cut(s, "/")
		it := b.NewItem(briefs.Article{Title: title, Text: "One. Two. Three."})
		it.Topic = topic
		b.Items = append(b.Items, it)
	}
	return NewDocument(b, "")
}

func titles(d *Document) []string {
	var out []string
	for _, it := range d.Brief.Items {
		out = append(out, it.Article.Title)
	}
	return out
}

func TestDocumentMove(t *testing.T) {
	tests := []struct {
		name     string
		from, by int
		want     []string
		ok       bool
	}{
		{"down", 0, 1, []string{"b", "a", "c"}, true},
		{"up", 2, -1, []string{"a", "c", "b"}, true},
		{"past the top", 0, -1, []string{"a", "b", "c"}, false},
		{"past the bottom", 2, 1, []string{"a", "b", "c"}, false},
		{"no selection", -1, 1, []string{"a", "b", "c"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := docWith("a", "b", "c")
			j, ok := d.Move(tc.from, tc.by)
			if ok != tc.ok || !slices.Equal(titles(d), tc.want) {
				t.Fatalf("Move(%d,%d) = %v; order %v, want %v %v", tc.from, tc.by, ok, titles(d), tc.ok, tc.want)
			}
			if ok && (d.Selected() != j || d.Item(j).Article.Title != titles(docWith("a", "b", "c"))[tc.from]) {
				t.Errorf("moved item not selected at %d", j)
			}
			if d.Dirty() != ok {
				t.Errorf("Dirty = %v after move ok=%v", d.Dirty(), ok)
			}
		})
	}
}

func TestDocumentDeleteUndo(t *testing.T) {
	tests := []struct {
		name      string
		deletes   []int
		undos     int
		want      []string
		wantSel   int
		canUndoAt bool
	}{
		{"delete middle and undo", []int{1}, 1, []string{"a", "b", "c"}, 1, false},
		{"delete last selects new last", []int{2}, 0, []string{"a", "b"}, 1, true},
		{"two deletes undone in reverse", []int{0, 0}, 2, []string{"a", "b", "c"}, 0, false},
		{"undo one of two", []int{0, 1}, 1, []string{"b", "c"}, 1, true},
		{"undo with nothing deleted", nil, 1, []string{"a", "b", "c"}, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := docWith("a", "b", "c")
			for _, i := range tc.deletes {
				if !d.Delete(i) {
					t.Fatalf("Delete(%d) failed", i)
				}
			}
			for range tc.undos {
				d.Undo()
			}
			if !slices.Equal(titles(d), tc.want) || d.Selected() != tc.wantSel || d.CanUndo() != tc.canUndoAt {
				t.Fatalf("got %v sel %d canUndo %v; want %v sel %d canUndo %v",
					titles(d), d.Selected(), d.CanUndo(), tc.want, tc.wantSel, tc.canUndoAt)
			}
			if err := d.Brief.Validate(); err != nil {
				t.Fatalf("brief invalid after undo: %v", err)
			}
		})
	}
}

func TestDocumentGroupByTopic(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"keeps order within topics", []string{"a/x", "b/y", "c/x", "d"}, []string{"a", "c", "b", "d"}},
		{"untopical items where the first is", []string{"a", "b/x", "c", "d/x"}, []string{"a", "c", "b", "d"}},
		{"topics match without case", []string{"a/Economy", "b/x", "c/economy "}, []string{"a", "c", "b"}},
		{"no topics is unchanged", []string{"a", "b"}, []string{"a", "b"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := docWith(tc.in...)
			if !slices.Equal(titles(d), tc.want) {
				t.Fatalf("got %v, want %v", titles(d), tc.want)
			}
		})
	}
}

func TestOutlineRows(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []outlineRow
	}{
		{"untopical first need no heading", []string{"a", "b/x", "c/x", "d/y"},
			[]outlineRow{{item: 0}, {topic: "x", item: -1}, {item: 1}, {item: 2}, {topic: "y", item: -1}, {item: 3}}},
		{"untopical after a topic get their own heading", []string{"a/Guns", "b"},
			[]outlineRow{{topic: "Guns", item: -1}, {item: 0}, {topic: noTopicHeading, item: -1}, {item: 1}}},
	}
	for _, tc := range tests {
		d := docWith(tc.in...)
		if got := outlineRows(d.Brief.Items); !slices.Equal(got, tc.want) {
			t.Errorf("%s: rows %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestTopicsStayTogether: a new item or a changed topic joins its topic's
// group, and moving past the edge of a topic moves the whole topic.
func TestTopicsStayTogether(t *testing.T) {
	d := docWith("a/x", "b/y", "c")
	d.Select(2)
	d.SetTopic(2, "X")
	if got := titles(d); !slices.Equal(got, []string{"a", "c", "b"}) || d.Item(d.Selected()).Article.Title != "c" {
		t.Fatalf("after topic change %v, selected %d", got, d.Selected())
	}
	d.AddArticles([]briefs.Article{{Title: "d"}})
	d.SetTopic(3, "y")
	if got := titles(d); !slices.Equal(got, []string{"a", "c", "b", "d"}) {
		t.Fatalf("after adding %v", got)
	}
	j, ok := d.Move(2, -1) // b is first of y: y moves above x
	if got := titles(d); !ok || !slices.Equal(got, []string{"b", "d", "a", "c"}) || j != 0 {
		t.Fatalf("group move: %v at %d", got, j)
	}
	d.Move(0, 1) // within y
	if got := titles(d); !slices.Equal(got, []string{"d", "b", "a", "c"}) {
		t.Fatalf("move within topic: %v", got)
	}
}

func TestSetSection(t *testing.T) {
	span := []briefs.Span{{Start: 0, End: 4}}
	tests := []struct {
		name       string
		text       string
		wantPoints []string
		wantSpans  bool // the first point kept its span
		wantEdited bool
	}{
		{"unchanged text is no edit", "One.", []string{"One."}, true, false},
		{"added line keeps the old point's span", "One.\nMine.", []string{"One.", "Mine."}, true, true},
		{"rewritten line loses its span", "Uno.", []string{"Uno."}, false, true},
		{"blank lines are dropped", "\n One. \n\n", []string{"One."}, true, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := docWith("a")
			d.Item(0).Summary.WhatHappened = []briefs.Point{{Text: "One.", Spans: span}}
			d.SetSection(0, briefs.WhatHappened, tc.text)
			it := d.Item(0)
			if got := it.Summary.Texts(briefs.WhatHappened); !slices.Equal(got, tc.wantPoints) {
				t.Fatalf("points %q, want %q", got, tc.wantPoints)
			}
			if got := len(it.Summary.WhatHappened[0].Spans) > 0; got != tc.wantSpans {
				t.Errorf("span kept = %v, want %v", got, tc.wantSpans)
			}
			if it.IsEdited("what_happened") != tc.wantEdited || d.Dirty() != tc.wantEdited {
				t.Errorf("edited = %v dirty = %v, want %v", it.IsEdited("what_happened"), d.Dirty(), tc.wantEdited)
			}
		})
	}
}

func TestApplySummary(t *testing.T) {
	fresh := briefs.Summary{Headline: "New headline", WhatHappened: []briefs.Point{{Text: "New fact."}},
		WhyItMatters: []briefs.Point{{Text: "New reason."}}, Flags: []briefs.Flag{{Section: "what_happened", Text: "4"}}}
	tests := []struct {
		name         string
		keep         bool
		wantHeadline string
		wantHappened string
		wantFlags    int
	}{
		{"keep edits", true, "New headline", "My fact.", 0},
		{"replace everything", false, "New headline", "New fact.", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := docWith("a")
			d.SetSection(0, briefs.WhatHappened, "My fact.")
			if !d.HasEdits(d.Item(0).ID) {
				t.Fatal("HasEdits false after an edit")
			}
			d.ApplySummary(d.Item(0).ID, fresh, tc.keep)
			it := d.Item(0)
			if it.Summary.Headline != tc.wantHeadline || it.Summary.Texts(briefs.WhatHappened)[0] != tc.wantHappened {
				t.Fatalf("got %q / %q", it.Summary.Headline, it.Summary.Texts(briefs.WhatHappened))
			}
			if len(it.Summary.Flags) != tc.wantFlags {
				t.Errorf("flags %v, want %d", it.Summary.Flags, tc.wantFlags)
			}
			if tc.keep != it.IsEdited("what_happened") {
				t.Errorf("edited mark = %v, want %v", it.IsEdited("what_happened"), tc.keep)
			}
		})
	}
}

func TestApplySectionClearsEditMark(t *testing.T) {
	d := docWith("a")
	d.SetSection(0, briefs.WhatsNext, "Mine.")
	d.SetHeadline(0, "My headline")
	d.ApplySection(d.Item(0).ID, briefs.WhatsNext, briefs.Summary{WhatsNext: []briefs.Point{{Text: "Fresh."}}})
	it := d.Item(0)
	if it.IsEdited("whats_next") || !it.IsEdited("headline") || it.Summary.Texts(briefs.WhatsNext)[0] != "Fresh." {
		t.Fatalf("edited %v, next %q", it.Edited, it.Summary.Texts(briefs.WhatsNext))
	}
}

func TestDirtyAndSaved(t *testing.T) {
	d := docWith("a")
	if d.Dirty() {
		t.Fatal("a loaded document is dirty")
	}
	d.SetField(FieldTitle, "New")
	rev := d.Rev()
	d.SetStatus(0, briefs.StatusApproved) // a change after the save started
	d.MarkSaved("/x/a.brief", rev)
	if !d.Dirty() {
		t.Fatal("a change made during the save was forgotten")
	}
	d.MarkSaved("/x/a.brief", d.Rev())
	if d.Dirty() || d.Name() != "a.brief" {
		t.Fatalf("dirty %v name %q", d.Dirty(), d.Name())
	}
}
