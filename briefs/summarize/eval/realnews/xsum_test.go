package realnews

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sample is an XSum .data file with share-button lines at the top of its body.
const sample = `[XSUM]URL[XSUM]
http://web.archive.org/web/1/http://www.bbc.co.uk/news/123

[XSUM]INTRODUCTION[XSUM]
The council has approved the plan.

[XSUM]RESTBODY[XSUM]
Share this with
Email
Facebook
Work will start in May.
  It is expected to cost £2m.  
`

func TestXSumBody(t *testing.T) {
	url, body, err := XSumBody(sample)
	if err != nil {
		t.Fatal(err)
	}
	if url != "http://web.archive.org/web/1/http://www.bbc.co.uk/news/123" {
		t.Errorf("url = %q", url)
	}
	if want := "The council has approved the plan.\n\nWork will start in May.\n\nIt is expected to cost £2m."; body != want {
		t.Errorf("body = %q, want %q", body, want)
	}
	if _, _, err := XSumBody(strings.Replace(sample, "[XSUM]INTRODUCTION[XSUM]\nThe council has approved the plan.", "", 1)); err == nil {
		t.Error("a sample without an introduction parses")
	}
}

func TestXSumSplitFor(t *testing.T) {
	// sha256("12402158") starts with 0–3, sha256("30216408") with 5 (fixed
	// values: the rule must never change once articles are labelled).
	for id, want := range map[string]string{"12402158": HeldOut, "30216408": Train} {
		if got := XSumSplitFor(id); got != want {
			t.Errorf("XSumSplitFor(%q) = %s, want %s", id, got, want)
		}
	}
	held := 0
	for i := 0; i < 1000; i++ {
		if XSumSplitFor(strings.Repeat("1", 1+i%7)+string(rune('0'+i%10))+string(rune('0'+i/10%10))+string(rune('0'+i/100))) == HeldOut {
			held++
		}
	}
	if held < 200 || held > 300 {
		t.Errorf("%d of 1000 ids held out, want about a quarter", held)
	}
}

func TestKindAndWantSplit(t *testing.T) {
	for _, tc := range []struct {
		corpus, id, kind, split string
	}{
		{GroundTruth, "0abc", Scrapinghub, HeldOut},
		{GroundTruth, "4abc", Scrapinghub, Train},
		{XSumDir + "/xsum-extracts-from-downloads_Leftover/12402158.data", "12402158", XSum, HeldOut},
		{XSumDir + "/xsum-extracts-from-downloads_Leftover/30216408.data", "30216408", XSum, Train},
		{"corpora/other/x.json", "0abc", "", ""},
	} {
		a := Article{Corpus: tc.corpus, ID: tc.id}
		if a.Kind() != tc.kind || a.WantSplit() != tc.split {
			t.Errorf("%s %s: kind %q split %q, want %q %q", tc.corpus, tc.id, a.Kind(), a.WantSplit(), tc.kind, tc.split)
		}
	}
}

func TestLibraryReadsXSum(t *testing.T) {
	shared := t.TempDir()
	dir := filepath.Join(shared, XSumDir, "part")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "123.data"), []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "456.data"), []byte("[XSUM]URL[XSUM]\nx\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	xs, err := LoadXSum(shared)
	if err != nil || len(xs) != 1 {
		t.Fatalf("LoadXSum = %v, %v; want the one whole sample", xs, err)
	}
	if xs[0].ID != "123" || xs[0].Corpus != XSumDir+"/part/123.data" {
		t.Errorf("sample %+v", xs[0])
	}
	lib := NewLibrary(shared)
	body, err := lib.Body(Article{Corpus: xs[0].Corpus, ID: "123"})
	if err != nil || body != xs[0].Body {
		t.Errorf("Body = %q, %v; want %q", body, err, xs[0].Body)
	}
	if _, err := lib.Body(Article{Corpus: XSumDir + "/part/789.data", ID: "789"}); err == nil {
		t.Error("a missing sample reads")
	}
	if _, err := lib.Body(Article{Corpus: GroundTruth, ID: "0abc"}); err == nil {
		t.Error("a missing ground truth reads")
	}
	if _, err := lib.Body(Article{Corpus: "elsewhere", ID: "1"}); err == nil {
		t.Error("an unknown corpus reads")
	}
}
