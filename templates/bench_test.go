package templates

import (
	"context"
	"io"
	"strings"
	"testing"
)

// BenchmarkRenderPDF20 renders a 20-item brief with about 200 words of
// summary per item (target: ≤ 150 ms per op on a 2-core machine).
func BenchmarkRenderPDF20(b *testing.B) {
	r := NewPDF(mustLookup(b, ""), Options{})
	brief := benchBrief(20)
	b.ReportAllocs()
	for b.Loop() {
		if err := r.Render(context.Background(), io.Discard, brief); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderPDFMegabyteLine renders a brief whose one point is a 1 MB
// line with no spaces (target: well under a second).
func BenchmarkRenderPDFMegabyteLine(b *testing.B) {
	r := NewPDF(mustLookup(b, ""), Options{})
	brief := edgeBrief("t", "h", strings.Repeat("x", 1<<20), "", "")
	for b.Loop() {
		if err := r.Render(context.Background(), io.Discard, brief); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderMarkdown20 renders the same 20-item brief as Markdown.
func BenchmarkRenderMarkdown20(b *testing.B) {
	r := NewMarkdown(mustLookup(b, ""))
	brief := benchBrief(20)
	for b.Loop() {
		if err := r.Render(context.Background(), io.Discard, brief); err != nil {
			b.Fatal(err)
		}
	}
}
