package eval

import (
	"strings"

	"briefsmith/briefs"
)

// headingPhrases are the section headings and Axios-style lead-ins the
// labelled articles use, lower-cased, with the section each one opens.
var headingPhrases = []struct {
	phrase  string
	section briefs.Section
}{
	{"what happened", briefs.WhatHappened},
	{"the news", briefs.WhatHappened},
	{"driving the news", briefs.WhatHappened},
	{"what's new", briefs.WhatHappened},
	{"the details", briefs.WhatHappened},
	{"why it matters", briefs.WhyItMatters},
	{"why this matters", briefs.WhyItMatters},
	{"the big picture", briefs.WhyItMatters},
	{"context", briefs.WhyItMatters},
	{"background", briefs.WhyItMatters},
	{"between the lines", briefs.WhyItMatters},
	{"the stakes", briefs.WhyItMatters},
	{"what's next", briefs.WhatsNext},
	{"what to watch", briefs.WhatsNext},
	{"looking ahead", briefs.WhatsNext},
	{"what comes next", briefs.WhatsNext},
	{"next steps", briefs.WhatsNext},
}

// headingSection reports whether line, on its own, is a section heading
// ("Why it matters", "What's next?", "THE BIG PICTURE:") and which section
// it opens.
func headingSection(line string) (briefs.Section, bool) {
	norm := normalisePhrase(strings.TrimRight(strings.TrimSpace(line), ":?.!"))
	for _, h := range headingPhrases {
		if norm == h.phrase {
			return h.section, true
		}
	}
	return 0, false
}

// leadIn reports whether para opens with an inline lead-in such as
// "Why it matters: …", giving its section and the byte offset where the
// text after it begins.
func leadIn(para string) (sec briefs.Section, body int, ok bool) {
	colon := strings.IndexByte(para, ':')
	if colon < 0 || colon > 40 {
		return 0, 0, false
	}
	norm := normalisePhrase(para[:colon])
	for _, h := range headingPhrases {
		if norm == h.phrase {
			body = colon + 1
			for body < len(para) && para[body] == ' ' {
				body++
			}
			return h.section, body, true
		}
	}
	return 0, 0, false
}

// normalisePhrase lower-cases s and straightens curly apostrophes.
func normalisePhrase(s string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), "’", "'")
}
