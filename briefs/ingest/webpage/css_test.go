package webpage

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

func TestParseInlineStyle(t *testing.T) {
	cases := []struct {
		style, prop, want string
	}{
		{"display:none", "display", "none"},
		{"display:/**/none", "display", "none"},
		{`display:\6e one`, "display", "none"},
		{`display:\6E\6F\6E\65`, "display", "none"},
		{`disp\6c ay: none`, "display", "none"},
		{`display:n\one`, "display", "none"},
		{"DISPLAY : NONE", "display", "none"},
		{"display:none !important; display:block", "display", "none"},
		{"display:none; display:block", "display", "block"},
		{"color: red; ; ;display:none", "display", "none"},
		{"display:none", "visibility", ""},
	}
	for _, tc := range cases {
		if got := parseInlineStyle(tc.style).keyword(tc.prop); got != tc.want {
			t.Errorf("parseInlineStyle(%q)[%s] = %q, want %q", tc.style, tc.prop, got, tc.want)
		}
	}
}

func TestParseColor(t *testing.T) {
	cases := []struct {
		value string
		want  rgba
		ok    bool
	}{
		{"#fff", white, true},
		{"#FFFFFF", white, true},
		{"#ffffff00", rgba{255, 255, 255, 0}, true},
		{"white", white, true},
		{"rgb(255,255,255)", white, true},
		{"rgb(100% 100% 100%)", white, true},
		{"rgba(0,0,0,0)", rgba{0, 0, 0, 0}, true},
		{"rgb(0 0 0 / 0%)", rgba{0, 0, 0, 0}, true},
		{"hsl(0,0%,100%)", white, true},
		{"transparent", transparent, true},
		{"currentcolor", rgba{}, false},
		{"var(--ink)", rgba{}, false},
	}
	for _, tc := range cases {
		got, ok := parseColor(parseInlineStyle("color:" + tc.value)["color"].value)
		if ok != tc.ok || (ok && got != tc.want) {
			t.Errorf("parseColor(%q) = %v, %v; want %v, %v", tc.value, got, ok, tc.want, tc.ok)
		}
	}
}

// FuzzCSS runs style attributes and style sheets of any content through
// the CSS reading and the hidden-text walk: no panic, bounded time.
func FuzzCSS(f *testing.F) {
	for _, tc := range hiddenCases {
		f.Add(tc.html)
	}
	f.Add(`<style>.a > .b c, #x{display:none} @media screen{p{font:0/0 a}}</style><p class="a">x</p>`)
	f.Add(`<p style="clip:rect(1px,1px,1px,1px);position:absolute;transform:matrix(0,0,0,0,0,0)">x</p>`)
	f.Fuzz(func(t *testing.T, page string) {
		start := time.Now()
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		RemoveHidden(doc)
		_ = HidesContent(page)
		if d := time.Since(start); d > 10*time.Second {
			t.Fatalf("took %v on %d bytes", d, len(page))
		}
	})
}
