package templates

import (
	"fmt"
	"strings"
)

// DefaultName is the template used when a brief names none.
const DefaultName = "morning-brief"

// Template is a document design, read from a TOML file (see the package
// comment and docs/notes/NOTES-templates.md for the format). The renderers read it and
// never change it.
type Template struct {
	Name        string   `toml:"name"`        // machine name, e.g. "morning-brief"
	Title       string   `toml:"title"`       // name shown to the user, e.g. "Morning Brief"
	Description string   `toml:"description"` // one sentence for a template picker
	Extends     string   `toml:"extends"`     // built-in whose values this file starts from
	Label       string   `toml:"label"`       // small caption above the brief title; dropped when the title holds it
	Page        Page     `toml:"page"`
	Fonts       Fonts    `toml:"fonts"`
	Sizes       Sizes    `toml:"sizes"`
	Colors      Colors   `toml:"colors"`
	Brand       Brand    `toml:"brand"`
	Layout      Layout   `toml:"layout"`
	Sections    Sections `toml:"sections"`
	Source      Source   `toml:"source"`
	Header      Running  `toml:"header"`
	Footer      Running  `toml:"footer"`

	origin string // "built-in" or the file's path
	dir    string // directory relative paths start from; "" for built-ins
	logo   []byte // logo bytes, read when the template was loaded or branded
}

// Page is the sheet and its margins.
type Page struct {
	Size      string  `toml:"size"`          // "A4" or "Letter"
	MarginMM  float64 `toml:"margin_mm"`     // left, right and bottom margin, 5 to 50
	TopMargin float64 `toml:"top_margin_mm"` // top margin, 12 to 50 (room for the running header)
}

// Fonts names a font for headings and one for body text: an embedded family
// ("DejaVuSans", "DejaVuSerif") or the path of a TrueType (.ttf) file,
// relative to the template file, used for every style.
type Fonts struct {
	Heading string `toml:"heading"`
	Body    string `toml:"body"`
}

// Sizes are font sizes in points (4 to 48), plus the line height as a
// multiple of the font size (1 to 3).
type Sizes struct {
	Label       float64 `toml:"label"`
	Title       float64 `toml:"title"`
	Meta        float64 `toml:"meta"`
	Topic       float64 `toml:"topic"`
	Headline    float64 `toml:"headline"`
	Source      float64 `toml:"source"`
	Section     float64 `toml:"section"`
	Body        float64 `toml:"body"`
	Quote       float64 `toml:"quote"`
	Footer      float64 `toml:"footer"`
	LineSpacing float64 `toml:"line_spacing"`
}

// Colors are "#RRGGBB" colours for the parts of the page.
type Colors struct {
	Text    string `toml:"text"`    // body text
	Heading string `toml:"heading"` // title and headlines
	Accent  string `toml:"accent"`  // section headings, links, rules; the brand colour replaces it
	Muted   string `toml:"muted"`   // source lines, footer, dates
	Rule    string `toml:"rule"`    // hairlines between items
	Panel   string `toml:"panel"`   // background of the bottom-line box
	Alert   string `toml:"alert"`   // distribution line and banner
}

// Brand is the template's own brand; a briefs.Brand laid over it with
// WithBrand replaces its fields.
type Brand struct {
	Name        string  `toml:"name"`          // firm or client name, shown on the cover and in the header
	Color       string  `toml:"color"`         // "#RRGGBB"; replaces colors.accent when set
	Logo        string  `toml:"logo"`          // PNG or JPEG file, relative to the template file
	LogoPlace   string  `toml:"logo_place"`    // "left", "right" (top of the first page) or "none"
	LogoWidthMM float64 `toml:"logo_width_mm"` // 5 to 80; height follows the image
	Banner      string  `toml:"banner"`        // classification line at the top and foot of every page
	Disclaimer  string  `toml:"disclaimer"`    // closing paragraph in small type
}

// Layout holds the switches that change the document's structure.
type Layout struct {
	Points           string `toml:"points"`             // "bullets" or "paragraphs"
	Cover            bool   `toml:"cover"`              // a cover page: logo, title, "prepared for", date
	TopLines         bool   `toml:"top_lines"`          // one linked line per item before the items
	Contents         bool   `toml:"contents"`           // a linked list of the headlines
	GroupTopics      bool   `toml:"group_topics"`       // topic headings, items of a topic kept together
	ItemRule         bool   `toml:"item_rule"`          // a hairline between items
	SectionCaps      bool   `toml:"section_caps"`       // section headings in capitals
	PointsPerSection int    `toml:"points_per_section"` // 0 shows every point
	MaxItems         int    `toml:"max_items"`          // 0 for no limit; more items is a *FitError
	OnePage          bool   `toml:"one_page"`           // the PDF must fit one page, else a *FitError
}

// Sections says which parts of an item show, in what order, and their
// wording. Show holds keys from "what_happened", "why_it_matters",
// "whats_next" and "quote"; a part not listed is left out.
type Sections struct {
	Show         []string `toml:"show"`
	WhatHappened string   `toml:"what_happened"`
	WhyItMatters string   `toml:"why_it_matters"`
	WhatsNext    string   `toml:"whats_next"`
	BottomLine   string   `toml:"bottom_line"` // heading of the brief's bottom-line box
	TopLines     string   `toml:"top_lines"`   // heading of the top lines
	Contents     string   `toml:"contents"`    // heading of the contents list
	OtherTopic   string   `toml:"other_topic"` // heading for items without a topic, when others have one
	Disclaimer   string   `toml:"disclaimer"`  // heading above the disclaimer; "" for none
}

// Source is the format of an item's source line: the fields to show, in
// order, and what goes between them. Empty fields and their separators are
// left out, and a field that repeats an earlier one is dropped.
type Source struct {
	Fields    []string `toml:"fields"`    // from "origin", "byline", "date", "link"
	Separator string   `toml:"separator"` // e.g. " · "
	AlsoIn    string   `toml:"also_in"`   // label before other outlets of a merged story, e.g. "Also in"
}

// Running is the text of a running header or footer. Placeholders:
// {title}, {date}, {brand}, {banner}, {template}, {page} and {pages}.
// A line whose placeholders are all empty is left out.
type Running struct {
	Left  string `toml:"left"`
	Right string `toml:"right"`
}

// Origin says where the template came from: "built-in" or its file's path.
func (t Template) Origin() string { return t.origin }

// sectionKeys are the parts Sections.Show may list.
var sectionKeys = []string{"what_happened", "why_it_matters", "whats_next", "quote"}

// sourceFields are the fields Source.Fields may list.
var sourceFields = []string{"origin", "byline", "date", "link"}

// sectionTitle is the template's wording for section key.
func (s Sections) title(key string) string {
	switch key {
	case "what_happened":
		return s.WhatHappened
	case "why_it_matters":
		return s.WhyItMatters
	case "whats_next":
		return s.WhatsNext
	}
	return ""
}

// pageSize returns the width and height in millimetres of a named sheet.
func pageSize(name string) (w, h float64, err error) {
	switch strings.ToLower(name) {
	case "a4":
		return 210, 297, nil
	case "letter":
		return 215.9, 279.4, nil
	}
	return 0, 0, fmt.Errorf("must be \"A4\" or \"Letter\" (got %q)", name)
}

// rgb is a colour as gofpdf takes it.
type rgb struct{ r, g, b int }

// parseColor reads "#rrggbb".
func parseColor(s string) (rgb, error) {
	var c rgb
	if len(s) != 7 || s[0] != '#' {
		return c, fmt.Errorf("must be a colour in #RRGGBB form (got %q)", s)
	}
	if _, err := fmt.Sscanf(s[1:], "%02x%02x%02x", &c.r, &c.g, &c.b); err != nil {
		return c, fmt.Errorf("must be a colour in #RRGGBB form (got %q)", s)
	}
	return c, nil
}
