package templates

import (
	"strings"
	"testing"

	"briefsmith/briefs"
)

func TestMarkdownInline(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Ports strike", "Ports strike"},
		{"emphasis escaped", "*not* _em_", `\*not\* \_em\_`},
		{"link syntax escaped", "[a](b) <b>", `\[a\](b) \<b\>`},
		{"heading mark escaped", "# not a heading", `\# not a heading`},
		{"emoji kept", "Launch 🚀 👍🏽", "Launch 🚀 👍🏽"},
		{"invalid utf8 replaced", "a\xc0b", "a\uFFFDb"},
		{"controls removed and breaks folded", "a\x00b\nc", "ab c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mdEscape(text(tt.in)); got != tt.want {
				t.Errorf("mdEscape(text(%q)) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMarkdownStructure(t *testing.T) {
	b := sampleBrief()
	b.Items[0].Article.URL = "https://example.com/a_(b)"
	md := string(render(t, NewMarkdown(mustLookup(t, "")), b))
	for _, want := range []string{
		"# Energy and Trade Morning Brief\n",
		"## Gas storage stands at 91 per cent as winter demand begins\n",
		"### What Happened\n\n- The national grid operator",
		"### What's Next\n\n- The operator publishes",
		"> “We enter the winter",
		"> — Maria Olsen",
		"[example.com/a\\_(b)](https://example.com/a_%28b%29)",
		"# Trade\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
	if strings.Count(md, "# Energy\n") != 1 {
		t.Error("the Energy topic heading should appear once for its two items")
	}
}

func TestMarkdownSkipsEmptyParts(t *testing.T) {
	b := &briefs.Brief{Items: []briefs.Item{{ID: "item-1", Summary: briefs.Summary{WhatHappened: pts("", "  ")}}}}
	md := string(render(t, NewMarkdown(mustLookup(t, "")), b))
	for _, unwanted := range []string{"### What Happened", "> ", "Prepared by"} {
		if strings.Contains(md, unwanted) {
			t.Errorf("Markdown of an empty item contains %q:\n%s", unwanted, md)
		}
	}
	if !strings.Contains(md, "# Untitled brief") || !strings.Contains(md, "## Untitled item") {
		t.Errorf("stand-in titles missing:\n%s", md)
	}
}
