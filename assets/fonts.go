// Package assets holds the files Briefsmith embeds in its binary: the fonts
// the PDF export uses (DejaVu, Droid Sans Fallback and NanumGothic, with
// their licences) and the other resources the app ships. Each accessor
// returns a fresh copy of the bytes, so callers may keep or change what
// they get without affecting anyone else.
package assets

import (
	"embed"
	"fmt"
	"strings"
)

//go:embed fonts/*.ttf
var fontFiles embed.FS

//go:embed fonts/LICENSE-DejaVu.txt
var fontLicense string

//go:embed fonts/LICENSE-DroidSansFallback.txt
var cjkLicense string

//go:embed fonts/LICENSE-Nanum.txt
var koreanLicense string

// FontStyle is a face within a family, in gofpdf's notation: "" (regular),
// "B" (bold), "I" (italic or oblique) and "BI" (bold italic).
type FontStyle string

// The font styles the embedded families provide.
const (
	Regular    FontStyle = ""
	Bold       FontStyle = "B"
	Italic     FontStyle = "I"
	BoldItalic FontStyle = "BI"
)

// The embedded font families.
const (
	// SansFamily is DejaVu Sans: Latin, Greek, Cyrillic, Arabic, Hebrew and
	// many symbols, in all four styles.
	SansFamily = "DejaVuSans"
	// SerifFamily is DejaVu Serif: Latin, Greek and Cyrillic, without Arabic
	// or Hebrew, in regular, bold and italic (no bold italic).
	SerifFamily = "DejaVuSerif"
	// CJKFamily is Droid Sans Fallback (Apache-2.0): Chinese, Japanese and
	// Korean with TrueType outlines, one face (about 4 MB) used for every
	// style. Load it only for text that needs it.
	CJKFamily = "DroidSansFallback"
	// KoreanFamily is NanumGothic (OFL-1.1): Hangul, which Droid Sans
	// Fallback lacks, with TrueType outlines; one face (about 4.7 MB) used
	// for every style. Load it only for text that needs it.
	KoreanFamily = "NanumGothic"
)

// fontPath returns the embedded file of family in style.
func fontPath(family string, style FontStyle) (string, bool) {
	var base string
	switch family {
	case SansFamily:
		base = "fonts/DejaVuSans"
	case SerifFamily:
		base = "fonts/DejaVuSerif"
	case CJKFamily:
		return "fonts/DroidSansFallbackFull.ttf", true
	case KoreanFamily:
		return "fonts/NanumGothic.ttf", true
	default:
		return "", false
	}
	switch style {
	case Regular:
		return base + ".ttf", true
	case Bold:
		return base + "-Bold.ttf", true
	case Italic:
		if family == SansFamily {
			return base + "-Oblique.ttf", true
		}
		return base + "-Italic.ttf", true
	case BoldItalic:
		return base + "-BoldOblique.ttf", family == SansFamily
	}
	return "", false
}

// FontFamilies lists the embedded font families.
func FontFamilies() []string {
	return []string{SansFamily, SerifFamily, CJKFamily, KoreanFamily}
}

// HasFont reports whether the family is embedded in the given style.
func HasFont(family string, style FontStyle) bool {
	_, ok := fontPath(family, style)
	return ok
}

// Font returns the TrueType bytes of one embedded face.
func Font(family string, style FontStyle) ([]byte, error) {
	path, ok := fontPath(family, style)
	if !ok {
		return nil, fmt.Errorf("no embedded font %q in style %q (families: %s)",
			family, style, strings.Join(FontFamilies(), ", "))
	}
	data, err := fontFiles.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read embedded font %s: %w", path, err)
	}
	return data, nil
}

// FontLicense returns the licence texts that cover the embedded fonts
// (DejaVu, Droid Sans Fallback, NanumGothic); ship them with any document
// or package that redistributes the fonts.
func FontLicense() string {
	return fontLicense + "\n\n" + cjkLicense + "\n\n" + koreanLicense
}
