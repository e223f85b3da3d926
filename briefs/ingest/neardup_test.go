package ingest

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"briefsmith/briefs"
	"briefsmith/internal/sharedtest"
)

// Stories written for these tests: a wire story, another outlet's
// rewrite of it, and a different story on the same subject.
const (
	wireStory = `The harbour ferries will run again on Monday after the union and the operator agreed on a new winter rota late on Sunday night.
The strike, which began eleven days ago, stranded thousands of commuters on the islands and forced schools to close early.
Under the deal, crews will work no more than four night shifts in a row, and the operator will hire twelve more deck hands before March.
The union said its members had voted by a large majority to accept the offer. The operator said the first sailings would leave at six in the morning.
Passengers were told to expect delays on the first day while the timetable returns to normal.`

	rewrite = `Island commuters can breathe again. The harbour ferries will run again on Monday after the union and the operator agreed on a new winter rota on Sunday.
The strike, which began eleven days ago, stranded thousands of commuters on the islands and forced local schools to close early.
Under the deal, crews will work no more than four night shifts in a row, and the company will hire twelve more deck hands before March.
The union said its members had voted by a large majority to accept the offer.`

	otherStory = `Ferry crews walked out on Thursday after talks with the operator over the winter rota broke down, the union said.
The walkout leaves thousands of commuters on the islands without a crossing, and the council has opened an emergency bus link over the bridge.
The operator said it regretted the action and remained ready to talk. Union officials said crews were being asked to work too many nights in a row.
Island schools will shut early until the boats sail again.`
)

func ok(source, site, url, text string) briefs.ImportResult {
	return briefs.ImportResult{Source: source, Article: briefs.Article{Source: source, Site: site, URL: url, Title: "T " + source, Text: text}}
}

func TestSimilarity(t *testing.T) {
	tests := []struct {
		name     string
		a, b     string
		min, max float64
	}{
		{"identical", wireStory, wireStory, 1, 1},
		{"another outlet's rewrite", wireStory, rewrite, NearDuplicateThreshold, 1},
		{"same subject, different story", wireStory, otherStory, 0, NearDuplicateThreshold},
		{"too short to compare", "Ferry strike ends.", "Ferry strike ends.", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Similarity(tt.a, tt.b)
			if s < tt.min || s > tt.max {
				t.Errorf("similarity %.3f, want %.2f to %.2f", s, tt.min, tt.max)
			}
			t.Logf("%.3f", s)
		})
	}
}

func TestMergeNearDuplicates(t *testing.T) {
	failed := briefs.ImportResult{Source: "http://127.0.0.1:8004/wall", Err: errors.New("wall")}
	in := []briefs.ImportResult{
		ok("http://127.0.0.1:8001/ferry", "Harbour Gazette", "http://127.0.0.1:8001/ferry", rewrite),
		failed,
		ok("http://127.0.0.1:8002/other", "Island News", "http://127.0.0.1:8002/other", otherStory),
		ok("http://127.0.0.1:8003/wire", "Wire", "http://127.0.0.1:8003/wire", wireStory),
		ok("http://127.0.0.1:8001/ferry/amp?utm_source=x", "Harbour Gazette", "http://127.0.0.1:8001/ferry/amp?utm_source=x", rewrite),
	}
	out := MergeNearDuplicates(in)
	if len(out) != 3 {
		t.Fatalf("got %d results, want 3: %+v", len(out), out)
	}
	first := out[0]
	if first.Article.Text != wireStory || first.Source != "http://127.0.0.1:8003/wire" {
		t.Errorf("the longest text should be kept, got %q", first.Source)
	}
	if len(first.Article.AlsoIn) != 1 || first.Article.AlsoIn[0] != (briefs.Ref{Site: "Harbour Gazette", URL: "http://127.0.0.1:8001/ferry", Title: "T http://127.0.0.1:8001/ferry"}) {
		t.Errorf("AlsoIn %+v", first.Article.AlsoIn)
	}
	for _, want := range []string{"the same address as http://127.0.0.1:8001/ferry/amp?utm_source=x, imported once", "the same story as http://127.0.0.1:8001/ferry, merged"} {
		if !strings.Contains(first.Notice, want) {
			t.Errorf("notice %q lacks %q", first.Notice, want)
		}
	}
	if out[1].Err == nil || out[2].Source != "http://127.0.0.1:8002/other" || out[2].Notice != "" {
		t.Errorf("the rest: %+v", out[1:])
	}
	if got := MergeNearDuplicates(nil); len(got) != 0 {
		t.Errorf("nil: %v", got)
	}
}

// TestMergeWithinOneOutlet checks the stricter rule for one host: a story
// republished under a new address merges, press releases sharing only
// boilerplate do not.
func TestMergeWithinOneOutlet(t *testing.T) {
	sameHost := MergeNearDuplicates([]briefs.ImportResult{
		ok("http://127.0.0.1:8001/ferry", "", "http://127.0.0.1:8001/ferry", wireStory),
		ok("http://127.0.0.1:8001/ferry-updated", "", "http://127.0.0.1:8001/ferry-updated", wireStory+"\nUpdated at noon."),
		ok("http://127.0.0.1:8001/walkout", "", "http://127.0.0.1:8001/walkout", otherStory),
	})
	if len(sameHost) != 2 || len(sameHost[0].Article.AlsoIn) != 1 || sameHost[1].Source != "http://127.0.0.1:8001/walkout" {
		t.Errorf("one outlet: a republished story merges, another story does not: %+v", sameHost)
	}
	const about = "About the Harbour Company: the Harbour Company runs the ferries, the tugs and the marina of the port, employs four hundred people and has served the islands since 1921. For press enquiries call the press office on weekdays between nine and five."
	pressA, pressB := budgetStory+"\n"+about, otherStory+"\n"+about
	if s := Similarity(pressA, pressB); s < NearDuplicateThreshold || s >= sameOutletThreshold {
		t.Fatalf("the press releases score %.3f; the case needs 0.10 to 0.60", s)
	}
	press := MergeNearDuplicates([]briefs.ImportResult{
		ok("http://127.0.0.1:8001/press/1", "", "http://127.0.0.1:8001/press/1", pressA),
		ok("http://127.0.0.1:8001/press/2", "", "http://127.0.0.1:8001/press/2", pressB),
	})
	if len(press) != 2 {
		t.Errorf("one outlet's press releases sharing boilerplate were merged")
	}
}

// sameEvent and otherEvent label the benchmark's cross-outlet pairs
// scoring 0.05 or more, by the first 12 characters of their keys in
// ground-truth.json (read from their headlines): the outlets' own reports
// of one event, and different stories.
var (
	sameEvent = [][2]string{
		{"51374560f400", "f8ff621a0b9b"}, {"6ebac05f637e", "7a457a4f7173"}, {"eb62ac8425e5", "70cb2d5bca75"},
		{"9cb8224b660f", "ac1bfdd4c510"}, {"f344ca5fb36e", "686bb170effe"}, {"1ace8c85aaee", "06e5123e4ef7"},
		{"14cc2a0ca59c", "686bb170effe"}, {"a078b3656adc", "bd673bd79881"}, {"a078b3656adc", "9eef8162bbb6"},
		{"35b158918c67", "ac1bfdd4c510"}, {"f344ca5fb36e", "14cc2a0ca59c"}, {"9cb8224b660f", "35b158918c67"},
		{"bd673bd79881", "9eef8162bbb6"}, {"e1c7023ee214", "b37be3535e1f"}, {"c7e39ac49fa1", "dc7ccccc1f34"},
		{"d1c57d7821e5", "42aad16bde92"}, {"a078b3656adc", "7bb1ca903543"}, {"432362af0be4", "ba4dfe2d3e81"},
		{"8b1945303082", "ea25dd7edff4"}, {"7ab16ade3238", "08f793762792"}, {"ea25dd7edff4", "432362af0be4"},
		{"bd673bd79881", "7bb1ca903543"}, {"776a1c046798", "3f65af7b6b98"}, {"51d066b0602c", "2c46804d9db4"},
		{"8b1945303082", "432362af0be4"}, {"42aad16bde92", "c50845a7158a"},
	}
	otherEvent = [][2]string{{"7ab16ade3238", "eecd2575093b"}, {"06e5123e4ef7", "bc13ff87b263"}}
)

// TestThresholdOnCorpus measures the threshold on articles we did not
// write, pair by pair across outlets: every pair at or above it must be
// labelled the same event, and no pair labelled different may reach it.
// It reports how many same-event pairs are merged.
func TestThresholdOnCorpus(t *testing.T) {
	dir := sharedtest.Require(t, "corpora/scrapinghub-article-extraction-benchmark")
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var truth map[string]struct {
		Body string `json:"articleBody"`
		URL  string `json:"url"`
	}
	if err := json.Unmarshal(b, &truth); err != nil {
		t.Fatal(err)
	}
	label := map[[2]string]bool{}
	for _, p := range sameEvent {
		label[p], label[[2]string{p[1], p[0]}] = true, true
	}
	type doc struct {
		key, host string
		set       []uint64
	}
	var docs []doc
	for k, v := range truth {
		docs = append(docs, doc{k[:12], hostOf(CanonicalURL(v.URL)), shingles(v.Body)})
	}
	merged, sameMerged, maxSameHost := 0, 0, 0.0
	for i := range docs {
		for j := i + 1; j < len(docs); j++ {
			a, c := docs[i], docs[j]
			if a.host == c.host {
				maxSameHost = max(maxSameHost, overlap(a.set, c.set))
				continue
			}
			if overlap(a.set, c.set) < NearDuplicateThreshold {
				continue
			}
			merged++
			if !label[[2]string{a.key, c.key}] {
				t.Errorf("pair %s %s scores %.3f but is not labelled the same event", a.key, c.key, overlap(a.set, c.set))
				continue
			}
			sameMerged++
		}
	}
	t.Logf("%d articles: %d pairs merged, %d of %d labelled same-event pairs (threshold %.2f); highest same-host pair %.3f",
		len(docs), merged, sameMerged, len(sameEvent), NearDuplicateThreshold, maxSameHost)
	if maxSameHost >= sameOutletThreshold {
		t.Errorf("two articles of one outlet score %.3f, over the same-outlet threshold", maxSameHost)
	}
	byKey := map[string][]uint64{}
	for _, d := range docs {
		byKey[d.key] = d.set
	}
	for _, p := range otherEvent {
		if s := overlap(byKey[p[0]], byKey[p[1]]); s >= NearDuplicateThreshold {
			t.Errorf("different stories %v score %.3f", p, s)
		}
	}
}

// BenchmarkMergeNearDuplicates merges 200 unrelated articles of 600
// words, the worst case: every pair is compared.
func BenchmarkMergeNearDuplicates(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	var in []briefs.ImportResult
	for i := range 200 {
		words := make([]string, 600)
		for w := range words {
			words[w] = "w" + strconv.Itoa(rng.IntN(5000))
		}
		src := "http://127.0.0.1:" + strconv.Itoa(8000+i) + "/story"
		in = append(in, ok(src, "", src, strings.Join(words, " ")))
	}
	for b.Loop() {
		if out := MergeNearDuplicates(in); len(out) != len(in) {
			b.Fatalf("%d merged", len(in)-len(out))
		}
	}
}
