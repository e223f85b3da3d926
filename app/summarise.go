package app

import (
	"context"
	"fmt"
	"strings"
	"time"

	"briefsmith/briefs"
)

// llmConcurrency bounds the LLM calls in flight from one batch; endpoints
// rate-limit beyond a few.
const llmConcurrency = 4

// onSummariseSelected summarises the selected item.
func (w *Window) onSummariseSelected() {
	if w.doc == nil {
		return
	}
	if it := w.doc.SelectedItem(); it != nil {
		w.summarise([]string{it.ID})
	}
}

// onSummariseAll summarises every item.
func (w *Window) onSummariseAll() {
	if w.doc != nil {
		w.summarise(w.doc.IDs())
	}
}

// summarise (re)writes the summaries of the items with ids. If any has
// parts the user edited, it first asks whether to keep them.
func (w *Window) summarise(ids []string) {
	if len(ids) == 0 || w.busy || w.doc == nil {
		return
	}
	edited := 0
	for _, id := range ids {
		if w.doc.HasEdits(id) {
			edited++
		}
	}
	if edited == 0 {
		w.runSummaries(ids, true)
		return
	}
	msg := fmt.Sprintf("%d of these items have parts you edited. Keep your edits and summarise only the rest, or replace everything?", edited)
	w.dlgs.ask("Keep your edits?", msg,
		choice{label: "Cancel"},
		choice{label: "Replace everything", run: func() { w.runSummaries(ids, false) }},
		choice{label: "Keep my edits", important: true, run: func() { w.runSummaries(ids, true) }})
}

// runSummaries summarises off the UI goroutine with per-item progress and
// Cancel, then applies each summary to its item (found by ID, so edits and
// moves made meanwhile are safe).
func (w *Window) runSummaries(ids []string, keepEdits bool) {
	s := w.summarizer()
	if s == nil {
		w.dlgs.showError("Cannot summarise", fmt.Errorf("no summariser is configured"))
		return
	}
	doc := w.doc // the brief to change, even if another is opened meanwhile
	arts := doc.Articles(ids)
	p, ctx := w.startProgress("Summarising", len(arts))
	opts := w.summaryOptions(p)
	w.trace(fmt.Sprintf("summarise %d items: start", len(arts)))
	w.deps.Run.Background(func() {
		results := briefs.SummarizeAll(ctx, s, arts, opts, w.concurrency(), func(done, total int, label string) {
			w.deps.Run.UI(func() { p.step(done, total, label) })
		})
		w.deps.Run.UI(func() {
			t0 := time.Now()
			p.finish()
			w.summarised(doc, ids, results, keepEdits)
			w.trace(fmt.Sprintf("summarise: done (applied in %d ms)", time.Since(t0).Milliseconds()))
		})
	})
}

// concurrency is how many summaries are written at once, by the rule of
// briefs.SummaryConcurrency: LLM calls wait on the network, so several
// overlap; the offline summariser is CPU-bound and leaves a core for drawing.
func (w *Window) concurrency() int {
	network := 0
	if w.settings.UseLLM {
		network = llmConcurrency
	}
	return briefs.SummaryConcurrency(w.deps.Concurrency, network, true)
}

func (w *Window) summarizer() briefs.Summarizer {
	if w.deps.Summarizer == nil {
		return nil
	}
	return w.deps.Summarizer(w.settings)
}

// summaryOptions carries the length setting and routes the summariser's
// progress notes to the dialog.
func (w *Window) summaryOptions(p *progress) briefs.SummaryOptions {
	return briefs.SummaryOptions{
		Length: w.settings.Length,
		Status: func(note string) { w.deps.Run.UI(func() { p.say(note) }) },
	}
}

// summarised applies the results to doc and lists the items that failed.
func (w *Window) summarised(doc *Document, ids []string, results []briefs.Result, keepEdits bool) {
	var failed []string
	doc.Batch(func() {
		for i, r := range results {
			if r.Err != nil {
				failed = append(failed, fmt.Sprintf("• %s: %v", doc.Label(ids[i]), r.Err))
				continue
			}
			doc.ApplySummary(ids[i], r.Summary, keepEdits)
		}
	})
	if doc == w.doc {
		w.selectItem(doc.Selected())
	}
	w.status.SetText(fmt.Sprintf("Summarised %d of %d.", len(ids)-len(failed), len(ids)))
	if len(failed) > 0 {
		w.dlgs.showFailures("Some summaries failed", strings.Join(failed, "\n"))
	}
}

// onRegenerate rewrites one section of the selected item, replacing what
// is there: the user asked for it.
func (w *Window) onRegenerate(sec briefs.Section) {
	if w.doc == nil || w.busy || w.doc.SelectedItem() == nil {
		return
	}
	doc, it := w.doc, w.doc.SelectedItem()
	id, art := it.ID, it.Article
	p, ctx := w.startProgress("Regenerating "+sec.Title(), 1)
	s, opts := w.summarizer(), w.summaryOptions(p)
	w.deps.Run.Background(func() {
		sum, err := summariseOne(ctx, s, art, opts)
		w.deps.Run.UI(func() {
			p.finish()
			if err != nil {
				w.dlgs.showError("Could not regenerate "+sec.Title(), err)
				return
			}
			doc.ApplySection(id, sec, sum)
			if doc == w.doc {
				w.editor.refresh()
				w.article.show(doc.SelectedItem())
			}
		})
	})
}

func summariseOne(ctx context.Context, s briefs.Summarizer, a briefs.Article, opts briefs.SummaryOptions) (briefs.Summary, error) {
	if s == nil {
		return briefs.Summary{}, fmt.Errorf("no summariser is configured")
	}
	return s.Summarize(ctx, a, opts)
}
