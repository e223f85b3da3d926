package eval

import (
	"fmt"
	"testing"

	"briefsmith/briefs"
	"briefsmith/briefs/summarize/eval/rouge"
	"briefsmith/briefs/summarize/sentences"
)

// minLeadGain is the brief's target: the first What Happened sentence beats
// Lead-1 by at least this many ROUGE-1 F points on the XSum samples.
const minLeadGain = 3.0

// xsumScores accumulates ROUGE for the summariser and the two baselines.
type xsumScores struct {
	ours, lead, cleanLead, textRank rouge.Mean
	oursIsLead                      int // articles where our sentence is the fair Lead-1
	noWhatHappened                  int // articles with an empty What Happened section
	errors                          int // articles the summariser refused
}

// evalXSum scores the first What Happened sentence of each XSum sample
// against the BBC's introduction, beside Lead-1 and TextRank-1.
func evalXSum(t *testing.T, r *Report) {
	s, n, skipped := scoreXSum(t)
	record(t, r, "xsum", "articles scored (skipped)", fmt.Sprintf("%d (%d)", n, skipped))
	for _, row := range []struct {
		name string
		m    *rouge.Mean
	}{
		{"first What Happened sentence", &s.ours},
		{"Lead-1 (first sentence of RESTBODY)", &s.lead},
		{"Lead-1 after share/media widget lines", &s.cleanLead},
		{"TextRank-1", &s.textRank},
	} {
		sc := row.m.Scores()
		record(t, r, "xsum", "R1/R2/RL F, "+row.name,
			fmt.Sprintf("%.2f / %.2f / %.2f", 100*sc.R1.F, 100*sc.R2.F, 100*sc.RL.F))
	}
	record(t, r, "xsum", "first WH sentence is the fair Lead-1", fmt.Sprintf("%.1f %% (%d/%d)", pct(s.oursIsLead, n), s.oursIsLead, n))
	record(t, r, "xsum", "empty What Happened (of which errors)", fmt.Sprintf("%d/%d (%d)", s.noWhatHappened, n, s.errors))
	record(t, r, "xsum", "R1 F gain over literal Lead-1",
		fmt.Sprintf("%+.2f points", 100*(s.ours.Scores().R1.F-s.lead.Scores().R1.F)))
	gain := s.gain()
	check(t, r, "xsum", "R1 F gain over Lead-1 after widgets", fmt.Sprintf("%+.2f points", gain),
		fmt.Sprintf("≥ +%.2f", minLeadGain), gain >= minLeadGain)
}

// scoreXSum scores every XSum sample, returning the scores, the number of
// samples scored and the number skipped.
func scoreXSum(t *testing.T) (s xsumScores, n, skipped int) {
	t.Helper()
	samples, skipped, err := LoadXSumSamples(sharedCorpus(t, "xsum-samples"))
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range samples {
		s.add(t, x)
	}
	return s, len(samples), skipped
}

// gain is the first What Happened sentence's ROUGE-1 F gain over the fair
// Lead-1, in points. It is held against the fair Lead-1: a third of the
// bodies open with share-button labels, which make the literal baseline
// too easy.
func (s *xsumScores) gain() float64 {
	return 100 * (s.ours.Scores().R1.F - s.cleanLead.Scores().R1.F)
}

// rougeOpts are ROUGE-1.5.5 -m settings: Porter stemming.
var rougeOpts = rouge.Options{Stem: true}

// add summarises one sample and scores it and the baselines.
func (s *xsumScores) add(t *testing.T, x XSumSample) {
	t.Helper()
	art, clean := x.Article(), x.CleanText()
	cleanLead := sentences.Split(clean)
	// The clean text is a suffix of the article's, so offsets carry over.
	leadStart := -1
	if len(cleanLead) > 0 {
		leadStart = len(art.Text) - len(clean) + cleanLead[0].Start
	}
	s.addOurs(t, x, leadStart)
	s.cleanLead.Add(rouge.Score(firstText(cleanLead), x.Introduction, rougeOpts))
	sents := sentences.Split(art.Text)
	s.lead.Add(rouge.Score(firstText(sents), x.Introduction, rougeOpts))
	texts := make([]string, len(sents))
	for i, st := range sents {
		texts[i] = st.Text
	}
	top := ""
	if i := TextRankTop(texts); i >= 0 {
		top = texts[i]
	}
	s.textRank.Add(rouge.Score(top, x.Introduction, rougeOpts))
}

// addOurs scores the summariser's first What Happened sentence, noting
// whether it is the sentence at leadStart.
func (s *xsumScores) addOurs(t *testing.T, x XSumSample, leadStart int) {
	t.Helper()
	sum, err := trySummarise(x.Article(), briefs.LengthStandard)
	if err != nil {
		s.errors++
		t.Logf("%s: %v (scored as an empty summary)", x.Path, err)
	}
	if len(sum.WhatHappened) == 0 {
		s.noWhatHappened++
		s.ours.Add(rouge.Scores{})
		return
	}
	p := sum.WhatHappened[0]
	if len(p.Spans) > 0 && p.Spans[0].Start == leadStart {
		s.oursIsLead++
	}
	s.ours.Add(rouge.Score(p.Text, x.Introduction, rougeOpts))
}

// firstText is the first sentence's text, or "" when there is none.
func firstText(sents []sentences.Sentence) string {
	if len(sents) == 0 {
		return ""
	}
	return sents[0].Text
}
