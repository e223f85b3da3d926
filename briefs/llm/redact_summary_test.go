package llm

import (
	"fmt"
	"strings"
	"testing"

	"briefsmith/briefs"
	"briefsmith/briefs/llm/llmtest"
)

// TestFinishRedactsWhatParsingAssembles: a key that the raw answer hides
// from Redact — as JSON escapes, or split by invisible characters — is
// redacted from the parsed summary.
func TestFinishRedactsWhatParsingAssembles(t *testing.T) {
	const key = "sk-Zq8XvT3mLw9RpK2sNb7YhC4d"
	escaped := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			fmt.Fprintf(&b, `\u%04x`, r)
		}
		return b.String()
	}
	split := func(s, sep string) string { return s[:7] + sep + s[7:14] + sep + s[14:21] + sep + s[21:] }
	cases := map[string]string{
		"JSON escapes":      escaped(key),
		"bare JSON escapes": escaped(key[3:]),
		"zero-width spaces": split(key, `\u200b`),
		"soft hyphens":      split(key[3:], "\u00ad"),
		"word joiners":      split(key, `\u2060`),
		"byte order marks":  split(key, `\ufeff`),
	}
	for name, disguised := range cases {
		t.Run(name, func(t *testing.T) {
			answer := strings.Replace(llmtest.GoodAnswer(), "main sea wall.", "main sea wall "+disguised+".", 1)
			answer = strings.Replace(answer, `"speaker":"Alice Moreno"`, `"speaker":"Alice `+disguised+`"`, 1)
			s := &Summarizer{cfg: Config{APIKey: key, Model: "m"}}
			sum, err := s.finish(llmtest.Article(), answer, briefs.SummaryOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, text := range []string{sum.WhatHappened[0].Text, sum.Quote.Speaker} {
				visible := strings.Map(func(r rune) rune {
					if strings.ContainsRune("\u200b\u00ad\u2060\ufeff", r) {
						return -1
					}
					return r
				}, text)
				if strings.Contains(visible, key[3:11]) || !strings.Contains(text, "[redacted") {
					t.Errorf("not redacted: %q", text)
				}
			}
		})
	}
}

func TestRedactTextLeavesInvisibleCharactersOfOtherText(t *testing.T) {
	in := "co\u00adoperation and a zero\u200bwidth space"
	if got := redactText(in, "sk-Zq8XvT3mLw9RpK2sNb7YhC4d"); got != in {
		t.Errorf("text without the key changed: %q", got)
	}
}
