package rouge

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

// scoreCases are hand-made pairs with their ROUGE scores worked out by hand.
var scoreCases = []struct {
	name       string
	cand, ref  string
	stem       bool
	r1, r2, rl PRF
}{
	{
		name: "identical", cand: "the cat sat on the mat", ref: "the cat sat on the mat",
		r1: PRF{1, 1, 1}, r2: PRF{1, 1, 1}, rl: PRF{1, 1, 1},
	},
	{
		name: "extra word", cand: "the cat was found under the bed", ref: "the cat was under the bed",
		r1: prfOf(6, 7, 6), r2: prfOf(4, 6, 5), rl: prfOf(6, 7, 6),
	},
	{
		name: "clipped counts", cand: "the the the the", ref: "the cat",
		r1: prfOf(1, 4, 2), r2: PRF{}, rl: prfOf(1, 4, 2),
	},
	{
		name: "order matters for bigrams and LCS", cand: "b a c", ref: "a b c",
		r1: prfOf(3, 3, 3), r2: PRF{}, rl: prfOf(2, 3, 3),
	},
	{
		name: "unstemmed inflections miss", cand: "police arrested two men", ref: "Police arrest two men.",
		r1: prfOf(3, 4, 4), r2: prfOf(1, 3, 3), rl: prfOf(3, 4, 4),
	},
	{
		name: "stemmed inflections match", cand: "police arrested two men", ref: "Police arrest two men.", stem: true,
		r1: PRF{1, 1, 1}, r2: PRF{1, 1, 1}, rl: PRF{1, 1, 1},
	},
	{
		name: "irregular plural", cand: "children", ref: "child", stem: true,
		r1: PRF{1, 1, 1}, r2: PRF{}, rl: PRF{1, 1, 1},
	},
	{
		name: "three-letter words are not stemmed", cand: "its", ref: "it", stem: true,
		r1: PRF{}, r2: PRF{}, rl: PRF{},
	},
	{
		name: "punctuation and case", cand: "U.S. GDP grew 2.5%!", ref: "u s gdp grew 2 5",
		r1: PRF{1, 1, 1}, r2: PRF{1, 1, 1}, rl: PRF{1, 1, 1},
	},
	{
		name: "empty candidate", cand: "", ref: "the cat",
	},
	{
		name: "punctuation only", cand: "— … !", ref: "— … !",
	},
}

func TestScore(t *testing.T) {
	for _, tt := range scoreCases {
		t.Run(tt.name, func(t *testing.T) {
			got := Score(tt.cand, tt.ref, Options{Stem: tt.stem})
			for _, m := range []struct {
				name      string
				got, want PRF
			}{{"R1", got.R1, tt.r1}, {"R2", got.R2, tt.r2}, {"RL", got.RL, tt.rl}} {
				if !closePRF(m.got, m.want) {
					t.Errorf("%s = %+v, want %+v", m.name, m.got, m.want)
				}
			}
		})
	}
}

func TestScoreSymmetry(t *testing.T) {
	a, b := "the minister resigned on friday after a vote", "on friday the minister lost a vote and resigned"
	ab, ba := Score(a, b, Options{}), Score(b, a, Options{})
	if !closePRF(ab.R1, PRF{ba.R1.R, ba.R1.P, ba.R1.F}) || !closePRF(ab.RL, PRF{ba.RL.R, ba.RL.P, ba.RL.F}) {
		t.Errorf("swapping candidate and reference should swap P and R: %+v vs %+v", ab, ba)
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, text string
		stem       bool
		want       []string
	}{
		{"plain", "The cat sat.", false, []string{"the", "cat", "sat"}},
		{"hyphen and apostrophe", "well-known don't", false, []string{"well", "known", "don", "t"}},
		{"non-ASCII separates", "café naïve", false, []string{"caf", "na", "ve"}},
		{"digits kept", "£40bn in 2017", false, []string{"40bn", "in", "2017"}},
		{"stemmed", "Ponies were running", true, []string{"poni", "be", "run"}},
		{"empty", "", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Tokenize(tt.text, Options{Stem: tt.stem}); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestMean(t *testing.T) {
	var m Mean
	if got := m.Scores(); got != (Scores{}) {
		t.Errorf("empty mean = %+v, want zero", got)
	}
	m.Add(Scores{R1: PRF{1, 1, 1}})
	m.Add(Scores{R1: PRF{0, 0.5, 0}})
	got := m.Scores()
	if m.N() != 2 || !closePRF(got.R1, PRF{0.5, 0.75, 0.5}) {
		t.Errorf("mean of 2 = %+v (n=%d), want R1 {0.5 0.75 0.5}", got, m.N())
	}
}

func TestLCSLength(t *testing.T) {
	tests := []struct {
		name string
		a, b []int32
		want int
	}{
		{"empty", nil, []int32{1}, 0},
		{"same", []int32{1, 2, 3}, []int32{1, 2, 3}, 3},
		{"interleaved", []int32{1, 9, 2, 9, 3}, []int32{1, 2, 3}, 3},
		{"reversed", []int32{3, 2, 1}, []int32{1, 2, 3}, 1},
		{"classic", []int32{1, 2, 3, 2, 4, 1, 2}, []int32{2, 4, 3, 1, 2, 1}, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lcsLength(tt.a, tt.b); got != tt.want {
				t.Errorf("lcsLength = %d, want %d", got, tt.want)
			}
		})
	}
}

// FuzzScore checks invariants on any pair, seeded with the table above:
// scores lie in [0, 1], F lies between P and R, ROUGE-L never beats
// ROUGE-1 (a common subsequence is made of shared words), and swapping the
// texts swaps P and R. ROUGE-2 may beat ROUGE-1: "the cat sat on the"
// against "cat sat on the cat" shares all four bigrams but four of five
// words (testdata/fuzz/FuzzScore/d237a6588740e60c).
func FuzzScore(f *testing.F) {
	for _, c := range scoreCases {
		f.Add(c.cand, c.ref, c.stem)
	}
	f.Fuzz(func(t *testing.T, cand, ref string, stem bool) {
		s := Score(cand, ref, Options{Stem: stem})
		for _, m := range []PRF{s.R1, s.R2, s.RL} {
			if m.P < 0 || m.P > 1 || m.R < 0 || m.R > 1 || m.F < min(m.P, m.R)-1e-12 || m.F > max(m.P, m.R)+1e-12 {
				t.Fatalf("out of range: %+v", s)
			}
		}
		if s.RL.F > s.R1.F+1e-12 {
			t.Fatalf("ROUGE-L above ROUGE-1: %+v", s)
		}
		back := Score(ref, cand, Options{Stem: stem})
		if !closePRF(s.R1, PRF{P: back.R1.R, R: back.R1.P, F: back.R1.F}) {
			t.Fatalf("not symmetric: %+v vs %+v", s.R1, back.R1)
		}
	})
}

func BenchmarkScoreSentence(b *testing.B) {
	cand := "Police in the capital arrested two men on Tuesday after a protest over fuel prices turned violent."
	ref := "Two men have been arrested after a demonstration against rising fuel prices in the capital."
	for b.Loop() {
		Score(cand, ref, Options{Stem: true})
	}
}

func BenchmarkScoreArticle(b *testing.B) {
	sentence := "The council voted on Tuesday to raise parking charges by 12 per cent from April, citing a budget gap. "
	cand := strings.Repeat(sentence, 20)
	ref := strings.Repeat("Parking will cost more from April after councillors approved the rise. ", 30)
	for b.Loop() {
		Score(cand, ref, Options{Stem: true})
	}
}

// prfOf builds the expected scores from a hit count and the two totals,
// independently of the code under test.
func prfOf(hits, candTotal, refTotal int) PRF {
	p, r := float64(hits)/float64(candTotal), float64(hits)/float64(refTotal)
	return PRF{P: p, R: r, F: 2 * p * r / (p + r)}
}

func closePRF(a, b PRF) bool {
	const eps = 1e-9
	return math.Abs(a.P-b.P) < eps && math.Abs(a.R-b.R) < eps && math.Abs(a.F-b.F) < eps
}
