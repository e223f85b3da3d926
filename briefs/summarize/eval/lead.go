package eval

import (
	"strings"

	"briefsmith/briefs"
	"briefsmith/briefs/summarize/sentences"
)

// leadSentences is how many sentences of news open an article: the lead
// and the one or two that complete it.
const leadSentences = 3

// minNewsWords is the fewest words a sentence of news has; shorter lines
// at the top of a body are datelines, bylines or captions.
const minNewsWords = 8

// furniture are phrases of page furniture: a point holding one did not
// come from the news.
var furniture = []string{"cookie", "opt-out", "read more", "click", "subscribe", "sign up",
	"all rights reserved", "getty images", "photo:", "image:", "(photo", "share this", "newsletter"}

// OpensWithLead reports whether the first What Happened point of sum is one
// of the first leadSentences sentences of news in body (sentences of at
// least minNewsWords words), does not open with a quotation mark and holds
// no page furniture.
func OpensWithLead(body string, sum briefs.Summary) bool {
	if len(sum.WhatHappened) == 0 || len(sum.WhatHappened[0].Spans) == 0 {
		return false
	}
	p := sum.WhatHappened[0]
	if strings.ContainsAny(p.Text[:1], "\"“‘'") || hasFurniture(p.Text) {
		return false
	}
	start := p.Spans[0].Start
	seen := 0
	for _, s := range sentences.Split(body) {
		if len(strings.Fields(s.Text)) < minNewsWords || hasFurniture(s.Text) {
			continue
		}
		if start >= s.Start && start < s.End {
			return true
		}
		if seen++; seen == leadSentences {
			break
		}
	}
	return false
}

// hasFurniture reports whether s holds a phrase of page furniture.
func hasFurniture(s string) bool {
	lower := strings.ToLower(s)
	for _, f := range furniture {
		if strings.Contains(lower, f) {
			return true
		}
	}
	return false
}
