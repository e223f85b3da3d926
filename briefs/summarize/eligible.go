package summarize

import (
	"strings"
	"unicode/utf8"
)

// boilerplate are phrases of page furniture that never make a summary.
var boilerplate = []string{
	"click here", "sign up", "subscribe", "read more", "all rights reserved",
	"follow us", "newsletter", "cookie", "image copyright", "image caption",
	"media playback", "share this", "skip to", "advertisement", "external links",
	"open in a new window", "copy this link",
}

// eligible reports whether a sentence may appear in a summary at all: long
// enough to say something and not a question.
func eligible(text string, f features) bool {
	if len(f.words) < 4 && utf8.RuneCountInString(text) < 15 {
		return false
	}
	if strings.HasSuffix(strings.TrimRight(text, "\"”’' "), "?") {
		return false
	}
	return true
}

// isBoilerplate reports whether a sentence is page furniture.
func isBoilerplate(text string) bool {
	lower := strings.ToLower(text)
	for _, b := range boilerplate {
		if strings.Contains(lower, b) {
			return true
		}
	}
	return false
}
