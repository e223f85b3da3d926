package stem

import (
	"strings"
	"testing"
)

// porterCases are well-known word → stem pairs, mostly the examples of
// Porter's 1980 paper, step by step.
var porterCases = []struct {
	name, word, want string
}{
	// Step 1a: plurals.
	{"sses", "caresses", "caress"},
	{"ies", "ponies", "poni"},
	{"ies short", "ties", "ti"},
	{"ss kept", "caress", "caress"},
	{"s dropped", "cats", "cat"},
	// Step 1b: -eed, -ed, -ing and the tidy-up after them.
	{"eed m>0", "agreed", "agre"},
	{"eed m=0", "feed", "feed"},
	{"ed", "plastered", "plaster"},
	{"ed no vowel", "bled", "bled"},
	{"ing", "motoring", "motor"},
	{"ing no vowel", "sing", "sing"},
	{"at+e", "conflated", "conflat"},
	{"bl+e", "troubled", "troubl"},
	{"iz+e", "sized", "size"},
	{"undouble", "hopping", "hop"},
	{"undouble tt", "tanned", "tan"},
	{"keep ll", "falling", "fall"},
	{"keep ss", "hissing", "hiss"},
	{"keep zz", "fizzed", "fizz"},
	{"cvc+e", "failing", "fail"},
	{"cvc+e filing", "filing", "file"},
	// Step 1c: y → i.
	{"y to i", "happy", "happi"},
	{"y kept", "sky", "sky"},
	// Step 2.
	{"ational", "relational", "relat"},
	{"tional", "conditional", "condit"},
	{"tional rational", "rational", "ration"},
	{"enci", "valenci", "valenc"},
	{"izer", "digitizer", "digit"},
	{"bli departure", "conformabli", "conform"},
	{"alli", "radicalli", "radic"},
	{"entli", "differentli", "differ"},
	{"ousli", "analogousli", "analog"},
	{"ization", "vietnamization", "vietnam"},
	{"ation", "predication", "predic"},
	{"ator", "operator", "oper"},
	{"alism", "feudalism", "feudal"},
	{"iveness", "decisiveness", "decis"},
	{"fulness", "hopefulness", "hope"},
	{"ousness", "callousness", "callous"},
	{"aliti", "formaliti", "formal"},
	{"iviti", "sensitiviti", "sensit"},
	{"biliti", "sensibiliti", "sensibl"},
	{"logi departure", "analogi", "analog"},
	{"generalization", "generalization", "gener"},
	// Step 3.
	{"icate", "triplicate", "triplic"},
	{"ative", "formative", "form"},
	{"alize", "formalize", "formal"},
	{"iciti", "electriciti", "electr"},
	{"ical", "electrical", "electr"},
	{"ful", "hopeful", "hope"},
	{"ness", "goodness", "good"},
	// Step 4.
	{"al", "revival", "reviv"},
	{"ance", "allowance", "allow"},
	{"ence", "inference", "infer"},
	{"er", "airliner", "airlin"},
	{"ic", "gyroscopic", "gyroscop"},
	{"able", "adjustable", "adjust"},
	{"ible", "defensible", "defens"},
	{"ant", "irritant", "irrit"},
	{"ement", "replacement", "replac"},
	{"ment", "adjustment", "adjust"},
	{"ent", "dependent", "depend"},
	{"sion", "adoption", "adopt"},
	{"ou", "homologou", "homolog"},
	{"ism", "communism", "commun"},
	{"ate", "activate", "activ"},
	{"iti", "angulariti", "angular"},
	{"ous", "homologous", "homolog"},
	{"ive", "effective", "effect"},
	{"ize", "bowdlerize", "bowdler"},
	{"ion without s or t", "onion", "onion"},
	// Step 5.
	{"e m>1", "probate", "probat"},
	{"e m=1", "rate", "rate"},
	{"e m=1 not cvc", "cease", "ceas"},
	{"ll", "controll", "control"},
	{"ll m=1", "roll", "roll"},
	// Whole words seen in news text.
	{"government", "government", "govern"},
	{"announced", "announced", "announc"},
	{"elections", "elections", "elect"},
	{"generously", "generously", "gener"},
	{"initial y consonant", "youth", "youth"},
	{"abilities", "abilities", "abil"},
	{"accompanied", "accompanied", "accompani"},
	{"accordingly", "accordingly", "accordingli"},
	{"agreement kept", "agreement", "agreement"},
	{"relativity", "relativity", "rel"},
	{"independence", "independence", "independ"},
	{"communication", "communication", "commun"},
	{"university", "university", "univers"},
	{"organization", "organization", "organ"},
	{"abbey", "abbey", "abbei"},
	{"able", "able", "abl"},
	{"happiness", "happiness", "happi"},
	{"y between vowels", "saying", "sai"},
	// Edges.
	{"empty", "", ""},
	{"two letters", "is", "is"},
	{"upper case", "Ponies", "poni"},
	{"digits", "2017", "2017"},
	{"mixed digits", "4th", "4th"},
}

func TestPorter(t *testing.T) {
	for _, tt := range porterCases {
		t.Run(tt.name, func(t *testing.T) {
			if got := Porter(tt.word); got != tt.want {
				t.Errorf("Porter(%q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
}

// TestPorterShortWords checks that words of fewer than three letters come
// back unchanged.
func TestPorterShortWords(t *testing.T) {
	for _, w := range []string{"a", "be", "by", "us"} {
		if got := Porter(w); got != w {
			t.Errorf("Porter(%q) = %q, want it unchanged", w, got)
		}
	}
}

// TestPorterPathological checks that very long or odd input finishes without
// panicking and never grows: no rule makes a word longer.
func TestPorterPathological(t *testing.T) {
	for _, w := range []string{
		strings.Repeat("y", 100000),
		strings.Repeat("ing", 10000),
		"\xff\xfeing", "ééés", "yyyy", "eed", "ied", "ies",
	} {
		if got := Porter(w); len(got) > len(w) {
			t.Errorf("Porter(%.20q…) is %d bytes, longer than the %d-byte word", w, len(got), len(w))
		}
	}
}

// FuzzPorter checks that no input panics and that stems never grow, seeded
// with the table above.
func FuzzPorter(f *testing.F) {
	for _, c := range porterCases {
		f.Add(c.word)
	}
	f.Fuzz(func(t *testing.T, word string) {
		if got := Porter(word); len(got) > len(word) {
			t.Errorf("Porter(%q) = %q is longer than the word", word, got)
		}
	})
}

func BenchmarkPorter(b *testing.B) {
	words := strings.Fields("the government announced on tuesday that generous relational " +
		"conditions for hopping ponies were effectively agreed after lengthy negotiations " +
		"between competing ministries and regional authorities")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Porter(words[i%len(words)])
	}
}

func TestCacheGivesPortersStems(t *testing.T) {
	c := NewCache(4)
	for _, w := range []string{"ponies", "relational", "ponies", "Generalizations", "é", "", "relational"} {
		if got, want := c.Porter(w), Porter(w); got != want {
			t.Errorf("Cache.Porter(%q) = %q, want %q", w, got, want)
		}
	}
	if len(c) != 5 {
		t.Errorf("cache holds %d words, want the 5 distinct ones", len(c))
	}
}
