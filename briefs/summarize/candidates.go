package summarize

import (
	"context"

	"briefsmith/briefs/summarize/roles"
)

// Candidate is a sentence the summariser reads: its byte span in the text,
// its text with white space collapsed, the paragraph it stands in, and
// whether a section heading of the article claims it.
type Candidate struct {
	Start, End int
	Text       string
	Para       int
	Headed     bool
}

// Candidates returns the candidate sentences of text in order, exactly as
// the summariser reads them (page furniture dropped, datelines trimmed).
// Training and evaluation use it to line labels up with what the
// summariser sees.
func Candidates(text string) []Candidate {
	d, err := parseDocument(context.Background(), text)
	if err != nil {
		return nil // parseDocument fails only when its context is cancelled
	}
	out := make([]Candidate, len(d.sents))
	for i, s := range d.sents {
		_, headed := s.label.section()
		out[i] = Candidate{Start: s.start, End: s.end, Text: s.text, Para: s.block, Headed: headed}
	}
	return out
}

// RoleInputs turns candidates into what the role classifier reads: the
// sentences no heading claims, in order. idx maps each input back to its
// candidate.
func RoleInputs(cands []Candidate) (in []roles.Sentence, idx []int) {
	for i, c := range cands {
		if !c.Headed {
			in = append(in, roles.Sentence{Text: c.Text, Para: c.Para})
			idx = append(idx, i)
		}
	}
	return in, idx
}
