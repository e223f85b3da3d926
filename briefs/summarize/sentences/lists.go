package sentences

import "unicode"

// markerForm is how a list marker is punctuated.
type markerForm byte

const (
	formDot      markerForm = iota // "1." "a."
	formParen                      // "1)" "a)"
	formDotParen                   // "1.)" "a.)"
	formEnclosed                   // "(1)" "(a)"
)

// numbering is what a list counts with.
type numbering byte

const (
	byDigits numbering = iota
	byLower            // a b c
	byUpper            // A B C
	byRoman            // i ii iii (either case)
)

// marker is a parsed list marker such as "2.", "b)" or "(iv)". A single
// letter may be read as a letter or, for i/v/x, as a Roman numeral.
type marker struct {
	form   markerForm
	kind   numbering
	letter int // position in the alphabet, 0 if not a single letter
	roman  int // Roman value, 0 if not a Roman numeral
	value  int // value under kind
}

// parseMarker reads a list marker at text[i:end]. A marker is one or two
// digits, one letter or a short Roman numeral, punctuated as in markerForm,
// and followed by white space.
func parseMarker(text string, i, end int) (marker, bool) {
	var m marker
	j := i
	enclosed := j < end && text[j] == '('
	if enclosed {
		j++
	}
	body := j
	for j < end && j-body < 4 && isASCIIAlnum(text[j]) {
		j++
	}
	if !m.readBody(text[body:j]) {
		return m, false
	}
	n, ok := markerSuffix(text, j, end, enclosed)
	if after, _ := runeAt(text, n); !ok || (n < end && !unicode.IsSpace(after)) {
		return m, false
	}
	m.form = markerFormOf(text[j:n], enclosed)
	return m, true
}

// readBody reads what a marker counts: "12", "b", "iv".
func (m *marker) readBody(s string) bool {
	switch {
	case s == "" || len(s) > 4:
		return false
	case isASCIIDigit(s[0]):
		return m.readDigits(s)
	case len(s) == 1:
		c := rune(s[0])
		m.letter = int(unicode.ToLower(c)-'a') + 1
		m.roman = romanValue(s)
		m.kind, m.value = byLower, m.letter
		if unicode.IsUpper(c) {
			m.kind = byUpper
		}
		return true
	}
	m.roman = romanValue(s)
	m.kind, m.value = byRoman, m.roman
	return m.roman > 0
}

// readDigits reads a one- or two-digit marker number.
func (m *marker) readDigits(s string) bool {
	if len(s) > 2 || !isASCIIDigit(s[len(s)-1]) {
		return false
	}
	m.kind, m.value = byDigits, 0
	for i := range len(s) {
		m.value = m.value*10 + int(s[i]-'0')
	}
	return true
}

// markerSuffix checks the punctuation after a marker's body and returns
// where it ends.
func markerSuffix(text string, j, end int, enclosed bool) (int, bool) {
	switch {
	case j >= end:
		return j, false
	case enclosed:
		return j + 1, text[j] == ')'
	case text[j] == ')':
		return j + 1, true
	case text[j] != '.':
		return j, false
	case j+1 < end && text[j+1] == ')':
		return j + 2, true
	}
	return j + 1, true
}

// markerFormOf names the punctuation of a marker.
func markerFormOf(suffix string, enclosed bool) markerForm {
	switch {
	case enclosed:
		return formEnclosed
	case suffix == ")":
		return formParen
	case suffix == ".)":
		return formDotParen
	}
	return formDot
}

// romanValue is the value of a lower- or upper-case Roman numeral up to
// 39, or 0 if s is not one.
func romanValue(s string) int {
	total, prev := 0, 0
	for k := len(s) - 1; k >= 0; k-- {
		v := romanDigit(s[k])
		if v == 0 {
			return 0
		}
		if v < prev {
			total -= v
		} else {
			total, prev = total+v, v
		}
	}
	return total
}

// listState follows a list being written inline: "1. … 2. … 3. …".
type listState struct {
	active bool
	form   markerForm
	kind   numbering
	next   int
	words  int // words seen since the last marker
}

// sawWord counts a word that is not a list marker.
func (l *listState) sawWord() { l.words++ }

// start begins a list at a marker found at the start of a sentence. A lone
// "i" starts a Roman list. A lettered list written "a." must start at "a",
// so that initials ("J. K. Rowling") are not read as a list.
func (l *listState) start(m marker) {
	kind, value := m.kind, m.value
	if m.form == formDot && m.letter > 1 && m.roman != 1 {
		*l = listState{}
		return
	}
	if m.roman == 1 {
		kind, value = byRoman, 1
	}
	*l = listState{active: true, form: m.form, kind: kind, next: value + 1}
}

// continues reports whether m is the next item of the list, and if so
// advances the list. An item needs at least one word, so "A. B. Smith"
// reads as initials, not as two list items.
func (l *listState) continues(m marker) bool {
	if !l.active || m.form != l.form || l.words == 0 {
		return false
	}
	ok := false
	switch l.kind {
	case byRoman:
		ok = m.roman == l.next
	case byLower, byUpper:
		ok = m.kind == l.kind && m.letter == l.next
	default:
		ok = m.kind == byDigits && m.value == l.next
	}
	if ok {
		l.next, l.words = l.next+1, 0
	}
	return ok
}

// isASCIIAlnum reports whether b is an ASCII letter or digit.
func isASCIIAlnum(b byte) bool {
	return isASCIIDigit(b) || (b|0x20 >= 'a' && b|0x20 <= 'z')
}

// romanDigit is the value of one Roman digit (i, v, x in either case).
func romanDigit(b byte) int {
	switch b | 0x20 {
	case 'i':
		return 1
	case 'v':
		return 5
	case 'x':
		return 10
	}
	return 0
}
