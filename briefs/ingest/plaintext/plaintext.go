// Package plaintext reads an article written as plain text. A first line
// followed by a blank line is the title. Paragraphs come out separated by a
// blank line whichever way the text was laid out: one paragraph per line,
// or paragraphs hard-wrapped at a fixed width and separated by blank lines
// (wrapped lines are joined again). Short heading-like lines such as
// "What Happened?" always stay paragraphs of their own, because the
// summariser recognises an article's own section headings.
package plaintext

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefsmith/briefs"
	"briefsmith/briefs/ingest/textclean"
)

const (
	// maxTitle is the longest first line taken as a title, in characters.
	maxTitle = 150
	// maxWrapped is the longest line thought to be hard-wrapped; longer
	// lines are whole paragraphs. minWrapWidth is the narrowest wrapping
	// recognised: below it, short lines are taken as meant.
	maxWrapped   = 120
	minWrapWidth = 50
	// maxHeading and maxHeadingWords bound a heading-like line.
	maxHeading      = 80
	maxHeadingWords = 12
	// maxByline is the longest "By …" line taken as a byline.
	maxByline = 80
)

// Parse reads text (already cleaned with textclean.Clean) into an article
// with Title, Byline and Text set.
func Parse(text string) briefs.Article {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	var a briefs.Article
	a.Title, lines = takeTitle(lines)
	blocks := splitBlocks(lines)
	a.Byline, blocks = takeByline(blocks)
	a.Text = textclean.JoinParagraphs(paragraphs(blocks))
	return a
}

// takeTitle removes and returns the first line when a blank line follows it
// and more text comes after, unless it is long or ends with a full stop
// (headlines do not).
func takeTitle(lines []string) (string, []string) {
	first := slices.IndexFunc(lines, func(l string) bool { return l != "" })
	if first < 0 || first+2 >= len(lines) || lines[first+1] != "" {
		return "", lines
	}
	l := lines[first]
	if runes(l) > maxTitle || strings.HasSuffix(l, ".") || !hasText(lines[first+2:]) {
		return "", lines // too long, or a sentence, or nothing follows
	}
	return textclean.Squeeze(l), lines[first+2:]
}

func hasText(lines []string) bool {
	return slices.ContainsFunc(lines, func(l string) bool { return l != "" })
}

// splitBlocks groups consecutive non-blank lines.
func splitBlocks(lines []string) [][]string {
	var blocks [][]string
	var cur []string
	for _, l := range lines {
		if l == "" {
			if len(cur) > 0 {
				blocks = append(blocks, cur)
			}
			cur = nil
			continue
		}
		cur = append(cur, l)
	}
	if len(cur) > 0 {
		blocks = append(blocks, cur)
	}
	return blocks
}

// bylinePattern matches a credit line such as "By Jane Doe and Ali Khan".
var bylinePattern = regexp.MustCompile(`^(?i:by)\s+\p{Lu}`)

// takeByline removes and returns a leading one-line block that credits the
// author.
func takeByline(blocks [][]string) (string, [][]string) {
	if len(blocks) < 2 || len(blocks[0]) != 1 {
		return "", blocks
	}
	l := blocks[0][0]
	if !bylinePattern.MatchString(l) || utf8.RuneCountInString(l) > maxByline {
		return "", blocks
	}
	return strings.TrimSpace(l[2:]), blocks[1:]
}

// paragraphs turns blocks of lines into paragraphs, joining hard-wrapped
// lines when the text as a whole looks hard-wrapped.
func paragraphs(blocks [][]string) []string {
	width := wrapWidth(blocks)
	var out []string
	for _, b := range blocks {
		out = append(out, splitBlock(b, width)...)
	}
	return out
}

// splitBlock cuts one block into paragraphs at every line break that was
// meant rather than made by wrapping. A width of 0 means no line was
// wrapped.
func splitBlock(block []string, width int) []string {
	var out []string
	start := 0
	for i := range block {
		if i+1 < len(block) && width > 0 && continues(block, i, width) {
			continue
		}
		out = append(out, strings.Join(stripBullets(block[start:i+1]), " "))
		start = i + 1
	}
	return out
}

// stripBullets removes a bullet mark from the first line of a list item.
func stripBullets(lines []string) []string {
	if m := bulletMark.FindString(lines[0]); m != "" && !strings.ContainsAny(m, "0123456789") {
		lines = slices.Clone(lines)
		lines[0] = lines[0][len(m):]
	}
	return lines
}

// bulletMark matches the mark that opens a list item.
var bulletMark = regexp.MustCompile(`^([-*•–·▪‣]|\d{1,3}[.)])\s+`)

// continues reports whether line i of block was wrapped, so that line i+1
// carries on the same paragraph.
func continues(block []string, i, width int) bool {
	a, b := block[i], block[i+1]
	switch {
	case runes(a) > maxWrapped || runes(b) > maxWrapped:
		return false
	case bulletMark.MatchString(b):
		return false
	case !wrappedBefore(a, b, width):
		return false // a had room for b's first word: the break was meant
	case endsSentence(a) && headingLike(b) && !wrappedAfter(block, i+1, width):
		return false // b is a heading standing on its own line
	}
	return true
}

// wrappedBefore reports whether b's first word would not have fitted on a.
func wrappedBefore(a, b string, width int) bool {
	first, _, _ := strings.Cut(b, " ")
	return runes(a)+1+runes(first) > width
}

// wrappedAfter reports whether line i of block runs on into the next line.
func wrappedAfter(block []string, i, width int) bool {
	return i+1 < len(block) && runes(block[i+1]) <= maxWrapped && wrappedBefore(block[i], block[i+1], width)
}

// wrapWidth estimates the width the text was wrapped at: the 90th
// percentile length of lines that have a successor in their block. It is 0
// when no block has such a line, when that width is too narrow to be a
// wrapping width, or when most lines are too long to be wrapped (one
// paragraph per line).
func wrapWidth(blocks [][]string) int {
	var lens []int
	total, long := 0, 0
	for _, b := range blocks {
		for i, l := range b {
			n := runes(l)
			total++
			if n > maxWrapped {
				long++
			} else if i+1 < len(b) {
				lens = append(lens, n)
			}
		}
	}
	if len(lens) == 0 || long*2 >= total {
		return 0
	}
	slices.Sort(lens)
	if w := lens[len(lens)*9/10]; w >= minWrapWidth {
		return w
	}
	return 0
}

// headingLike reports whether l reads like a section heading: short, not
// ending like a sentence, starting with a capital (or uncased) letter or a
// digit.
func headingLike(l string) bool {
	if l == "" || runes(l) > maxHeading || len(strings.Fields(l)) > maxHeadingWords {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l)
	if strings.ContainsRune(".,;", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(l)
	return !unicode.IsLower(first)
}

// endsSentence reports whether l ends like a sentence, a heading or a
// quotation.
func endsSentence(l string) bool {
	l = strings.TrimRight(l, `"'”’»)]`)
	last, _ := utf8.DecodeLastRuneInString(l)
	return strings.ContainsRune(".!?:…。！？", last)
}

func runes(s string) int { return utf8.RuneCountInString(s) }
