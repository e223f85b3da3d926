// Package eval measures Briefsmith's offline summariser. The measurements
// are tests named TestEval… that run only when BRIEFSMITH_EVAL=1 is set
// (`make eval`), so that plain `go test` stays fast; each figure with a
// target fails the test when it misses:
//
//   - real news: on the labelled real articles (testdata/realnews, labels by
//     byte range over the scrapinghub ground truth in ../shared; see package
//     realnews and ../shared/docs/labelling.md), per section the label
//     precision of the chosen sentences, the best-sentence recall and the
//     empty rate, for the held-out part and the training part apart;
//   - scrapinghub: on every English news page of the benchmark (IsEnglishNews),
//     how often Why It Matters is empty and how often What Happened opens
//     with the lead's news (OpensWithLead);
//   - XSum: ROUGE-1/2/L of the first What Happened sentence against the BBC's
//     own one-sentence introduction on the XSum sample articles in
//     ../shared, beside the Lead-1 and TextRank-1 baselines;
//   - sections: a regression test on the hand-written articles with What
//     happened / Why it matters / What's next headings (testdata/sections),
//     how many summary sentences land in their true section with the
//     headings removed and kept (not a quality figure: we wrote them);
//   - speed per 1,000 words at 1k, 10k and 50k words, and determinism.
//
// This package holds what those tests need: readers for the XSum samples
// and the labelled articles, the real-news scoring (RealNewsScore), the
// TextRank baseline, and the figures table. Subpackages: realnews (the
// label format), labeltool (writes label files), train (`make train`),
// rouge (the ROUGE scorer).
package eval
