package app

import (
	"errors"
	"fmt"
	"image/color"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefsmith/briefs"
)

// brandEditor edits a Brand (logo file, firm or client name, colour,
// banner, disclaimer) beside a live preview of a brief's first page. It is
// the Settings dialog's Brand page and the brief's own brand dialog.
type brandEditor struct {
	dlgs       *dialogs
	folder     string // where the logo file dialog starts
	name       *widget.Entry
	color      *widget.Entry
	logo       *widget.Entry
	chooseLogo *widget.Button
	clearLogo  *widget.Button
	banner     *widget.Entry
	disclaimer *widget.Entry
	preview    *brandPreview
	box        fyne.CanvasObject
}

// newBrandEditor makes the editor filled with b; title is the brief title
// the preview shows.
func newBrandEditor(d *dialogs, b briefs.Brand, title, folder string) *brandEditor {
	e := &brandEditor{dlgs: d, folder: folder, preview: newBrandPreview(title)}
	e.name = brandEntry("Acme Advisory", b.Name, e.onChanged)
	e.color = brandEntry("#0B6E4F", b.Color, e.onChanged)
	e.color.Validator = validateColor
	e.logo = brandEntry("PNG or JPEG file", b.Logo, e.onChanged)
	e.chooseLogo = widget.NewButton("Choose…", e.onChooseLogo)
	e.clearLogo = widget.NewButton("Remove", func() { e.logo.SetText("") })
	e.banner = brandEntry("CONFIDENTIAL", b.Banner, e.onChanged)
	e.disclaimer = widget.NewMultiLineEntry()
	e.disclaimer.Wrapping = fyne.TextWrapWord
	e.disclaimer.SetMinRowsVisible(3)
	e.disclaimer.SetPlaceHolder("Closing note in small type, e.g. not legal or investment advice")
	e.disclaimer.SetText(b.Disclaimer)
	e.disclaimer.OnChanged = e.onChanged
	form := widget.NewForm(
		widget.NewFormItem("Firm or client", e.name),
		widget.NewFormItem("Colour", e.color),
		widget.NewFormItem("Logo", container.NewBorder(nil, nil, nil, container.NewHBox(e.chooseLogo, e.clearLogo), e.logo)),
		widget.NewFormItem("Banner", e.banner),
		widget.NewFormItem("Disclaimer", e.disclaimer),
	)
	hint := caption("Empty fields keep the template's own. The preview shows where each part goes on the first page.")
	hint.Wrapping = fyne.TextWrapWord
	e.box = container.NewBorder(nil, nil, nil, container.NewPadded(e.preview.box), container.NewVBox(form, hint))
	e.onChanged("")
	return e
}

func brandEntry(placeholder, text string, changed func(string)) *widget.Entry {
	en := widget.NewEntry()
	en.SetPlaceHolder(placeholder)
	en.SetText(text)
	en.OnChanged = changed
	return en
}

// validateColor accepts an empty colour or one in #RRGGBB form.
func validateColor(s string) error {
	if s = strings.TrimSpace(s); s == "" || briefs.IsHexColor(s) {
		return nil
	}
	return errors.New("use the form #RRGGBB, e.g. #0B6E4F")
}

// brand is the editor's values; an invalid colour is an error naming it.
func (e *brandEditor) brand() (briefs.Brand, error) {
	b := briefs.Brand{
		Name: strings.TrimSpace(e.name.Text), Color: strings.ToUpper(strings.TrimSpace(e.color.Text)),
		Logo: strings.TrimSpace(e.logo.Text), Banner: strings.TrimSpace(e.banner.Text),
		Disclaimer: strings.TrimSpace(e.disclaimer.Text),
	}
	if err := b.Validate(); err != nil {
		return briefs.Brand{}, fmt.Errorf("%w: use the form #RRGGBB, e.g. #0B6E4F", err)
	}
	return b, nil
}

// onChanged redraws the preview after any edit.
func (e *brandEditor) onChanged(string) {
	e.preview.show(briefs.Brand{
		Name: e.name.Text, Color: strings.TrimSpace(e.color.Text), Logo: strings.TrimSpace(e.logo.Text),
		Banner: e.banner.Text, Disclaimer: e.disclaimer.Text,
	})
}

// onChooseLogo picks a PNG or JPEG file for the logo.
func (e *brandEditor) onChooseLogo() {
	fd := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			e.dlgs.showError("Could not choose the logo", err)
			return
		}
		if r == nil {
			return
		}
		if err := r.Close(); err != nil {
			e.dlgs.log.Warn("closing the logo file", "file", r.URI().Path(), "err", err)
		}
		e.logo.SetText(r.URI().Path())
	}, e.dlgs.parent)
	fd.SetFilter(storage.NewExtensionFileFilter([]string{".png", ".jpg", ".jpeg"}))
	dir := e.folder
	if p := strings.TrimSpace(e.logo.Text); p != "" {
		dir = filepath.Dir(p)
	}
	setDialogFolder(fd, dir)
	fd.Show()
}

// previewWidth is the preview page's width; its height keeps A4's shape.
const previewWidth = 230

// brandPreview is a small drawing of a brief's first page with the brand
// on it: the banner across the top, the logo and name, the title under a
// rule in the brand's colour, lines standing for items, and the
// disclaimer at the foot. It is drawn with Fyne shapes, so it follows
// every keystroke at once.
type brandPreview struct {
	title      string
	banner     *canvas.Text
	logo       *canvas.Image
	noLogo     *canvas.Text
	name       *canvas.Text
	rule       *canvas.Rectangle
	heading    *canvas.Text
	topic      *canvas.Text
	lines      []*canvas.Rectangle
	disclaimer *widget.Label
	box        fyne.CanvasObject
}

var (
	pageInk   = color.NRGBA{R: 0x22, G: 0x22, B: 0x22, A: 0xff}
	pageMuted = color.NRGBA{R: 0xb8, G: 0xbc, B: 0xc4, A: 0xff}
	// defaultAccent stands for the template's own colour when none is set.
	defaultAccent = color.NRGBA{R: 0x1f, G: 0x3a, B: 0x5f, A: 0xff}
)

func newBrandPreview(title string) *brandPreview {
	p := &brandPreview{title: firstNonEmpty(title, "Morning Brief")}
	p.banner = small("", 8, true)
	p.banner.Alignment = fyne.TextAlignCenter
	p.logo = canvas.NewImageFromResource(nil)
	p.logo.FillMode = canvas.ImageFillContain
	p.logo.SetMinSize(fyne.NewSize(56, 28))
	p.noLogo = small("", 7, false)
	p.name = small("", 10, true)
	p.rule = canvas.NewRectangle(defaultAccent)
	p.rule.SetMinSize(fyne.NewSize(previewWidth-28, 2))
	p.heading = small(p.title, 13, true)
	p.topic = small("TOPIC", 8, true)
	body := []fyne.CanvasObject{p.topic}
	for i := range 9 {
		r := canvas.NewRectangle(pageMuted)
		r.SetMinSize(fyne.NewSize(float32(previewWidth-28-(i%3)*30), 4))
		p.lines = append(p.lines, r)
		body = append(body, container.NewHBox(r))
	}
	p.disclaimer = widget.NewLabel("")
	p.disclaimer.Wrapping = fyne.TextWrapWord
	p.disclaimer.SizeName = theme.SizeNameCaptionText
	head := container.NewBorder(nil, nil, container.NewStack(p.logo, p.noLogo), nil, container.NewVBox(layout.NewSpacer(), p.name))
	content := container.NewVBox(p.banner, head, p.rule, p.heading, container.NewVBox(body...), layout.NewSpacer())
	page := canvas.NewRectangle(color.White)
	page.StrokeColor = pageMuted
	page.StrokeWidth = 1
	page.SetMinSize(fyne.NewSize(previewWidth, previewWidth*297/210))
	foot := container.NewVBox(layout.NewSpacer(), p.disclaimer)
	p.box = container.NewVBox(caption("First page"), container.NewStack(page, container.NewPadded(container.NewStack(content, foot))))
	return p
}

func small(text string, size float32, bold bool) *canvas.Text {
	t := canvas.NewText(text, pageInk)
	t.TextSize = size
	t.TextStyle = fyne.TextStyle{Bold: bold}
	return t
}

// show draws b on the page.
func (p *brandPreview) show(b briefs.Brand) {
	accent := defaultAccent
	if c, ok := parseHexColor(b.Color); ok {
		accent = c
	}
	p.banner.Text = strings.ToUpper(strings.TrimSpace(b.Banner))
	p.banner.Color = accent
	p.name.Text = strings.TrimSpace(b.Name)
	p.name.Color = accent
	p.rule.FillColor = accent
	p.topic.Color = accent
	p.showLogo(b.Logo)
	p.disclaimer.SetText(strings.TrimSpace(b.Disclaimer))
	for _, o := range []fyne.CanvasObject{p.banner, p.name, p.rule, p.topic} {
		o.Refresh()
	}
}

// showLogo shows the logo file, or a note when it is set but unreadable.
func (p *brandPreview) showLogo(path string) {
	p.noLogo.Text = ""
	p.logo.File, p.logo.Resource = "", nil
	if path != "" {
		if ext := strings.ToLower(filepath.Ext(path)); ext == ".png" || ext == ".jpg" || ext == ".jpeg" {
			p.logo.File = path
		} else {
			p.noLogo.Text = "not a PNG or JPEG"
		}
	}
	p.logo.Refresh()
	p.noLogo.Refresh()
}

// parseHexColor reads "#RRGGBB".
func parseHexColor(s string) (color.NRGBA, bool) {
	if !briefs.IsHexColor(s) {
		return color.NRGBA{}, false
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return color.NRGBA{}, false
	}
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}, true
}
