package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// block is a logical paragraph of the article: a run of lines that belong
// together, with its byte range [start, end) in the text. A paragraph that a
// blank line closes is one block; inside it, a line that follows a finished
// sentence and starts like a new paragraph opens another block, so text that
// puts one paragraph per line (and headings on lines of their own) splits the
// same way as text with blank lines between paragraphs.
type block struct {
	start, end int
	newPara    bool // true when a blank line (or the start of the text) precedes it
	ownPara    bool // true when the block is a whole blank-line-separated paragraph
}

// splitParagraphs returns the logical paragraphs of text in order, skipping
// blank lines. Offsets exclude the line breaks and surrounding white space.
// (Package sentences cuts each paragraph further at headings and list
// items on their own lines; here a paragraph is the unit that headings
// label and quotations are searched in.)
func splitParagraphs(text string) []block {
	var out []block
	cur := block{start: -1}
	afterBlank := true
	for pos := 0; pos < len(text); {
		lineEnd := endOfLine(text, pos)
		s, e := trimRange(text, pos, lineEnd)
		switch {
		case s == e:
			out = closeBlock(out, &cur, true)
			afterBlank = true
		case cur.start < 0:
			cur = block{start: s, end: e, newPara: afterBlank}
			afterBlank = false
		case startsNewBlock(text[cur.start:cur.end], text[s:e]):
			out = closeBlock(out, &cur, false)
			cur = block{start: s, end: e}
		default:
			cur.end = e
		}
		pos = lineEnd + 1
	}
	return closeBlock(out, &cur, true)
}

// endOfLine returns the offset of the line break ending the line that
// starts at pos, or len(text).
func endOfLine(text string, pos int) int {
	if i := strings.IndexByte(text[pos:], '\n'); i >= 0 {
		return pos + i
	}
	return len(text)
}

// closeBlock appends cur to out when it is open and resets it. atBlank says
// whether a blank line (or the end of the text) follows it.
func closeBlock(out []block, cur *block, atBlank bool) []block {
	if cur.start >= 0 {
		cur.ownPara = cur.newPara && atBlank
		out = append(out, *cur)
	}
	*cur = block{start: -1}
	return out
}

// startsNewBlock reports whether line starts a new logical paragraph after
// prev, the text of the block so far: prev ends a sentence or is a
// heading, and line does not start with a lower-case letter (so a capital,
// a digit, a quote mark, a bullet or a script without case).
func startsNewBlock(prev, line string) bool {
	if _, heading := headingLabel(prev); !endsSentence(prev) && !heading {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line)
	return !unicode.IsLower(r)
}

// endsSentence reports whether s ends with sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"”’')]*_ \t\r")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:…。！？؟", r)
}

// trimRange narrows [s, e) of text to exclude leading and trailing white
// space.
func trimRange(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}
