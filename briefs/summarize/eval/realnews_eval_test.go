package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"briefsmith/briefs"
	"briefsmith/briefs/summarize/eval/realnews"
)

// Targets on the labelled real news (issue 12), held to on the held-out
// part and, as a floor, on the training part.
const (
	minRealArticles   = 100
	minRealOutlets    = 12
	minPrecision      = 0.65 // over all chosen sentences
	minWHPrecision    = 0.80
	minWIMRecall      = 0.55 // of articles with a best Why It Matters sentence
	minWNRecall       = 0.45 // of articles with a best What's Next sentence
	groupRealNews     = "real news"
	realNewsLength    = briefs.LengthStandard
	realNewsLabelsDir = "testdata/realnews"
)

// evalRealNews summarises every labelled real article and scores the
// sections against the labels, held-out and training parts apart.
func evalRealNews(t *testing.T, r *Report) {
	arts, corpus := loadRealNews(t)
	check(t, r, groupRealNews, "labelled articles (outlets)", fmt.Sprintf("%d (%d)", len(arts), Outlets(arts)),
		fmt.Sprintf("≥ %d (≥ %d)", minRealArticles, minRealOutlets), len(arts) >= minRealArticles && Outlets(arts) >= minRealOutlets)
	detail := os.Getenv(detailEnv) == "1"
	for _, split := range []string{realnews.HeldOut, realnews.Train} {
		var s RealNewsScore
		for _, a := range arts {
			if realnews.SplitFor(a.ID) != split {
				continue
			}
			body := corpus[a.ID].ArticleBody
			sum := summarise(t, briefs.Article{Source: a.URL, Text: body}, realNewsLength)
			s.Add(a, sum)
			if detail {
				logRealNews(t, a, body, sum)
			}
		}
		reportRealNews(t, r, split, s)
	}
}

// reportRealNews records and checks the figures of one split.
func reportRealNews(t *testing.T, r *Report, split string, s RealNewsScore) {
	name := func(n string) string { return fmt.Sprintf("%s, %s (%d articles)", n, split, s.Articles) }
	check(t, r, groupRealNews, name("label precision, all sections"),
		fmt.Sprintf("%.2f (%d/%d)", s.Precision(), s.Right, s.Chosen), fmt.Sprintf("≥ %.2f", minPrecision), s.Precision() >= minPrecision)
	wh, wim, wn := s.Sections[briefs.WhatHappened], s.Sections[briefs.WhyItMatters], s.Sections[briefs.WhatsNext]
	check(t, r, groupRealNews, name("What Happened"), wh.Describe(s.Articles),
		fmt.Sprintf("precision ≥ %.2f", minWHPrecision), wh.Precision() >= minWHPrecision)
	check(t, r, groupRealNews, name("Why It Matters"), wim.Describe(s.Articles),
		fmt.Sprintf("best recall ≥ %.0f %%", 100*minWIMRecall), wim.Recall() >= minWIMRecall)
	check(t, r, groupRealNews, name("What's Next"), wn.Describe(s.Articles),
		fmt.Sprintf("best recall ≥ %.0f %%", 100*minWNRecall), wn.Recall() >= minWNRecall)
}

// loadRealNews reads the label files and the corpus they refer to, skipping
// the test when the corpus is absent and failing it when a label file no
// longer matches its body.
func loadRealNews(t *testing.T) ([]realnews.Article, realnews.Corpus) {
	t.Helper()
	path, err := sharedPath(strings.TrimPrefix(filepath.Dir(realnews.GroundTruth), "corpora/"))
	if err != nil {
		t.Skip(err)
	}
	corpus, err := realnews.LoadCorpus(filepath.Join(path, filepath.Base(realnews.GroundTruth)))
	if err != nil {
		t.Fatal(err)
	}
	arts, err := realnews.Load(realNewsLabelsDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if err := a.Check(corpus[a.ID].ArticleBody); err != nil {
			t.Fatal(err)
		}
	}
	return arts, corpus
}

// logRealNews logs each chosen sentence with its label, for tuning on the
// training part (BRIEFSMITH_EVAL_DETAIL=1).
func logRealNews(t *testing.T, a realnews.Article, body string, sum briefs.Summary) {
	for _, sec := range briefs.Sections {
		for _, p := range sum.Points(sec) {
			label := "?"
			if i := pointSentence(a, p); i >= 0 {
				label = a.Sentences[i].Label
			}
			t.Logf("%s %s %-15s [%s] %.100q", a.ID[:8], a.Split, sec.Title(), label, p.Text)
		}
	}
	_ = body
}

// Targets on the English news pages of the scrapinghub benchmark.
const (
	maxWIMEmpty      = 0.10
	minLeadOpening   = 0.90
	groupScrapinghub = "scrapinghub"
)

// evalScrapinghub summarises every English news page of the scrapinghub
// benchmark (see IsEnglishNews) and measures how often Why It Matters is
// empty and how often What Happened opens with the lead's news.
func evalScrapinghub(t *testing.T, r *Report) {
	_, corpus := loadRealNews(t)
	ids := make([]string, 0, len(corpus))
	for id, e := range corpus {
		if IsEnglishNews(e.ArticleBody) {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	var emptyWIM, emptyWN, lead int
	for _, id := range ids {
		body := corpus[id].ArticleBody
		sum := summarise(t, briefs.Article{Source: corpus[id].URL, Text: body}, realNewsLength)
		if len(sum.WhyItMatters) == 0 {
			emptyWIM++
		}
		if len(sum.WhatsNext) == 0 {
			emptyWN++
		}
		if OpensWithLead(body, sum) {
			lead++
		} else if os.Getenv(detailEnv) == "1" {
			t.Logf("%s: What Happened opens %.120q", id[:8], firstPoint(sum))
		}
	}
	n := len(ids)
	record(t, r, groupScrapinghub, "English news pages (≥ 150 words)", fmt.Sprint(n))
	check(t, r, groupScrapinghub, "Why It Matters empty", fmtRate(emptyWIM, n),
		fmt.Sprintf("≤ %.0f %%", 100*maxWIMEmpty), ratio(emptyWIM, n) <= maxWIMEmpty)
	record(t, r, groupScrapinghub, "What's Next empty", fmtRate(emptyWN, n))
	check(t, r, groupScrapinghub, "What Happened opens with the lead's news", fmtRate(lead, n),
		fmt.Sprintf("≥ %.0f %%", 100*minLeadOpening), ratio(lead, n) >= minLeadOpening)
}

// fmtRate formats num/den as a percentage with its counts.
func fmtRate(num, den int) string {
	return fmt.Sprintf("%.1f %% (%d/%d)", 100*ratio(num, den), num, den)
}

// firstPoint is the text of What Happened's first point, or "".
func firstPoint(sum briefs.Summary) string {
	if len(sum.WhatHappened) == 0 {
		return ""
	}
	return sum.WhatHappened[0].Text
}
