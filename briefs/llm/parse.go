package llm

import (
	"encoding/json"
	"errors"
	"fmt"
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
	ans, err := decodeJSONAnswer(content)
	if errors.Is(err, errNoJSON) {
		var ok bool
		if ans, ok = parseHeadings(content); !ok {
			return briefs.Summary{}, errBadAnswer
		}
	} else if err != nil {
		return briefs.Summary{}, err
	}
	sum := toSummary(ans, a.Text, maxPoints)
	if len(sum.WhatHappened) == 0 {
		return briefs.Summary{}, fmt.Errorf("%w (no What Happened)", errBadAnswer)
	}
	return sum, nil
}

// errNoJSON means the answer holds no JSON object at all, so it may be
// plain text under headings.
var errNoJSON = errors.New("no JSON object in the answer")

// thinkBlock matches the reasoning that some models put before the answer.
var thinkBlock = regexp.MustCompile(`(?s)<think>.*?(</think>|$)`)

// stripThink removes <think>…</think> blocks, and an unclosed one to the end.
func stripThink(s string) string {
	return thinkBlock.ReplaceAllString(s, "")
}

// decodeJSONAnswer reads the first JSON object in s (models sometimes wrap
// it in prose or a code fence). It returns errNoJSON when there is none and
// errBadAnswer, with what is wrong, when the object is not a summary: a
// field of the wrong type, or none of the three sections.
func decodeJSONAnswer(s string) (answer, error) {
	obj := firstJSONObject(s)
	if obj == "" {
		if strings.HasPrefix(strings.TrimLeft(s, " \t\r\n`json"), "{") {
			return answer{}, errBadAnswer // an object that never closes
		}
		return answer{}, errNoJSON
	}
	if err := checkShape(obj); err != nil {
		return answer{}, fmt.Errorf("%w (%v)", errBadAnswer, err)
	}
	var ans answer
	if err := json.Unmarshal([]byte(obj), &ans); err != nil {
		return answer{}, fmt.Errorf("%w (%s)", errBadAnswer, shapeError(err))
	}
	if len(ans.WhatHappened) == 0 && len(ans.WhyItMatters) == 0 && len(ans.WhatsNext) == 0 {
		return answer{}, fmt.Errorf("%w (no sections)", errBadAnswer)
	}
	return ans, nil
}

// checkShape names the first of the answer's sections that is not a list
// of sentences.
func checkShape(obj string) error {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal([]byte(obj), &fields); err != nil {
		return errors.New(shapeError(err))
	}
	for _, key := range []string{"what_happened", "why_it_matters", "whats_next"} {
		if raw, ok := fields[key]; ok {
			var l stringList
			if err := l.UnmarshalJSON(raw); err != nil {
				return fmt.Errorf("%s: %w", key, err)
			}
		}
	}
	return nil
}

// shapeError says briefly which field had the wrong type.
func shapeError(err error) string {
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) && typeErr.Field != "" {
		return typeErr.Field + " has the wrong type"
	}
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 {
		msg = msg[i+2:]
	}
	return shorten(msg)
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
