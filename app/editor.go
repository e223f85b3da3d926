package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefsmith/briefs"
)

// editor is the middle pane: the selected item's headline, its three
// sections (one point per line), key quote, topic and status. Edits go
// straight to the Document; regenerating a section is the window's job.
type editor struct {
	doc          *Document // the brief of the item shown
	onRegenerate func(briefs.Section)
	index        int // the item shown, -1 for none
	headline     *widget.Entry
	sections     [len(briefs.Sections)]*widget.Entry
	regen        [len(briefs.Sections)]*widget.Button
	flags        map[string]*widget.Label // fact-check notes by part key
	quote        *widget.Entry
	speaker      *widget.Entry
	topic        *widget.SelectEntry
	status       *widget.RadioGroup
	notice       *widget.Label
	rows         *fyne.Container
	form         fyne.CanvasObject
	empty        fyne.CanvasObject
	box          *fyne.Container
}

// newEditor makes the editor; onRegenerate rewrites one section of the
// item shown.
func newEditor(onRegenerate func(briefs.Section)) *editor {
	e := &editor{onRegenerate: onRegenerate, index: -1, flags: map[string]*widget.Label{}}
	e.headline = widget.NewEntry()
	e.headline.TextStyle = fyne.TextStyle{Bold: true}
	e.headline.SetPlaceHolder("Headline")
	e.headline.OnChanged = e.onHeadline
	for _, sec := range briefs.Sections {
		e.sections[sec] = sectionEntry(func(s string) { e.onSection(sec, s) })
		e.regen[sec] = widget.NewButtonWithIcon("Regenerate", theme.ViewRefreshIcon(), func() { e.onRegenerate(sec) })
		e.regen[sec].Importance = widget.LowImportance
	}
	e.buildQuoteAndMeta()
	for _, key := range editedParts() {
		e.flags[key] = flagLabel()
	}
	e.form = e.layout()
	e.empty = emptyEditorHint()
	e.box = container.NewStack(e.empty)
	return e
}

func (e *editor) buildQuoteAndMeta() {
	e.quote = widget.NewMultiLineEntry()
	e.quote.Wrapping = fyne.TextWrapWord
	e.quote.SetMinRowsVisible(2)
	e.quote.SetPlaceHolder("A direct quotation from the article (optional)")
	e.speaker = widget.NewEntry()
	e.speaker.SetPlaceHolder("Who said it")
	e.quote.OnChanged = e.onQuote
	e.speaker.OnChanged = e.onQuote
	e.topic = widget.NewSelectEntry(nil)
	e.topic.SetPlaceHolder("Topic heading (optional)")
	e.topic.OnChanged = e.onTopic
	e.status = widget.NewRadioGroup([]string{"Draft", "Edited", "Approved"}, e.onStatus)
	e.status.Horizontal = true
	e.status.Required = true
	e.notice = widget.NewLabel("")
	e.notice.Wrapping = fyne.TextWrapWord
	e.notice.Importance = widget.WarningImportance
}

func (e *editor) onHeadline(s string) { e.doc.SetHeadline(e.index, s) }

func (e *editor) onSection(sec briefs.Section, s string) { e.doc.SetSection(e.index, sec, s) }

func (e *editor) onQuote(string) { e.doc.SetQuote(e.index, e.quote.Text, e.speaker.Text) }

// onTopic sets the topic; the item may move to its topic's group, and the
// editor follows it.
func (e *editor) onTopic(s string) {
	it := e.doc.Item(e.index)
	if it == nil {
		return
	}
	id := it.ID
	e.doc.SetTopic(e.index, s)
	e.index = e.doc.IndexOf(id)
}

func sectionEntry(changed func(string)) *widget.Entry {
	en := widget.NewMultiLineEntry()
	en.Wrapping = fyne.TextWrapWord
	en.SetMinRowsVisible(3)
	en.SetPlaceHolder(hintNotSummarised)
	en.OnChanged = changed
	return en
}

// hintNotSummarised is the placeholder of every section of an item that
// has no summary yet.
const hintNotSummarised = "Not summarised yet: press Summarise, or type one point per line"

// emptySectionHint is the placeholder of a section the summariser left
// empty: the article had nothing for it. The field stays empty so that no
// filler reaches the brief; the hint says why and that a point may be typed.
func emptySectionHint(sec briefs.Section) string {
	switch sec {
	case briefs.WhatHappened:
		return "Nothing could be summarised from the article: type what happened, one point per line"
	case briefs.WhyItMatters:
		return "Nothing in the article says why it matters: add a point if you know"
	default:
		return "Nothing forward-looking in the article"
	}
}

// sectionHint is the placeholder for section sec of an item with summary s.
func sectionHint(s *briefs.Summary, sec briefs.Section) string {
	if s.IsEmpty() {
		return hintNotSummarised
	}
	return emptySectionHint(sec)
}

// rowsFor is how many lines a section entry shows so that its text fits
// without scrolling: about 70 characters a line, between 2 and 8 lines.
func rowsFor(text string) int {
	n := 0
	for _, line := range strings.Split(text, "\n") {
		n += 1 + len([]rune(line))/70
	}
	return min(max(n, 2), 8)
}

func flagLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.WarningImportance
	l.SizeName = theme.SizeNameCaptionText
	l.Hide()
	return l
}

func (e *editor) layout() fyne.CanvasObject {
	meta := container.NewBorder(nil, nil, e.status, nil, e.topic)
	rows := []fyne.CanvasObject{caption("Headline"), e.headline, e.flags[keyHeadline], meta, e.notice}
	for _, sec := range briefs.Sections {
		title := widget.NewLabelWithStyle(sec.Title(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		rows = append(rows, container.NewBorder(nil, nil, title, e.regen[sec]), e.sections[sec], e.flags[sec.Key()])
	}
	rows = append(rows, caption("Key quote"), e.quote, e.speaker, e.flags[keyQuote])
	e.rows = container.NewVBox(rows...)
	return container.NewVScroll(container.NewPadded(e.rows))
}

func caption(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Importance = widget.LowImportance
	l.SizeName = theme.SizeNameCaptionText
	return l
}

func emptyEditorHint() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("No item selected", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	hint := widget.NewLabelWithStyle("Import articles with Ctrl+I, drop files on the window,\nor press Ctrl+V to paste a link or text.",
		fyne.TextAlignCenter, fyne.TextStyle{})
	hint.Importance = widget.LowImportance
	return container.NewVBox(layout.NewSpacer(), title, hint, layout.NewSpacer())
}

// show fills the editor with item i of d, or the hint when there is none.
func (e *editor) show(d *Document, i int) {
	e.doc, e.index = d, i
	it := d.Item(i)
	if it == nil {
		e.box.Objects = []fyne.CanvasObject{e.empty}
		e.box.Refresh()
		return
	}
	setTextQuiet(e.headline, it.Summary.Headline)
	for _, sec := range briefs.Sections {
		text := sectionText(it.Summary.Points(sec))
		e.sections[sec].SetMinRowsVisible(rowsFor(text))
		e.sections[sec].SetPlaceHolder(sectionHint(&it.Summary, sec))
		setTextQuiet(e.sections[sec], text)
	}
	e.showQuote(it.Summary.Quote)
	e.topic.SetOptions(d.Topics())
	setTextQuiet(&e.topic.Entry, it.Topic)
	e.showStatus(it.Status)
	e.showFlags(it)
	e.notice.SetText(it.Summary.Notice)
	setVisible(e.notice, it.Summary.Notice != "")
	e.rows.Refresh()
	if len(e.box.Objects) == 0 || e.box.Objects[0] != e.form {
		e.box.Objects = []fyne.CanvasObject{e.form}
		e.box.Refresh()
	}
}

func (e *editor) showQuote(q *briefs.Quote) {
	text, speaker := "", ""
	if q != nil {
		text, speaker = q.Text, q.Speaker
	}
	setTextQuiet(e.quote, text)
	setTextQuiet(e.speaker, speaker)
}

func (e *editor) showStatus(s briefs.Status) {
	changed := e.status.OnChanged
	e.status.OnChanged = nil
	e.status.SetSelected(statusName(s))
	e.status.OnChanged = changed
}

// syncStatus shows the item's status after an edit moved it to "Edited".
func (e *editor) syncStatus() {
	if it := e.doc.Item(e.index); it != nil && e.status.Selected != statusName(it.Status) {
		e.showStatus(it.Status)
	}
}

func (e *editor) onStatus(name string) {
	for _, s := range []briefs.Status{briefs.StatusDraft, briefs.StatusEdited, briefs.StatusApproved} {
		if statusName(s) == name {
			e.doc.SetStatus(e.index, s)
		}
	}
}

// showFlags lists the fact checker's notes under the parts they concern.
func (e *editor) showFlags(it *briefs.Item) {
	notes := map[string][]string{}
	for _, f := range it.Summary.Flags {
		notes[f.Section] = append(notes[f.Section], "Check: "+flagText(f))
	}
	for key, l := range e.flags {
		l.SetText(strings.Join(notes[key], "\n"))
		setVisible(l, len(notes[key]) > 0)
	}
}

func flagText(f briefs.Flag) string {
	if f.Message != "" {
		return f.Message
	}
	return "Not found in the article: " + f.Text
}

// refresh re-reads the shown item after a summary changed it.
func (e *editor) refresh() {
	e.show(e.doc, e.index)
}
