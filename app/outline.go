package app

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefsmith/briefs"
)

// outlineActions are what the outline asks of the window: item changes
// that move the selection in every pane.
type outlineActions struct {
	onSelect func(item int)  // an item row was chosen
	onMove   func(delta int) // move the selected item up (-1) or down (+1)
	onDelete func()          // delete the selected item
	onUndo   func()          // bring the last deleted item back
	onBrand  func()          // edit the brief's own brand
}

// outline is the left pane: the brief's title block and its items, grouped
// under topic headings, with buttons to move, delete and restore items.
// The title block edits the Document directly.
type outline struct {
	doc                      *Document // nil while no brief is open
	act                      outlineActions
	title, date, preparedFor *widget.Entry
	list                     *widget.List
	rows                     []outlineRow
	up, down, del, undo      *widget.Button
	brand                    *widget.Button // the brief's own brand
	box                      fyne.CanvasObject
	selecting                bool    // true while selectRow moves the list
	headingHeight            float32 // row heights, measured once
	itemHeight               float32
}

// outlineRow is one line of the item list: a topic heading (item -1) or an
// item.
type outlineRow struct {
	topic string
	item  int
}

func newOutline(act outlineActions) *outline {
	o := &outline{act: act}
	o.title = fieldEntry("Brief title", func(s string) { o.onField(FieldTitle, s) })
	o.date = fieldEntry("YYYY-MM-DD", func(s string) { o.onField(FieldDate, s) })
	o.date.Validator = validateDate
	o.preparedFor = fieldEntry("Prepared for", func(s string) { o.onField(FieldPreparedFor, s) })
	o.list = widget.NewList(o.length, newOutlineRowView, o.updateRow)
	o.list.OnSelected = o.onSelected
	o.up = iconButton(theme.MoveUpIcon(), func() { act.onMove(-1) })
	o.down = iconButton(theme.MoveDownIcon(), func() { act.onMove(1) })
	o.del = iconButton(theme.DeleteIcon(), act.onDelete)
	o.undo = widget.NewButtonWithIcon("Undo", theme.ContentUndoIcon(), act.onUndo)
	o.undo.Importance = widget.LowImportance
	o.brand = widget.NewButtonWithIcon(brandButtonText(nil), theme.ColorPaletteIcon(), act.onBrand)
	o.brand.Importance = widget.LowImportance
	o.brand.Alignment = widget.ButtonAlignLeading
	o.box = o.layout()
	return o
}

// onField records an edit of the title block.
func (o *outline) onField(f BriefField, value string) {
	if o.doc != nil {
		o.doc.SetField(f, value)
	}
}

func (o *outline) layout() fyne.CanvasObject {
	form := widget.NewForm(
		widget.NewFormItem("Title", o.title),
		widget.NewFormItem("Date", o.date),
		widget.NewFormItem("For", o.preparedFor),
		widget.NewFormItem("Brand", o.brand),
	)
	heading := widget.NewLabelWithStyle("Items", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	buttons := container.NewHBox(o.up, o.down, o.del, o.undo)
	top := container.NewVBox(form, widget.NewSeparator(), container.NewBorder(nil, nil, heading, buttons))
	return container.NewBorder(top, nil, nil, nil, o.list)
}

// brandButtonText names the brief's own brand, or says the settings' one
// applies.
func brandButtonText(b *briefs.Brand) string {
	if b == nil || b.IsZero() {
		return "As in Settings…"
	}
	return firstNonEmpty(b.Name, "Own brand") + "…"
}

// validateDate accepts an empty date or one in YYYY-MM-DD form, as the
// .brief format requires.
func validateDate(s string) error {
	if s == "" {
		return nil
	}
	if _, err := time.Parse("2006-01-02", s); err != nil {
		return fmt.Errorf("use the form YYYY-MM-DD, e.g. 2026-11-23")
	}
	return nil
}

func fieldEntry(placeholder string, changed func(string)) *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder(placeholder)
	e.OnChanged = changed
	return e
}

func iconButton(icon fyne.Resource, tapped func()) *widget.Button {
	b := widget.NewButtonWithIcon("", icon, tapped)
	b.Importance = widget.LowImportance
	return b
}

// show makes d the brief the outline shows and edits.
func (o *outline) show(d *Document) {
	o.doc = d
	o.reload()
}

// reload rebuilds the rows after items were added, removed or reordered,
// and refills the title block.
func (o *outline) reload() {
	d := o.doc
	o.rows = outlineRows(d.Brief.Items)
	o.setHeadingHeights()
	setTextQuiet(o.title, d.Brief.Title)
	setTextQuiet(o.date, d.Brief.Date)
	setTextQuiet(o.preparedFor, d.Brief.PreparedFor)
	o.brand.SetText(brandButtonText(d.Brief.Brand))
	o.list.Refresh()
	o.selectRow(d.Selected())
	o.refreshButtons()
}

// noTopicHeading heads the items without a topic when they do not come
// first, so that they never sit under another topic's heading.
const noTopicHeading = "No topic"

// outlineRows lays items out under their topic headings, grouped as
// briefs.GroupByTopic groups them (the Document keeps items in that order).
// Items without a topic get no heading when they come first, and the
// heading "No topic" otherwise.
func outlineRows(items []briefs.Item) []outlineRow {
	rows := make([]outlineRow, 0, len(items)+4)
	for g, group := range briefs.GroupByTopic(items) {
		switch {
		case group.Topic != "":
			rows = append(rows, outlineRow{topic: group.Topic, item: -1})
		case g > 0:
			rows = append(rows, outlineRow{topic: noTopicHeading, item: -1})
		}
		for _, i := range group.Items {
			rows = append(rows, outlineRow{item: i})
		}
	}
	return rows
}

// setHeadingHeights makes topic headings one line high and item rows the
// template's two lines (a row's height stays set when its kind changes).
func (o *outline) setHeadingHeights() {
	if o.itemHeight == 0 {
		o.headingHeight = widget.NewLabel("Topic").MinSize().Height
		o.itemHeight = newOutlineRowView().MinSize().Height
	}
	heading, item := o.headingHeight, o.itemHeight
	for r, row := range o.rows {
		if row.item < 0 {
			o.list.SetItemHeight(r, heading)
		} else {
			o.list.SetItemHeight(r, item)
		}
	}
}

func (o *outline) length() int { return len(o.rows) }

// rowOf is the list row showing item i, or -1.
func (o *outline) rowOf(i int) int {
	for r, row := range o.rows {
		if row.item == i && i >= 0 {
			return r
		}
	}
	return -1
}

func (o *outline) onSelected(id widget.ListItemID) {
	if o.selecting || id < 0 || id >= len(o.rows) {
		return
	}
	if o.rows[id].item < 0 { // a heading: select its first item instead
		o.list.Select(id + 1)
		return
	}
	o.act.onSelect(o.rows[id].item)
}

// selectRow highlights item i in the list without re-triggering selection.
func (o *outline) selectRow(i int) {
	o.selecting = true
	defer func() { o.selecting = false }()
	if r := o.rowOf(i); r >= 0 {
		o.list.Select(r)
		o.list.ScrollTo(r)
	} else {
		o.list.UnselectAll()
	}
	o.refreshButtons()
}

// refreshSelected redraws the selected item's row after an edit.
func (o *outline) refreshSelected() {
	if r := o.rowOf(o.doc.Selected()); r >= 0 {
		o.list.RefreshItem(r)
	}
}

func (o *outline) refreshButtons() {
	d := o.doc
	sel, n := -1, 0
	if d != nil {
		sel, n = d.Selected(), d.Len()
	}
	setEnabled(o.up, sel > 0)
	setEnabled(o.down, sel >= 0 && sel < n-1)
	setEnabled(o.del, sel >= 0)
	setEnabled(o.undo, d != nil && d.CanUndo())
}

func (o *outline) updateRow(id widget.ListItemID, obj fyne.CanvasObject) {
	if id >= len(o.rows) {
		return
	}
	v := obj.(*outlineRowView)
	row := o.rows[id]
	if row.item < 0 {
		v.showHeading(row.topic)
		return
	}
	v.showItem(o.doc.Item(row.item))
}

// itemLabel is how the outline names an item: its headline, else the
// article's title, else its source.
func itemLabel(it *briefs.Item) string {
	for _, s := range []string{it.Summary.Headline, it.Article.Title, it.Article.Source} {
		if s != "" {
			return s
		}
	}
	return fmt.Sprintf("Item %s", it.ID)
}
