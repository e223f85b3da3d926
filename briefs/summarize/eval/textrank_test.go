package eval

import (
	"math"
	"testing"
)

func TestTextRankTop(t *testing.T) {
	tests := []struct {
		name      string
		sentences []string
		want      int
	}{
		{"none", nil, -1},
		{"one", []string{"Only one sentence here."}, 0},
		{
			name: "the sentence sharing most words wins",
			sentences: []string{
				"Share this with Email Facebook.",
				"The council approved the budget for schools and roads on Tuesday.",
				"The budget for schools rises by 4%.",
				"Roads get less money under the budget.",
				"Weather was sunny.",
			},
			want: 1,
		},
		{"ties go to the earlier sentence", []string{"alpha beta", "alpha beta"}, 0},
		{"no shared words", []string{"red green blue", "one two three"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TextRankTop(tt.sentences); got != tt.want {
				t.Errorf("TextRankTop = %d, want %d (scores %v)", got, tt.want, TextRank(tt.sentences))
			}
		})
	}
}

// TestTextRankScoresSumToN checks the PageRank invariant: with every node
// connected, scores average 1.
func TestTextRankScoresSumToN(t *testing.T) {
	s := []string{"the cat sat on the mat", "a cat and a dog", "the dog sat down", "mat and dog"}
	sum := 0.0
	for _, x := range TextRank(s) {
		sum += x
	}
	if math.Abs(sum-float64(len(s))) > 1e-3 {
		t.Errorf("scores sum to %.4f, want %d", sum, len(s))
	}
}

func BenchmarkTextRank(b *testing.B) {
	var s []string
	for i := 0; i < 40; i++ {
		s = append(s, "The council said on Tuesday that the budget for schools and roads would rise next year.")
	}
	for b.Loop() {
		TextRank(s)
	}
}
