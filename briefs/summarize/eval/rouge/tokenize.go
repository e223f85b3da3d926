package rouge

import "briefsmith/briefs/summarize/stem"

// Tokenize splits text into ROUGE tokens: runs of ASCII letters and digits,
// lower-cased; every other byte (punctuation, spaces, non-ASCII) separates
// tokens. With opts.Stem, tokens are stemmed as ROUGE-1.5.5 -m does.
func Tokenize(text string, opts Options) []string {
	var tokens []string
	start := -1
	for i := 0; i <= len(text); i++ {
		if i < len(text) && isAlnum(text[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			tokens = append(tokens, token(text[start:i], opts))
			start = -1
		}
	}
	return tokens
}

// token normalises one run of letters and digits. Like ROUGE-1.5.5 -m, it
// stems only tokens longer than three letters, and maps irregular forms
// ("went", "children") to their base before falling back to Porter.
func token(word string, opts Options) string {
	w := lower(word)
	if !opts.Stem || len(w) <= 3 {
		return w
	}
	if base, ok := irregularForms[w]; ok {
		return base
	}
	return stem.Porter(w)
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// lower lower-cases an ASCII word, without allocating when it has no
// upper-case letters.
func lower(word string) string {
	for i := 0; i < len(word); i++ {
		if c := word[i]; c >= 'A' && c <= 'Z' {
			b := []byte(word)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return word
}
