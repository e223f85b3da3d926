package sentences

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// block is a byte range of the text that sentences are looked for in. A
// sentence never runs from one block into the next: blank lines, headings
// and list items on their own line all end a block.
type block struct{ start, end int }

// line is one line of the text, without its line break.
type line struct {
	start, end int
	paraAfter  bool // the line break was U+2029 PARAGRAPH SEPARATOR
}

// splitBlocks cuts text into blocks.
func splitBlocks(text string) []block {
	bb := blockBuilder{text: text}
	for i := 0; i <= len(text); {
		ln, next := nextLine(text, i)
		bb.add(ln)
		i = next
	}
	bb.close()
	return bb.blocks
}

// nextLine returns the line starting at text[i] and where the line after it
// starts (len(text)+1 after the last line).
func nextLine(text string, i int) (line, int) {
	for j := i; j < len(text); j++ {
		if c := text[j]; c >= ' ' && c < utf8.RuneSelf {
			continue // the common case, kept fast
		}
		if n := lineBreakLen(text, j); n > 0 {
			if text[j] == '\r' && j+1 < len(text) && text[j+1] == '\n' {
				n = 2
			}
			para := n == 3 && text[j+2] == 0xA9
			return line{start: i, end: j, paraAfter: para}, j + n
		}
	}
	return line{start: i, end: len(text)}, len(text) + 1
}

// lineBreakLen returns the byte length of the line break at text[j]
// (\n, \r, \f, U+0085, U+2028, U+2029), or 0.
func lineBreakLen(text string, j int) int {
	switch c := text[j]; {
	case c == '\n' || c == '\r' || c == '\f':
		return 1
	case c == 0xC2 && j+1 < len(text) && text[j+1] == 0x85:
		return 2
	case c == 0xE2 && j+2 < len(text) && text[j+1] == 0x80 && (text[j+2] == 0xA8 || text[j+2] == 0xA9):
		return 3
	}
	return 0
}

// blockBuilder groups lines into blocks.
type blockBuilder struct {
	text   string
	blocks []block
	open   bool
	start  int  // where the open block starts
	last   line // the open block's last line
	lines  int  // lines in the open block
}

// add puts one line into the current block or starts a new one.
func (bb *blockBuilder) add(ln line) {
	if isBlank(bb.text[ln.start:ln.end]) {
		bb.close()
		return
	}
	if bb.open && !bb.joins(ln) {
		bb.close()
	}
	if !bb.open {
		bb.open, bb.start, bb.lines = true, ln.start, 0
	}
	bb.last = ln
	bb.lines++
	if ln.paraAfter {
		bb.close()
	}
}

// joins reports whether ln continues the sentence of the block's last line.
func (bb *blockBuilder) joins(ln line) bool {
	a := strings.TrimSpace(bb.text[bb.last.start:bb.last.end])
	b := strings.TrimSpace(bb.text[ln.start:ln.end])
	return joinLines(a, b, bb.lines > 1)
}

// close ends the open block, if any.
func (bb *blockBuilder) close() {
	if bb.open {
		bb.blocks = append(bb.blocks, block{bb.start, bb.last.end})
		bb.open = false
	}
}

// isBlank reports whether s holds only white space.
func isBlank(s string) bool {
	return strings.TrimFunc(s, unicode.IsSpace) == ""
}
