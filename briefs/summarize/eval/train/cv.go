package main

import (
	"context"
	"fmt"
	"io"

	"briefsmith/briefs"
	"briefsmith/briefs/summarize"
	"briefsmith/briefs/summarize/eval"
	"briefsmith/briefs/summarize/roles"
)

// sentence is one candidate sentence of a body with its features.
type sentence struct {
	start, end int
	x          roles.Vector
}

// sentencesOf returns the candidate sentences of body (under title) that
// the role classifier reads, exactly as the summariser reads them.
func sentencesOf(body, title string) []sentence {
	cands := summarize.Candidates(body)
	in, idx := summarize.RoleInputs(cands)
	var out []sentence
	for k, v := range roles.Extract(in, title, nil) {
		c := cands[idx[k]]
		out = append(out, sentence{start: c.Start, end: c.End, x: v})
	}
	return out
}

// fold is one part of the cross-validation: the model trained without
// its articles, and the articles.
type fold struct {
	weights roles.Weights
	arts    []labelled
}

// crossValidation is every fold of the training articles.
type crossValidation struct {
	folds []fold
}

// crossValidate trains one model per fold on the other folds' articles.
func crossValidate(train []labelled) *crossValidation {
	cv := &crossValidation{}
	for f := 0; f < folds; f++ {
		var in, out []labelled
		for i, a := range train {
			if i%folds == f {
				out = append(out, a)
			} else {
				in = append(in, a)
			}
		}
		examples := Examples(in)
		cv.folds = append(cv.folds, fold{weights: roles.Train(examples, roles.DefaultTrainOptions), arts: out})
	}
	return cv
}

// The thresholds tried, and the least What Happened precision a choice
// must keep.
var (
	happenedGrid = []float64{0.5, 0.6, 0.7}
	roleGrid     = []float64{0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4}
)

// minHappenedPrecision is the What Happened precision a choice of
// thresholds must keep; among those that do, the best has the highest
// mean of the label precision over all sections and the best-sentence
// recall of each section (What Happened's too: without it, a stricter
// threshold that drops the lead's best sentence costs nothing).
const minHappenedPrecision = 0.80

// bestThresholds tries every combination of the grids and returns the
// best (see minHappenedPrecision), with its figures.
func (cv *crossValidation) bestThresholds() (roles.Thresholds, eval.RealNewsScore) {
	var best roles.Thresholds
	var bestScore eval.RealNewsScore
	bestVal := -1.0
	for _, h := range happenedGrid {
		for _, m := range roleGrid {
			for _, n := range roleGrid {
				th := roles.Thresholds{Happened: h, Matters: m, Next: n}
				s := cv.score(th)
				v := objective(s)
				if v > bestVal {
					best, bestScore, bestVal = th, s, v
				}
			}
		}
	}
	return best, bestScore
}

// objective is how good a score is; every point of What Happened
// precision under the minimum costs twice as much as a point elsewhere.
func objective(s eval.RealNewsScore) float64 {
	v := (s.Precision() + s.Sections[briefs.WhatHappened].Recall() + s.Sections[briefs.WhyItMatters].Recall() +
		s.Sections[briefs.WhatsNext].Recall()) / 4
	if p := s.Sections[briefs.WhatHappened].Precision(); p < minHappenedPrecision {
		v -= 2 * (minHappenedPrecision - p)
	}
	return v
}

// score summarises every fold's articles with that fold's model and the
// thresholds th.
func (cv *crossValidation) score(th roles.Thresholds) eval.RealNewsScore {
	return *cv.scoreByKind(th)[""]
}

// scoreByKind is score for every corpus apart, by Kind, and for all of
// them under "".
func (cv *crossValidation) scoreByKind(th roles.Thresholds) map[string]*eval.RealNewsScore {
	out := map[string]*eval.RealNewsScore{"": {}}
	for _, f := range cv.folds {
		sum := summarize.NewWithModel(&roles.Model{Weights: f.weights, Thresholds: th})
		for _, a := range f.arts {
			res, err := sum.Summarize(context.Background(), briefs.Article{Source: a.URL, URL: a.URL, Title: a.title, Text: a.body},
				briefs.SummaryOptions{Length: briefs.LengthStandard})
			if err != nil {
				continue // an article without sentences scores as empty sections
			}
			if out[a.Kind()] == nil {
				out[a.Kind()] = &eval.RealNewsScore{}
			}
			out[""].Add(a.Article, res)
			out[a.Kind()].Add(a.Article, res)
		}
	}
	return out
}

// printScore writes the figures of s.
func printScore(w io.Writer, s eval.RealNewsScore) {
	fmt.Fprintf(w, "  label precision %.2f (%d/%d)\n", s.Precision(), s.Right, s.Chosen)
	for _, sec := range briefs.Sections {
		fmt.Fprintf(w, "  %-15s %s\n", sec.Title(), s.Sections[sec].Describe(s.Articles))
	}
}
