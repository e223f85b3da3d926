package templates

import (
	"context"
	"io"
	"strings"
	"testing"
)

// benchRender renders an n-item Morning Brief as ext per op. Targets for a
// 50-item brief on a 2-core machine: ≤ 200 ms per op and ≤ 60 MB peak
// resident memory (measured by the command in docs/notes/NOTES-templates.md).
func benchRender(b *testing.B, ext string, n int) {
	r, err := NewRenderer(ext, mustLookup(b, ""), Options{})
	if err != nil {
		b.Fatal(err)
	}
	brief := benchBrief(n)
	b.ReportAllocs()
	for b.Loop() {
		if err := r.Render(context.Background(), io.Discard, brief); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMorningBrief50PDF renders a 50-item brief with about 200 words
// of summary per item as PDF.
func BenchmarkMorningBrief50PDF(b *testing.B) { benchRender(b, ".pdf", 50) }

// BenchmarkMorningBrief50DOCX renders the same brief as DOCX.
func BenchmarkMorningBrief50DOCX(b *testing.B) { benchRender(b, ".docx", 50) }

// BenchmarkMorningBrief50HTML renders the same brief as HTML.
func BenchmarkMorningBrief50HTML(b *testing.B) { benchRender(b, ".html", 50) }

// BenchmarkMorningBrief50Text renders the same brief as plain text.
func BenchmarkMorningBrief50Text(b *testing.B) { benchRender(b, ".txt", 50) }

// BenchmarkRenderPDF20 renders a 20-item brief (the earlier target: ≤ 150
// ms per op).
func BenchmarkRenderPDF20(b *testing.B) { benchRender(b, ".pdf", 20) }

// BenchmarkRenderPDFCJK renders a 20-item brief with Chinese headlines: the
// cost of loading the 4 MB fallback font.
func BenchmarkRenderPDFCJK(b *testing.B) {
	r := NewPDF(mustLookup(b, ""), Options{})
	brief := benchBrief(20)
	for i := range brief.Items {
		brief.Items[i].Summary.Headline = "东京股市收盘上涨 " + brief.Items[i].Summary.Headline
	}
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

// BenchmarkRenderMarkdown20 renders the 20-item brief as Markdown.
func BenchmarkRenderMarkdown20(b *testing.B) { benchRender(b, ".md", 20) }
