package llm

import (
	"strings"
	"unicode"

	"briefsmith/briefs"
)

// redactSummary redacts the key from every text of a parsed answer. The raw
// answer is redacted before parsing too, but parsing can assemble a key the
// raw bytes did not show: JSON escapes ("\u0073k-…") decode to it, and a key
// split by invisible characters (zero-width spaces, soft hyphens) joins up
// again wherever they are dropped, as a renderer or copy-and-paste does.
func redactSummary(sum briefs.Summary, key string) briefs.Summary {
	if len(key) < 4 {
		return sum
	}
	sum.Headline = redactText(sum.Headline, key)
	for _, pts := range [][]briefs.Point{sum.WhatHappened, sum.WhyItMatters, sum.WhatsNext} {
		for i := range pts {
			pts[i].Text = redactText(pts[i].Text, key)
		}
	}
	if sum.Quote != nil {
		q := *sum.Quote
		q.Text, q.Speaker = redactText(q.Text, key), redactText(q.Speaker, key)
		sum.Quote = &q
	}
	return sum
}

// redactText redacts key from s, and also from s with its invisible
// characters removed when that reveals a piece of the key.
func redactText(s, key string) string {
	s = Redact(s, key)
	visible := strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, s)
	if visible == s {
		return s
	}
	if red := Redact(visible, key); red != visible {
		return red
	}
	return s
}
