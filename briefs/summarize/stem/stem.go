// Package stem reduces English words to their stems with the Porter (1980)
// algorithm, in the form the ROUGE-1.5.5 scorer applies it with its -m flag.
//
// That form is Martin Porter's reference implementation, which departs from
// the 1980 paper in two small rules of step 2 ("bli" → "ble" instead of
// "abli" → "able", and "logi" → "log"). Words of one or two letters are left
// alone. The stemmer works on bytes: letters other than a–z, such as digits
// or non-ASCII bytes, count as consonants, which is harmless for the
// lower-case alphanumeric tokens ROUGE produces.
//
// Reference: M. F. Porter, "An algorithm for suffix stripping", Program
// 14(3), 1980, pp. 130–137.
package stem

// Porter returns the Porter stem of word. ASCII upper-case letters are
// lower-cased first, so "Ponies" and "ponies" both give "poni".
func Porter(word string) string {
	if len(word) < 3 {
		return LowerASCII(word)
	}
	// Buffers on the stack spare an allocation for words of ordinary length.
	var letters [32]byte
	var classes [32]bool
	w := newWord(LowerASCII(word), letters[:0], classes[:0])
	w.step1a()
	w.step1b()
	w.step1c()
	w.step2()
	w.step3()
	w.step4()
	w.step5()
	if string(w.b) == word {
		return word // unchanged: no need to copy
	}
	return string(w.b)
}

// LowerASCII lower-cases the ASCII letters of s and leaves every other byte
// alone, so that offsets into the result are offsets into s (which
// strings.ToLower does not promise for invalid UTF-8); it does not allocate
// when there is nothing to change. It is the one lower-casing helper of the
// summariser's packages.
func LowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
