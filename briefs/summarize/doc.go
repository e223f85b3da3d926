// Package summarize is Briefsmith's offline summariser: it turns an article
// into a brief (headline, What Happened, Why It Matters, What's Next and a key
// quote) without any network access. New returns it; it implements
// briefs.Summarizer.
//
// The pipeline, one step per file:
//
//   - blocks.go splits the text into logical paragraphs, keeping byte offsets;
//   - headings.go recognises the article's own section headings ("What
//     Happened?", "Why This Matters") and Axios-style lead-ins ("Why it
//     matters: …"), case- and punctuation-insensitively;
//   - document.go turns the paragraphs into candidate sentences, each
//     labelled with the section its heading puts it in, if any (clean.go
//     trims bullets and datelines from their spans);
//   - tokens.go, vectors.go, overlap.go, centrality.go and rank.go score the
//     candidates: LexRank and TextRank centrality over stemmed words,
//     position, title overlap, names and numbers;
//   - cues.go, classify.go and segment.go place sentences that no heading
//     claims: the article is read as What Happened, then Why It Matters, then
//     What's Next, with the boundaries put where the cue words agree best;
//   - sections.go and choose.go pick whole sentences per section with MMR
//     redundancy removal (eligible.go keeps out fragments and page furniture,
//     points.go makes the points with their spans);
//   - headline.go writes the headline, quote.go and speaker.go find the key
//     quote and who said it.
//
// Every point keeps the byte span of the sentence it came from. Output is
// deterministic byte for byte, and the number of sentences scored is capped,
// so any input finishes in bounded time.
package summarize
