package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"briefsmith/briefs"
	"briefsmith/briefs/summarize"
)

// evalDeterminism summarises every article twice — once one at a time, once
// two at a time — and checks the JSON of the two summaries is identical byte
// for byte (an error must come back as the same error). It uses the
// labelled set and, when ../shared is present, the XSum samples.
func evalDeterminism(t *testing.T, r *Report) {
	arts := determinismArticles(t)
	opts := briefs.SummaryOptions{Length: briefs.LengthDetailed}
	first := make([][]byte, len(arts))
	for i, a := range arts {
		sum, err := trySummarise(a, opts.Length)
		first[i] = outcome(t, sum, err)
	}
	second := briefs.SummarizeAll(context.Background(), summarize.New(), arts, opts, 2, nil)
	same := 0
	for i, res := range second {
		if bytes.Equal(first[i], outcome(t, res.Summary, res.Err)) {
			same++
		} else {
			t.Errorf("%s: the second summary differs from the first", arts[i].Source)
		}
	}
	check(t, r, "determinism", "identical JSON on a second run", fmt.Sprintf("%d/%d", same, len(arts)),
		"all", same == len(arts))
}

// determinismArticles is the labelled set, both versions, plus the XSum
// samples when ../shared is present.
func determinismArticles(t *testing.T) []briefs.Article {
	var arts []briefs.Article
	for _, l := range loadLabelled(t) {
		arts = append(arts, l.Stripped.Article(l.Name, l.Title), l.Headed.Article(l.Name+"-headed", l.Title))
	}
	dir, err := sharedPath("xsum-samples")
	if err != nil {
		t.Logf("%v; checking the labelled set only", err)
		return arts
	}
	samples, _, err := LoadXSumSamples(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range samples {
		arts = append(arts, x.Article())
	}
	return arts
}

// outcome is what a summary call produced, as bytes to compare: the
// summary's JSON, or the error's text.
func outcome(t *testing.T, s briefs.Summary, err error) []byte {
	t.Helper()
	if err != nil {
		return []byte("error: " + err.Error())
	}
	data, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
