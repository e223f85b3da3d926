// Package factcheck compares a summary with the article it summarises and
// flags what the article does not support: numbers, amounts of money, dates,
// names and quoted words that appear in the summary but not in the source.
//
// The check is deliberately literal. It normalises case, punctuation,
// thousands separators, scale words ("3.5bn" = "3,500 million"), rounding
// ("12,000" for 12,345) and spelled-out numbers ("three" = "3"), but it does
// not understand paraphrase: a flag means "look at this", not "this is
// wrong". It uses only the standard library and is deterministic.
package factcheck

import (
	"fmt"

	"briefsmith/briefs"
)

// Check returns a flag for every claim in s that a does not support, in the
// order the claims appear (headline, the three sections, the quote). It works
// for any summary, whoever wrote it, and never modifies its arguments.
func Check(a briefs.Article, s briefs.Summary) []briefs.Flag {
	ix := newIndex(a)
	var flags []briefs.Flag
	seen := map[briefs.Flag]bool{}
	add := func(section string, cs []claim) {
		for _, c := range cs {
			if ix.supports(c) {
				continue
			}
			f := briefs.Flag{Section: section, Kind: c.kind, Text: c.text, Message: message(c)}
			if !seen[f] {
				seen[f] = true
				flags = append(flags, f)
			}
		}
	}
	add("headline", extractClaims(s.Headline, true))
	for _, sec := range briefs.Sections {
		for _, p := range s.Points(sec) {
			add(sec.Key(), extractClaims(p.Text, true))
		}
	}
	if s.Quote != nil {
		add("quote", quotedClaims(*s.Quote))
	}
	return flags
}

// quotedClaims checks the key quote's words and its speaker's name.
func quotedClaims(q briefs.Quote) []claim {
	var out []claim
	if c, ok := quoteClaim(trimQuotes(q.Text), 0); ok {
		out = append(out, c)
	}
	e := &extractor{text: q.Speaker, toks: tokenize(q.Speaker)}
	e.used = make([]bool, len(e.toks))
	for i := range e.toks {
		e.toks[i].sentenceStart = false // a speaker line is all name
	}
	e.names()
	return append(out, e.claims...)
}

// trimQuotes removes quotation marks around a whole quotation.
func trimQuotes(s string) string {
	for _, pair := range [][2]string{{`"`, `"`}, {"“", "”"}, {"«", "»"}, {"„", "“"}, {"‘", "’"}} {
		if len(s) >= len(pair[0])+len(pair[1]) && s[:len(pair[0])] == pair[0] && s[len(s)-len(pair[1]):] == pair[1] {
			return s[len(pair[0]) : len(s)-len(pair[1])]
		}
	}
	return s
}

// message explains a flag in plain words.
func message(c claim) string {
	switch c.kind {
	case kindNumber:
		return fmt.Sprintf("The number %q does not appear in the article.", c.text)
	case kindMoney:
		return fmt.Sprintf("The amount %q does not appear in the article.", c.text)
	case kindDate:
		return fmt.Sprintf("The date %q does not appear in the article.", c.text)
	case kindName:
		return fmt.Sprintf("The name %q does not appear in the article.", c.text)
	}
	return fmt.Sprintf("These quoted words are not in the article: %q.", c.text)
}
