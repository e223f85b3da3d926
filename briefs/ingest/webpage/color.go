package webpage

import (
	"math"
	"strconv"
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// rgba is a colour with channels 0–255 and alpha 0–1.
type rgba struct{ r, g, b, a float64 }

var (
	white       = rgba{255, 255, 255, 1}
	transparent = rgba{0, 0, 0, 0}
)

// namedColors are the CSS colour keywords hidden text is most likely to
// use; other names are treated as unknown (never as hidden).
var namedColors = map[string]rgba{
	"white": white, "black": {0, 0, 0, 1}, "transparent": transparent,
	"snow": {255, 250, 250, 1}, "ivory": {255, 255, 240, 1}, "whitesmoke": {245, 245, 245, 1},
	"ghostwhite": {248, 248, 255, 1}, "floralwhite": {255, 250, 240, 1}, "mintcream": {245, 255, 250, 1},
	"azure": {240, 255, 255, 1}, "aliceblue": {240, 248, 255, 1}, "seashell": {255, 245, 238, 1},
	"linen": {250, 240, 230, 1}, "oldlace": {253, 245, 230, 1}, "honeydew": {240, 255, 240, 1},
	"red": {255, 0, 0, 1}, "green": {0, 128, 0, 1}, "blue": {0, 0, 255, 1}, "yellow": {255, 255, 0, 1},
	"gray": {128, 128, 128, 1}, "grey": {128, 128, 128, 1}, "silver": {192, 192, 192, 1},
	"lightgray": {211, 211, 211, 1}, "lightgrey": {211, 211, 211, 1}, "navy": {0, 0, 128, 1},
}

// parseColor reads a colour value: a keyword, #rgb[a], #rrggbb[aa],
// rgb()/rgba() or hsl()/hsla(). ok is false for anything else
// (currentcolor, var(), gradients).
func parseColor(v []cssToken) (rgba, bool) {
	if len(v) == 0 {
		return rgba{}, false
	}
	switch t := v[0]; t.kind {
	case css.IdentToken:
		c, ok := namedColors[t.text]
		return c, ok
	case css.HashToken:
		return parseHexColor(strings.TrimPrefix(t.text, "#"))
	case css.FunctionToken:
		return parseColorFunction(strings.TrimSuffix(t.text, "("), v[1:])
	}
	return rgba{}, false
}

func parseHexColor(h string) (rgba, bool) {
	if len(h) == 3 || len(h) == 4 {
		var b strings.Builder
		for _, c := range h {
			b.WriteRune(c)
			b.WriteRune(c)
		}
		h = b.String()
	}
	if len(h) != 6 && len(h) != 8 {
		return rgba{}, false
	}
	n, err := strconv.ParseUint(h, 16, 32)
	if err != nil {
		return rgba{}, false
	}
	if len(h) == 6 {
		n = n<<8 | 0xff
	}
	return rgba{float64(n >> 24 & 0xff), float64(n >> 16 & 0xff), float64(n >> 8 & 0xff), float64(n&0xff) / 255}, true
}

func parseColorFunction(name string, args []cssToken) (rgba, bool) {
	var nums []length
	for _, t := range args {
		if l, ok := readLength(t); ok {
			nums = append(nums, l)
		}
	}
	if len(nums) < 3 {
		return rgba{}, false
	}
	alpha := 1.0
	if len(nums) > 3 {
		alpha = fraction(nums[3])
	}
	switch name {
	case "rgb", "rgba":
		ch := func(l length) float64 {
			if l.unit == "%" {
				return l.n * 255 / 100
			}
			return l.n
		}
		return rgba{ch(nums[0]), ch(nums[1]), ch(nums[2]), alpha}, true
	case "hsl", "hsla":
		r, g, b := css.HSL2RGB(math.Mod(nums[0].n/360+1, 1), fraction(nums[1]), fraction(nums[2]))
		return rgba{r * 255, g * 255, b * 255, alpha}, true
	}
	return rgba{}, false
}

// fraction reads "50%" or "0.5" as 0.5.
func fraction(l length) float64 {
	if l.unit == "%" {
		return l.n / 100
	}
	return l.n
}

// luminance is the WCAG relative luminance of c (alpha ignored).
func (c rgba) luminance() float64 {
	lin := func(v float64) float64 {
		v /= 255
		if v <= 0.03928 {
			return v / 12.92
		}
		return math.Pow((v+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.r) + 0.7152*lin(c.g) + 0.0722*lin(c.b)
}

// over is c painted over an opaque background.
func (c rgba) over(bg rgba) rgba {
	return rgba{c.r*c.a + bg.r*(1-c.a), c.g*c.a + bg.g*(1-c.a), c.b*c.a + bg.b*(1-c.a), 1}
}

// invisibleOn reports whether text in colour c cannot be told from the
// opaque background bg: a WCAG contrast ratio under 1.05 (black on black
// is 1.0, yellow on white 1.07).
func (c rgba) invisibleOn(bg rgba) bool {
	a, b := c.over(bg).luminance(), bg.luminance()
	return (max(a, b)+0.05)/(min(a, b)+0.05) < 1.05
}
