// Package realnews holds the labelled real-news set: references to articles
// in ../shared (never their text), each sentence's byte range and its role
// (happened, matters, next, other), and the best sentences per section, as
// described in ../shared/docs/labelling.md. Load reads the label files and
// Library.Body fetches an article's text from its corpus when it is present.
//
// Three corpora are labelled, told apart by each label file's Corpus field
// (Article.Kind): the scrapinghub benchmark's ground truth (GroundTruth;
// ids are hex SHA-256, held out by SplitFor), the XSum BBC samples (one
// .data file per article under XSumDir; ids are the BBC's decimal story
// ids, held out by XSumSplitFor; the body is XSumBody's) and the news
// pages among Mozilla Readability's test pages (one folder per page under
// MozillaDir; ids are the folder names, held out by MozillaSplitFor; the
// body is HTMLText of expected.html). Figures are reported per corpus and
// per split.
package realnews

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// The four labels.
const (
	Happened = "happened"
	Matters  = "matters"
	Next     = "next"
	Other    = "other"
)

// Split names: the held-out part is never tuned on.
const (
	Train   = "train"
	HeldOut = "heldout"
)

// GroundTruth is the corpus file the scrapinghub bodies come from, relative
// to ../shared.
const GroundTruth = "corpora/scrapinghub-article-extraction-benchmark/ground-truth.json"

// The corpora a label file can refer to, as Kind reports them.
const (
	Scrapinghub = "scrapinghub"
	XSum        = "xsum"
	Mozilla     = "mozilla"
)

// Sentence is one labelled sentence: body[Start:End], its label, and the
// first 8 hex digits of the SHA-256 of that text, to detect a changed body.
type Sentence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Label string `json:"label"`
	Hash  string `json:"sha"`
}

// Article is one label file.
type Article struct {
	Corpus string `json:"corpus"` // path relative to ../shared
	ID     string `json:"id"`     // key in the corpus file
	Field  string `json:"field"`  // the body's field, e.g. "articleBody"
	URL    string `json:"url"`
	Outlet string `json:"outlet"` // host without "www."
	Split  string `json:"split"`  // Train or HeldOut
	// BodyHash is the SHA-256 (hex) of the whole body.
	BodyHash  string     `json:"body_sha256"`
	Sentences []Sentence `json:"sentences"`
	// Best lists, per label (happened, matters, next), the indexes into
	// Sentences of the one or two sentences an editor would choose.
	Best map[string][]int `json:"best"`
}

// SplitFor is the split a scrapinghub article id belongs to, fixed before
// any tuning: ids (hex SHA-256) starting with 0–3 are held out, about a
// quarter. XSum ids follow XSumSplitFor; Article.WantSplit picks the rule.
func SplitFor(id string) string {
	if id != "" && strings.ContainsRune("0123", rune(id[0])) {
		return HeldOut
	}
	return Train
}

// XSumSplitFor is the split an XSum article id (the BBC's decimal story
// id, e.g. "30216408") belongs to, fixed before any XSum article was
// labelled or scored: the id is held out when the hex SHA-256 of its
// decimal text starts with 0–3, about a quarter, as for scrapinghub ids.
func XSumSplitFor(id string) string {
	h := sha256.Sum256([]byte(id))
	return SplitFor(hex.EncodeToString(h[:]))
}

// Kind is the corpus a label file refers to: Scrapinghub, XSum, Mozilla,
// or "" when its Corpus field names none of them.
func (a Article) Kind() string {
	switch {
	case a.Corpus == GroundTruth:
		return Scrapinghub
	case strings.HasPrefix(a.Corpus, XSumDir+"/") && strings.HasSuffix(a.Corpus, ".data"):
		return XSum
	case isMozillaCorpus(a.Corpus):
		return Mozilla
	}
	return ""
}

// WantSplit is the split the article's id belongs to under its corpus's
// rule (SplitFor, XSumSplitFor or MozillaSplitFor), or "" for an unknown
// corpus.
func (a Article) WantSplit() string {
	switch a.Kind() {
	case Scrapinghub:
		return SplitFor(a.ID)
	case XSum:
		return XSumSplitFor(a.ID)
	case Mozilla:
		return MozillaSplitFor(a.ID)
	}
	return ""
}

// Hash8 is the short hash stored with each sentence.
func Hash8(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:4])
}

// Load reads every *.json label file in dir, sorted by name.
func Load(dir string) ([]Article, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []Article
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("read labels %s: %w", n, err)
		}
		var a Article
		if err := json.Unmarshal(data, &a); err != nil {
			return nil, fmt.Errorf("parse labels %s: %w", n, err)
		}
		out = append(out, a)
	}
	return out, nil
}

// Corpus is the ground-truth file, decoded once.
type Corpus map[string]struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// LoadCorpus reads the ground-truth file at path.
func LoadCorpus(path string) (Corpus, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read corpus: %w", err)
	}
	var c Corpus
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("parse corpus %s: %w", path, err)
	}
	return c, nil
}

// Check reports whether body is the text the labels were made on.
func (a Article) Check(body string) error {
	h := sha256.Sum256([]byte(body))
	if hex.EncodeToString(h[:]) != a.BodyHash {
		return fmt.Errorf("labels %s: the body has changed", a.ID)
	}
	for i, s := range a.Sentences {
		if s.Start < 0 || s.End > len(body) || s.Start >= s.End || Hash8(body[s.Start:s.End]) != s.Hash {
			return fmt.Errorf("labels %s: sentence %d does not match the body", a.ID, i)
		}
	}
	return nil
}

// LabelAt returns the label of the sentence that overlaps body[start:end]
// most, or "" when none does.
func (a Article) LabelAt(start, end int) string {
	if i := a.SentenceAt(start, end); i >= 0 {
		return a.Sentences[i].Label
	}
	return ""
}

// SentenceAt returns the index of the labelled sentence that overlaps
// body[start:end] most, or -1 when none does.
func (a Article) SentenceAt(start, end int) int {
	best, bestLen := -1, 0
	for i, s := range a.Sentences {
		if n := min(end, s.End) - max(start, s.Start); n > bestLen {
			best, bestLen = i, n
		}
	}
	return best
}
