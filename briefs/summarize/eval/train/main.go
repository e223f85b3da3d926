// Command train learns the sentence-role classifier of the offline
// summariser (briefs/summarize/roles) from the training part of the
// labelled real news (briefs/summarize/eval/testdata/realnews, see
// ../shared/docs/labelling.md: scrapinghub pages, XSum BBC bodies and
// Mozilla Readability news pages, or only one corpus with -corpus),
// chooses the summariser's thresholds on it by cross-validation, and
// writes both to briefs/summarize/roles/weights.go.
// The held-out part is never read. Run it from the repository root with
// `make train`; -cv only reports the cross-validated figures, and
// -repeats N (`make cv`) reports them over N cuts of the articles into
// folds too, since one cut's figures move by a few points with the luck of
// which articles share a fold.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"
	"sort"

	"briefsmith/briefs/summarize/eval/realnews"
	"briefsmith/briefs/summarize/roles"
)

// folds is how many parts the training articles are cut into for
// cross-validation.
const folds = 5

func main() {
	labels := flag.String("labels", "briefs/summarize/eval/testdata/realnews", "folder of label files")
	shared := flag.String("shared", "../shared", "the shared folder holding the corpora")
	out := flag.String("o", "briefs/summarize/roles/weights.go", "the Go file to write")
	report := flag.Bool("cv", false, "only report the cross-validated figures; write nothing")
	corpus := flag.String("corpus", "", "train only on this corpus (scrapinghub, xsum or mozilla); default all")
	repeats := flag.Int("repeats", 1, "cross-validate over this many fold assignments and report the spread (the first one picks the thresholds)")
	flag.Parse()
	o := options{labels: *labels, shared: *shared, out: *out, reportOnly: *report, corpus: *corpus, repeats: *repeats}
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

// options are the command's flags.
type options struct {
	labels, shared, out string
	reportOnly          bool
	corpus              string // "" for every corpus
	repeats             int    // fold assignments to report; 1 or less for make train's only
}

// run trains on the labels in o.labels and writes the model to o.out.
func run(o options) error {
	if !knownCorpus(o.corpus) {
		return fmt.Errorf("unknown corpus %q (want %s, %s or %s)", o.corpus, realnews.Scrapinghub, realnews.XSum, realnews.Mozilla)
	}
	arts, err := realnews.Load(o.labels)
	if err != nil {
		return err
	}
	lib := realnews.NewLibrary(o.shared)
	train, err := bodies(trainingPart(arts, o.corpus), lib)
	if err != nil {
		return err
	}
	reportOnly, out := o.reportOnly, o.out
	cv := crossValidate(train, 0)
	th, score := cv.bestThresholds()
	fmt.Printf("cross-validated over %d folds of %d training articles, thresholds %+v:\n", folds, len(train), th)
	printScore(os.Stdout, score)
	byKind := cv.scoreByKind(th)
	for _, kind := range []string{realnews.Scrapinghub, realnews.XSum, realnews.Mozilla} {
		if s := byKind[kind]; s != nil {
			fmt.Printf("of which %s (%d articles):\n", kind, s.Articles)
			printScore(os.Stdout, *s)
		}
	}
	if o.repeats > 1 {
		reportRepeats(os.Stdout, train, th, cv, o.repeats)
	}
	if reportOnly {
		return nil
	}
	examples := Examples(train)
	w := roles.Train(examples, roles.DefaultTrainOptions)
	src, err := weightsSource(roles.Model{Weights: w, Thresholds: th}, len(examples), len(train))
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, src, 0o644); err != nil {
		return fmt.Errorf("write the model: %w", err)
	}
	fmt.Printf("wrote %s: %d features from %d sentences\n", out, len(w), len(examples))
	return nil
}

// knownCorpus reports whether kind is "" (every corpus) or a corpus Kind.
func knownCorpus(kind string) bool {
	switch kind {
	case "", realnews.Scrapinghub, realnews.XSum, realnews.Mozilla:
		return true
	}
	return false
}

// trainingPart returns the articles of the training split (by their
// corpus's rule, Article.WantSplit), of corpus kind only unless it is "".
func trainingPart(arts []realnews.Article, kind string) []realnews.Article {
	var out []realnews.Article
	for _, a := range arts {
		if a.WantSplit() == realnews.Train && (kind == "" || a.Kind() == kind) {
			out = append(out, a)
		}
	}
	return out
}

// labelled is a label file with the body it was made on.
type labelled struct {
	realnews.Article
	body, title string
}

// bodies reads each article's body from its corpus. A body that no longer
// matches its labels is an error.
func bodies(arts []realnews.Article, lib *realnews.Library) ([]labelled, error) {
	out := make([]labelled, 0, len(arts))
	for _, a := range arts {
		body, err := lib.Body(a)
		if err != nil {
			return nil, err
		}
		if err := a.Check(body); err != nil {
			return nil, err
		}
		title, err := lib.Title(a)
		if err != nil {
			return nil, err
		}
		out = append(out, labelled{Article: a, body: body, title: title})
	}
	return out, nil
}

// Examples turns articles into training examples: each candidate sentence
// of the summariser with the label of the labelled sentence it overlaps
// most.
func Examples(arts []labelled) []roles.Example {
	var out []roles.Example
	for _, a := range arts {
		for _, s := range sentencesOf(a.body, a.title) {
			if role := roles.RoleOf(a.LabelAt(s.start, s.end)); role >= 0 {
				out = append(out, roles.Example{X: s.x, Role: role})
			}
		}
	}
	return out
}

// weightsSource is the Go file holding m, features in sorted order.
func weightsSource(m roles.Model, sentences, articles int) ([]byte, error) {
	names := make([]string, 0, len(m.Weights))
	for n := range m.Weights {
		names = append(names, n)
	}
	sort.Strings(names)
	var b bytes.Buffer
	fmt.Fprintln(&b, "// Code generated by make train (briefs/summarize/eval/train); DO NOT EDIT.")
	fmt.Fprintln(&b)
	fmt.Fprintln(&b, "package roles")
	fmt.Fprintln(&b)
	fmt.Fprintf(&b, "// learnt are the weights trained on %d sentences of the %d training articles\n", sentences, articles)
	fmt.Fprintln(&b, "// of the labelled real news, by role: happened, matters, next, other.")
	fmt.Fprintln(&b, "var learnt = Weights{")
	for _, n := range names {
		ws := m.Weights[n]
		fmt.Fprintf(&b, "\t%q: {%.4f, %.4f, %.4f, %.4f},\n", n, ws[0], ws[1], ws[2], ws[3])
	}
	fmt.Fprintln(&b, "}")
	fmt.Fprintln(&b)
	fmt.Fprintln(&b, "// learntThresholds were chosen by cross-validation on the same articles.")
	fmt.Fprintf(&b, "var learntThresholds = Thresholds{Happened: %.2f, Matters: %.2f, Next: %.2f}\n",
		m.Thresholds.Happened, m.Thresholds.Matters, m.Thresholds.Next)
	return format.Source(b.Bytes())
}
