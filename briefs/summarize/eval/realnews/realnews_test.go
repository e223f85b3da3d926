package realnews

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func TestSplitFor(t *testing.T) {
	for id, want := range map[string]string{"0abc": HeldOut, "3fff": HeldOut, "4abc": Train, "f000": Train, "": Train} {
		if got := SplitFor(id); got != want {
			t.Errorf("SplitFor(%q) = %s, want %s", id, got, want)
		}
	}
}

// labelled returns a label file for body with two sentences.
func labelled(body string) Article {
	h := sha256.Sum256([]byte(body))
	return Article{ID: "4abc", BodyHash: hex.EncodeToString(h[:]), Sentences: []Sentence{
		{Start: 0, End: 10, Label: Happened, Hash: Hash8(body[0:10])},
		{Start: 11, End: len(body), Label: Next, Hash: Hash8(body[11:])},
	}}
}

func TestCheck(t *testing.T) {
	body := "First one. Then the next one."
	a := labelled(body)
	if err := a.Check(body); err != nil {
		t.Fatal(err)
	}
	if err := a.Check(body + " More."); err == nil {
		t.Error("a changed body passes")
	}
	a.Sentences[1].End = len(body) + 5
	if err := a.Check(body); err == nil {
		t.Error("a range past the body passes")
	}
}

func TestSentenceAt(t *testing.T) {
	a := labelled("First one. Then the next one.")
	for _, tc := range []struct {
		start, end, want int
		label            string
	}{
		{0, 10, 0, Happened}, {12, 20, 1, Next}, {5, 25, 1, Next}, {40, 50, -1, ""},
	} {
		if got := a.SentenceAt(tc.start, tc.end); got != tc.want || a.LabelAt(tc.start, tc.end) != tc.label {
			t.Errorf("SentenceAt(%d, %d) = %d (%q), want %d (%q)", tc.start, tc.end, got, a.LabelAt(tc.start, tc.end), tc.want, tc.label)
		}
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	data, _ := json.Marshal(labelled("First one. Then the next one."))
	if err := os.WriteFile(filepath.Join(dir, "4abc.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	arts, err := Load(dir)
	if err != nil || len(arts) != 1 || len(arts[0].Sentences) != 2 {
		t.Fatalf("Load = %v, %v", arts, err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bad.json"), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(dir); err == nil {
		t.Error("a broken label file loads")
	}
}

// TestLabelFilesAreWellFormed checks every committed label file: a known
// split, labels of the four kinds, best sentences that carry their label.
func TestLabelFilesAreWellFormed(t *testing.T) {
	arts, err := Load("../testdata/realnews")
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if a.Kind() == "" {
			t.Errorf("%s: unknown corpus %q", a.ID, a.Corpus)
		}
		if a.Split != a.WantSplit() {
			t.Errorf("%s: split %q, want %q", a.ID, a.Split, a.WantSplit())
		}
		for i, s := range a.Sentences {
			if s.Label != Happened && s.Label != Matters && s.Label != Next && s.Label != Other {
				t.Errorf("%s: sentence %d has label %q", a.ID, i, s.Label)
			}
		}
		for label, idx := range a.Best {
			for _, i := range idx {
				if i < 0 || i >= len(a.Sentences) || a.Sentences[i].Label != label {
					t.Errorf("%s: best %s sentence %d is not labelled %s", a.ID, label, i, label)
				}
			}
		}
	}
}
