// Package sentences splits text into sentences and remembers where each one
// lies in the input.
//
// The segmenter is rule based and works in two passes over the text:
//
//  1. blocks.go cuts the text into blocks: a blank line always ends a block,
//     and a single line break ends one unless the next line continues the
//     sentence (a hard-wrapped line). Headings and list items that stand on
//     their own line therefore never merge with the text after them.
//  2. scan.go walks each block rune by rune. At every run of terminal
//     punctuation (cluster.go) it asks decide.go whether a sentence ends
//     there, using the word before (abbreviations, initials, numbers) and
//     the word after (its case, whether it usually starts a sentence). It
//     also starts a new sentence before bullets and numbered list items
//     (lists.go), and never ends one inside a short quotation or bracket
//     pair that opened mid-sentence (spans.go).
//
// English is first-class; other scripts use their own full stops (。 ！ ？
// ։ ። ။ । ؟ ۔ and the Greek question mark) and the same case rules. Every
// input, including invalid UTF-8, is handled in linear time without panics.
package sentences
