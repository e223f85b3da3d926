package sentences

import "unicode"

// cluster is a run of sentence-ending punctuation: the stops themselves,
// the quotes and brackets that close after them, and a footnote marker
// such as "[12]" or a superscript-style ".10".
type cluster struct {
	start, end int  // byte range of the whole run
	dotEnd     int  // byte after the first full stop (for ". . . ." splits)
	dots       int  // full stops in the run; "…" counts as three
	bang       bool // holds "!", "?" or another bang-like stop
	script     bool // holds a stop that needs no space after it (。)
	spaced     bool // the dots are spaced out: ". . ."
	closed     bool // a closing quote or bracket follows the stops
	footnote   bool // a footnote marker follows the stops
}

// readCluster reads the cluster starting at the stop at text[i], not going
// past end.
func readCluster(text string, i, end int) cluster {
	c := cluster{start: i, end: i}
	for c.end < end && c.extend(text, end) {
	}
	if fn := footnoteEnd(text, c, end); fn > c.end {
		c.end, c.footnote = fn, true
	}
	return c
}

// extend adds the rune at c.end to the cluster if it belongs there.
func (c *cluster) extend(text string, end int) bool {
	r, size := runeAt(text, c.end)
	switch kind := stopKindAt(text, c.end); {
	case kind != notStop:
		c.addStop(r, kind, size)
	case in(r, closers):
		c.closed = true
	case isFormat(r):
	case r == ' ' && c.spacedDotFollows(text, end):
		c.spaced = true
	default:
		return false
	}
	c.end += size
	return true
}

// spacedDotFollows reports whether the space at c.end continues a spaced
// ellipsis: ". . ." but not "raak. ...en".
func (c *cluster) spacedDotFollows(text string, end int) bool {
	if c.dots == 0 || c.closed || text[c.end-1] != '.' || c.end+1 >= end || text[c.end+1] != '.' {
		return false
	}
	return c.end+2 >= end || text[c.end+2] != '.'
}

// addStop records one stop rune.
func (c *cluster) addStop(r rune, kind stopKind, size int) {
	switch {
	case kind == bangStop:
		c.bang = true
	case kind == scriptStop:
		c.script = true
	case r == '…':
		c.dots += 3
	default:
		c.dots++
	}
	if c.dotEnd == 0 && r == '.' {
		c.dotEnd = c.end + size
	}
}

// footnoteEnd returns where a footnote marker right after the cluster ends
// ("martyr.[1] The", "(1987).1 According"), or c.end when there is none.
func footnoteEnd(text string, c cluster, end int) int {
	if c.script || c.bang {
		return c.end
	}
	if j := bracketNotes(text, c.end, end); j > c.end {
		return j
	}
	if c.closed || c.dots != 1 {
		return c.end
	}
	before, _ := runeBefore(text, c.start)
	if !unicode.IsLetter(before) && before != ')' {
		return c.end
	}
	return digitNotes(text, c.end, end)
}

// bracketNotes skips reference marks like "[7][8]" or "[2–11]" at text[i:].
func bracketNotes(text string, i, end int) int {
	j := i
	for j < end && text[j] == '[' {
		k := j + 1
		for k < end && k-j < 12 && (isASCIIDigit(text[k]) || text[k] == ',' || text[k] == '-') {
			k++
		}
		if k == j+1 || k >= end || text[k] != ']' {
			break
		}
		j = k + 1
	}
	return j
}

// digitNotes skips reference numbers printed inline after a full stop
// (".11 12 Take"): groups of one to three digits, then a space and a
// capital letter. It returns i when the text does not look like that.
func digitNotes(text string, i, end int) int {
	j := digitGroup(text, i, end)
	if j == i {
		return i
	}
	for j+1 < end && text[j] == ' ' {
		k := digitGroup(text, j+1, end)
		if k == j+1 {
			break
		}
		j = k
	}
	if j+1 >= end || text[j] != ' ' {
		return i
	}
	if r, _ := runeAt(text, j+1); !unicode.IsUpper(r) {
		return i
	}
	return j
}

// digitGroup returns the end of a run of one to three digits at text[i],
// or i if there is no such run.
func digitGroup(text string, i, end int) int {
	k := i
	for k < end && k-i < 4 && isASCIIDigit(text[k]) {
		k++
	}
	if k-i > 3 {
		return i
	}
	return k
}

// isASCIIDigit reports whether b is 0-9.
func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }
