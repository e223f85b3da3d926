// Package sentences splits text into sentences, remembering where each lies.
//
// PLACEHOLDER: a naive splitter so other packages compile; the segmenter
// helper replaces this file.
package sentences

import "strings"

// Sentence is one sentence of a text: Text is text[Start:End] with the
// surrounding white space trimmed. Offsets are in bytes.
type Sentence struct {
	Text  string
	Start int
	End   int
}

// Split returns the sentences of text in order.
func Split(text string) []Sentence {
	var out []Sentence
	start := 0
	flush := func(end int) {
		seg := text[start:end]
		trimmed := strings.TrimSpace(seg)
		if trimmed != "" {
			lead := strings.Index(seg, trimmed)
			out = append(out, Sentence{Text: trimmed, Start: start + lead, End: start + lead + len(trimmed)})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' && i+1 < len(text) && text[i+1] == '\n' {
			flush(i)
		} else if (c == '.' || c == '!' || c == '?') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') {
			flush(i + 1)
		}
	}
	flush(len(text))
	return out
}
