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
// enough to say something, not a question, and not a bare quotation whose
// speaker is named only in another sentence (out of context the reader
// cannot tell who is talking; the key quote carries such words instead).
func eligible(text string, f features) bool {
	if len(f.words) < 4 && utf8.RuneCountInString(text) < 15 {
		return false
	}
	if strings.HasSuffix(strings.TrimRight(text, "\"”’' "), "?") {
		return false
	}
	return !isBareQuotation(text)
}

// isBareQuotation reports whether a sentence is a direct quotation from its
// first character to its last, with no attribution of its own.
func isBareQuotation(text string) bool {
	t := strings.TrimSpace(text)
	if t == "" || !strings.ContainsRune("\"“«", []rune(t)[0]) {
		return false
	}
	end := strings.TrimRight(t, ".!?… ")
	if !strings.HasSuffix(end, "\"") && !strings.HasSuffix(end, "”") && !strings.HasSuffix(end, "»") {
		return false
	}
	inner := strings.Trim(t, "\"“”«» .!?…")
	return !strings.ContainsAny(inner, "\"“”«»")
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
