package llm

import (
	"encoding/json"
	"errors"
	"regexp"
	"strings"

	"briefsmith/briefs"
)

// errBadAnswer means the model's answer could be read neither as the JSON
// asked for nor as text under the three headings.
var errBadAnswer = errors.New("the answer was not in the expected format")

// parseAnswer turns the model's reply into a Summary of article a, keeping
// at most maxPoints sentences a section.
func parseAnswer(content string, a briefs.Article, maxPoints int) (briefs.Summary, error) {
	content = stripThink(content)
	ans, ok := decodeJSONAnswer(content)
	if !ok {
		ans, ok = parseHeadings(content)
	}
	if !ok {
		return briefs.Summary{}, errBadAnswer
	}
	return toSummary(ans, a.Text, maxPoints), nil
}

// thinkBlock matches the reasoning that some models put before the answer.
var thinkBlock = regexp.MustCompile(`(?s)<think>.*?(</think>|$)`)

// stripThink removes <think>…</think> blocks, and an unclosed one to the end.
func stripThink(s string) string {
	return thinkBlock.ReplaceAllString(s, "")
}

// decodeJSONAnswer reads the first JSON object in s (models sometimes wrap
// it in prose or a code fence) and reports whether it holds a summary.
func decodeJSONAnswer(s string) (answer, bool) {
	obj := firstJSONObject(s)
	if obj == "" {
		return answer{}, false
	}
	var ans answer
	if err := json.Unmarshal([]byte(obj), &ans); err != nil {
		return answer{}, false
	}
	return ans, len(ans.WhatHappened) > 0 || len(ans.WhyItMatters) > 0 || len(ans.WhatsNext) > 0
}

// firstJSONObject returns the first balanced {…} in s, or "".
func firstJSONObject(s string) string {
	start := strings.IndexByte(s, '{')
	if start < 0 {
		return ""
	}
	depth, inString, escaped := 0, false, false
	for i := start; i < len(s); i++ {
		c := s[i]
		switch {
		case escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case c == '"':
			inString = !inString
		case inString:
		case c == '{':
			depth++
		case c == '}':
			depth--
			if depth == 0 {
				return s[start : i+1]
			}
		}
	}
	return ""
}

// toSummary cleans the answer's text and ties each point to the article
// where it is quoted verbatim.
func toSummary(ans answer, article string, maxPoints int) briefs.Summary {
	s := briefs.Summary{Headline: cleanText(ans.Headline, article)}
	s.WhatHappened = toPoints(ans.WhatHappened, article, maxPoints)
	s.WhyItMatters = toPoints(ans.WhyItMatters, article, maxPoints)
	s.WhatsNext = toPoints(ans.WhatsNext, article, maxPoints)
	if q := trimQuoteMarks(cleanText(ans.KeyQuote.Text, article)); q != "" {
		s.Quote = &briefs.Quote{Text: q, Speaker: cleanText(ans.KeyQuote.Speaker, article)}
	}
	return s
}

// toPoints keeps up to maxPoints non-empty cleaned texts.
func toPoints(texts []string, article string, maxPoints int) []briefs.Point {
	var pts []briefs.Point
	for _, t := range texts {
		if t = cleanText(t, article); t != "" && len(pts) < maxPoints {
			pts = append(pts, briefs.Point{Text: t, Spans: locate(article, t)})
		}
	}
	return pts
}

// locate returns where text appears verbatim in the article, if it does.
func locate(article, text string) []briefs.Span {
	for _, t := range []string{text, strings.TrimRight(text, ".")} {
		if i := strings.Index(article, t); t != "" && i >= 0 {
			return []briefs.Span{{Start: i, End: i + len(t)}}
		}
	}
	return nil
}

var (
	mdImage  = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink   = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	bareURL  = regexp.MustCompile(`https?://[^\s)\]]+`)
	mdMarks  = regexp.MustCompile(`\*\*|__|^#+\s*|^\s*(?:[-*•]|\d+[.)])\s+`)
	spaceRun = regexp.MustCompile(`\s+`)
)

// cleanText makes model output safe plain text: Markdown images and links
// become their words, URLs the article does not contain are dropped (they
// could leak data when rendered), and emphasis, bullets and extra space go.
func cleanText(s, article string) string {
	s = mdImage.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllString(s, "$1")
	s = bareURL.ReplaceAllStringFunc(s, func(u string) string {
		link := strings.TrimRight(u, ".,;:!?'\"")
		if strings.Contains(article, link) {
			return u
		}
		return u[len(link):] // keep the sentence's own punctuation
	})
	s = mdMarks.ReplaceAllString(strings.TrimSpace(s), "")
	return strings.TrimSpace(spaceRun.ReplaceAllString(s, " "))
}

// trimQuoteMarks removes quotation marks around a whole quotation.
func trimQuoteMarks(s string) string {
	return strings.TrimSpace(strings.Trim(s, "\"“”„«»'‘’ "))
}
