package summarize

import (
	"strings"

	"briefsmith/briefs"
)

// Thresholds of the classifier. A sentence goes to What's Next only on
// clear evidence of the future, since an empty What's Next is better than a
// wrong one; it goes to Why It Matters when significance or context cues
// outweigh event cues; everything else reports what happened.
const (
	minNextScore = 2.0
	minWhyScore  = 1.5
)

// cueScores are a sentence's evidence for each section.
type cueScores struct {
	happened, why, next float64
}

// classify puts a sentence with no section heading into a section, from its
// words and its position among the unheaded sentences (0 for the lead).
func classify(f features, pos int) briefs.Section {
	c := scoreCues(f, pos)
	switch {
	case c.next >= minNextScore && c.next >= c.why && c.next >= c.happened:
		return briefs.WhatsNext
	case c.why >= minWhyScore && c.why > c.happened:
		return briefs.WhyItMatters
	}
	return briefs.WhatHappened
}

// scoreCues weighs the cue words of each section, plus a bonus for the
// lead, which usually carries the news.
func scoreCues(f features, pos int) cueScores {
	c := cueScores{
		happened: happenedCues.score(f.words) + pastTense(f.words) + leadBonus(pos),
		why:      whyCues.score(f.words),
		next:     nextCues.score(f.words) + contractedFuture(f.words) + deadline(f.words),
	}
	return c
}

// leadBonus is the head start the first sentences get towards What
// Happened.
func leadBonus(pos int) float64 {
	switch pos {
	case 0:
		return 2.5
	case 1:
		return 1
	}
	return 0
}

// pastTense gives a little weight to verbs in "-ed", at most 1 in all.
func pastTense(words []string) float64 {
	n := 0.0
	for _, w := range words {
		if len(w) > 4 && strings.HasSuffix(w, "ed") && !stopwords[w] {
			n += 0.25
		}
	}
	if n > 1 {
		return 1
	}
	return n
}

// contractedFuture counts "'ll" contractions as "will".
func contractedFuture(words []string) float64 {
	for _, w := range words {
		if strings.HasSuffix(w, "'ll") {
			return 2
		}
	}
	return 0
}

// deadlineUnits are the units of a time limit such as "has 70 days to".
var deadlineUnits = setOf(`days weeks months years hours`)

// deadline scores a time limit still running: "has 21 days to", "have
// two weeks to".
func deadline(words []string) float64 {
	for i := 0; i+3 < len(words); i++ {
		if (words[i] == "has" || words[i] == "have") && deadlineUnits[words[i+2]] && words[i+3] == "to" {
			return 2
		}
	}
	return 0
}
