package app

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"fyne.io/fyne/v2/test"

	"briefsmith/briefs"
)

// TestBrandPageSavesAndPreviews: the Settings' Brand page validates the
// colour, redraws the preview as fields change and saves the brand.
func TestBrandPageSavesAndPreviews(t *testing.T) {
	h := newHarness(t)
	h.w.Start("")
	h.w.onSettings()
	f := h.w.lastSettings
	e := f.brand
	logo := writeLogo(t)
	test.Type(e.name, "Acme Advisory")
	e.color.SetText("#0b6e4f")
	e.logo.SetText(logo)
	test.Type(e.banner, "Confidential")
	test.Type(e.disclaimer, "Not investment advice.")
	p := e.preview
	if p.name.Text != "Acme Advisory" || p.banner.Text != "CONFIDENTIAL" || p.logo.File != logo || p.disclaimer.Text != "Not investment advice." {
		t.Fatalf("preview: name %q banner %q logo %q disclaimer %q", p.name.Text, p.banner.Text, p.logo.File, p.disclaimer.Text)
	}
	if want := (color.NRGBA{R: 0x0b, G: 0x6e, B: 0x4f, A: 0xff}); p.rule.FillColor != want {
		t.Errorf("rule colour %v, want %v", p.rule.FillColor, want)
	}
	h.tapDialog("Save")
	want := briefs.Brand{Name: "Acme Advisory", Color: "#0B6E4F", Logo: logo, Banner: "Confidential", Disclaimer: "Not investment advice."}
	if !reflect.DeepEqual(h.w.settings.Brand, want) {
		t.Fatalf("saved %+v", h.w.settings.Brand)
	}
	if got := loadSettings(h.w.app.Preferences()).Brand; !reflect.DeepEqual(got, want) {
		t.Errorf("stored %+v", got)
	}
}

func TestBrandColourIsValidated(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{{"", true}, {"#0B6E4F", true}, {"#0b6e4f", true}, {"0B6E4F", false}, {"#0B6E4", false}, {"#GGGGGG", false}, {"red", false}} {
		if err := validateColor(tc.in); (err == nil) != tc.ok {
			t.Errorf("%q: %v", tc.in, err)
		}
	}
	h := newHarness(t)
	h.w.settings.Brand = briefs.Brand{Name: "Old", Color: "#112233"}
	h.w.Start("")
	h.w.onSettings()
	h.w.lastSettings.brand.color.SetText("#12")
	h.w.lastSettings.author.SetText("A. Analyst")
	h.tapDialog("Save")
	if !overlayHasText(h, `brand colour "#12" is not in #RRGGBB form: use the form #RRGGBB, e.g. #0B6E4F`) {
		t.Error("no message naming the bad colour")
	}
	if h.w.settings.Brand.Color != "#112233" || h.w.settings.Author != "A. Analyst" {
		t.Errorf("brand %+v author %q: the old brand should stay, the rest be saved", h.w.settings.Brand, h.w.settings.Author)
	}
}

// TestBriefOwnBrand: a brief's own brand is kept in the brief, exported
// with it, and "Use the Settings brand" removes it.
func TestBriefOwnBrand(t *testing.T) {
	h := withSummarisedBrief(t)
	test.Tap(h.w.outline.brand)
	d := h.w.lastBrand
	test.Type(d.editor.name, "Northwind Bank")
	test.Tap(d.save)
	if b := h.w.doc.Brief.Brand; b == nil || b.Name != "Northwind Bank" || !h.w.doc.Dirty() {
		t.Fatalf("brief brand %+v", b)
	}
	if got := h.w.outline.brand.Text; got != "Northwind Bank…" {
		t.Errorf("the outline's brand button says %q", got)
	}
	h.w.copyAsText(exportRequest{})
	if h.exp.last.Brand == nil || h.exp.last.Brand.Name != "Northwind Bank" {
		t.Errorf("export did not carry the brief's brand")
	}
	h.w.onBriefBrand()
	if h.w.lastBrand.editor.name.Text != "Northwind Bank" {
		t.Error("the dialog does not show the brief's brand")
	}
	test.Tap(h.w.lastBrand.useSaved)
	if h.w.doc.Brief.Brand != nil || h.w.outline.brand.Text != "As in Settings…" {
		t.Errorf("brand not removed: %+v, button %q", h.w.doc.Brief.Brand, h.w.outline.brand.Text)
	}
}

func writeLogo(t *testing.T) string {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, 40, 20))
	for x := range 40 {
		for y := range 20 {
			img.Set(x, y, color.NRGBA{R: 0x0b, G: 0x6e, B: 0x4f, A: 0xff})
		}
	}
	path := filepath.Join(t.TempDir(), "logo.png")
	fh, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	if err := png.Encode(fh, img); err != nil {
		t.Fatal(err)
	}
	return path
}
