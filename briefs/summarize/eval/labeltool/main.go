// Command labeltool helps label real articles for the section evaluation
// (see ../shared/docs/labelling.md). It reads the scrapinghub ground truth
// and the XSum samples from ../shared and writes label files that hold
// byte ranges, not text.
//
//	labeltool list                 every article: id, split, words, url
//	labeltool dump ID              the body's sentences: index, range, text
//	labeltool write ID LABELS      turn a labels file into testdata/realnews/NAME.json
//
// A scrapinghub article's ID is its hex id (any unique prefix will do) and
// its label file is the first 12 digits of it; an XSum article's ID is
// "xsum-" and the BBC story id, e.g. xsum-30216408, and so is its label
// file's name. The XSum body is the introduction and the rest of the body
// (realnews.XSumBody). A Mozilla Readability test page's ID is "mozilla-"
// and its folder, e.g. mozilla-bbc-1, and so is its label file's name; its
// body is the text of expected.html (realnews.HTMLText).
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
	"io"
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

// xsumPrefix starts the tool's name of an XSum article.
const xsumPrefix = "xsum-"

// mozillaPrefix starts the tool's name of a Mozilla Readability test page.
const mozillaPrefix = "mozilla-"

func main() {
	if err := run(filepath.Join("..", "shared"), os.Stdout, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "labeltool:", err)
		os.Exit(1)
	}
}

// entry is one article of either corpus.
type entry struct {
	name    string // the tool's id: the hex id, or xsum-ID
	article realnews.Article
	body    string
}

func run(shared string, w io.Writer, args []string) error {
	entries, err := loadEntries(shared)
	if err != nil {
		return err
	}
	switch {
	case len(args) == 1 && args[0] == "list":
		return list(w, entries)
	case len(args) == 2 && args[0] == "dump":
		return dump(w, entries, args[1])
	case len(args) == 3 && args[0] == "write":
		return write(entries, args[1], args[2], outDir)
	}
	return fmt.Errorf("usage: labeltool list | dump ID | write ID LABELS")
}

// loadEntries reads the three corpora: the scrapinghub ground truth,
// sorted by id, then the XSum samples, sorted by id, then the Mozilla
// Readability test pages, sorted by folder.
func loadEntries(shared string) ([]entry, error) {
	c, err := realnews.LoadCorpus(filepath.Join(shared, realnews.GroundTruth))
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(c))
	for id := range c {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var out []entry
	for _, id := range ids {
		e := c[id]
		a := realnews.Article{Corpus: realnews.GroundTruth, ID: id, Field: "articleBody", URL: e.URL,
			Outlet: outlet(e.URL), Split: realnews.SplitFor(id)}
		out = append(out, entry{name: id, article: a, body: e.ArticleBody})
	}
	xs, err := realnews.LoadXSum(shared)
	if err != nil {
		return nil, err
	}
	for _, x := range xs {
		a := realnews.Article{Corpus: x.Corpus, ID: x.ID, Field: realnews.XSumField, URL: x.URL,
			Outlet: realnews.XSumOutlet, Split: realnews.XSumSplitFor(x.ID)}
		out = append(out, entry{name: xsumPrefix + x.ID, article: a, body: x.Body})
	}
	ms, err := realnews.LoadMozilla(shared)
	if err != nil {
		return nil, err
	}
	for _, m := range ms {
		a := realnews.Article{Corpus: m.Corpus, ID: m.ID, Field: realnews.MozillaField, URL: m.URL,
			Outlet: m.Outlet, Split: realnews.MozillaSplitFor(m.ID)}
		out = append(out, entry{name: mozillaPrefix + m.ID, article: a, body: m.Body})
	}
	return out, nil
}

func list(w io.Writer, entries []entry) error {
	for _, e := range entries {
		if _, err := fmt.Fprintf(w, "%s\t%s\t%d\t%s\n", e.name, e.article.Split, len(strings.Fields(e.body)), e.article.URL); err != nil {
			return err
		}
	}
	return nil
}

// find returns the entry named prefix, else the one entry whose name
// starts with prefix.
func find(entries []entry, prefix string) (entry, error) {
	var hit *entry
	for i := range entries {
		if entries[i].name == prefix {
			return entries[i], nil
		}
	}
	for i := range entries {
		if strings.HasPrefix(entries[i].name, prefix) {
			if hit != nil {
				return entry{}, fmt.Errorf("%s is ambiguous", prefix)
			}
			hit = &entries[i]
		}
	}
	if hit == nil {
		return entry{}, fmt.Errorf("no article %s", prefix)
	}
	return *hit, nil
}

func dump(w io.Writer, entries []entry, prefix string) error {
	e, err := find(entries, prefix)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "# %s %s %s\n", e.name, e.article.Split, e.article.URL)
	for i, s := range sentences.Split(e.body) {
		fmt.Fprintf(w, "%d\t[%d,%d]\t%s\n", i, s.Start, s.End, strings.ReplaceAll(s.Text, "\n", " ⏎ "))
	}
	return nil
}

var letters = map[string]string{"h": realnews.Happened, "m": realnews.Matters, "n": realnews.Next, "o": realnews.Other}

// write turns the labels file at labelsPath into the label file of the
// article prefix names, in dir.
func write(entries []entry, prefix, labelsPath, dir string) error {
	e, err := find(entries, prefix)
	if err != nil {
		return err
	}
	sents := sentences.Split(e.body)
	labels, best, err := readLabels(labelsPath, len(sents))
	if err != nil {
		return err
	}
	a := e.article
	a.Best = best
	h := sha256.Sum256([]byte(e.body))
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
	return os.WriteFile(filepath.Join(dir, fileName(e)+".json"), append(data, '\n'), 0o644)
}

// fileName is the label file's name without ".json": the first 12 hex
// digits of a scrapinghub id, or the tool's name of an XSum article or a
// Mozilla page.
func fileName(e entry) string {
	if k := e.article.Kind(); k == realnews.XSum || k == realnews.Mozilla {
		return e.name
	}
	return e.name[:12]
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
