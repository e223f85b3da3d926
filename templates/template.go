package templates

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"path"
	"sort"
	"strings"

	"briefsmith/assets"
)

// DefaultName is the template used when a brief names none.
const DefaultName = "morning-brief"

//go:embed builtin/*.json
var builtinFiles embed.FS

// Template is a document design: what the PDF looks like. Templates are data,
// loaded from the JSON files in builtin/; the renderers read them and never
// change them.
type Template struct {
	Name        string `json:"name"`        // machine name, e.g. "morning-brief"
	Title       string `json:"title"`       // name shown to the user, e.g. "Morning Brief"
	Description string `json:"description"` // one sentence for a template picker
	Label       string `json:"label"`       // small caption above the brief title
	Page        Page   `json:"page"`
	Fonts       Fonts  `json:"fonts"`
	Sizes       Sizes  `json:"sizes"`
	Colors      Colors `json:"colors"`
	Layout      Layout `json:"layout"`
}

// Page is the sheet and its margins.
type Page struct {
	Size      string  `json:"size"`          // "A4" or "Letter"
	MarginMM  float64 `json:"margin_mm"`     // left, right and bottom margin
	TopMargin float64 `json:"top_margin_mm"` // top margin
}

// Fonts names the embedded font family (see package assets) for headings
// and for body text.
type Fonts struct {
	Heading string `json:"heading"`
	Body    string `json:"body"`
}

// Sizes are font sizes in points, plus the line height as a multiple of the
// font size.
type Sizes struct {
	Label       float64 `json:"label"`
	Title       float64 `json:"title"`
	Meta        float64 `json:"meta"`
	Topic       float64 `json:"topic"`
	Headline    float64 `json:"headline"`
	Source      float64 `json:"source"`
	Section     float64 `json:"section"`
	Body        float64 `json:"body"`
	Quote       float64 `json:"quote"`
	Footer      float64 `json:"footer"`
	LineSpacing float64 `json:"line_spacing"`
}

// Colors are "#rrggbb" colours for the parts of the page.
type Colors struct {
	Text    string `json:"text"`    // body text
	Heading string `json:"heading"` // title and headlines
	Accent  string `json:"accent"`  // section headings, links, rules
	Muted   string `json:"muted"`   // source lines, footer, dates
	Rule    string `json:"rule"`    // hairlines between items
	Panel   string `json:"panel"`   // background of the bottom-line box
	Alert   string `json:"alert"`   // distribution line
}

// Layout holds the switches that change the document's structure.
type Layout struct {
	Points      string `json:"points"`       // "bullets" or "paragraphs"
	Cover       bool   `json:"cover"`        // a cover block naming who the brief is prepared for
	Contents    bool   `json:"contents"`     // a list of the headlines after the title block
	ItemRule    bool   `json:"item_rule"`    // a hairline between items
	SectionCaps bool   `json:"section_caps"` // section headings in capitals
}

// Names returns the built-in template names, the default first and the
// others in alphabetical order.
func Names() []string {
	entries, err := builtinFiles.ReadDir("builtin")
	if err != nil {
		return []string{DefaultName}
	}
	names := []string{DefaultName}
	for _, e := range entries {
		if n := strings.TrimSuffix(e.Name(), ".json"); n != DefaultName {
			names = append(names, n)
		}
	}
	sort.Strings(names[1:])
	return names
}

// Lookup returns the built-in template called name; "" means the default.
// An unknown name is an error that lists the known ones.
func Lookup(name string) (Template, error) {
	if name == "" {
		name = DefaultName
	}
	data, err := builtinFiles.ReadFile(path.Join("builtin", path.Base(name)+".json"))
	if err != nil || strings.ContainsAny(name, `/\`) {
		return Template{}, fmt.Errorf("unknown template %q (available: %s)", name, strings.Join(Names(), ", "))
	}
	return parseTemplate(data)
}

// parseTemplate decodes and checks one template file.
func parseTemplate(data []byte) (Template, error) {
	var t Template
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil {
		return Template{}, fmt.Errorf("template file: %w", err)
	}
	if err := t.validate(); err != nil {
		return Template{}, fmt.Errorf("template %q: %w", t.Name, err)
	}
	return t, nil
}

// validate checks what the PDF renderer relies on.
func (t Template) validate() error {
	if _, _, err := pageSize(t.Page.Size); err != nil {
		return err
	}
	for _, f := range []string{t.Fonts.Heading, t.Fonts.Body} {
		if !assets.HasFont(f, assets.Regular) || !assets.HasFont(f, assets.Bold) || !assets.HasFont(f, assets.Italic) {
			return fmt.Errorf("font family %q is not embedded in regular, bold and italic", f)
		}
	}
	for _, c := range []string{t.Colors.Text, t.Colors.Heading, t.Colors.Accent, t.Colors.Muted, t.Colors.Rule, t.Colors.Panel, t.Colors.Alert} {
		if _, err := parseColor(c); err != nil {
			return err
		}
	}
	z := t.Sizes
	for _, size := range []float64{z.Label, z.Title, z.Meta, z.Topic, z.Headline, z.Source, z.Section, z.Body, z.Quote, z.Footer} {
		if !(size >= 4 && size <= 48) {
			return fmt.Errorf("font size %v is outside 4 to 48 points", size)
		}
	}
	if !(z.LineSpacing >= 1 && z.LineSpacing <= 3) {
		return fmt.Errorf("line spacing %v is outside 1 to 3", z.LineSpacing)
	}
	if !(t.Page.MarginMM >= 5 && t.Page.MarginMM <= 50 && t.Page.TopMargin >= 12 && t.Page.TopMargin <= 50) {
		return fmt.Errorf("margins must be 5 to 50 mm (top at least 12 mm, for the running header)")
	}
	if t.Layout.Points != "bullets" && t.Layout.Points != "paragraphs" {
		return fmt.Errorf("layout points %q is neither \"bullets\" nor \"paragraphs\"", t.Layout.Points)
	}
	return nil
}

// pageSize returns the width and height in millimetres of a named sheet.
func pageSize(name string) (w, h float64, err error) {
	switch strings.ToLower(name) {
	case "a4":
		return 210, 297, nil
	case "letter":
		return 215.9, 279.4, nil
	}
	return 0, 0, fmt.Errorf("page size %q is neither A4 nor Letter", name)
}

// rgb is a colour as gofpdf takes it.
type rgb struct{ r, g, b int }

// parseColor reads "#rrggbb".
func parseColor(s string) (rgb, error) {
	var c rgb
	if len(s) != 7 || s[0] != '#' {
		return c, fmt.Errorf("colour %q is not in #rrggbb form", s)
	}
	if _, err := fmt.Sscanf(s[1:], "%02x%02x%02x", &c.r, &c.g, &c.b); err != nil {
		return c, fmt.Errorf("colour %q is not in #rrggbb form", s)
	}
	return c, nil
}
