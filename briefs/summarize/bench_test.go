package summarize

import (
	"context"
	"strings"
	"testing"

	"briefsmith/briefs"
)

// benchWords is the vocabulary of generated benchmark articles.
var benchWords = strings.Fields(`the council minister said on Monday that talks over the new budget
would resume next week after officials in London and Paris failed to agree on tax rules for energy
companies whose profits rose sharply this year amid higher prices analysts warned that the dispute
could delay reforms while unions plan strikes across ports railways and schools if wages fall again`)

// generatedArticle returns a deterministic article of about n words: sentences
// of 12 to 27 words, four to a paragraph.
func generatedArticle(n int) string {
	var b strings.Builder
	seed := uint32(1)
	next := func(k int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % k
	}
	for words, sents := 0, 0; words < n; sents++ {
		length := 12 + next(16)
		for i := 0; i < length; i++ {
			w := benchWords[next(len(benchWords))]
			if i == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			b.WriteString(w)
			if i < length-1 {
				b.WriteByte(' ')
			}
		}
		b.WriteString(". ")
		if sents%4 == 3 {
			b.WriteString("\n\n")
		}
		words += length
	}
	return b.String()
}

func benchmarkSummarize(b *testing.B, words int) {
	a := briefs.Article{Title: "Budget talks to resume", Text: generatedArticle(words)}
	o := New()
	b.SetBytes(int64(len(a.Text)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := o.Summarize(context.Background(), a, briefs.SummaryOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSummarize1k(b *testing.B)  { benchmarkSummarize(b, 1_000) }
func BenchmarkSummarize10k(b *testing.B) { benchmarkSummarize(b, 10_000) }
func BenchmarkSummarize50k(b *testing.B) { benchmarkSummarize(b, 50_000) }
