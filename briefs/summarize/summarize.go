package summarize

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"briefsmith/briefs"
	"briefsmith/briefs/summarize/roles"
)

// Name is the Summary.Summarizer value of summaries written here.
const Name = "offline"

// ErrNoText is returned for an article with no sentences to summarise:
// empty, blank, or only punctuation and fragments.
var ErrNoText = errors.New("the article has no sentences to summarise")

// Offline is the built-in extractive summariser. It holds only its
// read-only role model, so one value is safe for concurrent use.
type Offline struct {
	model *roles.Model // nil for the model learnt by make train
}

// New returns the offline summariser.
func New() *Offline { return &Offline{} }

// NewWithModel returns the offline summariser with another role model,
// which it must not be given to change afterwards: the trainer uses it to
// cross-validate a model before writing it.
func NewWithModel(m *roles.Model) *Offline { return &Offline{model: m} }

// Summarize writes a brief of a: a headline, whole sentences of the
// article for each section (at most opts.Length.MaxPoints() each, each with
// its span in a.Text) and the key quote. It returns ErrNoText (wrapped) for
// an article without sentences, and ctx's error when ctx is cancelled.
func (o *Offline) Summarize(ctx context.Context, a briefs.Article, opts briefs.SummaryOptions) (sum briefs.Summary, err error) {
	// A bug on some unforeseen input must cost one summary, not the app.
	defer func() {
		if r := recover(); r != nil {
			sum, err = briefs.Summary{}, fmt.Errorf("internal error: %v", r)
		}
		if err != nil {
			err = fmt.Errorf("summarise %s: %w", articleName(a), err)
		}
	}()
	return summarise(ctx, a, opts, o.model)
}

// summarise is Summarize without the error context.
func summarise(ctx context.Context, a briefs.Article, opts briefs.SummaryOptions, model *roles.Model) (briefs.Summary, error) {
	if !hasWordChar(a.Text) {
		return briefs.Summary{}, ErrNoText
	}
	status(opts, "finding sentences")
	d, err := parseDocument(ctx, a.Text)
	if err != nil {
		return briefs.Summary{}, err
	}
	status(opts, fmt.Sprintf("ranking %d sentences", len(d.sents)))
	r, err := rankSentences(ctx, d, a.Title)
	if err != nil {
		return briefs.Summary{}, err
	}
	sum := compose(d, r, a, opts, model)
	if len(sum.WhatHappened)+len(sum.WhyItMatters)+len(sum.WhatsNext) == 0 {
		return briefs.Summary{}, ErrNoText
	}
	return sum, nil
}

// articleName names an article in an error: its title, else its source.
func articleName(a briefs.Article) string {
	switch {
	case a.Title != "":
		return fmt.Sprintf("%q", a.Title)
	case a.Source != "":
		return a.Source
	}
	return "article"
}

// compose assembles the summary from a ranked document.
func compose(d *document, r *ranking, a briefs.Article, opts briefs.SummaryOptions, model *roles.Model) briefs.Summary {
	sum := briefs.Summary{Summarizer: Name}
	c := newChooser(d, r, model, a.Title)
	var spans []briefs.Span
	for _, sec := range briefs.Sections {
		picked := c.pick(sec, opts.Length.MaxPoints())
		sort.Ints(picked) // points read in the article's order
		var pts []briefs.Point
		for _, i := range picked {
			p := pointOf(d.text, d.sents[i])
			pts = append(pts, p)
			spans = append(spans, p.Spans...)
		}
		sum.SetPoints(sec, pts)
	}
	sum.Headline = headline(a.Title, a.Site, a.URL, d)
	sum.Quote = keyQuote(d, r, spans)
	return sum
}

// status passes a progress note to opts.Status when it is set.
func status(opts briefs.SummaryOptions, note string) {
	if opts.Status != nil {
		opts.Status(note)
	}
}
