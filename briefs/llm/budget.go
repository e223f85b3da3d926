package llm

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// gap stands for paragraphs left out of a shortened article.
const gap = "[…]"

// cutToBudget shortens text to at most budget bytes, keeping whole
// paragraphs in their order. It keeps the lead first, then the article's last
// paragraph, then the last paragraph of each section (the one before a
// heading), then the headings, then whatever else fits from the top. Left-out
// runs are marked with "[…]". It reports whether anything was cut.
func cutToBudget(text string, budget int) (string, bool) {
	if len(text) <= budget {
		return text, false
	}
	paras := splitParagraphs(text)
	if len(paras) == 0 || len(paras[0])+len(gap)+4 > budget {
		return truncateUTF8(strings.TrimSpace(text), budget-len(gap)-1) + " " + gap, true // not even the lead fits
	}
	keep := make([]bool, len(paras))
	used := 0
	for _, i := range byPriority(paras, budget) {
		if cost := len(paras[i]) + len(gap) + 4; used+cost <= budget {
			keep[i] = true
			used += cost
		}
	}
	return joinKept(paras, keep), true
}

// byPriority orders paragraph indexes by how much they are worth keeping.
func byPriority(paras []string, budget int) []int {
	rank := make([]int, len(paras))
	lead := 0
	for i, p := range paras {
		switch {
		case lead+len(p) <= budget/2 || i == 0:
			rank[i] = 0 // the lead: up to half the budget
			lead += len(p)
		case i == len(paras)-1:
			rank[i] = 1
		case i+1 < len(paras) && isHeading(paras[i+1]) && !isHeading(p):
			rank[i] = 2 // end of a section
		case isHeading(p):
			rank[i] = 3
		default:
			rank[i] = 4
		}
	}
	order := make([]int, len(paras))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return rank[order[a]] < rank[order[b]] })
	return order
}

// isHeading guesses whether a paragraph is a subheading: one short line
// that does not end like a sentence.
func isHeading(p string) bool {
	p = strings.TrimSpace(p)
	last, _ := utf8.DecodeLastRuneInString(p)
	return p != "" && len(p) <= 80 && !strings.Contains(p, "\n") && !strings.ContainsRune(".!?:;\"”'’)", last)
}

// splitParagraphs splits at blank lines, dropping empty paragraphs.
func splitParagraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// joinKept joins the kept paragraphs, marking each run of left-out ones.
func joinKept(paras []string, keep []bool) string {
	var parts []string
	for i, p := range paras {
		switch {
		case keep[i]:
			parts = append(parts, p)
		case len(parts) == 0 || parts[len(parts)-1] != gap:
			parts = append(parts, gap)
		}
	}
	return strings.Join(parts, "\n\n")
}

// truncateUTF8 cuts s to at most n bytes without splitting a character.
func truncateUTF8(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
