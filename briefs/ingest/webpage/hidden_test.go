package webpage

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

var hiddenCases = []struct {
	name   string
	html   string
	hidden bool
}{
	{"hidden attribute", `<p hidden>x</p>`, true},
	{"hidden until found", `<p hidden="until-found">x</p>`, true},
	{"aria-hidden true", `<p aria-hidden="true">x</p>`, true},
	{"aria-hidden false is visible", `<p aria-hidden="false">x</p>`, false},
	{"display none", `<p style="color:red; display : none">x</p>`, true},
	{"display none important", `<p style="display:none !important">x</p>`, true},
	{"visibility hidden", `<p style="visibility:hidden">x</p>`, true},
	{"font-size zero", `<span style="font-size:0">x</span>`, true},
	{"font-size zero em", `<span style="font-size: 0.0em">x</span>`, true},
	{"font-size small is visible", `<span style="font-size:0.8em">x</span>`, false},
	{"opacity zero", `<p style="opacity:0">x</p>`, true},
	{"opacity half is visible", `<p style="opacity:.5">x</p>`, false},
	{"absolute far left", `<div style="position:absolute;left:-9999px">x</div>`, true},
	{"fixed far top", `<div style="position: fixed; top: -1000px">x</div>`, true},
	{"absolute slightly left is visible", `<div style="position:absolute;left:-20px">x</div>`, false},
	{"far left without positioning is visible", `<div style="left:-9999px">x</div>`, false},
	{"absolute clipped to nothing", `<span style="position:absolute;clip:rect(0 0 0 0)">x</span>`, true},
	{"text-indent far left", `<h1 style="text-indent:-9999px">x</h1>`, true},
	{"zero height overflow hidden", `<div style="height:0;overflow:hidden">x</div>`, true},
	{"sr-only class", `<span class="label sr-only">x</span>`, true},
	{"visually-hidden class", `<span class="visually-hidden">x</span>`, true},
	{"screen-reader-text class", `<span class="screen-reader-text">x</span>`, true},
	{"template", `<template><p>x</p></template>`, true},
	{"noscript", `<noscript><p>x</p></noscript>`, true},
	{"ordinary paragraph", `<p class="lead" style="color:#333">x</p>`, false},
}

func TestRemoveHidden(t *testing.T) {
	for _, tc := range hiddenCases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tc.html + "<p>kept</p></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			RemoveHidden(doc)
			var sb strings.Builder
			if err := html.Render(&sb, doc); err != nil {
				t.Fatal(err)
			}
			out := sb.String()
			if !strings.Contains(out, "kept") {
				t.Fatalf("visible text removed: %s", out)
			}
			if gone := !strings.Contains(out, ">x<"); gone != tc.hidden {
				t.Errorf("removed = %v, want %v: %s", gone, tc.hidden, out)
			}
		})
	}
}

func TestRemoveHiddenKeepsBody(t *testing.T) {
	doc, _ := html.Parse(strings.NewReader(`<html aria-hidden="true"><body aria-hidden="true"><p>kept</p></body></html>`))
	RemoveHidden(doc)
	var sb strings.Builder
	_ = html.Render(&sb, doc)
	if !strings.Contains(sb.String(), "kept") {
		t.Errorf("body removed: %s", sb.String())
	}
}
