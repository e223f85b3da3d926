package templates

import "unicode"

// Arabic letters change shape with their neighbours. gofpdf draws code points
// one glyph each, so shapeArabic replaces every letter by its presentation
// form (U+FE70–U+FEFF, U+FB50–U+FDFF): isolated, final, initial or medial,
// and lam + alef by their ligature. The text stays in logical order.

// arabicFormCounts gives, for U+0621 to U+064A in turn, how many
// presentation forms the letter has in the U+FE80 block, which lists them
// consecutively: 1 (hamza, does not join), 2 (joins only to the letter
// before it: isolated, final) or 4 (joins both ways: isolated, final,
// initial, medial). '0' marks code points with no forms.
const arabicFormCounts = "12222424244444222244444444" + "000000" + "4444444224"

// letterForms is a letter's presentation forms and how it joins.
type letterForms struct {
	forms [4]rune // isolated, final, initial, medial; 0 when absent
	dual  bool    // joins to the letter after it as well
}

// arabicForms returns the forms of r, or false for a rune that does not join.
func arabicForms(r rune) (letterForms, bool) {
	if f, ok := persianForms(r); ok {
		return f, true
	}
	if r < 0x0621 || r > 0x064A {
		return letterForms{}, false
	}
	base := rune(0xFE80)
	for i := 0; i < int(r-0x0621); i++ {
		base += rune(arabicFormCounts[i] - '0')
	}
	n := int(arabicFormCounts[r-0x0621] - '0')
	if n == 0 {
		return letterForms{}, false
	}
	var lf letterForms
	for i := 0; i < n; i++ {
		lf.forms[i] = base + rune(i)
	}
	lf.dual = n == 4
	return lf, true
}

// persianForms covers the letters Persian and Urdu add to Arabic.
func persianForms(r rune) (letterForms, bool) {
	four := func(b rune) letterForms { return letterForms{forms: [4]rune{b, b + 1, b + 2, b + 3}, dual: true} }
	switch r {
	case 0x067E: // peh
		return four(0xFB56), true
	case 0x0686: // tcheh
		return four(0xFB7A), true
	case 0x06A9: // keheh
		return four(0xFB8E), true
	case 0x06AF: // gaf
		return four(0xFB92), true
	case 0x06CC: // farsi yeh
		return four(0xFBFC), true
	case 0x0698: // jeh
		return letterForms{forms: [4]rune{0xFB8A, 0xFB8B}}, true
	}
	return letterForms{}, false
}

// lamAlef returns the lam-alef ligature (isolated form) for an alef variant.
func lamAlef(alef rune) (rune, bool) {
	switch alef {
	case 0x0622:
		return 0xFEF5, true
	case 0x0623:
		return 0xFEF7, true
	case 0x0625:
		return 0xFEF9, true
	case 0x0627:
		return 0xFEFB, true
	}
	return 0, false
}

const (
	lam     = 0x0644
	tatweel = 0x0640
)

// shapeArabic returns word with its Arabic letters in contextual forms.
// Words without Arabic come back unchanged.
func shapeArabic(word string) string {
	rs := []rune(word)
	if !hasArabicLetter(rs) {
		return word
	}
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		lf, ok := arabicForms(r)
		if !ok {
			out = append(out, r)
			continue
		}
		prev := joinsBefore(rs, i)
		if r == lam {
			if j := nextLetter(rs, i); j > 0 {
				if lig, ok := lamAlef(rs[j]); ok {
					out = append(out, ligatureForm(lig, prev))
					out = append(out, rs[i+1:j]...) // marks between lam and alef
					i = j
					continue
				}
			}
		}
		next := lf.dual && joinsAfter(rs, i)
		out = append(out, contextualForm(lf, prev, next))
	}
	return string(out)
}

func ligatureForm(iso rune, joinedBefore bool) rune {
	if joinedBefore {
		return iso + 1
	}
	return iso
}

// contextualForm picks the form for a letter joined before and/or after.
func contextualForm(lf letterForms, before, after bool) rune {
	idx := 0
	switch {
	case before && after:
		idx = 3
	case after:
		idx = 2
	case before:
		idx = 1
	}
	if lf.forms[idx] == 0 {
		idx = 0
	}
	return lf.forms[idx]
}

// joinsBefore reports whether the letter at i connects to the letter before
// it: the previous non-mark letter must be dual-joining or a tatweel.
func joinsBefore(rs []rune, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if unicode.Is(unicode.Mn, rs[j]) {
			continue
		}
		if rs[j] == tatweel {
			return true
		}
		lf, ok := arabicForms(rs[j])
		return ok && lf.dual
	}
	return false
}

// joinsAfter reports whether the next non-mark letter is one that joins.
func joinsAfter(rs []rune, i int) bool {
	if j := nextLetter(rs, i); j > 0 {
		if rs[j] == tatweel {
			return true
		}
		lf, ok := arabicForms(rs[j])
		return ok && lf.forms[1] != 0
	}
	return false
}

// nextLetter returns the index of the next rune after i that is not a
// combining mark, or -1.
func nextLetter(rs []rune, i int) int {
	for j := i + 1; j < len(rs); j++ {
		if !unicode.Is(unicode.Mn, rs[j]) {
			return j
		}
	}
	return -1
}

func hasArabicLetter(rs []rune) bool {
	for _, r := range rs {
		if _, ok := arabicForms(r); ok {
			return true
		}
	}
	return false
}
