package webpage

import (
	"fmt"
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
	{"display none after a huge style", `<p style="` + strings.Repeat("color:red;", 5000) + `display:none">x</p>`, true},
	{"display none before a huge style", `<p style="display:none !important;` + strings.Repeat("color:red;", 5000) + `">x</p>`, true},
	{"display with a comment", `<p style="display:/**/none">x</p>`, true},
	{"display with a hex escape", `<p style="display:\6e one">x</p>`, true},
	{"font-size 1px", `<span style="font-size:1px">x</span>`, true},
	{"font-size 2px is visible", `<span style="font-size:2px">x</span>`, false},
	{"font-size zero parent, sized child is visible", `<div style="font-size:0"><span style="font-size:14px">x</span></div>`, false},
	{"opacity 0.05", `<p style="opacity:0.05">x</p>`, true},
	{"opacity 0.2 is visible", `<p style="opacity:0.2">x</p>`, false},
	{"clip-path inset 100%", `<p style="clip-path: inset(100%)">x</p>`, true},
	{"clip-path inset 10% is visible", `<p style="clip-path: inset(10%)">x</p>`, false},
	{"scale zero", `<p style="transform: scale(0)">x</p>`, true},
	{"rotate is visible", `<p style="transform: rotate(3deg) scale(1.1)">x</p>`, false},
	{"height 0 overflow clip", `<div style="height:0;overflow:clip">x</div>`, true},
	{"height 0 overflow visible is visible", `<div style="height:0">x</div>`, false},
	{"left -999px", `<div style="position:absolute;left:-999px">x</div>`, true},
	{"text-indent -999px", `<div style="text-indent:-999px">x</div>`, true},
	{"text-indent 2em is visible", `<div style="text-indent:2em">x</div>`, false},
	{"white on white", `<div style="background:#fff"><span style="color:#ffffff">x</span></div>`, true},
	{"white on dark is visible", `<div style="background:#222"><span style="color:#fff">x</span></div>`, false},
	{"white over an image is visible", `<div style="background:url(a.jpg)"><span style="color:#fff">x</span></div>`, false},
	{"yellow on white is visible", `<span style="color:yellow">x</span>`, false},
	{"transparent text", `<span style="color:transparent">x</span>`, true},
	{"closed dialog", `<dialog><p>x</p></dialog>`, true},
	{"open dialog is visible", `<dialog open><p>x</p></dialog>`, false},
	{"style block class", `<style>.k{display:none}</style><p class="k">x</p>`, true},
	{"style block print only is visible", `<style media="print">.k{display:none}</style><p class="k">x</p>`, false},
	{"style block pseudo-class is ignored", `<style>p:hover{display:none}</style><p>x</p>`, false},
	{"style block overridden by a later rule", `<style>.k{display:none} .k.on{display:block}</style><p class="k on">x</p>`, false},
	{"ordinary paragraph", `<p class="lead" style="color:#333">x</p>`, false},
}

func TestRemoveHidden(t *testing.T) {
	for _, tc := range hiddenCases {
		t.Run(tc.name, func(t *testing.T) {
			out := withoutHidden(t, "<html><body>"+tc.html+"<p>kept</p></body></html>")
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

// TestColourUnknownPastTheRuleBudget: a page with more rules than are read
// may override an early link colour later (CNBC sets a {color:#fff} early
// and its article links blue 2,000 rules on), so a colour can no longer
// hide text; a hidden display still does.
func TestColourUnknownPastTheRuleBudget(t *testing.T) {
	var css strings.Builder
	css.WriteString("a{color:#fff} .gone{display:none}")
	for i := range maxRules {
		fmt.Fprintf(&css, ".r%d{color:#333}", i)
	}
	css.WriteString(".story a{color:#2077b6}")
	page := `<html><head><style>` + css.String() + `</style></head><body><p class="story">Beauty company <a href="/q">Coty</a> rose.</p><p class="gone">x</p></body></html>`
	if out := withoutHidden(t, page); !strings.Contains(out, ">Coty<") || strings.Contains(out, ">x<") {
		t.Errorf("want the link kept and the hidden paragraph gone:\n%.300s", out[len(out)-300:])
	}
}

// withoutHidden is page rendered again after RemoveHidden.
func withoutHidden(t *testing.T, page string) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	RemoveHidden(doc)
	var sb strings.Builder
	if err := html.Render(&sb, doc); err != nil {
		t.Fatal(err)
	}
	return sb.String()
}
