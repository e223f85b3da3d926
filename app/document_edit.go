package app

import (
	"reflect"
	"slices"
	"strings"

	"briefsmith/briefs"
)

// The keys of an item's parts that are not sections, as used in
// briefs.Item.Edited and briefs.Flag.Section.
const (
	keyHeadline = "headline"
	keyQuote    = "quote"
)

// BriefField names one line of the brief's title block.
type BriefField int

// The title-block fields the outline edits.
const (
	FieldTitle BriefField = iota
	FieldDate
	FieldPreparedFor
	FieldPreparedBy
)

// SetField changes a title-block field; it does nothing when the value is
// unchanged.
func (d *Document) SetField(f BriefField, value string) {
	ptr := d.field(f)
	if ptr == nil || *ptr == value {
		return
	}
	*ptr = value
	d.changed(false)
}

// SetBrand gives the brief its own brand (one client per brief), laid over
// the settings' brand on export; a zero brand removes it.
func (d *Document) SetBrand(b briefs.Brand) {
	var next *briefs.Brand
	if !b.IsZero() {
		next = &b
	}
	if reflect.DeepEqual(d.Brief.Brand, next) {
		return
	}
	d.Brief.Brand = next
	d.changed(true) // the outline's Brand button names it
}

// SetExportTarget remembers the file and template of the last export; it
// does nothing when both are unchanged.
func (d *Document) SetExportTarget(path, template string) {
	b := d.Brief
	if b.ExportPath == path && b.Template == template {
		return
	}
	b.ExportPath, b.Template = path, template
	d.changed(false)
}

func (d *Document) field(f BriefField) *string {
	switch f {
	case FieldTitle:
		return &d.Brief.Title
	case FieldDate:
		return &d.Brief.Date
	case FieldPreparedFor:
		return &d.Brief.PreparedFor
	case FieldPreparedBy:
		return &d.Brief.PreparedBy
	}
	return nil
}

// SetHeadline changes item i's headline and marks it edited.
func (d *Document) SetHeadline(i int, text string) {
	it := d.Item(i)
	if it == nil || it.Summary.Headline == text {
		return
	}
	it.Summary.Headline = text
	it.MarkEdited(keyHeadline)
	d.changed(false)
}

// SetSection replaces a section of item i with text, one point per line,
// and marks it edited. Lines that equal an existing point keep that point's
// source spans, so the article highlights survive light edits.
func (d *Document) SetSection(i int, sec briefs.Section, text string) {
	it := d.Item(i)
	if it == nil || sectionText(it.Summary.Points(sec)) == text {
		return
	}
	it.Summary.SetPoints(sec, pointsFromText(it.Summary.Points(sec), text))
	it.MarkEdited(sec.Key())
	d.changed(false)
}

// SetQuote changes item i's key quote; an empty text removes it.
func (d *Document) SetQuote(i int, text, speaker string) {
	it := d.Item(i)
	if it == nil {
		return
	}
	text, speaker = strings.TrimSpace(text), strings.TrimSpace(speaker)
	old := it.Summary.Quote
	if (old == nil && text == "" && speaker == "") || (old != nil && old.Text == text && old.Speaker == speaker) {
		return
	}
	it.Summary.Quote = nil
	if text != "" || speaker != "" {
		it.Summary.Quote = &briefs.Quote{Text: text, Speaker: speaker}
	}
	it.MarkEdited(keyQuote)
	d.changed(false)
}

// SetStatus changes item i's status.
func (d *Document) SetStatus(i int, s briefs.Status) {
	it := d.Item(i)
	if it == nil || !s.Valid() || it.Status == s {
		return
	}
	it.Status = s
	d.changed(false)
}

// SetTopic changes item i's topic heading.
func (d *Document) SetTopic(i int, topic string) {
	it := d.Item(i)
	topic = strings.TrimSpace(topic)
	if it == nil || it.Topic == topic {
		return
	}
	it.Topic = topic
	d.regroup()
	d.changed(true)
}

// sectionText is how the editor shows a section: one point per line.
func sectionText(pts []briefs.Point) string {
	lines := make([]string, len(pts))
	for i, p := range pts {
		lines[i] = p.Text
	}
	return strings.Join(lines, "\n")
}

// pointsFromText splits text into points, one per non-blank line, reusing
// the spans of old points whose text is unchanged.
func pointsFromText(old []briefs.Point, text string) []briefs.Point {
	var pts []briefs.Point
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		p := briefs.Point{Text: line}
		if k := slices.IndexFunc(old, func(o briefs.Point) bool { return o.Text == line }); k >= 0 {
			p.Spans = old[k].Spans
		}
		pts = append(pts, p)
	}
	return pts
}
