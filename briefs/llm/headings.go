package llm

import (
	"strings"

	"briefsmith/briefs"
)

// headingNames maps the folded headings a model may write to sections.
var headingNames = map[string]briefs.Section{
	"what happened": briefs.WhatHappened, "why it matters": briefs.WhyItMatters,
	"whats next": briefs.WhatsNext, "what comes next": briefs.WhatsNext,
}

// parseHeadings reads a plain-text answer laid out under the three
// headings, with an optional "Headline:" line (or a first line) and a
// "Key quote:" line. It needs at least the What Happened section.
func parseHeadings(s string) (answer, bool) {
	var ans answer
	current := briefs.Section(-1)
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if sec, rest, ok := matchHeading(line); ok {
			current = sec
			line = rest
		} else if label, rest, ok := labelled(line); ok && (label == "headline" || label == "title") {
			ans.Headline = rest
			continue
		} else if ok && (label == "key quote" || label == "quote") {
			ans.KeyQuote = splitQuote(rest)
			continue
		}
		switch {
		case line == "":
		case current < 0 && ans.Headline == "":
			ans.Headline = line
		case current >= 0:
			addToSection(&ans, current, line)
		}
	}
	return ans, len(ans.WhatHappened) > 0
}

// matchHeading recognises "## What happened", "**Why it matters:**" and
// the like, returning any text after the heading on the same line.
func matchHeading(line string) (briefs.Section, string, bool) {
	label, rest, _ := labelled(line)
	sec, ok := headingNames[label]
	return sec, rest, ok
}

// labelled splits "**Label:** text" into the folded label and the text.
// Without a colon the whole line is the label.
func labelled(line string) (string, string, bool) {
	bare := strings.Trim(line, "#*_ ")
	label, rest, found := strings.Cut(bare, ":")
	label = strings.Trim(label, "#*_ ")
	rest = strings.Trim(rest, "*_ ")
	if !found && len(bare) > 40 {
		return "", line, false
	}
	label = strings.ToLower(strings.NewReplacer("’", "", "'", "").Replace(label))
	return label, rest, label != ""
}

// addToSection appends a line to section sec of the answer.
func addToSection(ans *answer, sec briefs.Section, line string) {
	switch sec {
	case briefs.WhatHappened:
		ans.WhatHappened = append(ans.WhatHappened, line)
	case briefs.WhyItMatters:
		ans.WhyItMatters = append(ans.WhyItMatters, line)
	case briefs.WhatsNext:
		ans.WhatsNext = append(ans.WhatsNext, line)
	}
}

// splitQuote reads `"text" — Speaker` or `"text", Speaker`.
func splitQuote(s string) answerQuote {
	for _, sep := range []string{"” —", "\" —", "” –", "\" –", "” -", "\" -", "”,", "\","} {
		if text, speaker, ok := strings.Cut(s, sep); ok {
			return answerQuote{Text: trimQuoteMarks(text), Speaker: strings.TrimSpace(speaker)}
		}
	}
	return answerQuote{Text: trimQuoteMarks(s)}
}
