// Package roles tells what part each sentence of a news article plays in a
// brief: happened (the news itself), matters (significance, stakes,
// background, reactions), next (scheduled steps, plans, open questions) or
// other (colour, detail, repeated quotes), as ../shared/docs/labelling.md
// defines them.
//
// Each sentence is judged on its own evidence: Extract turns it into a
// sparse vector of general features (its position relative to the lead,
// comparison and history words, figures, reactions of other parties,
// explicit future signals and dates, quotes, overlap with the lead), and
// Classify weighs them with a multinomial logistic regression whose weights
// (weights.go) are learnt from the training part of the labelled real news
// by Train; `make train` regenerates them. Everything is deterministic and
// offline.
package roles
