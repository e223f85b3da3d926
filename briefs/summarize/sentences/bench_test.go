package sentences

import (
	"strings"
	"testing"
)

// benchSentences are invented news sentences that exercise the rules
// (abbreviations, numbers, quotes, a heading, a list).
var benchSentences = []string{
	"The U.S. Treasury said on Tuesday that borrowing rose to $1.2 trillion.",
	"Mr. Alvarez, 54, told reporters: \"We expected this. It is not a surprise.\"",
	"Shares in Acme Corp. fell 3.4% by 2 p.m. in New York.",
	"Why it matters\n",
	"Analysts at No. 1 bank in the region, e.g. Northbank, expect cuts…",
	"1. Rates rise 2. Spending falls 3. Debt stabilises\n\n",
	"Officials declined to comment on the report (published in Jan. 2024).",
	"Will the plan work? Critics say no!",
}

// benchText returns a text of about n words.
func benchText(n int) string {
	var b strings.Builder
	words := 0
	for i := 0; words < n; i++ {
		s := benchSentences[i%len(benchSentences)]
		b.WriteString(s)
		b.WriteByte(' ')
		words += len(strings.Fields(s))
	}
	return b.String()
}

func benchmarkSplit(b *testing.B, words int) {
	text := benchText(words)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Split(text)
	}
}

func BenchmarkSplit1k(b *testing.B)  { benchmarkSplit(b, 1_000) }
func BenchmarkSplit10k(b *testing.B) { benchmarkSplit(b, 10_000) }
func BenchmarkSplit50k(b *testing.B) { benchmarkSplit(b, 50_000) }

// BenchmarkSplitNoSpaces1MB is the worst case the issue names: 1 MB with no
// spaces or punctuation.
func BenchmarkSplitNoSpaces1MB(b *testing.B) {
	text := strings.Repeat("a", 1<<20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Split(text)
	}
}
