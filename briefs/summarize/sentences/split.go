package sentences

import (
	"strings"
	"unicode"
)

// Sentence is one sentence of a text. Text is text[Start:End] with the
// surrounding white space trimmed; Start and End are byte offsets into the
// input and bound Text exactly, so text[Start:End] == Text.
type Sentence struct {
	Text  string
	Start int
	End   int
}

// Split returns the sentences of text in order. It never returns an empty
// sentence, never panics, and runs in time linear in len(text).
func Split(text string) []Sentence {
	var out []Sentence
	for _, b := range splitBlocks(text) {
		start := b.start
		for _, cut := range scanBlock(text, b) {
			out = appendTrimmed(out, text, start, cut)
			start = cut
		}
		out = appendTrimmed(out, text, start, b.end)
	}
	return out
}

// appendTrimmed appends text[start:end] without its surrounding white space,
// unless nothing is left.
func appendTrimmed(out []Sentence, text string, start, end int) []Sentence {
	seg := text[start:end]
	left := strings.TrimLeftFunc(seg, unicode.IsSpace)
	trimmed := strings.TrimRightFunc(left, unicode.IsSpace)
	if trimmed == "" {
		return out
	}
	s := start + len(seg) - len(left)
	return append(out, Sentence{Text: trimmed, Start: s, End: s + len(trimmed)})
}
