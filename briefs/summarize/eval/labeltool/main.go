// Command labeltool helps label real articles for the section evaluation
// (see ../shared/docs/labelling.md). It reads the scrapinghub ground truth
// from ../shared and writes label files that hold byte ranges, not text.
//
//	labeltool list                 every article: id, split, words, url
//	labeltool dump ID              the body's sentences: index, range, text
//	labeltool write ID LABELS      turn a labels file into testdata/realnews/ID12.json
//
// A labels file has one line per sentence, "INDEX LETTER" with LETTER one of
// h (happened), m (matters), n (next), o (other), and then lines
// "best h 0 2", "best m 5", "best n" (indexes of the best sentences).
// Run it from the repository root: go run ./briefs/summarize/eval/labeltool …
package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"briefsmith/briefs/summarize/eval/realnews"
	"briefsmith/briefs/summarize/sentences"
)

const outDir = "briefs/summarize/eval/testdata/realnews"

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "labeltool:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	c, err := realnews.LoadCorpus(filepath.Join("..", "shared", realnews.GroundTruth))
	if err != nil {
		return err
	}
	switch {
	case len(args) == 1 && args[0] == "list":
		return list(c)
	case len(args) == 2 && args[0] == "dump":
		return dump(c, args[1])
	case len(args) == 3 && args[0] == "write":
		return write(c, args[1], args[2])
	}
	return fmt.Errorf("usage: labeltool list | dump ID | write ID LABELS")
}

func list(c realnews.Corpus) error {
	ids := make([]string, 0, len(c))
	for id := range c {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		e := c[id]
		fmt.Printf("%s\t%s\t%d\t%s\n", id, realnews.SplitFor(id), len(strings.Fields(e.ArticleBody)), e.URL)
	}
	return nil
}

func find(c realnews.Corpus, prefix string) (string, error) {
	var hit string
	for id := range c {
		if strings.HasPrefix(id, prefix) {
			if hit != "" {
				return "", fmt.Errorf("%s is ambiguous", prefix)
			}
			hit = id
		}
	}
	if hit == "" {
		return "", fmt.Errorf("no article %s", prefix)
	}
	return hit, nil
}

func dump(c realnews.Corpus, prefix string) error {
	id, err := find(c, prefix)
	if err != nil {
		return err
	}
	e := c[id]
	fmt.Printf("# %s %s %s\n", id, realnews.SplitFor(id), e.URL)
	for i, s := range sentences.Split(e.ArticleBody) {
		fmt.Printf("%d\t[%d,%d]\t%s\n", i, s.Start, s.End, strings.ReplaceAll(s.Text, "\n", " ⏎ "))
	}
	return nil
}

var letters = map[string]string{"h": realnews.Happened, "m": realnews.Matters, "n": realnews.Next, "o": realnews.Other}

func write(c realnews.Corpus, prefix, labelsPath string) error {
	id, err := find(c, prefix)
	if err != nil {
		return err
	}
	e := c[id]
	sents := sentences.Split(e.ArticleBody)
	labels, best, err := readLabels(labelsPath, len(sents))
	if err != nil {
		return err
	}
	a := realnews.Article{Corpus: realnews.GroundTruth, ID: id, Field: "articleBody", URL: e.URL,
		Outlet: outlet(e.URL), Split: realnews.SplitFor(id), Best: best}
	h := sha256.Sum256([]byte(e.ArticleBody))
	a.BodyHash = hex.EncodeToString(h[:])
	for i, s := range sents {
		a.Sentences = append(a.Sentences, realnews.Sentence{Start: s.Start, End: s.End, Label: labels[i], Hash: realnews.Hash8(s.Text)})
	}
	for sec, idx := range best {
		for _, i := range idx {
			if labels[i] != sec {
				return fmt.Errorf("best %s sentence %d is labelled %s", sec, i, labels[i])
			}
		}
	}
	data, err := json.MarshalIndent(a, "", " ")
	if err != nil {
		return err
	}
	out := filepath.Join(outDir, id[:12]+".json")
	return os.WriteFile(out, append(data, '\n'), 0o644)
}

func readLabels(path string, n int) ([]string, map[string][]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	labels := make([]string, n)
	best := map[string][]int{realnews.Happened: {}, realnews.Matters: {}, realnews.Next: {}}
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		if err := readLine(fields, labels, best); err != nil {
			return nil, nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
	}
	for i, l := range labels {
		if l == "" {
			return nil, nil, fmt.Errorf("%s: sentence %d has no label", path, i)
		}
	}
	return labels, best, sc.Err()
}

func readLine(fields []string, labels []string, best map[string][]int) error {
	if fields[0] == "best" {
		if len(fields) < 2 || letters[fields[1]] == "" || letters[fields[1]] == realnews.Other {
			return fmt.Errorf("want: best h|m|n INDEX…")
		}
		for _, f := range fields[2:] {
			i, err := strconv.Atoi(f)
			if err != nil || i < 0 || i >= len(labels) {
				return fmt.Errorf("bad index %q", f)
			}
			best[letters[fields[1]]] = append(best[letters[fields[1]]], i)
		}
		return nil
	}
	i, err := strconv.Atoi(fields[0])
	if err != nil || i < 0 || i >= len(labels) || len(fields) != 2 || letters[fields[1]] == "" {
		return fmt.Errorf("want: INDEX h|m|n|o")
	}
	labels[i] = letters[fields[1]]
	return nil
}

func outlet(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}
