package stem

// word is a word being stemmed, with the paper's measures over its prefixes.
type word struct {
	b    []byte
	cons []bool // cons[i] reports whether b[i] is a consonant
}

// newWord starts stemming s, appending its letters and classes to the
// given empty slices (which may have room enough to avoid allocating).
func newWord(s string, letters []byte, classes []bool) *word {
	w := &word{b: append(letters, s...), cons: classes}
	w.classify(0)
	return w
}

// classify recomputes cons from index from on. A letter's class depends only
// on the letters before it, so a change to the end of the word leaves the
// classes before it valid.
func (w *word) classify(from int) {
	w.cons = w.cons[:from]
	for i := from; i < len(w.b); i++ {
		c := true
		switch w.b[i] {
		case 'a', 'e', 'i', 'o', 'u':
			c = false
		case 'y':
			// A y after a consonant is a vowel, as in "by"; otherwise a consonant.
			c = i == 0 || !w.cons[i-1]
		}
		w.cons = append(w.cons, c)
	}
}

// consonant reports whether the letter at i is a consonant in the paper's
// sense: not a, e, i, o or u, and not a y that follows a consonant.
func (w *word) consonant(i int) bool { return w.cons[i] }

// measure is m, the number of vowel–consonant sequences in b[:n] when it is
// written [C](VC)^m[V].
func (w *word) measure(n int) int {
	m := 0
	i := 0
	for i < n && w.consonant(i) {
		i++
	}
	for i < n {
		for i < n && !w.consonant(i) {
			i++
		}
		if i == n {
			break
		}
		for i < n && w.consonant(i) {
			i++
		}
		m++
	}
	return m
}

// hasVowel reports whether b[:n] contains a vowel (the paper's *v*).
func (w *word) hasVowel(n int) bool {
	for i := 0; i < n; i++ {
		if !w.consonant(i) {
			return true
		}
	}
	return false
}

// doubleConsonant reports whether b[:n] ends in two equal consonants (*d).
func (w *word) doubleConsonant(n int) bool {
	return n >= 2 && w.b[n-1] == w.b[n-2] && w.consonant(n-1)
}

// cvc reports whether b[:n] ends consonant–vowel–consonant with the last
// consonant not w, x or y (the paper's *o), as in "hop" but not "snow".
func (w *word) cvc(n int) bool {
	if n < 3 || !w.consonant(n-1) || w.consonant(n-2) || !w.consonant(n-3) {
		return false
	}
	switch w.b[n-1] {
	case 'w', 'x', 'y':
		return false
	}
	return true
}

// endsWith reports whether the word ends in suffix.
func (w *word) endsWith(suffix string) bool {
	n, k := len(w.b), len(suffix)
	// The last letters differ for most rules: compare them first.
	if k == 0 || n < k {
		return k == 0
	}
	return w.b[n-1] == suffix[k-1] && string(w.b[n-k:]) == suffix
}

// stemLen is the length of the word without suffix, which it must end in.
func (w *word) stemLen(suffix string) int { return len(w.b) - len(suffix) }

// replace swaps the final suffix for repl.
func (w *word) replace(suffix, repl string) {
	n := w.stemLen(suffix)
	w.b = append(w.b[:n], repl...)
	w.classify(n)
}

// truncate cuts the word to its first n letters.
func (w *word) truncate(n int) {
	w.b = w.b[:n]
	w.cons = w.cons[:n]
}
