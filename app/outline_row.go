package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefsmith/briefs"
)

// outlineRowView draws one outline row: a topic heading, or an item's
// headline with its outlet, status and fact-check flags.
type outlineRowView struct {
	widget.BaseWidget
	heading  *widget.Label
	headline *widget.Label
	detail   *widget.Label
	status   *widget.Label
	flags    *widget.Label
	flagIcon *widget.Icon
	badges   *fyne.Container
	item     *fyne.Container
}

func newOutlineRowView() fyne.CanvasObject {
	v := &outlineRowView{
		heading:  widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		headline: widget.NewLabel(""),
		detail:   widget.NewLabel(""),
		status:   widget.NewLabel(""),
		flags:    widget.NewLabel(""),
		flagIcon: widget.NewIcon(theme.WarningIcon()),
	}
	v.headline.Truncation = fyne.TextTruncateEllipsis
	v.detail.Truncation = fyne.TextTruncateEllipsis
	v.detail.SizeName = theme.SizeNameCaptionText
	v.detail.Importance = widget.LowImportance
	v.status.SizeName = theme.SizeNameCaptionText
	v.flags.SizeName = theme.SizeNameCaptionText
	v.flags.Importance = widget.WarningImportance
	v.badges = container.NewHBox(v.status, v.flagIcon, v.flags)
	second := container.NewBorder(nil, nil, v.badges, nil, v.detail)
	v.item = container.NewVBox(v.headline, second)
	v.heading.Hide()
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer stacks the heading and item layouts; one is hidden.
func (v *outlineRowView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(v.item, v.heading))
}

func (v *outlineRowView) showHeading(topic string) {
	v.heading.SetText(topic)
	v.heading.Show()
	v.item.Hide()
}

func (v *outlineRowView) showItem(it *briefs.Item) {
	v.heading.Hide()
	v.item.Show()
	if it == nil {
		return
	}
	setLabel(v.headline, itemLabel(it), widget.MediumImportance)
	setLabel(v.detail, it.Article.Outlet(), widget.LowImportance)
	setLabel(v.status, statusName(it.Status), statusImportance(it.Status))
	n := len(it.Summary.Flags)
	setLabel(v.flags, fmt.Sprintf("%d to check", n), widget.WarningImportance)
	if v.flags.Visible() != (n > 0) {
		setVisible(v.flags, n > 0)
		setVisible(v.flagIcon, n > 0)
		v.badges.Refresh()
	}
}

// statusName is a status as the user reads it.
func statusName(s briefs.Status) string {
	switch s {
	case briefs.StatusEdited:
		return "Edited"
	case briefs.StatusApproved:
		return "Approved"
	}
	return "Draft"
}

func statusImportance(s briefs.Status) widget.Importance {
	switch s {
	case briefs.StatusEdited:
		return widget.HighImportance
	case briefs.StatusApproved:
		return widget.SuccessImportance
	}
	return widget.LowImportance
}
