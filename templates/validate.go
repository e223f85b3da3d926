package templates

import (
	"bytes"
	"fmt"
	"image"
	_ "image/jpeg" // logos may be JPEG
	_ "image/png"  // or PNG
	"os"
	"path/filepath"
	"slices"
	"strings"

	"briefsmith/assets"
)

// FieldError is a template field with a wrong value: Field is its dotted
// TOML name ("page.margin_mm"), Msg what is wrong. The loader adds the
// file's name in front: "acme.toml: page.margin_mm: must be between 5 and
// 50 (got 200)".
type FieldError struct {
	Field, Msg string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

func fieldErr(field, format string, args ...any) error {
	return &FieldError{Field: field, Msg: fmt.Sprintf(format, args...)}
}

// validate checks everything the renderers rely on, one part at a time.
func (t Template) validate() error {
	for _, check := range []func() error{t.checkNames, t.checkPage, t.checkFonts, t.checkSizes,
		t.checkColors, t.checkBrand, t.checkLayout, t.checkSections, t.checkSource} {
		if err := check(); err != nil {
			return err
		}
	}
	return nil
}

func (t Template) checkNames() error {
	if strings.TrimSpace(t.Name) == "" || strings.ContainsAny(t.Name, `/\ `) {
		return fieldErr("name", "must be a single word such as \"acme-weekly\" (got %q)", t.Name)
	}
	if strings.TrimSpace(t.Title) == "" {
		return fieldErr("title", "must not be empty")
	}
	return nil
}

// between checks lo <= v <= hi.
func between(field string, v, lo, hi float64) error {
	if !(v >= lo && v <= hi) {
		return fieldErr(field, "must be between %g and %g (got %g)", lo, hi, v)
	}
	return nil
}

func (t Template) checkPage() error {
	if _, _, err := pageSize(t.Page.Size); err != nil {
		return fieldErr("page.size", "%v", err)
	}
	if err := between("page.margin_mm", t.Page.MarginMM, 5, 50); err != nil {
		return err
	}
	return between("page.top_margin_mm", t.Page.TopMargin, 12, 50)
}

func (t Template) checkFonts() error {
	for _, f := range []struct{ field, v string }{{"fonts.heading", t.Fonts.Heading}, {"fonts.body", t.Fonts.Body}} {
		if isFontFile(f.v) {
			if _, err := readFontFile(t.path(f.v)); err != nil {
				return fieldErr(f.field, "%v", err)
			}
			continue
		}
		for _, st := range []assets.FontStyle{assets.Regular, assets.Bold, assets.Italic} {
			if !assets.HasFont(f.v, st) {
				return fieldErr(f.field, "must be %s or the path of a .ttf file (got %q)",
					strings.Join(assets.FontFamilies(), " or "), f.v)
			}
		}
	}
	return nil
}

// isFontFile reports whether a fonts value names a file, not a family.
func isFontFile(v string) bool {
	return strings.HasSuffix(strings.ToLower(v), ".ttf") || strings.ContainsAny(v, `/\`)
}

// readFontFile reads a user's TrueType font and checks that it has
// TrueType outlines, which the PDF library needs.
func readFontFile(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read the font: %w", err)
	}
	switch {
	case bytes.HasPrefix(data, []byte("OTTO")):
		return nil, fmt.Errorf("%s has CFF (PostScript) outlines; use a TrueType .ttf font", filepath.Base(path))
	case !bytes.HasPrefix(data, []byte{0, 1, 0, 0}) && !bytes.HasPrefix(data, []byte("true")):
		return nil, fmt.Errorf("%s is not a TrueType font", filepath.Base(path))
	}
	return data, nil
}

func (t Template) checkSizes() error {
	z := t.Sizes
	for _, s := range []struct {
		name string
		v    float64
	}{{"label", z.Label}, {"title", z.Title}, {"meta", z.Meta}, {"topic", z.Topic}, {"headline", z.Headline},
		{"source", z.Source}, {"section", z.Section}, {"body", z.Body}, {"quote", z.Quote}, {"footer", z.Footer}} {
		if err := between("sizes."+s.name, s.v, 4, 48); err != nil {
			return err
		}
	}
	return between("sizes.line_spacing", z.LineSpacing, 1, 3)
}

func (t Template) checkColors() error {
	c := t.Colors
	for _, f := range []struct{ name, v string }{{"text", c.Text}, {"heading", c.Heading}, {"accent", c.Accent},
		{"muted", c.Muted}, {"rule", c.Rule}, {"panel", c.Panel}, {"alert", c.Alert}} {
		if _, err := parseColor(f.v); err != nil {
			return fieldErr("colors."+f.name, "%v", err)
		}
	}
	return nil
}

func (t Template) checkBrand() error {
	b := t.Brand
	if b.Color != "" {
		if _, err := parseColor(b.Color); err != nil {
			return fieldErr("brand.color", "%v", err)
		}
	}
	if !slices.Contains([]string{"left", "right", "none"}, b.LogoPlace) {
		return fieldErr("brand.logo_place", "must be \"left\", \"right\" or \"none\" (got %q)", b.LogoPlace)
	}
	if err := between("brand.logo_width_mm", b.LogoWidthMM, 5, 80); err != nil {
		return err
	}
	if len(t.logo) > 0 {
		if _, err := logoKind(t.logo); err != nil {
			return fieldErr("brand.logo", "%v", err)
		}
	}
	return nil
}

// logoKind checks that data is a PNG or JPEG image and returns "PNG" or "JPG".
func logoKind(data []byte) (string, error) {
	_, format, err := image.DecodeConfig(bytes.NewReader(data))
	switch {
	case err != nil:
		return "", fmt.Errorf("must be a PNG or JPEG image: %v", err)
	case format == "png":
		return "PNG", nil
	case format == "jpeg":
		return "JPG", nil
	}
	return "", fmt.Errorf("must be a PNG or JPEG image (got %s)", format)
}

func (t Template) checkLayout() error {
	l := t.Layout
	if l.Points != "bullets" && l.Points != "paragraphs" {
		return fieldErr("layout.points", "must be \"bullets\" or \"paragraphs\" (got %q)", l.Points)
	}
	if err := between("layout.points_per_section", float64(l.PointsPerSection), 0, 20); err != nil {
		return err
	}
	return between("layout.max_items", float64(l.MaxItems), 0, 500)
}

func (t Template) checkSections() error {
	s := t.Sections
	if len(s.Show) == 0 {
		return fieldErr("sections.show", "must list at least one of %s", strings.Join(sectionKeys, ", "))
	}
	for _, k := range s.Show {
		if !slices.Contains(sectionKeys, k) {
			return fieldErr("sections.show", "%q is not one of %s", k, strings.Join(sectionKeys, ", "))
		}
		if k != "quote" && strings.TrimSpace(s.title(k)) == "" {
			return fieldErr("sections."+k, "must not be empty while sections.show lists it")
		}
	}
	return nil
}

func (t Template) checkSource() error {
	if len(t.Source.Fields) == 0 {
		return fieldErr("source.fields", "must list at least one of %s", strings.Join(sourceFields, ", "))
	}
	for _, f := range t.Source.Fields {
		if !slices.Contains(sourceFields, f) {
			return fieldErr("source.fields", "%q is not one of %s", f, strings.Join(sourceFields, ", "))
		}
	}
	if strings.TrimSpace(t.Source.Separator) == "" {
		return fieldErr("source.separator", "must not be blank")
	}
	return nil
}

// path resolves a file named in the template against the template's folder.
func (t Template) path(p string) string {
	if filepath.IsAbs(p) || t.dir == "" {
		return p
	}
	return filepath.Join(t.dir, p)
}
