package stem

// rule is one suffix rewrite of steps 2 to 4: a word ending in suffix whose
// stem (the word without it) has a measure above minMeasure loses suffix for
// repl.
type rule struct {
	suffix, repl string
}

// step2Rules are tried longest suffix first, as the paper's "longest
// matching suffix" requires. "bli" and "logi" are the reference
// implementation's departures from the paper (which has "abli" → "able").
var step2Rules = [...]rule{
	{"ational", "ate"}, {"ization", "ize"}, {"iveness", "ive"}, {"fulness", "ful"},
	{"ousness", "ous"}, {"tional", "tion"}, {"biliti", "ble"}, {"entli", "ent"},
	{"ousli", "ous"}, {"ation", "ate"}, {"alism", "al"}, {"aliti", "al"},
	{"iviti", "ive"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
	{"alli", "al"}, {"ator", "ate"}, {"logi", "log"}, {"bli", "ble"}, {"eli", "e"},
}

// step3Rules, longest suffix first.
var step3Rules = [...]rule{
	{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
	{"ical", "ic"}, {"ness", ""}, {"ful", ""},
}

// step4Suffixes are removed when the stem's measure exceeds 1, longest first.
// "ion" is handled apart: it also needs the stem to end in s or t.
var step4Suffixes = [...]string{
	"ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism",
	"ate", "iti", "ous", "ive", "ize", "ion", "al", "er", "ic", "ou",
}

// step1a removes plurals: sses → ss, ies → i, ss → ss, s → "".
func (w *word) step1a() {
	switch {
	case w.endsWith("sses"), w.endsWith("ies"):
		w.truncate(len(w.b) - 2)
	case w.endsWith("ss"):
	case w.endsWith("s"):
		w.truncate(len(w.b) - 1)
	}
}

// step1b removes -eed, -ed and -ing, then tidies the stem so that, for
// example, "hoping" becomes "hope" and "hopping" becomes "hop".
func (w *word) step1b() {
	if w.endsWith("eed") {
		if w.measure(w.stemLen("eed")) > 0 {
			w.truncate(len(w.b) - 1)
		}
		return
	}
	for _, suffix := range [...]string{"ed", "ing"} {
		if w.endsWith(suffix) && w.hasVowel(w.stemLen(suffix)) {
			w.truncate(w.stemLen(suffix))
			w.tidyAfter1b()
			return
		}
	}
}

// tidyAfter1b restores an e or undoubles a consonant after step 1b removed
// -ed or -ing.
func (w *word) tidyAfter1b() {
	n := len(w.b)
	switch {
	case w.endsWith("at"), w.endsWith("bl"), w.endsWith("iz"):
		w.replace("", "e")
	case w.doubleConsonant(n):
		if c := w.b[n-1]; c != 'l' && c != 's' && c != 'z' {
			w.truncate(n - 1)
		}
	case w.measure(n) == 1 && w.cvc(n):
		w.replace("", "e")
	}
}

// step1c turns a final y into i when the stem has a vowel: "happy" → "happi".
func (w *word) step1c() {
	if w.endsWith("y") && w.hasVowel(w.stemLen("y")) {
		w.replace("y", "i")
	}
}

// step2 maps double suffixes to single ones when the stem's measure is > 0.
func (w *word) step2() { w.applyFirst(step2Rules[:], 0) }

// step3 removes or shortens -ic-, -full, -ness etc. when the measure is > 0.
func (w *word) step3() { w.applyFirst(step3Rules[:], 0) }

// applyFirst applies the first rule whose suffix the word ends in, if its
// stem's measure exceeds minMeasure. Only that rule is considered, even when
// its condition fails.
func (w *word) applyFirst(rules []rule, minMeasure int) {
	for _, r := range rules {
		if w.endsWith(r.suffix) {
			if w.measure(w.stemLen(r.suffix)) > minMeasure {
				w.replace(r.suffix, r.repl)
			}
			return
		}
	}
}

// step4 removes -ant, -ence, -ment and the like when the measure is > 1.
func (w *word) step4() {
	for _, suffix := range step4Suffixes {
		if !w.endsWith(suffix) {
			continue
		}
		n := w.stemLen(suffix)
		if w.measure(n) > 1 && (suffix != "ion" || (n > 0 && (w.b[n-1] == 's' || w.b[n-1] == 't'))) {
			w.truncate(n)
		}
		return
	}
}

// step5 removes a final e (step 5a) and undoubles a final ll (step 5b).
func (w *word) step5() {
	if w.endsWith("e") {
		n := w.stemLen("e")
		if m := w.measure(n); m > 1 || (m == 1 && !w.cvc(n)) {
			w.truncate(n)
		}
	}
	if n := len(w.b); w.endsWith("ll") && w.measure(n) > 1 {
		w.truncate(n - 1)
	}
}
