// Package summarize is Briefsmith's offline summariser: it turns an article
// into a brief (headline, What Happened, Why It Matters, What's Next and a key
// quote) without any network access. New returns it; it implements
// briefs.Summarizer.
//
// The pipeline, one step per file or group of files, in order:
//
//   - paragraphs.go splits the text into logical paragraphs, keeping byte
//     offsets;
//   - headings.go recognises the article's own section headings ("What
//     Happened?", "Why This Matters") and Axios-style lead-ins ("Why it
//     matters: …"), case- and punctuation-insensitively;
//   - candidates.go turns the paragraphs into candidate sentences (package
//     sentences finds the sentence ends), each labelled with the section its
//     heading puts it in, if any, and drops page furniture
//     (candidates_trim.go trims bullets and datelines from their spans);
//   - rank.go scores the candidates: LexRank and TextRank centrality
//     (rank_centrality.go) over stemmed words (rank_words.go,
//     rank_stopwords.go, rank_vectors.go, rank_overlap.go), position, title
//     overlap, names and numbers;
//   - choose.go classifies every sentence that no heading claims on its own
//     evidence with package roles (happened, matters, next or other, by a
//     model learnt from labelled real news) and picks whole sentences per
//     section with MMR redundancy removal: What Happened from the lead
//     window, Why It Matters from the likeliest significance, What's Next
//     only on an explicit forward signal, else empty; points keep the
//     article's order (choose_eligible.go keeps out fragments and page
//     furniture, choose_points.go makes the points with their spans);
//   - headline.go writes the headline; quote.go and quote_speaker.go find the
//     key quote and who said it.
//
// Every point keeps the byte span of the sentence it came from. Output is
// deterministic byte for byte, and the number of sentences scored is capped,
// so any input finishes in bounded time.
package summarize
