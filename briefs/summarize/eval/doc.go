// Package eval measures Briefsmith's offline summariser. The measurements
// are tests named TestEval… that run only when BRIEFSMITH_EVAL=1 is set
// (`make eval`), so that plain `go test` stays fast:
//
//   - XSum: ROUGE-1/2/L of the first What Happened sentence against the BBC's
//     own one-sentence introduction on the XSum sample articles in
//     ../shared, beside the Lead-1 and TextRank-1 baselines;
//   - sections: on hand-written articles with What happened / Why it
//     matters / What's next headings (testdata/sections), how many summary
//     sentences land in their true section once the headings are removed;
//   - speed per 1,000 words at 1k, 10k and 50k words, and determinism.
//
// This package holds what those tests need: readers for the XSum samples
// and the labelled articles, the TextRank baseline, and the figures table.
package eval
