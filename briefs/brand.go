package briefs

import (
	"fmt"
	"strings"
)

// Brand is the look a firm or a client puts on a brief: a name, a colour, a
// logo, a classification banner and a disclaimer. A template carries a
// brand; a Brand from the settings or from the brief itself is laid over it
// with Over, so that each non-empty field wins.
type Brand struct {
	Name       string `json:"name,omitempty"`       // firm or client name, e.g. "Acme Advisory"
	Color      string `json:"color,omitempty"`      // accent colour, "#RRGGBB"
	Logo       string `json:"logo,omitempty"`       // path to a PNG or JPEG file
	LogoData   []byte `json:"logo_data,omitempty"`  // the logo's bytes; wins over Logo when set
	Banner     string `json:"banner,omitempty"`     // classification line on every page, e.g. "CONFIDENTIAL"
	Disclaimer string `json:"disclaimer,omitempty"` // closing paragraph in small type
}

// IsZero reports whether no field is set.
func (b Brand) IsZero() bool {
	return b.Name == "" && b.Color == "" && b.Logo == "" && len(b.LogoData) == 0 &&
		b.Banner == "" && b.Disclaimer == ""
}

// Over returns base with every non-empty field of b in its place. Logo bytes
// and a logo path replace each other: the layer that sets either wins.
func (b Brand) Over(base Brand) Brand {
	out := base
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&out.Name, b.Name}, {&out.Color, b.Color}, {&out.Banner, b.Banner}, {&out.Disclaimer, b.Disclaimer},
	} {
		if strings.TrimSpace(f.src) != "" {
			*f.dst = f.src
		}
	}
	if len(b.LogoData) > 0 || b.Logo != "" {
		out.Logo, out.LogoData = b.Logo, append([]byte(nil), b.LogoData...)
	}
	return out
}

// Validate checks the colour's form; the logo is checked where it is read.
func (b Brand) Validate() error {
	if b.Color != "" && !IsHexColor(b.Color) {
		return fmt.Errorf("brand colour %q is not in #RRGGBB form", b.Color)
	}
	return nil
}

// IsHexColor reports whether s is a colour in "#RRGGBB" form (either case).
func IsHexColor(s string) bool {
	if len(s) != 7 || s[0] != '#' {
		return false
	}
	for _, r := range s[1:] {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
}
