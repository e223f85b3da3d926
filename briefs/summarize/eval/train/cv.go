package main

import (
	"context"
	"fmt"
	"hash/fnv"
	"io"

	"briefsmith/briefs"
	"briefsmith/briefs/summarize"
	"briefsmith/briefs/summarize/eval"
	"briefsmith/briefs/summarize/eval/realnews"
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

// crossValidate trains one model per fold on the other folds' articles,
// the folds cut by fold assignment number repeat (see foldOf).
func crossValidate(train []labelled, repeat int) *crossValidation {
	cv := &crossValidation{}
	for f := 0; f < folds; f++ {
		var in, out []labelled
		for i, a := range train {
			if foldOf(i, a, repeat) == f {
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

// foldOf is the fold of the i-th training article a in fold assignment
// number repeat: every folds-th article for assignment 0 (make train's),
// else a hash of the assignment, the corpus file and the article's id, so
// that each further assignment cuts the same articles differently and
// reproducibly.
func foldOf(i int, a labelled, repeat int) int {
	if repeat == 0 {
		return i % folds
	}
	h := fnv.New32a()
	fmt.Fprintf(h, "%d\x00%s\x00%s", repeat, a.Corpus, a.ID)
	return int(h.Sum32() % folds)
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

// repeatParts are the article sets reportRepeats gives figures for: every
// training article ("" in scoreByKind) and the Scrapinghub part.
var repeatParts = []string{"", realnews.Scrapinghub}

// repeatFigures are the figures of one fold assignment that decisions
// rest on, for each of repeatParts: the label precision, then What
// Happened's, Why It Matters' and What's Next's best-sentence recall.
type repeatFigures [2][4]float64

// figuresOf reads repeatFigures from the scores of one assignment.
func figuresOf(byKind map[string]*eval.RealNewsScore) repeatFigures {
	var f repeatFigures
	for p, kind := range repeatParts {
		s := byKind[kind]
		if s == nil {
			continue
		}
		f[p][0] = s.Precision()
		for i, sec := range briefs.Sections {
			f[p][i+1] = s.Sections[sec].Recall()
		}
	}
	return f
}

// reportRepeats cross-validates over n fold assignments in all (the first,
// already done, is first) at thresholds th and writes each one's figures
// and their mean, lowest and highest: how far a change must move a
// figure before it is more than the luck of the folds.
func reportRepeats(w io.Writer, train []labelled, th roles.Thresholds, first *crossValidation, n int) {
	figs := []repeatFigures{figuresOf(first.scoreByKind(th))}
	for r := 1; r < n; r++ {
		figs = append(figs, figuresOf(crossValidate(train, r).scoreByKind(th)))
	}
	fmt.Fprintf(w, "over %d fold assignments at these thresholds (precision; What Happened / Why It Matters / What's Next best recall):\n", n)
	for r, f := range figs {
		fmt.Fprintf(w, "  assignment %d: all %s; scrapinghub %s\n", r, describeFigures(f[0]), describeFigures(f[1]))
	}
	for p, kind := range repeatParts {
		if kind == "" {
			kind = "all"
		}
		fmt.Fprintf(w, "  mean (lowest–highest), %s:", kind)
		for k := 0; k < 4; k++ {
			mean, lo, hi := spread(figs, p, k)
			fmt.Fprintf(w, " %.3f (%.3f–%.3f)", mean, lo, hi)
		}
		fmt.Fprintln(w)
	}
}

// describeFigures is one part's four figures on a line.
func describeFigures(f [4]float64) string {
	return fmt.Sprintf("%.3f; %.0f %% / %.0f %% / %.0f %%", f[0], 100*f[1], 100*f[2], 100*f[3])
}

// spread is the mean, lowest and highest of figure k of part p over figs
// (not empty).
func spread(figs []repeatFigures, p, k int) (mean, lo, hi float64) {
	lo, hi = figs[0][p][k], figs[0][p][k]
	for _, f := range figs {
		v := f[p][k]
		mean += v / float64(len(figs))
		lo, hi = min(lo, v), max(hi, v)
	}
	return mean, lo, hi
}
